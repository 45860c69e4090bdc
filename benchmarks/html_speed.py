#!/usr/bin/env python3
"""HTML speed and memory: megabytes of HTML read per second, and the heap it takes.

usage: python benchmarks/html_speed.py [--sizes MB ...] [--rounds N]

Builds a saved news page of about MB megabytes (a menu, articles with headlines,
by-line paragraphs, links and emphasis, a footer) and times, in CPU seconds (best of
N rounds): reading its lines (``htmlfile.html_text``: parsing with lxml and walking the
tree) and the whole ``segment_file`` (reading and segmenting). Peak heap is measured
once per size with tracemalloc (lxml's own C memory is not counted by tracemalloc; the
resident set size is printed beside it).
Goal: reading >= 10 MB/s, so reading never dominates segmenting.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import segmenter  # noqa: E402
from segmenter.htmlfile import html_text  # noqa: E402

_ARTICLE = (
    "<article><h2>Harbour board item number {n}</h2>"
    "<p class='byline'>By <b>Maria Keller</b>, Harbour News, June 24, 2015</p>"
    + "<p>The harbour board met on Monday and agreed, after a <em>long debate</em>, to "
      "rebuild the north pier before the winter storms, which damaged it badly "
      "<a href='/storms'>last year</a>.</p>" * 6
    + "</article>\n"
)


def page(size: int) -> bytes:
    """A saved news page of about ``size`` bytes."""
    one = len(_ARTICLE.format(n=0))
    body = "".join(_ARTICLE.format(n=n) for n in range(max(1, size // one)))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>News</title>"
            "<script>var a = 1;</script></head><body><nav class='menu'><ul><li>Home</li>"
            f"<li>World</li></ul></nav><main>{body}</main><footer>(c) Harbour News"
            "</footer></body></html>").encode()


def _best(fn: object, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        t0 = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10], metavar="MB")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    print(f"{'size MB':>8} {'read s':>8} {'read MB/s':>10} {'segment s':>10} "
          f"{'all MB/s':>9} {'heap MB':>8} {'rss MB':>7}")
    for mb in args.sizes:
        data = page(mb * 1_000_000)
        real = len(data) / 1e6
        read = _best(lambda data=data: html_text(data), args.rounds)
        whole = _best(lambda data=data: segmenter.segment_file(data), args.rounds)
        tracemalloc.start()
        segmenter.segment_file(data)
        heap = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        print(f"{real:>8.1f} {read:>8.2f} {real / read:>10.1f} {whole:>10.2f} "
              f"{real / whole:>9.1f} {heap:>8.0f} {rss:>7.0f}")


if __name__ == "__main__":
    main()
