"""``python -m segmenter``: the debug view of one dump."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__, analyze
from ._batch import read_text, run_batch
from .errors import SegmenterError
from .model import Article, Document
from .pdf import analyze_pdf, is_pdf_file

__all__ = ["main", "parse_args", "run"]

_BODY_LINES = 3


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(
        prog="python -m segmenter",
        description="Split a compilation-style text dump into articles and show what was found.",
    )
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="a UTF-8 text file or a PDF, or - for standard input; "
                        "several files with --jsonl")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the whole Document as JSON")
    mode.add_argument("--explain", action="store_true",
                      help="print every line with its role and the reason for it")
    mode.add_argument("--jsonl", metavar="OUT",
                      help="batch mode: write one JSON line per article of every FILE to OUT "
                           "(- for standard output); unreadable files are reported and skipped")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="with --jsonl: worker processes (default: the number of CPUs)")
    p.add_argument("--version", action="version", version=f"segmenter {__version__}")
    args = p.parse_args(argv)
    if args.jobs is not None and (args.jsonl is None or args.jobs < 1):
        p.error("--jobs needs --jsonl and a count of at least 1")
    if args.jsonl is None and len(args.files) > 1:
        p.error("several files need --jsonl OUT")
    if args.jsonl is not None and "-" in args.files:
        p.error("--jsonl reads files, not standard input")
    args.file = args.files[0]
    return args


def _read(path: str) -> str:
    return sys.stdin.read() if path == "-" else read_text(path)


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


def _batch(args: argparse.Namespace) -> int:
    if args.jsonl == "-":
        _, failed = run_batch(args.files, sys.stdout, jobs=args.jobs)
    else:
        try:
            with open(args.jsonl, "w", encoding="utf-8") as out:
                _, failed = run_batch(args.files, out, jobs=args.jobs)
        except OSError as e:
            print(f"segmenter: cannot write {args.jsonl}: {e.strerror or e}", file=sys.stderr)
            return 2
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the debug view, or a batch with --jsonl; return the exit status.

    Status 2: the file cannot be read (debug view) or the output cannot be written;
    status 1: a batch skipped at least one file.
    """
    args = parse_args(argv)
    if args.jsonl is not None:
        return _batch(args)
    try:
        if args.file != "-" and is_pdf_file(args.file):
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
