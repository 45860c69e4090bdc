#!/usr/bin/env python3
"""Text speed: MB/s, peak memory and linearity of segment() on dumps of 1, 10 and 100 MB.

usage: python benchmarks/speed.py [--sizes 1,10,100] [--rounds 3] [--no-pathological]
                                  [--flood-sizes 1] [--no-stream] [--no-exports]

Dumps are built by repeating the fixtures (fixtures/corpus and fixtures/gold). Each size
runs in a child process so peak memory (ru_maxrss) belongs to that size alone. The floor
is reading the same text and looping over its lines with a few cheap checks, measured in
the same child; segment() should stay within 10x of it. Times are CPU seconds, the best
of --rounds runs (the machine is noisy).
Goals (issue 5): >= 10 MB/s; <= 10x the floor; 100 MB costs <= 13x 10 MB; peak memory
<= 5x the input. "bylines x floor" times one part of the work alone against the same
floor: parse_byline() over just the bylines segment() found. The pathological section
compares hostile inputs and line floods (tests/hostile.py) with an ordinary dump of the
same size, in time (goal: <= 5x, at 1 and 8 MB: --flood-sizes 1,8) and in peak Python
heap against the input's size. The streaming section reads each dump, and the same dump
without a line a byline could be read from (one article as long as the file), from a
file with iter_segment() and prints
the peak of the Python heap (tracemalloc), which should follow the window and the
largest article, not the file. The exports section builds a 3.6 MB ProQuest-style
export of 7 kB documents (issue 15's goal: under a CPU second) and, to show the cost
per document, a 3.6 MB export from each fixture of fixtures/formats (its short
documents repeated, counters numbered on).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000


def _sample() -> str:
    texts = [p.read_text("utf-8") for d in ("corpus", "gold")
             for p in sorted((ROOT / "fixtures" / d).glob("*.txt"))]
    return "\n\n\n".join(texts)


def _dump(size: int) -> str:
    base = _sample()
    return (base * (size // len(base) + 1))[:size]


def _floor(text: str) -> int:
    """Read the lines and make a few cheap checks on each: the least any splitter does."""
    n = 0
    for line in text.splitlines():
        s = line.strip()
        if s and (s[0].isupper() or s.isdigit() or "," in s or len(s) > 80 or s.endswith(".")):
            n += 1
    return n


def _child(size: int, rounds: int) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    import segmenter

    text = _dump(size)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    floor = secs = float("inf")
    raws: list[str] = []
    for n in range(rounds):
        t0 = time.process_time()
        _floor(text)
        floor = min(floor, time.process_time() - t0)
        t0 = time.process_time()
        articles = segmenter.segment(text)
        secs = min(secs, time.process_time() - t0)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base_rss
        count = len(articles)
        if n == rounds - 1:  # kept after the last peak reading only
            raws = [a.byline.raw for a in articles if a.byline]
        del articles  # each round starts from the same heap
    # One part of the work alone: parsing the bylines segment() found (no other line).
    from segmenter.grammar.bylines import parse_byline

    bylines = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for raw in raws:
            parse_byline(raw)
        bylines = min(bylines, time.process_time() - t0)
    print(json.dumps({"size": size, "secs": secs, "floor": floor, "articles": count,
                      "peak_kb": peak, "bylines": bylines}))


def _stream_child(path: str) -> None:
    """Peak memory of iter_segment() over a file this process never holds whole."""
    sys.path.insert(0, str(ROOT / "src"))
    import segmenter

    tracemalloc.start()  # the Python heap's own peak: resident size moves in big steps
    with open(path, encoding="utf-8", newline="") as fh:
        n = sum(1 for _ in segmenter.iter_segment(fh))
    peak = tracemalloc.get_traced_memory()[1]
    print(json.dumps({"articles": n, "peak_kb": peak / 1000}))


def _bylineless(size: int) -> str:
    """The dump without the lines a byline could be read from (a year, an opening "By"):
    prose whose articles nothing sets apart, read as one long article."""
    lines = _dump(size).splitlines(keepends=True)
    return "".join(ln for ln in lines
                   if not re.search(r"1[6-9]\d\d|20\d\d", ln) and not ln.lower().startswith("by"))


def _stream(sizes: list[int]) -> None:
    print("\niter_segment() over a file (the articles are counted, not kept)")
    print(f"{'size MB':>8}{'text':>12}{'articles':>10}{'heap peak MB':>14}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            for name, make in (("dump", _dump), ("no bylines", _bylineless)):
                path = Path(tmp) / f"{name}-{mb}.txt"
                path.write_text(make(mb * MB), encoding="utf-8", newline="")
                r = _in_child("--stream-child", str(path))
                print(f"{mb:>8}{name:>12}{r['articles']:>10}{r['peak_kb'] / 1000:>14.1f}")


def _run(size: int, rounds: int) -> dict[str, float]:
    return _in_child("--child", str(size), "--rounds", str(rounds))


def _in_child(*args: str) -> dict[str, float]:
    """Run this script with ``args`` in a fresh process; return the JSON it prints last."""
    out = subprocess.run([sys.executable, __file__, *args],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _pathological(size: int, rounds: int = 3) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    import segmenter

    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import hostile_inputs, line_floods  # the inputs the tests run small

    cases = {"ordinary dump": _dump(size), **hostile_inputs(size, filler=_sample()),
             **line_floods(size)}
    # Rounds interleave the cases, so that a slow spell of the machine touches all of
    # them alike; each keeps its best time (the ratios must not be noise).
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(rounds):
        for name, text in cases.items():
            t0 = time.process_time()
            segmenter.segment(text)
            best[name] = min(best[name], time.process_time() - t0)
    # Memory in a run of its own: tracing allocations slows the run it measures.
    peaks = {}
    for name, text in cases.items():
        tracemalloc.start()
        segmenter.segment(text)
        peaks[name] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    ordinary = best["ordinary dump"]
    print(f"\nhostile inputs and line floods, {size / MB:.0f} MB each, best of {rounds} "
          f"interleaved rounds (goal: time <= 5x the ordinary dump)")
    print(f"  {'input':<30}{'CPU s':>8}{'x ordinary':>12}{'heap peak MB':>14}{'peak/in':>9}")
    for name, s in best.items():
        print(f"  {name:<30}{s:>8.2f}{s / ordinary:>12.2f}{peaks[name] / MB:>14.1f}"
              f"{peaks[name] / max(1, len(cases[name])):>9.1f}")


# A counter line of the export fixtures ("2 of 3 DOCUMENTS", "Document 2 of 3",
# "Message: 2"): renumbered as the documents are repeated.
_COUNTER = re.compile(r"^(?P<pre>[ \t]*(?:Document |Dokument |Message: )?)(?P<n>\d+)"
                      r"(?P<of> (?:of|von) (?P<m>\d+))?(?P<post>(?: DOCUMENTS)?[ \t\r]*)$",
                      re.MULTILINE)


def _export(text: str, size: int) -> str:
    """``text`` (an export) repeated to ``size`` characters, its counters numbered on."""
    copies = max(1, size // len(text))
    big = text * copies
    if not any(m["pre"].strip() or m["of"] for m in _COUNTER.finditer(text)):
        return big  # no counters to renumber
    numbers = iter(range(1, 10**7))
    total = str(copies * sum(1 for m in _COUNTER.finditer(text) if m["pre"].strip() or m["of"]))

    def renumber(m: re.Match[str]) -> str:
        if not (m["pre"].strip() or m["of"]):
            return m.group()
        of = f" {m['of'].split()[0]} {total}" if m["of"] else ""
        return f"{m['pre']}{next(numbers)}{of}{m['post']}"

    return _COUNTER.sub(renumber, big)


def _proquest(size: int, body: int = 7000) -> str:
    """A ProQuest-style export of ``size`` characters: documents of about ``body``
    characters of text each (the dump's), under "Document N of M", fields after."""
    prose = _sample()
    n = max(1, size // (body + 400))
    docs = []
    for i in range(1, n + 1):
        at = (i * 7919) % max(1, len(prose) - body)
        title = f"Harbour report number {i}"
        docs.append(
            f"____________________________________________________________\r\n\r\n"
            f"Document {i} of {n}\r\n\r\n{title}\r\n\r\n"
            f"https://proxy.example.edu/login?url=https://www.proquest.com/docview/{i}/\r\n\r\n"
            + prose[at : at + body].replace("\n", "\r\n") +
            f"\r\n\r\nTitle: {title}\r\nPublication title: The Harbour Times\r\n"
            f"Publication date: Sep 20, 2024\r\nProQuest document ID: {3107395210 + i}\r\n"
            f"Database: Harbour Newsstream\r\n\r\n")
    return "".join(docs)


def _exports(size: int, rounds: int) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    import segmenter

    cases = {"ProQuest-style, 7 kB documents": _proquest(size)}
    for path in sorted((ROOT / "fixtures" / "formats").glob("*.txt")):
        if path.stem != "mailman-digest":  # a digest repeated is one digest, ended once
            cases[f"{path.stem} repeated"] = _export(path.read_text("utf-8-sig"), size)
    print(f"\nexports of {size / MB:.1f} MB, best of {rounds} (goal: the ProQuest-style "
          f"export < 1 CPU second; issue 27: <= 40x the floor; the fixtures repeated hold "
          f"many short documents)")
    print(f"  {'export':<34}{'documents':>10}{'CPU s':>8}{'ms/doc':>8}{'x floor':>9}"
          f"{'format':>12}")
    for name, text in cases.items():
        best, floor, doc = float("inf"), float("inf"), None
        for _ in range(rounds):
            t0 = time.process_time()
            _floor(text)
            t1 = time.process_time()
            doc = segmenter.analyze(text)
            floor, best = min(floor, t1 - t0), min(best, time.process_time() - t1)
        assert doc is not None
        n = len(doc.articles)
        print(f"  {name:<34}{n:>10}{best:>8.2f}{1000 * best / max(n, 1):>8.2f}"
              f"{best / max(floor, 1e-9):>9.0f}{doc.format or '-':>12}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,10,100", help="dump sizes in MB")
    ap.add_argument("--no-pathological", action="store_true")
    ap.add_argument("--flood-sizes", default="1",
                    help="sizes in MB of the hostile inputs and line floods (default 1)")
    ap.add_argument("--no-stream", action="store_true")
    ap.add_argument("--no-exports", action="store_true")
    ap.add_argument("--rounds", type=int, default=3,
                    help="time each size this many times and keep the best (default 3)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--stream-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.rounds)
        return
    if args.stream_child:
        _stream_child(args.stream_child)
        return
    rows = {}
    print(f"{'size MB':>8}{'articles':>10}{'CPU s':>9}{'MB/s':>8}{'x floor':>9}{'peak MB':>9}"
          f"{'peak/in':>9}{'bylines x floor':>17}")
    sizes = [int(x) for x in args.sizes.split(",")]
    for mb in sizes:
        r = _run(mb * MB, args.rounds)
        rows[mb] = r
        print(f"{mb:>8}{r['articles']:>10}{r['secs']:>9.2f}{mb / r['secs']:>8.2f}"
              f"{r['secs'] / max(r['floor'], 1e-9):>9.1f}{r['peak_kb'] / 1000:>9.0f}"
              f"{r['peak_kb'] * 1000 / (mb * MB):>9.1f}"
              f"{r['bylines'] / max(r['floor'], 1e-9):>17.1f}")
    if 10 in rows and 100 in rows:
        print(f"time 100 MB / 10 MB: {rows[100]['secs'] / rows[10]['secs']:.1f}x (goal <= 13x)")
    if not args.no_pathological:
        for mb in (int(x) for x in args.flood_sizes.split(",")):
            _pathological(mb * MB, args.rounds)
    if not args.no_stream:
        _stream(sizes)
    if not args.no_exports:
        _exports(int(3.6 * MB), args.rounds)


if __name__ == "__main__":
    main()
