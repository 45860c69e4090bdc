"""Where the command writes: the output file checked before anything is read (never one
of the inputs, never a file that holds anything but segmenter's own output) and written
whole or not at all (a temporary file beside it, renamed over it once the run ends)."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from typing import TextIO

import regex

from ..model import ROW_FIELDS
from .output import printable, screened
from .workers import remove_left

__all__ = ["opened", "refusal"]

# How each of the command's outputs begins: a file that begins otherwise is not one a
# run wrote, and replacing it would destroy someone's data (``--jsonl a.txt b.txt`` took
# the dump a.txt as its output). Bound: literal alternatives, then (the --explain view)
# a capped run of spaces and digits, a capped role name, a capped run of spaces.
_OUR_OUTPUT = regex.compile(
    rb"=== article |format: |preamble: |artifacts: |\{\"format\": |\{\"source\": |"
    + regex.escape(",".join(ROW_FIELDS).encode())
    + rb"| {0,8}\d{1,9} [a-z_]{1,20} {0,20}\|")
_HEAD = 256  # bytes of an existing output looked at


def refusal(output: str, inputs: Sequence[str]) -> str | None:
    """Why the run must not write ``output``, or ``None``: it is one of ``inputs`` (by
    device and inode, standard input included), or an existing file whose first bytes are
    none of the command's outputs."""
    if output == "-":
        return None
    try:
        target = os.stat(output)
    except OSError:
        return None  # not there yet: nothing to destroy (a bad folder fails on opening)
    for name in inputs:
        with contextlib.suppress(OSError, ValueError):
            st = os.fstat(sys.stdin.fileno()) if name == "-" else os.stat(name)
            if (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino):
                shown = "standard input" if name == "-" else "also an input"
                return (f"the output {printable(output)} is {shown}: writing it would "
                        "destroy it; choose another output")
    if stat.S_ISREG(target.st_mode) and target.st_size and not _ours(output):
        return (f"{printable(output)} exists and holds no output of segmenter (an input "
                "given where the output's name goes?); remove it or choose another output")
    return None


def _ours(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return True  # unreadable here: opening it for writing will say why
    return _OUR_OUTPUT.match(head.lstrip(b"\xef\xbb\xbf")) is not None


@contextlib.contextmanager
def opened(path: str) -> Iterator[TextIO | None]:
    """Standard output for ``-`` (screened on a terminal); else a temporary file beside
    ``path``, UTF-8, renamed over it when the block ends without an exception (with the
    mode the file had, or the one a new file gets). When the block raises, the temporary
    file is removed, the old file is left as it was, and stderr says so. A path that is
    no regular file (``/dev/null``, a FIFO) is written directly. ``None`` (the reason on
    stderr) when ``path`` cannot be written."""
    if path == "-":
        yield screened(sys.stdout)
        return
    target = os.path.realpath(path)  # a link's file is replaced, never the link
    try:
        existing: os.stat_result | None = os.stat(target)
    except OSError:
        existing = None
    try:
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            direct: TextIO | None = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        else:
            direct = None
            folder, name = os.path.split(target)
            remove_left(folder, f".{name}.", ".part")  # what killed runs left beside it
            fd, temp = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}-",
                                        suffix=".part", dir=folder)
    except OSError as e:
        print(f"segmenter: cannot write {printable(path)}: {e.strerror or e}", file=sys.stderr)
        yield None
        return
    if direct is not None:
        with direct:
            yield direct
        return
    try:
        with open(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(temp, stat.S_IMODE(existing.st_mode) if existing else _new_file_mode())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        kept = "left as it was" if existing else "not written"
        print(f"segmenter: {printable(path)} {kept}", file=sys.stderr)
        raise


def _new_file_mode() -> int:
    """The mode ``open`` gives a new file: read and write for all, less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
