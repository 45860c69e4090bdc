"""Byline search: a window's content lines -> the bylines (one or two lines each) that
start at a content position, each line parsed once."""

from __future__ import annotations

import bisect

import regex

from .bylines import MAX_BYLINE_CHARS, ParsedByline, parse_byline
from .content import Content
from .layout import Layout

__all__ = ["BylineAt", "BylineSearch", "may_hold_byline"]

# A line worth trying as a byline holds a year (every date form the byline grammar reads
# has one) or opens with "by" ("Written by"). Two patterns: an anchor inside an
# alternation would be tried at every position of the line.
# Bound: a fixed four characters; an anchored match of at most 10 letters and 3 spaces.
_YEAR_HINT = regex.compile(r"(?:1[6-9]|2[01])\d\d")
_BY_HINT = regex.compile(r"(?:\w{1,10}\s{1,3})?by\b", regex.IGNORECASE)
# The word "by" anywhere: where a line may open with "by", and with _YEAR_HINT whether a
# window has any line worth trying as a byline. Bound: a two-letter literal.
_BY_WORD = regex.compile(r"by\b", regex.IGNORECASE)
# Characters of which the first half of a byline wrapped over two lines holds one.
_FIELD_SEPARATORS = ",|•"

BylineAt = tuple[ParsedByline, list[int]]  # the parsed byline and its content positions


def may_hold_byline(text: str) -> bool:
    """False only when no line of ``text`` is worth trying as a byline. Without one, a
    window holds at most one article (the one it opens with, or the whole text).

    >>> may_hold_byline("Title\\n\\nBody text.\\n"), may_hold_byline("Jane Doe, 2015\\n")
    (False, True)
    """
    return _YEAR_HINT.search(text) is not None or _BY_WORD.search(text) is not None


class BylineSearch:
    """The bylines of one window's content lines, asked for by position and found once.

    Only lines that hold a year or open with "by" (the *hints*, found by scanning the
    window once) are parsed, and each distinct line text once.
    """

    def __init__(self, content: Content, layout: Layout) -> None:
        self._content = content
        self._gaps = layout.gaps
        self._found: dict[int, BylineAt | None] = {}
        self._hints: set[int] | None = None
        self._parsed: dict[tuple[str, bool], ParsedByline | None] = {}

    def hints(self) -> set[int]:
        """Content positions of the lines that could be a byline's (first) line."""
        if self._hints is None:
            c = self._content
            pos_of = c.position
            self._hints = hint = set()
            line_starts = c.lines.starts
            for m in _YEAR_HINT.finditer(c.text):
                p = pos_of.get(bisect.bisect_right(line_starts, m.start()) - 1)
                if p is not None:
                    hint.add(p)
            for m in _BY_WORD.finditer(c.text):
                p = pos_of.get(bisect.bisect_right(line_starts, m.start()) - 1)
                if p is not None and p not in hint and _BY_HINT.match(c.texts[p]):
                    hint.add(p)
        return self._hints

    def at(self, pos: int) -> BylineAt | None:
        """The byline starting at content ``pos`` (one or two lines), parsed once."""
        if pos not in self._found:
            self._found[pos] = self._find(pos)
        return self._found[pos]

    def _parse(self, text: str, *, credit_only: bool = False) -> ParsedByline | None:
        """parse_byline, once per distinct line of the window (exports repeat bylines)."""
        key = (text, credit_only)
        if key not in self._parsed:
            self._parsed[key] = parse_byline(text, credit_only=credit_only)
        return self._parsed[key]

    def _find(self, pos: int) -> BylineAt | None:
        c = self._content
        t = c.texts[pos]
        if len(t) > MAX_BYLINE_CHARS:
            return None
        hints = self.hints()
        if pos not in hints:
            if pos + 1 in hints:
                return self._wrapped(pos)
            return None
        parsed = self._parse(t)
        if parsed is None:
            return self._wrapped(pos)
        if parsed.people_only and pos + 1 < len(c.index) and self._gaps[pos + 1] <= 1:
            second = self._parse(c.texts[pos + 1], credit_only=True)
            if second and not second.has_by and (second.date or second.outlet):
                return parsed.merged(second), [pos, pos + 1]
        return parsed, [pos]

    def _wrapped(self, pos: int) -> BylineAt | None:
        """A byline wrapped over two lines in a narrow column ("..., The Lakeside" /
        "Times, 12 May 2022"): it counts only when the joined line parses with a date."""
        c = self._content
        nxt = pos + 1
        t = c.texts[pos]
        if nxt >= len(c.index) or self._gaps[nxt] > 0 or c.ends[pos]:
            return None
        if not any(sep in t for sep in _FIELD_SEPARATORS):
            return None  # the first half of a byline already holds a field separator
        joined = f"{t} {c.texts[nxt]}"
        if len(joined) > MAX_BYLINE_CHARS:
            return None
        parsed = self._parse(joined)
        if parsed is None or parsed.date is None or not (parsed.outlet or parsed.authors):
            return None
        return parsed, [pos, nxt]
