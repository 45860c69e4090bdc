"""Files: a path, bytes or binary file -> its kind, read from its content (PDF, DOCX, RTF,
HTML, text), and the text it holds with its line styles."""

from __future__ import annotations

import codecs
import io
import os
import stat
import zipfile
from collections.abc import Iterator, Sequence
from typing import IO

from ..errors import (
    FileKindError,
    InputLimitError,
    InputTypeError,
    TextDecodeError,
    log_warnings,
)
from ..lines import LineStyle
from .decode import check_text, decode_bytes, stream_codec
from .pdf import Progress, looks_like_pdf, pdf_text_and_styles

__all__ = ["MAX_STREAM_BYTES", "FileSource", "file_kind", "read_contents", "read_path",
           "read_source", "read_stream", "text_chunks"]

FileSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

_HEAD = 1024  # bytes a kind is read from
_ZIP = b"PK\x03\x04"
_RTF = b"{\\rtf"
# Tags that open an HTML document within its first kilobyte, whatever comes before them
# (a byte order mark, blanks, an XML declaration, a comment).
_HTML_TAGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")
_DOCX_PART = "word/document.xml"
_CHUNK = 1 << 20  # bytes of a text file read at a time when it is read as it comes


# A stream (standard input, a pipe, a FIFO) is read whole, up to this many bytes: a
# dump that large is saved to a file, and /dev/zero piped in must not take all memory.
MAX_STREAM_BYTES = 1 << 30
_READ = 1 << 20  # bytes read from a stream at a time


