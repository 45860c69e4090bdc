"""Batch runs: many dumps (text and PDF) segmented in parallel processes into JSON Lines."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
from collections import deque
from collections.abc import Generator, Iterable, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import TextIO

import attrs

from .. import segment_file
from ..formats import choose
from ..model import ROW_FIELDS, Article
from ..pipeline import iter_articles
from ..reading.files import read_path, read_stream, text_chunks
from .output import printable, write_rows
from .workers import end_workers, pool_of, spool_folder

__all__ = ["MAX_JOBS_PER_CPU", "FileResult", "Job", "file_rows", "read_bytes", "run_batch"]

_BAR_WIDTH = 30
# Worker processes beyond this many per CPU only cost memory: --jobs is capped here.
MAX_JOBS_PER_CPU = 4
_DIED = "the worker process reading it died (killed, or out of memory)"


@attrs.frozen
class Job:
    """How every file of a batch is read (``format``, ``encoding``) and written
    (``shape``: "jsonl" or "csv"), and the folder its rows are spooled to."""

    spool: str
    format: str | None = "auto"
    encoding: str | None = None
    shape: str = "jsonl"


@attrs.frozen
class FileResult:
    """How many articles one file gave and the file holding its rows, or why the file
    was skipped."""

    source: str
    count: int = 0
    rows: str | None = None  # a file in the job's spool folder
    error: str | None = None


def read_bytes(path: str, *, pipes: bool = True) -> bytes:
    """The whole content of ``path`` (``-``: standard input, up to the cap on a stream),
    read once: a pipe or FIFO cannot be read twice. ``pipes``: a FIFO named by its path
    is read too (a batch refuses one: it could wait for ever for a writer)."""
    return read_stream(sys.stdin.buffer) if path == "-" else read_path(path, pipes=pipes)


def file_rows(path: str, job: Job) -> FileResult:
    """Segment one file and write its rows to a file in ``job.spool``, as its articles
    come when it is a text file read in chunks (the worker holds no more than the
    window); any failure, a file that holds no text included, is returned as the
    reason, never raised.

    Runs in a worker process, so it must stay a module-level function (picklable).
    """
    rows = None
    try:
        fd, rows = tempfile.mkstemp(suffix=".rows", dir=job.spool)
        with open(fd, "w", encoding="utf-8", newline="") as out:
            chunks = text_chunks(path, job.encoding)
            articles: Iterable[Article] = (
                iter_articles(chunks, readers=choose(job.format)) if chunks is not None
                # articles only: line roles would cost memory in proportion to the file
                else segment_file(read_bytes(path, pipes=False), encoding=job.encoding,
                                  format=job.format))
            count = write_rows(articles, job.shape, out, path)
    except Exception as e:  # one bad file must not stop a batch
        if rows is not None:
            os.unlink(rows)
        return FileResult(path, error=_reason(e, job.spool))
    return FileResult(path, count, rows)


def _reason(e: Exception, spool: str) -> str:
    """Why a file failed, as the batch reports it: a full disk is the spool folder's,
    never the input's."""
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
        return (f"no room left in the temporary folder {os.path.dirname(spool)} for its rows "
                f"({e.strerror}): free some, or set TMPDIR to a folder with room")
    return e.strerror or str(e) if isinstance(e, OSError) else f"{type(e).__name__}: {e}"


def _alone(path: str, job: Job) -> FileResult:
    """Segment ``path`` in a worker of its own, to tell whether it is what kills one."""
    with pool_of(1) as solo:
        try:
            return solo.submit(file_rows, path, job).result()
        except BrokenProcessPool:
            return FileResult(path, error=_DIED)


def _results(paths: Sequence[str], jobs: int, job: Job) -> Generator[FileResult, None, None]:
    """Each file's result, in the order of ``paths``, from ``jobs`` worker processes.

    A worker that dies (killed, out of memory) breaks the pool: the file awaited is read
    again alone, so that only the file that kills a worker is reported as failed, and
    the files in flight go to a new pool. Closing the iterator ends the workers.
    """
    if jobs <= 1 or len(paths) <= 1:
        yield from (file_rows(p, job) for p in paths)
        return
    pool = pool_of(jobs)
    flight: deque[tuple[str, Future[FileResult]]] = deque()
    pending = deque(paths)
    try:
        while pending or flight:
            while pending and len(flight) < 2 * jobs:  # a few files ahead, not all
                try:
                    future = pool.submit(file_rows, pending[0], job)
                except BrokenProcessPool:  # a worker died since: see below
                    break
                flight.append((pending.popleft(), future))
            if not flight:  # the pool broke with nothing in flight: a new one
                pool.shutdown(wait=True, cancel_futures=True)
                pool = pool_of(jobs)
                continue
            path, future = flight.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = pool_of(jobs)
                yield _alone(path, job)
                pending.extendleft(reversed([p for p, _ in flight]))  # read them again
                flight.clear()
        pool.shutdown(wait=True)
    finally:
        end_workers(pool)


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

    def clear(self) -> None:
        """Take the bar off the terminal line, so that a message can stand there."""
        if self.live:
            self._write("")
            self.err.write("\r")

    def skipped(self, source: str, error: str) -> None:
        self.clear()
        self.err.write(f"segmenter: skipped {printable(source)}: {printable(error)}\n")

    def finish(self, articles: int, failed: int) -> None:
        if self.live:
            self.err.write("\n")
        else:
            self.err.write(f"segmenter: {self.total} files, {articles} articles, "
                           f"{failed} failed\n")
        self.err.flush()


def run_batch(paths: Sequence[str], out: TextIO, *, jobs: int | None = None,
              err: TextIO | None = None, format: str | None = "auto",
              encoding: str | None = None, shape: str = "jsonl") -> tuple[int, int]:
    """Write one JSON line (``shape`` "jsonl") or CSV row ("csv", after a header) per
    article of every file to ``out``; return (articles, failed).

    Files that cannot be read or segmented are reported on ``err`` and skipped. On a
    terminal ``err`` shows a progress bar. ``jobs`` worker processes (default: one per
    CPU, at most ``MAX_JOBS_PER_CPU`` per CPU) segment the files; output follows the
    order of ``paths`` all the same. Each file's lines are written at once, so that an
    interrupted run leaves whole lines. ``format`` as for :func:`segmenter.segment`,
    ``encoding`` (of the text files) as for :func:`segmenter.segment_file`.
    """
    err = sys.stderr if err is None else err
    cpus = os.cpu_count() or 1
    jobs = min(cpus if jobs is None else jobs, MAX_JOBS_PER_CPU * cpus)
    bar = _Progress(len(paths), err)
    articles = failed = 0
    if shape == "csv":
        out.write(",".join(ROW_FIELDS) + "\n")
    bar.update(0, 0, 0)
    try:
        with spool_folder() as spool, \
                contextlib.closing(_results(paths, jobs, Job(spool, format, encoding, shape))
                                   ) as results:
            for done, res in enumerate(results, 1):
                if res.error is not None:
                    failed += 1
                    bar.skipped(res.source, res.error)
                if res.rows is not None:
                    _copy(res.rows, out)
                articles += res.count
                bar.update(done, articles, failed)
    except BaseException:
        bar.clear()  # whoever reports what stopped the run writes where the bar stood
        raise
    bar.finish(articles, failed)
    return articles, failed


def _copy(rows: str, out: TextIO) -> None:
    """The spooled rows of a file into ``out``, then the spool file away."""
    with open(rows, encoding="utf-8", newline="") as fh:
        shutil.copyfileobj(fh, out)
    os.unlink(rows)
