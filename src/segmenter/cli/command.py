"""The command: its arguments, and one file read and written (the debug view, CSV, JSON
or JSON Lines); many files are handed to ``batch``."""

from __future__ import annotations

import argparse
import contextlib
import errno
import itertools
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import NoReturn, TextIO

from .. import __version__, analyze_file
from ..errors import SegmenterError
from ..formats import FORMAT_NAMES, choose
from ..model import Document
from ..pipeline import aligned, iter_pieces
from ..reading.files import read_contents, text_chunks
from .batch import MAX_JOBS_PER_CPU, read_bytes, run_batch
from .destination import opened, refusal
from .output import OUTPUT_FORMATS, Part, printable, write_parts

__all__ = ["main", "parse_args", "run"]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(
        prog="python -m segmenter",
        description="Split a compilation-style text dump into articles and show what was found.",
    )
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="a text file (any encoding), a PDF, an HTML page, a DOCX or an RTF "
                        "file (the kind read from its content), or - for standard input; "
                        "several files with --format jsonl or csv")
    p.add_argument("--format", default=None, metavar="FORMAT",
                   help=f"what to write: {', '.join(OUTPUT_FORMATS)} (text: the debug view, "
                        "the default; json: the Document; jsonl: a JSON line per article; "
                        "csv: a row per article)")
    p.add_argument("-o", "--output", metavar="FILE", default="-",
                   help="write there instead of standard output (UTF-8)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="the same as --format json")
    mode.add_argument("--explain", action="store_true",
                      help="print every line with its role and the reason for it")
    mode.add_argument("--jsonl", metavar="OUT",
                      help="the same as --format jsonl -o OUT (- for standard output)")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="with several files: worker processes (default: the number of CPUs; "
                        f"at most {MAX_JOBS_PER_CPU} per CPU)")
    p.add_argument("--input-format", default="auto", metavar="NAME",
                   choices=["auto", "none", *FORMAT_NAMES],
                   help="the export format to read the files in: auto (the format the "
                        "text's start shows, the default), none (a generic dump), or one "
                        f"of: {', '.join(FORMAT_NAMES) or '(none yet)'}")
    p.add_argument("--encoding", metavar="NAME", default=None,
                   help="the encoding of the text files (default: their byte order mark, "
                        "else UTF-8, else guessed from their bytes, with a warning)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="show the warnings the library logs (a guessed encoding, documents "
                        "missing from an export) on stderr")
    p.add_argument("--version", action="version", version=f"segmenter {__version__}")
    args = p.parse_args(argv)
    _settle(p, args)
    return args


def _output_format(p: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """The output format the arguments ask for (``--json`` and ``--jsonl`` stand for
    theirs); ``--format`` naming an export format, as it did, is read as before."""
    if args.format in ("auto", "none", *FORMAT_NAMES):  # the option's meaning before 0.2
        print(f"segmenter: --format {args.format} names an export format: use "
              f"--input-format {args.format} (read as that this time)", file=sys.stderr)
        args.input_format, args.format = args.format, None
    if args.format is None:
        return "json" if args.json else "jsonl" if args.jsonl is not None else "text"
    if args.format not in OUTPUT_FORMATS:
        p.error(f"--format must be one of {', '.join(OUTPUT_FORMATS)}")
    if args.json or args.jsonl or args.explain:
        p.error("--format cannot go with --json, --jsonl or --explain")
    return str(args.format)


def _settle(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Check the arguments together; the aliases become what they stand for."""
    args.format = _output_format(p, args)
    if args.jsonl is not None:
        args.output = args.jsonl
    args.batch = len(args.files) > 1
    if args.batch and args.format not in ("jsonl", "csv"):
        p.error("several files need --format jsonl or csv (or --jsonl OUT)")
    if args.jobs is not None and (not args.batch or args.jobs < 1):
        p.error("--jobs needs several files (or --jsonl) and a count of at least 1")
    if args.batch and "-" in args.files:
        p.error("several files are read from their paths, not standard input")
    args.file = args.files[0]


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
    """A long PDF's pages read so far, redrawn in place on a terminal (never in a log)."""
    if total > _PROGRESS_PAGES and sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\rsegmenter: page {done}/{total}", end=end, file=sys.stderr, flush=True)


class _Terminated(Exception):
    """SIGTERM arrived: the run stops as on Ctrl-C, with the status a shell expects."""


def _on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise _Terminated


def _batch(args: argparse.Namespace) -> int:
    with opened(args.output) as out:
        if out is None:
            return 2
        _, failed = run_batch(args.files, out, jobs=args.jobs, format=args.input_format,
                              encoding=args.encoding, shape=args.format)
    return 1 if failed else 0


def _analyze(path: str, format: str, encoding: str | None) -> tuple[Document, str]:
    """The analysis of the file at ``path`` (``-``: standard input), read once."""
    doc = analyze_file(read_bytes(path), encoding=encoding, format=format,
                       progress=_progress)
    return doc, doc.text


def _parts(path: str, format: str, encoding: str | None) -> tuple[list[str], Iterator[Part]]:
    """The warnings reading the file at ``path`` (``-``: standard input) gave, and what
    it gives window by window: a text file whose encoding is known at once is read as it
    is segmented, any other whole (now)."""
    readers = choose(format)
    chunks = text_chunks(path, encoding) if path != "-" else None
    if chunks is not None:
        return [], iter_pieces(chunks, readers=readers)
    text, styles, warning = read_contents(read_bytes(path), encoding, _progress)
    return [warning] if warning else [], iter_pieces(
        [text], readers=readers, styles=aligned(text, styles))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the debug view, or a batch with --jsonl; return the exit status.

    Status 2: the file cannot be read (debug view) or the output cannot be written (or
    must not be: an input, a file that holds no output of segmenter); status 1: a batch
    skipped at least one file; 130 and 143: stopped by Ctrl-C or SIGTERM. An output file
    is written whole or not at all: a run that fails or is stopped leaves it as it was.
    """
    args = parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    shown = _show_warnings() if args.verbose else None
    try:
        if (reason := refusal(args.output, args.files)) is not None:
            print(f"segmenter: {reason}", file=sys.stderr)
            return 2
        return _batch(args) if args.batch else _view(args)
    except KeyboardInterrupt:
        print("segmenter: interrupted", file=sys.stderr)
        return _stopped(130, batch=args.batch)
    except _Terminated:
        print("segmenter: terminated", file=sys.stderr)
        return _stopped(143, batch=args.batch)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if shown is not None:
            logging.getLogger("segmenter").removeHandler(shown)


def _show_warnings() -> logging.Handler:
    """Send the ``segmenter`` logger's warnings to stderr (``-v``); return the handler."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("segmenter: warning: %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger("segmenter").addHandler(handler)
    return handler


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
    """One file: read up to its first window (or whole, for ``--explain``) before the
    output is opened, so that a file that cannot be read leaves no empty output."""
    try:
        if args.explain:
            doc, text = _analyze(args.file, args.input_format, args.encoding)
        else:
            warnings, parts = _parts(args.file, args.input_format, args.encoding)
            first = next(parts, None)
    except (OSError, SegmenterError) as e:
        return _unreadable(args.file, e)
    try:
        with opened(args.output) as out:
            if out is None:
                return 2
            if args.explain:
                _fmt_explain(doc, text, out)
                return 0
            write_parts(itertools.chain([first] if first else [], parts), args.format, out,
                        args.file, warnings)
    except SegmenterError as e:  # a text file's bytes wrong further on: no output kept
        return _unreadable(args.file, e)
    return 0


def _unreadable(path: str, e: Exception) -> int:
    """Say on stderr why ``path`` cannot be read; the exit status for it."""
    reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
    print(f"segmenter: cannot read {printable(path)}: {printable(reason)}", file=sys.stderr)
    return 2


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
