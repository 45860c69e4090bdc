#!/usr/bin/env python3
"""File reading speed and memory: megabytes of HTML and DOCX read per second.

usage: python benchmarks/files_speed.py [--sizes MB ...] [--rounds N]

HTML: builds a saved news page of about MB megabytes (a menu, articles with headlines,
by-line paragraphs, links and emphasis, a footer) and times, in CPU seconds (best of
N rounds): reading its lines (``htmlfile.html_text``: parsing with lxml and walking the
tree) and the whole ``segment_file`` (reading and segmenting). Peak heap is measured
once per size with tracemalloc (lxml's own C memory is not counted by tracemalloc; the
resident set size is printed beside it).
DOCX (needs python-docx): a Word document whose body XML is about MB megabytes;
reading its lines (``docxfile.docx_text``), per megabyte of that XML (a DOCX file is
that XML compressed, several times smaller) and of the text it holds.
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
from segmenter.reading.htmlfile import html_text  # noqa: E402

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


def word_document(size: int) -> tuple[bytes, int]:
    """A DOCX whose body XML is about ``size`` bytes, and that XML's size."""
    import io
    import zipfile

    import docx

    d = docx.Document()
    for n in range(max(1, size // 1250)):
        d.add_heading(f"Harbour board item number {n}", level=1)
        d.add_paragraph("By Maria Keller, Harbour News, June 24, 2015")
        for _ in range(4):
            p = d.add_paragraph("The harbour board met on Monday and agreed, after a long "
                                "debate, to rebuild the north pier ")
            p.add_run("before the winter storms").bold = True
            p.add_run(", which damaged it badly last year.")
    out = io.BytesIO()
    d.save(out)
    data = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return data, len(package.read("word/document.xml"))


def _docx(sizes: list[int], rounds: int) -> None:
    from segmenter.reading.docxfile import docx_text

    print(f"\n{'XML MB':>8} {'file MB':>8} {'read s':>8} {'XML MB/s':>9} {'text MB/s':>10}")
    for mb in sizes:
        data, xml = word_document(mb * 1_000_000)
        text = len(docx_text(data).text)
        read = _best(lambda data=data: docx_text(data), rounds)
        print(f"{xml / 1e6:>8.1f} {len(data) / 1e6:>8.2f} {read:>8.2f} "
              f"{xml / 1e6 / read:>9.1f} {text / 1e6 / read:>10.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10], metavar="MB")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    print(f"{'HTML MB':>8} {'read s':>8} {'read MB/s':>10} {'segment s':>10} "
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
    try:
        import docx  # noqa: F401
    except ImportError:
        print("\nDOCX: python-docx is not installed (the docx extra)")
        return
    _docx(args.sizes, args.rounds)


if __name__ == "__main__":
    main()
