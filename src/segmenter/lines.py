"""Split text into physical lines with their offsets and page numbers.

Every line terminator Python's ``str.splitlines`` knows ends a line. A form feed also
starts a new page; pages are counted from 1 and are only "known" when the text holds at
least one form feed.
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["Line", "LineStyle", "split_lines", "strip"]

# Line terminators: CRLF first so it counts once, then each single-character terminator
# that str.splitlines honours. A fixed alternation of literals: no backtracking.
_BREAK = regex.compile(r"\r\n|[\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029]")

# Characters that count as blank at a line's edges: Unicode whitespace plus the
# zero-width characters and byte-order mark that PDF and web copies leave behind.
_EDGE_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + (
    "\u200b\u200c\u200d\u2060\ufeff"
)


def strip(s: str) -> str:
    """Strip whitespace, zero-width spaces and byte-order marks from both ends.

    >>> strip("\\ufeff  Title\\u200b ")
    'Title'
    """
    return s.strip(_EDGE_SPACE)


@attrs.frozen
class LineStyle:
    """What a PDF knows about one line: type size (points), weight, and where it stands
    on its page (``top`` and ``bottom``, points from the top edge)."""

    size: float
    bold: bool
    top: float = 0.0
    bottom: float = 0.0


@attrs.define(slots=True)
class Line:
    """One physical line: its offsets (terminator excluded) and stripped text."""

    index: int
    start: int
    end: int
    raw: str
    text: str
    page: int
    after_form_feed: bool

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def indent(self) -> int:
        """Leading whitespace width of the raw line (0 for blank lines)."""
        return len(self.raw) - len(self.raw.lstrip(_EDGE_SPACE)) if self.text else 0

    @property
    def text_start(self) -> int:
        """Offset of the first non-blank character."""
        return self.start + self.indent

    @property
    def text_end(self) -> int:
        """Offset just past the last non-blank character."""
        return self.text_start + len(self.text)


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into lines, keeping offsets into ``text``.

    >>> [(ln.text, ln.page) for ln in split_lines("a\\r\\nb\\fc")]
    [('a', 1), ('b', 1), ('c', 2)]
    """
    lines: list[Line] = []
    pos = 0
    page = 1
    after_ff = False
    for m in _BREAK.finditer(text):
        raw = text[pos : m.start()]
        lines.append(Line(len(lines), pos, m.start(), raw, strip(raw), page, after_ff))
        after_ff = m.group() == "\f"
        if after_ff:
            page += 1
        pos = m.end()
    if pos < len(text):
        raw = text[pos:]
        lines.append(Line(len(lines), pos, len(text), raw, strip(raw), page, after_ff))
    return lines
