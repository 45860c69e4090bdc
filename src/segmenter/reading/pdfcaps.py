"""PDF caps: a page's objects (through pdfminer, the ``pdf`` extra) -> what the page would
cost to read, measured before it is read, and a refusal past the caps: the bytes its
content decodes to through every filter of each stream's chain, the content it draws
(a form counted each time it is drawn, forms inside forms too) and the characters that
content shows. A 4 kB file could otherwise decode to gigabytes, or draw one small form
thousands of times."""

from __future__ import annotations

import io
import zlib
from typing import Any

import regex

from ..errors import PDFError

__all__ = ["MAX_PAGE_CHARS", "PageCost", "check_document", "page_cost"]

# Characters one page may show: a dense newspaper page shows about 20,000; each costs
# pdfplumber about 2 kB and 50 µs (a million took 2.26 GB).
MAX_PAGE_CHARS = 50_000
# Characters a whole document may show: this many, and this many more per byte of the
# file. A PDF of text shows a few characters per byte of its file; one whose pages draw
# one stream again and again shows hundreds (20 pages of a 3.7 kB file: 440,000).
_DOCUMENT_CHARS = 250_000
_CHARS_PER_BYTE = 50
_MAX_FORM_DEPTH = 12  # forms drawn inside forms, as deep as this
# A form drawn by name: "/Fm1 Do". Bound: a capped name run, a capped space run, a
# literal.
_DO = regex.compile(rb"/([^\s/\[\]()<>{}%]{1,127})\s{0,8}Do\b")
# What holds characters in content: a string's brackets and the escapes inside it (read
# by a count, so that nested brackets are followed), and hex strings. Bound: one byte, an
# escaped byte, or a capped run of hex digits and spaces.
_STRING_PART = regex.compile(rb"\\.|[()]|<[0-9A-Fa-f\s]{1,65536}>", regex.DOTALL)


class PageCost:
    """What one page draws: bytes of content decoded and characters shown, checked
    against their caps as they grow; what each form draws is measured once."""

    def __init__(self, page: int, max_bytes: int, max_chars: int) -> None:
        self.page = page
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self.bytes = 0
        self.chars = 0
        self.forms: dict[object, tuple[int, int]] = {}  # a form's bytes and characters

    def check(self, n_bytes: int, n_chars: int) -> None:
        """Raise :class:`PDFError` when ``n_bytes`` or ``n_chars`` pass their cap."""
        if n_bytes > self.max_bytes:
            raise PDFError(
                f"page {self.page} draws more than {self.max_bytes:,} bytes of content once "
                "decoded (forms counted each time they are drawn: a decompression bomb?): "
                "pass a larger max_page_bytes to read it")
        if n_chars > self.max_chars:
            raise PDFError(
                f"page {self.page} shows more than {self.max_chars:,} characters (a page of "
                "text shows a few thousand): pass a larger max_page_chars to read it")


def page_cost(page_obj: Any, page: int, max_bytes: int, max_chars: int) -> PageCost:
    """Measure what ``page_obj`` (pdfminer's ``PDFPage``) draws; raise :class:`PDFError`
    naming the cap it passes (``max_bytes`` of decoded content, ``max_chars``)."""
    from pdfminer.pdftypes import resolve1

    cost = PageCost(page, max_bytes, max_chars)
    resources = resolve1(page_obj.resources) or {}
    for stream in page_obj.contents or ():
        n_bytes, n_chars = _drawn(resolve1(stream), resources, cost, 0)
        cost.bytes += n_bytes
        cost.chars += n_chars
        cost.check(cost.bytes, cost.chars)
    return cost


def check_document(chars: int, file_bytes: int) -> None:
    """Raise :class:`PDFError` when the pages read so far show more ``chars`` than a file
    of ``file_bytes`` bytes may: pages that draw the same content again and again."""
    most = _DOCUMENT_CHARS + _CHARS_PER_BYTE * file_bytes
    if chars > most:
        raise PDFError(
            f"this PDF's pages show more than {most:,} characters, more than a file of "
            f"{file_bytes:,} bytes holds: its pages draw the same content again and again "
            "(a bomb?); split it, or pass pages of it with their own content")


