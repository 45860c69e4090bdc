"""Batch runs: many dumps (text and PDF) segmented in parallel processes into JSON Lines."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TextIO

import attrs

from . import segment
from .pdf import is_pdf_file, segment_pdf

__all__ = ["FileResult", "read_text", "run_batch", "segment_file"]

_BAR_WIDTH = 30


@attrs.frozen
class FileResult:
    """The articles of one file as JSON-ready rows, or why the file was skipped."""

    source: str
    rows: tuple[dict[str, Any], ...] = ()
    error: str | None = None


def read_text(path: str) -> str:
    """A text dump as written: UTF-8, line endings kept, undecodable bytes kept as escapes."""
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        return fh.read()


def segment_file(path: str) -> FileResult:
    """Segment one file; any failure is returned as the reason, never raised.

    Runs in a worker process, so it must stay a module-level function (picklable).
    """
    try:
        # articles only: line roles would cost memory in proportion to the file
        articles = segment_pdf(path) if is_pdf_file(path) else segment(read_text(path))
    except OSError as e:
        return FileResult(path, error=e.strerror or str(e))
    except Exception as e:  # one bad file must not stop a batch
        return FileResult(path, error=f"{type(e).__name__}: {e}")
    rows = tuple(
        {"source": path, "article": n, **a.to_dict()} for n, a in enumerate(articles, 1)
    )
    return FileResult(path, rows)


def _results(paths: Sequence[str], jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(paths) <= 1:
        yield from map(segment_file, paths)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        # in input order, so that the same files always give the same output
        yield from pool.map(segment_file, paths)


class _Progress:
    """A progress bar redrawn in place on a terminal; on a log file, only the summary."""

    def __init__(self, total: int, err: TextIO) -> None:
        self.total = total
        self.err = err
        self.live = err.isatty()
        self.width = 0

    def _write(self, line: str) -> None:
        self.err.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.err.flush()

    def update(self, done: int, articles: int, failed: int) -> None:
        if self.live:
            filled = _BAR_WIDTH * done // self.total if self.total else _BAR_WIDTH
            self._write(f"[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {done}/{self.total} "
                        f"files, {articles} articles, {failed} failed")

    def skipped(self, source: str, error: str) -> None:
        if self.live:
            self._write("")  # clear the bar, then print the message where it stood
            self.err.write("\r")
        self.err.write(f"segmenter: skipped {source}: {error}\n")

    def finish(self, articles: int, failed: int) -> None:
        if self.live:
            self.err.write("\n")
        else:
            self.err.write(f"segmenter: {self.total} files, {articles} articles, "
                           f"{failed} failed\n")
        self.err.flush()


def run_batch(paths: Sequence[str], out: TextIO, *, jobs: int | None = None,
              err: TextIO | None = None) -> tuple[int, int]:
    """Write one JSON line per article of every file to ``out``; return (articles, failed).

    Files that cannot be read or segmented are reported on ``err`` and skipped. On a
    terminal ``err`` shows a progress bar. ``jobs`` worker processes (default: one per
    CPU) segment the files; output follows the order of ``paths`` all the same.
    """
    err = sys.stderr if err is None else err
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    bar = _Progress(len(paths), err)
    articles = failed = 0
    bar.update(0, 0, 0)
    for done, res in enumerate(_results(paths, jobs), 1):
        if res.error is not None:
            failed += 1
            bar.skipped(res.source, res.error)
        for row in res.rows:
            out.write(json.dumps(row, ensure_ascii=True) + "\n")
            articles += 1
        bar.update(done, articles, failed)
    bar.finish(articles, failed)
    return articles, failed
