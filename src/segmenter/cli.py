"""``python -m segmenter``: the debug view of one dump."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType
from typing import NoReturn, TextIO

from . import __version__
from ._batch import MAX_JOBS_PER_CPU, printable, read_bytes, run_batch
from .errors import SegmenterError
from .files import analyze_file
from .formats import FORMAT_NAMES
from .model import Article, Document

__all__ = ["main", "parse_args", "run"]

_BODY_LINES = 3


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(
        prog="python -m segmenter",
        description="Split a compilation-style text dump into articles and show what was found.",
    )
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="a text file (any encoding), a PDF, an HTML page, a DOCX or an RTF "
                        "file (the kind read from its content), or - for standard input; "
                        "several files with --jsonl")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the whole Document as JSON")
    mode.add_argument("--explain", action="store_true",
                      help="print every line with its role and the reason for it")
    mode.add_argument("--jsonl", metavar="OUT",
                      help="batch mode: write one JSON line per article of every FILE to OUT "
                           "(- for standard output); unreadable files are reported and skipped")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="with --jsonl: worker processes (default: the number of CPUs; "
                        f"at most {MAX_JOBS_PER_CPU} per CPU)")
    p.add_argument("--format", default="auto", metavar="NAME",
                   choices=["auto", "none", *FORMAT_NAMES],
                   help="the export format to read the files in: auto (the format the "
                        "text's start shows, the default), none (a generic dump), or one "
                        f"of: {', '.join(FORMAT_NAMES) or '(none yet)'}")
    p.add_argument("--encoding", metavar="NAME", default=None,
                   help="the encoding of the text files (default: their byte order mark, "
                        "else UTF-8, else guessed from their bytes, with a warning)")
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
    for f in a.fields:
        out.write(f"field:    {printable(f.label)}: {printable(f.value[:80])}\n")
    out.write(f"body:     {len(a.paragraphs)} paragraphs, {len(a.body)} characters\n")
    for para in a.paragraphs[:_BODY_LINES]:
        out.write(f"  | {printable(para[:100])}{'...' if len(para) > 100 else ''}\n")
    out.write("\n")


def _fmt_document(doc: Document, out: TextIO) -> None:
    if doc.format is not None:
        out.write(f"format: {doc.format}\n")
    if doc.preamble:
        out.write(f"preamble: {len(doc.preamble)} characters: {doc.preamble[:80]!r}\n\n")
    for n, a in enumerate(doc.articles, 1):
        _fmt_article(n, a, out)
    out.write(f"artifacts: {len(doc.artifacts)}\n")
    for art in doc.artifacts:
        page = f" page {art.page}" if art.page is not None else ""
        out.write(f"  line {art.line:>5} {art.kind:<15}{page} {art.text[:70]!r}\n")
    for w in doc.warnings:
        out.write(f"warning: {printable(w)}\n")


def _fmt_explain(doc: Document, text: str, out: TextIO) -> None:
    for r in doc.lines:
        if r.role == "blank":
            out.write(f"{r.line:>6} {'':<15}|\n")
            continue
        shown = text[r.span.start : r.span.end].strip()
        out.write(f"{r.line:>6} {r.role:<15}| {printable(shown[:90])}\n")
        if r.reason:
            out.write(f"{'':>6} {'':<15}|   <- {printable(r.reason)}\n")


_PROGRESS_PAGES = 20  # PDFs longer than this report progress on stderr


def _progress(done: int, total: int) -> None:
    if total > _PROGRESS_PAGES:
        end = "\n" if done == total else ""
        print(f"\rsegmenter: page {done}/{total}", end=end, file=sys.stderr, flush=True)


class _Terminated(Exception):
    """SIGTERM arrived: the run stops as on Ctrl-C, with the status a shell expects."""


def _on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise _Terminated


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _batch(args: argparse.Namespace) -> int:
    if args.jsonl != "-" and any(_same_file(args.jsonl, f) for f in args.files):
        print(f"segmenter: the output {printable(args.jsonl)} is also an input: writing it "
              "would destroy it; choose another output", file=sys.stderr)
        return 2
    if args.jsonl == "-":
        _, failed = run_batch(args.files, sys.stdout, jobs=args.jobs, format=args.format,
                              encoding=args.encoding)
    else:
        try:
            with open(args.jsonl, "w", encoding="utf-8") as out:
                _, failed = run_batch(args.files, out, jobs=args.jobs, format=args.format,
                                      encoding=args.encoding)
        except OSError as e:
            print(f"segmenter: cannot write {printable(args.jsonl)}: {e.strerror or e}",
                  file=sys.stderr)
            return 2
    return 1 if failed else 0


def _analyze(path: str, format: str, encoding: str | None) -> tuple[Document, str]:
    """The analysis of the file at ``path`` (``-``: standard input), read once."""
    doc = analyze_file(read_bytes(path), encoding=encoding, format=format,
                       progress=_progress)
    return doc, doc.text


def main(argv: Sequence[str] | None = None) -> int:
    """Run the debug view, or a batch with --jsonl; return the exit status.

    Status 2: the file cannot be read (debug view) or the output cannot be written;
    status 1: a batch skipped at least one file; 130 and 143: stopped by Ctrl-C or
    SIGTERM (a batch's output then holds the files finished before, as whole lines).
    """
    args = parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _batch(args) if args.jsonl is not None else _view(args)
    except KeyboardInterrupt:
        print("segmenter: interrupted", file=sys.stderr)
        return _stopped(130, batch=args.jsonl is not None)
    except _Terminated:
        print("segmenter: terminated", file=sys.stderr)
        return _stopped(143, batch=args.jsonl is not None)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stopped(status: int, *, batch: bool) -> int:
    """``status``, once the output is flushed. A batch stopped by a signal leaves now:
    the worker pool's threads may wait for ever on the workers just ended (a queue's
    feeder blocked on a pipe no one reads), and its output file is already closed."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        sys.stderr.flush()
    if batch:
        os._exit(status)
    return status


def _view(args: argparse.Namespace) -> int:
    try:
        doc, text = _analyze(args.file, args.format, args.encoding)
    except (OSError, SegmenterError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        print(f"segmenter: cannot read {printable(args.file)}: {printable(reason)}",
              file=sys.stderr)
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


def _drop_output() -> None:
    """Send what is left of standard output nowhere: its reader is gone or its disk full,
    and the interpreter's last flush must not fail with a traceback."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def run() -> None:
    """Console-script entry point."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (e.g. piped into head): stop quietly
        _drop_output()
        code = 1
    except OSError as e:
        if e.errno != errno.ENOSPC:
            raise
        _drop_output()
        print(f"segmenter: cannot write the output: {e.strerror}", file=sys.stderr)
        code = 2
    raise SystemExit(code)
