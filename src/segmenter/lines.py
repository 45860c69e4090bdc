"""Line splitting: text -> its physical lines with their offsets, stripped text and pages.

Every line terminator Python's ``str.splitlines`` knows ends a line. A form feed also
starts a new page; pages are counted from 1 and are only "known" when the text holds at
least one form feed.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterator, Sequence
from typing import overload

import attrs
import regex

__all__ = ["TERMINATORS", "Line", "LineStyle", "Lines", "line_end", "nth_line_end", "shared_style",
           "split_lines"]

# The single-character line terminators str.splitlines honours ("\n" first).
TERMINATORS = "\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"
# A line break: CRLF first so it counts once, then each single character.
# Bound: a fixed alternation of literals, no backtracking.
_BREAK = regex.compile(rf"\r\n|[{TERMINATORS}]")

# Characters that count as blank at a line's edges: Unicode whitespace plus the
# zero-width characters and byte-order mark that PDF and web copies leave behind.
_EDGE_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + (
    "\u200b\u200c\u200d\u2060\ufeff"
)


@attrs.frozen
class LineStyle:
    """What a PDF or an HTML document knows about one line: type size (points), weight,
    where it stands on its page (``top`` and ``bottom``, points from the top edge),
    whether it is page furniture (a web page's menu or footer), whether a page's
    template prints it in every record (a label, a button: furniture unless the text is
    an export whose format reads its own fields), and whether it fills the width of its
    column on a newspaper's page (a line of text, never a heading)."""

    size: float
    bold: bool
    top: float = 0.0
    bottom: float = 0.0
    furniture: bool = False
    template: bool = False
    filled: bool = False  # the line fills its column (a newspaper's): a line of text


@functools.cache
def shared_style(size: float, bold: bool, furniture: bool, template: bool = False) -> LineStyle:
    """One style object for each look of a line without a place on a page (an HTML or
    DOCX line's): styles are frozen, so lines share them."""
    return LineStyle(size, bold, furniture=furniture, template=template)


@attrs.frozen
class Line:
    """One physical line: its offsets (terminator excluded) and stripped text. Built on
    demand by ``Lines``, so changing one would change nothing: frozen."""

    index: int
    start: int
    end: int
    raw: str
    text: str
    page: int
    after_form_feed: bool
    blank: bool  # nothing but blank characters (``text`` is empty)

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


class Lines(Sequence[Line]):
    """The lines of a text, kept field by field: one list per field.

    A text of a million short lines is then a few lists, not a million objects for the
    garbage collector to walk again and again; loops over every line read the lists.
    Indexing or iterating builds the ``Line`` objects asked for.
    """

    __slots__ = ("after_form_feeds", "blanks", "ends", "pages", "raws", "starts", "texts")

    def __init__(self, starts: list[int], ends: list[int], raws: list[str], texts: list[str],
                 pages: list[int], after_form_feeds: list[bool]) -> None:
        self.starts = starts
        self.ends = ends
        self.raws = raws
        self.texts = texts  # stripped
        self.pages = pages
        self.after_form_feeds = after_form_feeds
        self.blanks = list(map(operator.not_, texts))

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, i: int) -> Line: ...

    @overload
    def __getitem__(self, i: slice) -> list[Line]: ...

    def __getitem__(self, i: int | slice) -> Line | list[Line]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("line index out of range")
        return Line(i, self.starts[i], self.ends[i], self.raws[i], self.texts[i], self.pages[i],
                    self.after_form_feeds[i], self.blanks[i])

    def __iter__(self) -> Iterator[Line]:
        return map(Line, range(len(self)), self.starts, self.ends, self.raws, self.texts,
                   self.pages, self.after_form_feeds, self.blanks)

    def __repr__(self) -> str:
        return f"Lines({list(self)!r})"

    def head(self, n: int) -> Lines:
        """The first ``n`` lines (those of the text up to ``self.starts[n]``)."""
        return Lines(self.starts[:n], self.ends[:n], self.raws[:n], self.texts[:n],
                     self.pages[:n], self.after_form_feeds[:n])

    def text_start(self, i: int) -> int:
        """``self[i].text_start``, without building the line."""
        raw = self.raws[i]
        return self.starts[i] + (len(raw) - len(raw.lstrip(_EDGE_SPACE)) if self.texts[i] else 0)

    def text_end(self, i: int) -> int:
        """``self[i].text_end``, without building the line."""
        return self.text_start(i) + len(self.texts[i])


