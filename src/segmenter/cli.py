"""``python -m segmenter``: the debug view of one dump."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__, analyze
from .errors import SegmenterError
from .model import Article, Document
from .pdf import analyze_pdf

__all__ = ["main", "parse_args", "run"]

_BODY_LINES = 3


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(
        prog="python -m segmenter",
        description="Split a compilation-style text dump into articles and show what was found.",
    )
    p.add_argument("file", help="a UTF-8 text file or a PDF, or - for standard input")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the whole Document as JSON")
    mode.add_argument("--explain", action="store_true",
                      help="print every line with its role and the reason for it")
    p.add_argument("--version", action="version", version=f"segmenter {__version__}")
    return p.parse_args(argv)


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        return fh.read()


def _fmt_article(n: int, a: Article, out: TextIO) -> None:
    out.write(f"=== article {n} [{a.span.start}:{a.span.end}]\n")
    out.write(f"title:    {a.title!r}\n")
    if a.byline:
        b = a.byline
        out.write(f"byline:   {b.raw!r}\n")
        out.write(f"  authors={list(b.authors)} outlet={b.outlet!r} date={b.date} "
                  f"place={b.place!r} via={b.via!r}\n")
    else:
        out.write("byline:   None\n")
    if a.dateline:
        out.write(f"dateline: {a.dateline!r}\n")
    for h in a.headings:
        out.write(f"heading:  {h!r}\n")
    if a.pages:
        out.write(f"pages:    {list(a.pages)}\n")
    out.write(f"body:     {len(a.paragraphs)} paragraphs, {len(a.body)} characters\n")
    for para in a.paragraphs[:_BODY_LINES]:
        out.write(f"  | {para[:100]}{'...' if len(para) > 100 else ''}\n")
    out.write("\n")


def _fmt_document(doc: Document, out: TextIO) -> None:
    if doc.preamble:
        out.write(f"preamble: {len(doc.preamble)} characters: {doc.preamble[:80]!r}\n\n")
    for n, a in enumerate(doc.articles, 1):
        _fmt_article(n, a, out)
    out.write(f"artifacts: {len(doc.artifacts)}\n")
    for art in doc.artifacts:
        page = f" page {art.page}" if art.page is not None else ""
        out.write(f"  line {art.line:>5} {art.kind:<15}{page} {art.text[:70]!r}\n")
    for w in doc.warnings:
        out.write(f"warning: {w}\n")


def _fmt_explain(doc: Document, text: str, out: TextIO) -> None:
    for r in doc.lines:
        if r.role == "blank":
            out.write(f"{r.line:>6} {'':<15}|\n")
            continue
        shown = text[r.span.start : r.span.end].strip()
        out.write(f"{r.line:>6} {r.role:<15}| {shown[:90]}\n")
        if r.reason:
            out.write(f"{'':>6} {'':<15}|   <- {r.reason}\n")


_PROGRESS_PAGES = 20  # PDFs longer than this report progress on stderr


def _progress(done: int, total: int) -> None:
    if total > _PROGRESS_PAGES:
        end = "\n" if done == total else ""
        print(f"\rsegmenter: page {done}/{total}", end=end, file=sys.stderr, flush=True)


def _is_pdf(path: str) -> bool:
    if path == "-":
        return False
    if path.lower().endswith(".pdf"):
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run the debug view; return the exit status (2 when the file cannot be read)."""
    args = parse_args(argv)
    try:
        if _is_pdf(args.file):
            doc = analyze_pdf(args.file, progress=_progress)
            text = doc.text
        else:
            text = _read(args.file)
            doc = analyze(text)
    except (OSError, UnicodeDecodeError, SegmenterError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        print(f"segmenter: cannot read {args.file}: {reason}", file=sys.stderr)
        return 2
    out = sys.stdout
    if args.json:
        json.dump(doc.to_dict(), out, ensure_ascii=True, indent=1)
        out.write("\n")
    elif args.explain:
        _fmt_explain(doc, text, out)
    else:
        _fmt_document(doc, out)
    return 0


def run() -> None:
    """Console-script entry point."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (e.g. piped into head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    raise SystemExit(code)
