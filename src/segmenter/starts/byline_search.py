"""Byline search: a window's content lines -> the bylines (one or two lines each) that
start at a content position, each line parsed once."""

from __future__ import annotations

import bisect

import regex

from ..grammar.bylines import MAX_BYLINE_CHARS, ParsedByline, parse_byline
from ..lexicons import CREDIT_WORDS
from ..marking.content import Content
from ..text import literal_alternation
from .layout import Layout

__all__ = ["BylineAt", "BylineSearch", "may_hold_byline"]

# A line worth trying as a byline holds a year (every date form the byline grammar reads
# has one) or opens with a credit word of any language ("By", "Written by", "Von",
# "Par"; lexicons/credit_words.txt). A labelled credit without a year ("Author: ...")
# is left to the format readers: in a document's own header it credits no article.
# A year stands apart from letters and digits in every date form ("w1999" and "12015"
# hold none). Bound: a fixed four characters between one-character look-arounds.
_YEAR_HINT = regex.compile(r"(?<![\p{L}\d])(?:1[6-9]|2[01])\d\d(?![\p{L}\d])")
_CREDITS = CREDIT_WORDS
_LONGEST_CREDIT = max(map(len, _CREDITS)) + 10  # with room for indentation and a word end
_CREDIT_FIRSTS = "".join(sorted({w[0] for w in _CREDITS} | {w[0].upper() for w in _CREDITS}))
# A credit word opening a line (after a newline, some indentation and perhaps a
# transcription's emphasis mark or a bracket: "*By H.G. Wells.*", "(By Kate Zernike)");
# the first text line is tried
# apart. The first-letter look-ahead keeps the alternation off most lines. Bound: a
# literal newline, a capped run of blanks, an optional mark, one class, then an
# alternation of literals; every attempt starts at a newline.
_CREDIT_HINT = regex.compile(
    rf"\n[ \t\f]{{0,8}}[*_(\[]?(?=[{regex.escape(_CREDIT_FIRSTS)}])"
    rf"(?:{literal_alternation(_CREDITS)})\b",
    regex.IGNORECASE)
# Characters of which the first half of a byline wrapped over two lines holds one.
_FIELD_SEPARATORS = ",|•"

BylineAt = tuple[ParsedByline, list[int]]  # the parsed byline and its content positions


def may_hold_byline(text: str) -> bool:
    """False only when no line of ``text`` is worth trying as a byline. Without one, a
    window holds at most one article (the one it opens with, or the whole text).

    >>> may_hold_byline("Title\\n\\nBody text.\\n"), may_hold_byline("Jane Doe, 2015\\n")
    (False, True)
    """
    return (_YEAR_HINT.search(text) is not None or _CREDIT_HINT.search(text) is not None
            or _opens_with_credit(text))


def _opens_with_credit(text: str) -> bool:
    """The first line of ``text``, which no newline precedes, opens with a credit word."""
    return _CREDIT_HINT.match("\n" + text[:_LONGEST_CREDIT]) is not None


class BylineSearch:
    """The bylines of one window's content lines, asked for by position and found once.

    Only lines that hold a year or open with a credit word (the *hints*, found by
    scanning the window once) are parsed, and each distinct line text once.
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
            if _opens_with_credit(c.text) and 0 in pos_of:
                hint.add(pos_of[0])  # the first line has no newline before it
            for m in _CREDIT_HINT.finditer(c.text):
                p = pos_of.get(bisect.bisect_right(line_starts, m.end() - 1) - 1)
                if p is not None:
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
        if len(t) > MAX_BYLINE_CHARS or t.isdigit():  # digits alone name no one
            return None
        hints = self.hints()
        if pos not in hints:
            if pos + 1 in hints:
                return self._wrapped(pos)
            return None
        if self._ends_sentence_above(pos):
            return None
        parsed = self._parse(t)
        if parsed is None:
            return self._wrapped(pos)
        if (parsed.people_only and pos + 1 < len(c.index) and self._gaps[pos + 1] <= 1
                and not c.new_page(pos + 1)):  # a page's head after a page break is its own
            second = self._parse(c.texts[pos + 1], credit_only=True)
            if second and not second.has_by and (second.date or second.outlet):
                return parsed.merged(second), [pos, pos + 1]
        return parsed, [pos]

    def _ends_sentence_above(self, pos: int) -> bool:
        """Line ``pos`` opens in lower case right under a line ending no sentence and
        ends one: "von Ana Costa und Jan Berg." finishing the line above, no credit."""
        c = self._content
        return (pos > 0 and c.lower[pos] and c.ends[pos] and not c.ends[pos - 1]
                and not self._gaps[pos])

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
