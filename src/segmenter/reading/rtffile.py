"""RTF input through striprtf (the ``rtf`` extra), imported only when an RTF file is read.

The document's text is what striprtf gives (paragraphs as lines, its escapes and
Unicode characters decoded in the code page the document declares); embedded pictures
and objects are cut out first, whole groups at a time, so a 10 MB picture costs a scan
for braces, not striprtf's reading of its hexadecimal digits. The page header and
footer (which striprtf drops) are read on their own and put before and after the text
as page furniture, which the pipeline reports as boilerplate (as a DOCX's are).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import attrs
import regex

from ..errors import RTFSupportError, install_command
from ..lines import LineStyle, shared_style
from .css import BODY_SIZE
from .decode import paired_surrogates

__all__ = ["RTFText", "rtf_text"]

# A binary blob: "\\binN", then N bytes that are data, never text or braces.
# Bound: a literal, a capped digit run, one optional space.
_BIN = r"\\bin(\d{1,10}) ?"
# The groups that hold pictures and embedded objects, not text, and binary blobs.
# Bound: a literal alternation at a brace, or the blob's pattern (above).
_BINARY_GROUP = regex.compile(r"\{\\(?:pict|\*\\objdata|object|\*\\blipuid|\*\\datastore)\b"
                              + "|" + _BIN)
# What a group's end is found among: a binary blob (passed over by its count), an
# escaped character that is no brace, a brace. Bound: the blob as above, then one or two
# characters.
_TOKEN = regex.compile(_BIN + r"|\\.|[{}]", regex.DOTALL)
# The code page the document declares ("\ansicpg1251"). Bound: capped digit run.
_CODE_PAGE = regex.compile(r"\\ansicpg(\d{3,5})")
_HEAD = 4096  # the code page is declared in the header
# The groups of the page header and footer (of all pages, left, right or first pages).
# Bound: a literal alternation at a brace, one optional letter, a word boundary.
_FURNITURE_GROUP = regex.compile(r"\{\\(header|footer)[lrf]?\b")


@attrs.frozen
class RTFText:
    """The text of an RTF document, with a style for each line when it has a page
    header or footer (marking theirs as furniture; ``None`` for the others)."""

    text: str
    styles: tuple[LineStyle | None, ...] | None = None


def rtf_text(data: bytes) -> RTFText:
    """The text of the RTF document ``data``. Raises :class:`RTFSupportError` without
    striprtf (the ``rtf`` extra)."""
    try:
        from striprtf import striprtf
    except ImportError as e:
        raise RTFSupportError("reading RTF files needs striprtf: "
                              + install_command("rtf")) from e
    markup = data.decode("latin-1")  # RTF is 7-bit: its 8-bit text comes as escapes
    page = _CODE_PAGE.search(markup, 0, _HEAD)
    encoding = f"cp{page.group(1)}" if page else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    convert = cast("Callable[..., str]", striprtf.rtf_to_text)  # an untyped library

    def text_of(rtf: str) -> str:
        text = convert(rtf, encoding=encoding, errors="replace")  # \uN: UTF-16 halves
        return paired_surrogates(text.replace("\r\n", "\n").replace("\r", "\n"))

    markup = _without_binary(markup)
    body = text_of(markup)
    furniture: dict[str, list[str]] = {"header": [], "footer": []}
    at = 0
    for m in _FURNITURE_GROUP.finditer(markup):
        if m.start() < at:
            continue  # a header inside a header: read with the one around it, once
        at = _group_end(markup, m.start())
        group = markup[m.end() : at - 1]
        line = " ".join(text_of("{\\rtf1 " + group + "}").split())
        if line and line not in furniture[m[1]]:  # sections repeat them: each read once
            furniture[m[1]].append(line)
    if not furniture["header"] and not furniture["footer"]:
        return RTFText(body)
    return _with_furniture(body, furniture["header"], furniture["footer"])


def _with_furniture(body: str, headers: list[str], footers: list[str]) -> RTFText:
    """The text ``body`` with the page ``headers`` before it and ``footers`` after it,
    a line each, their styles furniture."""
    style = shared_style(BODY_SIZE, False, True)
    lines: list[tuple[str, LineStyle | None]] = [(h, style) for h in headers]
    if headers:
        lines.append(("", None))
    lines += [(line, None) for line in body.rstrip("\n").split("\n")]
    if footers:
        lines.append(("", None))
    lines += [(f, style) for f in footers]
    return RTFText("".join(t + "\n" for t, _ in lines), tuple(s for _, s in lines))


def _without_binary(markup: str) -> str:
    """``markup`` without its picture and object groups (each up to its closing brace)
    and its binary blobs (each as long as its count says)."""
    kept: list[str] = []
    at = 0
    for m in _BINARY_GROUP.finditer(markup):
        if m.start() < at:
            continue  # inside a group or a blob already cut
        kept.append(markup[at : m.start()])
        at = m.end() + int(m[1]) if m[1] is not None else _group_end(markup, m.start())
    kept.append(markup[at:])
    return "".join(kept)


def _group_end(markup: str, start: int) -> int:
    """Where the group opening at ``start`` ends (after its closing brace; the text's
    end when it never closes), binary blobs passed over by their count."""
    depth = 0
    at: int = start
    while (m := _TOKEN.search(markup, at)) is not None:
        at = m.end()
        if m[1] is not None:
            at += int(m[1])  # a blob's bytes may hold braces: they are data
        elif m[0] == "{":
            depth += 1
        elif m[0] == "}":
            depth -= 1
            if depth == 0:
                return at
    return len(markup)