def read_source(source: FileSource) -> bytes:
    """The bytes of ``source`` (a path, bytes, or a file opened in binary mode). A path
    must name a regular file or a pipe (read as :func:`read_stream`); raises ``OSError``
    when it cannot be read, :class:`FileKindError` for a device, a directory or a socket,
    and :class:`InputTypeError` for a text-mode file or another type."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str | os.PathLike):
        return read_path(source)
    if hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes | bytearray):
            raise InputTypeError("the file must be opened in binary mode ('rb'): its kind "
                                 "and encoding are read from its bytes")
        return bytes(data)
    raise InputTypeError(f"expected a path, bytes or a binary file, not {type(source).__name__}")


def read_path(path: str | os.PathLike[str], *, pipes: bool = True) -> bytes:
    """The bytes of the file at ``path``: a regular file whole, a pipe or FIFO (bash's
    ``<(cmd)``, ``/dev/stdin``) as :func:`read_stream` when ``pipes``. Anything else (a
    device such as ``/dev/zero``, a directory, a socket; a FIFO when not ``pipes``, which
    could wait for ever for a writer) raises :class:`FileKindError` before it is opened."""
    mode = os.stat(path).st_mode  # follows links; never blocks, as opening a FIFO can
    if not stat.S_ISREG(mode) and not (pipes and stat.S_ISFIFO(mode)):
        what = _SPECIAL.get(stat.S_IFMT(mode), "not a regular file")
        hint = "" if stat.S_ISDIR(mode) else ": save what it gives to a file, or pipe it in"
        raise FileKindError(f"{os.fspath(path)} is {what}, not a file segmenter reads{hint}")
    with open(path, "rb") as fh:
        return fh.read() if stat.S_ISREG(mode) else read_stream(fh)


_SPECIAL = {stat.S_IFDIR: "a directory", stat.S_IFCHR: "a character device",
            stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFIFO: "a FIFO"}


def read_stream(stream: IO[bytes], limit: int = MAX_STREAM_BYTES) -> bytes:
    """All ``stream`` gives (standard input, a pipe), up to ``limit`` bytes; more raises
    :class:`InputLimitError` once ``limit`` bytes are read, never holding more."""
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_READ, limit + 1 - size)):
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputLimitError(
                f"the input stream gives more than {limit:,} bytes (the cap on a stream "
                "read whole): save it to a file and pass the file's path")
    return b"".join(parts)


def file_kind(data: bytes) -> str:
    """The kind of file ``data`` holds, read from its content, not its name: ``"pdf"``,
    ``"docx"``, ``"zip"`` (an archive that is no DOCX), ``"rtf"``, ``"html"`` or
    ``"text"`` (anything else, binary files included: decoding refuses those).

    >>> file_kind(b"%PDF-1.7"), file_kind(b"{\\\\rtf1\\\\ansi"), file_kind(b"<!DOCTYPE html>")
    ('pdf', 'rtf', 'html')
    """
    head = data[:_HEAD]
    if looks_like_pdf(head):
        return "pdf"
    if head.startswith(_ZIP):
        return "docx" if _is_docx(data) else "zip"
    bare = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if bare.startswith(_RTF):
        return "rtf"
    lowered = bare.lower()
    if lowered.startswith(b"<") and any(tag in lowered for tag in _HTML_TAGS):
        return "html"
    return "text"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _DOCX_PART in archive.namelist()
    except (zipfile.BadZipFile, ValueError):
        return False  # a damaged archive: refused as a "zip"


def text_chunks(path: str | os.PathLike[str], encoding: str | None = None
                ) -> Iterator[str] | None:
    """The text of the text file at ``path`` in chunks, read as it is consumed, when its
    kind and encoding are known without holding it whole: ``encoding`` given, a byte
    order mark, or UTF-8 (checked in a first pass that keeps nothing). ``None`` for any
    other file (another kind, an encoding to guess, NUL bytes, a pipe that can be read
    only once): read it whole. The chunks
    make up the text :func:`read_contents` gives; errors as for :func:`analyze_file`."""
    if not os.path.isfile(path):
        return None  # a pipe, a FIFO, a device: read once, whole
    with open(path, "rb") as fh:
        head = fh.read(_HEAD)
    if file_kind(head) != "text":
        return None
    codec = stream_codec(head, encoding)
    if codec is None:
        if b"\x00" in head or not _all_utf8(path):
            return None
        codec = "utf-8"
    return _decoded_chunks(path, codec, strip_bom=encoding is not None)


def _all_utf8(path: str | os.PathLike[str]) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as fh:
            while data := fh.read(_CHUNK):
                decoder.decode(data)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _decoded_chunks(path: str | os.PathLike[str], codec: str, *, strip_bom: bool
                    ) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(codec)()
    at, first = 0, True
    with open(path, "rb") as fh:
        while True:
            data = fh.read(_CHUNK)
            try:
                text = decoder.decode(data, final=not data)
            except UnicodeDecodeError as e:
                raise TextDecodeError(f"the file is not {codec}: byte {data[e.start]:#04x} at "
                                      f"offset {at + e.start} cannot be read ({e.reason})"
                                      ) from None
            if first:
                text = check_text(text.removeprefix("\ufeff") if strip_bom else text)
                first = False
            if text:
                yield text
            if not data:
                return
            at += len(data)


def read_contents(data: bytes, encoding: str | None = None, progress: Progress | None = None
                  ) -> tuple[str, Sequence[LineStyle | None] | None, str | None]:
    """The text a file's ``data`` holds, read as its kind (:func:`file_kind`) is read,
    the style of each of its lines when the kind gives them, and a warning (logged too)
    when its encoding was guessed; ``progress`` as for :func:`segmenter.analyze_pdf`."""
    kind = file_kind(data)
    styles: Sequence[LineStyle | None] | None = None
    warning = None
    if kind == "pdf":
        text, styles = pdf_text_and_styles(data, progress=progress)
    elif kind == "text":
        decoded = decode_bytes(data, encoding)
        text, warning = decoded.text, decoded.warning
    elif kind == "html":
        from .htmlfile import html_text  # lxml is imported only when an HTML file is read

        page = html_text(data)
        text, styles, warning = page.text, page.styles, page.warning
    elif kind == "docx":
        from .docxfile import docx_text  # python-docx is imported only for a DOCX

        doc = docx_text(data)
        text, styles = doc.text, doc.styles
    elif kind == "rtf":
        from .rtffile import rtf_text  # striprtf is imported only for an RTF file

        rtf = rtf_text(data)
        text, styles = rtf.text, rtf.styles
    else:
        raise FileKindError(_UNREAD[kind])
    if warning is not None:
        log_warnings([warning], set())
    return text, styles, warning


_UNREAD = {
    "zip": "a ZIP archive that is no DOCX document, or a DOCX that is damaged or truncated "
           "(no readable word/document.xml in it)",
}
