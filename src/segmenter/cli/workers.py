"""A batch's worker processes and the folder their rows are spooled to: workers that
leave Ctrl-C to the parent and end with it (even when it is killed), a pool ended at
once, and spool folders that a run killed before it could clean up are swept away by
the next."""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

__all__ = ["end_workers", "ended", "pool_of", "remove_left", "spool_folder"]

_PR_SET_PDEATHSIG = 1  # Linux's prctl option: a signal sent when the parent ends
_PARENT_POLL = 0.5  # seconds between two looks at the parent, where prctl is missing


def pool_of(jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes that end with this one."""
    return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which ends them, end at once on SIGTERM (a
    forked worker would otherwise inherit the parent's handler), and end when their
    parent does, however it ends (a SIGKILL of the run left them running, their spool
    files kept). The parent is this run, or the fork server it started, which ends
    with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    if not _kill_with_parent():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent ended before the watch began
        os._exit(1)


def _kill_with_parent() -> bool:
    """Ask Linux to send SIGKILL to this process when its parent ends; whether it did."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL)
    os._exit(1)


def end_workers(pool: ProcessPoolExecutor) -> None:
    """Stop the pool now: queued files are dropped and running workers ended."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14 on
    if terminate is not None:
        terminate()
        return
    # Before 3.14 the pool keeps its worker processes in a private mapping; ending them
    # is the only way not to wait for a file that may take minutes.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(5)


@contextlib.contextmanager
def spool_folder() -> Iterator[str]:
    """A folder of this run's own for the workers' rows, removed when the run ends. The
    folders of every run live in one folder per user (``segmenter-spool-UID`` in the
    temporary folder), named after the run's process: a run that was killed leaves its
    folder behind, and the next run removes it."""
    root = os.path.join(tempfile.gettempdir(), f"segmenter-spool-{_user()}")
    try:
        os.makedirs(root, mode=0o700, exist_ok=True)
        owned = os.stat(root).st_uid == _user() if hasattr(os, "getuid") else True
    except OSError:
        owned = False
    if not owned:  # someone else's folder, or none can be made: a folder of our own
        root = tempfile.gettempdir()
    else:
        remove_left(root, "", "")
    with tempfile.TemporaryDirectory(prefix=f"{os.getpid()}-", dir=root) as spool:
        yield spool


def _user() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def remove_left(folder: str, prefix: str, suffix: str) -> None:
    """Remove what runs that were killed left in ``folder``: the entries named
    ``PREFIX<pid>-...SUFFIX`` whose process ``pid`` has ended (files, or folders whole)."""
    with contextlib.suppress(OSError):
        for entry in os.listdir(folder or "."):
            pid, _, rest = entry.removeprefix(prefix).partition("-")
            if (entry.startswith(prefix) and rest.endswith(suffix) and pid.isdecimal()
                    and ended(int(pid))):
                path = os.path.join(folder, entry)
                if os.path.isdir(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        os.unlink(path)


def ended(pid: int) -> bool:
    """Whether no process ``pid`` runs (a process of another user's counts as running)."""
    if os.name == "nt":
        return False  # there os.kill ends the process it is given: never asked
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