def _split_simple(text: str, page: int, after_form_feed: bool) -> Lines:
    """split_lines for the common text whose only terminators are ``\\n`` and ``\\f``
    (text extracted from a PDF): every line is followed by a one-character terminator,
    so each field of the lines is computed for all of them at once, with no Python loop
    over lines."""
    raws: list[str] = []
    pages: list[int] = []
    feeds: list[bool] = []
    for k, sheet in enumerate(text.split("\f")):  # one piece per page
        lines = sheet.split("\n")
        feeds.append(bool(k) or after_form_feed)  # a page's first line follows a form feed
        feeds.extend(itertools.repeat(False, len(lines) - 1))
        raws.extend(lines)
        pages.extend(itertools.repeat(page + k, len(lines)))
    if raws[-1] == "":  # the text ends with a terminator: no line after it
        del raws[-1], pages[-1], feeds[-1]
    n = len(raws)
    lengths = list(map(len, raws))
    starts = [0, *itertools.accumulate(map(operator.add, lengths, itertools.repeat(1, n)))]
    starts.pop()  # the offset after the last line
    return Lines(starts, list(map(operator.add, starts, lengths)), raws,
                 [raw.strip(_EDGE_SPACE) for raw in raws], pages, feeds)


def split_lines(text: str, *, page: int = 1, after_form_feed: bool = False) -> Lines:
    """Split ``text`` into lines, keeping offsets into ``text``.

    ``page`` and ``after_form_feed`` describe the first line, for text that continues
    a longer one.

    >>> [(ln.text, ln.page) for ln in split_lines("a\\r\\nb\\fc")]
    [('a', 1), ('b', 1), ('c', 2)]
    """
    if not any(t in text for t in TERMINATORS[1:] if t != "\f"):
        return _split_simple(text, page, after_form_feed)
    starts: list[int] = []
    ends: list[int] = []
    raws: list[str] = []
    pages: list[int] = []
    feeds: list[bool] = []
    pos = 0
    after_ff = after_form_feed
    # str.splitlines knows the same terminators as _BREAK and runs in C.
    for piece in text.splitlines(keepends=True):
        if piece[-2:] == "\r\n":
            raw = piece[:-2]
        elif piece[-1] in TERMINATORS:
            raw = piece[:-1]
        else:
            raw = piece
        starts.append(pos)
        ends.append(pos + len(raw))
        raws.append(raw)
        pages.append(page)
        feeds.append(after_ff)
        after_ff = piece[-1] == "\f"
        if after_ff:
            page += 1
        pos += len(piece)
    return Lines(starts, ends, raws, [raw.strip(_EDGE_SPACE) for raw in raws], pages, feeds)


def line_end(text: str, at: int, *, complete: bool) -> int | None:
    """Where the line running through offset ``at`` ends, just past its terminator
    (``at`` itself when a line ends there).

    ``complete`` says ``text`` is all there is: the last line may then lack a
    terminator. Otherwise ``None`` means more text is needed to know where that line
    ends (none seen yet, or a final ``\\r`` that a ``\\n`` may follow).

    >>> line_end("ab\\r\\ncd", 1, complete=False), line_end("ab\\r", 1, complete=False)
    (4, None)
    """
    m = _BREAK.search(text, max(at - 1, 0))
    if m is None:
        return len(text) if complete else None
    if m.group() == "\r" and m.end() == len(text) and not complete:
        return None
    end: int = m.end()
    return end


def nth_line_end(text: str, start: int, end: int, n: int) -> int | None:
    """Where the ``n``-th line from ``start`` ends (past its terminator) when more than
    ``n`` lines end before ``end``; ``None`` when no more than ``n`` do. Every terminator
    counts ("\\r", "\\u2028" ... as "\\n"; "\\r\\n" once), as ``split_lines`` counts them.

    >>> nth_line_end("a\\rb\\u2028c\\nd\\n", 0, 8, 2), nth_line_end("a\\rb\\n", 0, 4, 2)
    (4, None)
    """
    newlines = text.count("\n", start, end)
    others = sum(text.count(c, start, end) for c in TERMINATORS[1:])
    if newlines + others - (text.count("\r\n", start, end) if others else 0) <= n:
        return None
    if not others:  # the common case: lines end in "\n" alone; split in C, no loop
        return end - len(text[start:end].split("\n", n)[-1])
    for k, m in enumerate(_BREAK.finditer(text, start, end), 1):
        if k == n:
            found: int = m.end()
            return found
    return None  # unreachable: more than n breaks were counted