def _drawn(stream: Any, resources: Any, cost: PageCost, depth: int) -> tuple[int, int]:
    """The bytes and characters a content stream draws, every form it draws counted
    each time it draws it (a form's own count is measured once)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    if not isinstance(stream, PDFStream) or depth > _MAX_FORM_DEPTH:
        return 0, 0
    key = stream.objid if stream.objid is not None else id(stream)
    if key in cost.forms:
        return cost.forms[key]
    content = _decoded(stream, cost.max_bytes)
    n_bytes, n_chars = len(content), _shown(content, cost.max_chars)
    cost.check(n_bytes, n_chars)
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, dict):
        xobjects = {}
    for m in _DO.finditer(content) if xobjects else ():
        form = resolve1(xobjects.get(m[1].decode("latin-1")))
        if isinstance(form, PDFStream) and _name(form.get("Subtype")) == "Form":
            inner = resolve1(form.get("Resources")) or resources
            more_bytes, more_chars = _drawn(form, inner, cost, depth + 1)
            n_bytes, n_chars = n_bytes + more_bytes, n_chars + more_chars
            cost.check(n_bytes, n_chars)
    cost.forms[key] = (n_bytes, n_chars)
    return n_bytes, n_chars


def _name(obj: Any) -> str:
    return str(getattr(obj, "name", obj))


def _shown(content: bytes, limit: int) -> int:
    """The bytes of the strings ``content`` holds (an upper bound on the characters it
    shows), counted up to ``limit`` and one more."""
    count = depth = 0
    at = 0
    for m in _STRING_PART.finditer(content):
        token = m[0]
        if token == b"(":
            if depth == 0:
                at = m.end()
            depth += 1
        elif token == b")" and depth:
            depth -= 1
            if depth == 0:
                count += m.start() - at
        elif token[:1] == b"<" and depth == 0:
            count += (len(token) - 2) // 2  # two hex digits a byte (blanks counted too)
        if count > limit:
            break
    return count


def _decoded(stream: Any, limit: int) -> bytes:
    """The data of ``stream`` decoded through every filter of its chain, each step
    stopped past ``limit`` bytes (what is returned is then longer than ``limit``, never
    much longer). A stream pdfminer must decrypt, or whose chain ends in an image
    filter, gives its bytes as stored: it holds no content to draw."""
    from pdfminer.pdftypes import (
        LITERALS_ASCII85_DECODE,
        LITERALS_ASCIIHEX_DECODE,
        LITERALS_FLATE_DECODE,
        LITERALS_LZW_DECODE,
        LITERALS_RUNLENGTH_DECODE,
    )

    if stream.data is not None:
        return bytes(stream.data)
    data = bytes(stream.rawdata or b"")
    if stream.decipher:
        return data
    for f, _ in stream.get_filters():
        if f in LITERALS_FLATE_DECODE:
            data = _inflated(data, limit)
        elif f in LITERALS_LZW_DECODE:
            data = _unlzw(data, limit)
        elif f in LITERALS_ASCIIHEX_DECODE or f in LITERALS_ASCII85_DECODE:
            from pdfminer.ascii85 import ascii85decode, asciihexdecode

            data = (asciihexdecode if f in LITERALS_ASCIIHEX_DECODE else ascii85decode)(data)
        elif f in LITERALS_RUNLENGTH_DECODE:
            data = _unrun(data, limit)
        else:
            return data  # an image's filter, or one pdfminer cannot read: no text
        if len(data) > limit:
            break
    return data


def _inflated(data: bytes, limit: int) -> bytes:
    try:
        return zlib.decompressobj().decompress(data, limit + 1)
    except zlib.error:
        return data  # pdfminer reads what it can of a broken stream: no bomb


def _unlzw(data: bytes, limit: int) -> bytes:
    from pdfminer.lzw import LZWDecoder

    out = bytearray()
    try:
        for chunk in LZWDecoder(io.BytesIO(data)).run():
            out += chunk
            if len(out) > limit:
                break
    except Exception:  # a broken stream: what was read
        pass
    return bytes(out)


def _unrun(data: bytes, limit: int) -> bytes:
    """RunLength decoding (a length byte, then literal bytes or one repeated byte),
    stopped past ``limit`` bytes."""
    out = bytearray()
    i = 0
    while i < len(data) and len(out) <= limit:
        n = data[i]
        if n == 128:
            break
        if n < 128:
            out += data[i + 1 : i + n + 2]
            i += n + 2
        else:
            out += data[i + 1 : i + 2] * (257 - n)
            i += 2
    return bytes(out)
