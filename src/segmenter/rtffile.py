"""RTF input through striprtf (the ``rtf`` extra), imported only when an RTF file is read.

The document's text is what striprtf gives (paragraphs as lines, its escapes and
Unicode characters decoded in the code page the document declares); embedded pictures
and objects are cut out first, whole groups at a time, so a 10 MB picture costs a scan
for braces, not striprtf's reading of its hexadecimal digits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import regex

from .errors import RTFSupportError

__all__ = ["rtf_text"]

# The groups that hold pictures and embedded objects, not text.
# Bound: a literal alternation at a brace.
_BINARY_GROUP = regex.compile(r"\{\\(?:pict|\*\\objdata|object|\*\\blipuid|\*\\datastore)\b")
# Braces, and escaped characters that are no braces. Bound: one character or two.
_BRACE = regex.compile(r"\\.|[{}]", regex.DOTALL)
# The code page the document declares ("\ansicpg1251"). Bound: capped digit run.
_CODE_PAGE = regex.compile(r"\\ansicpg(\d{3,5})")
_HEAD = 4096  # the code page is declared in the header


def rtf_text(data: bytes) -> str:
    """The text of the RTF document ``data``. Raises :class:`RTFSupportError` without
    striprtf (the ``rtf`` extra)."""
    try:
        from striprtf import striprtf
    except ImportError as e:
        raise RTFSupportError("reading RTF files needs striprtf: "
                              "pip install 'segmenter[rtf]'") from e
    markup = data.decode("latin-1")  # RTF is 7-bit: its 8-bit text comes as escapes
    page = _CODE_PAGE.search(markup, 0, _HEAD)
    encoding = f"cp{page.group(1)}" if page else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    convert = cast("Callable[..., str]", striprtf.rtf_to_text)  # an untyped library
    text = convert(_without_binary(markup), encoding=encoding, errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _without_binary(markup: str) -> str:
    """``markup`` without its picture and object groups (each up to its closing brace)."""
    kept: list[str] = []
    at = 0
    for m in _BINARY_GROUP.finditer(markup):
        if m.start() < at:
            continue  # inside a group already cut
        kept.append(markup[at : m.start()])
        at = _group_end(markup, m.start())
    kept.append(markup[at:])
    return "".join(kept)


def _group_end(markup: str, start: int) -> int:
    """Where the group opening at ``start`` ends (after its closing brace; the text's
    end when it never closes)."""
    depth = 0
    for m in _BRACE.finditer(markup, start):
        c = m.group()
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                end: int = m.end()
                return end
    return len(markup)
