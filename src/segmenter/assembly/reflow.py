"""Reflow: an article's body lines -> its sub-headings and paragraphs, hard-wrapped lines
re-flowed and line-end hyphenation undone by evidence."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import regex

from ..lexicons import COMPOUND_PREFIXES, COMPOUND_SUFFIXES
from ..marking.content import Content
from ..starts.layout import BodyLayout, Layout
from ..starts.shapes import MAX_HEADING_CHARS, heading_like

__all__ = ["Vocabulary", "find_headings", "join_lines", "keep_hyphen", "paragraphs"]

# A word broken at the line end: letters, then a hyphen (or a soft hyphen) at the end.
# Bound: one letter run, then a fixed ending; _HEAD is anchored at the start.
_BROKEN_TAIL = regex.compile(r"(\p{L}+)(-|\u00ad)$")
_HEAD = regex.compile(r"^(\p{Ll}\p{L}*)")
# Words (with inner hyphens and apostrophes) counted for the hyphenation evidence.
# Bound: each repeat of the group must consume a hyphen or apostrophe first, so the
# letter runs never trade characters with each other.
_WORD = regex.compile(r"\p{L}+(?:[-'’]\p{L}+)*")
_INNER = "-'’"  # what joins letter runs into one _WORD
_DASHES = "—–"
_JOIN_MARKS = "-\u00ad" + _DASHES  # line ends that may join without a space


class Vocabulary:
    """The words of one document, looked up as needed (most dumps ask about few words).

    A word is attested when it stands in the text as a whole word, in any case: not
    inside a longer word, nor inside a hyphenated or apostrophised one ("Iran" is not
    attested by "anti-Iran"). The first questions are answered by searching the
    case-folded text; once they have cost more than a little (many questions, or a word
    met often inside others), every word of the text is listed once instead.
    """

    _SEARCHES = 32  # questions answered by searching ...
    _HITS = 4096  # ... and occurrences checked, before the words are listed

    def __init__(self, text: str) -> None:
        self._text = text
        self._folded: str | None = None
        self._words: set[str] | None = None
        self._searches = self._SEARCHES
        self._hits = self._HITS

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not _WORD.fullmatch(word):
            return False  # only a word can be one of the text's words
        word = word.casefold()
        if self._words is None:
            found = self._search(word)
            if found is not None:
                return found
            self._words = set(map(str.casefold, set(_WORD.findall(self._text))))
        return word in self._words

    def _search(self, word: str) -> bool | None:
        """Whether ``word`` (case-folded) stands whole in the text; ``None`` when the
        searches have used up their allowance or cannot be trusted."""
        self._searches -= 1
        if self._searches < 0:
            return None
        if self._folded is None:
            self._folded = self._text.casefold()
        text, folded = self._text, self._folded
        if len(folded) != len(text):
            return None  # a letter folded to several ("ß" -> "ss"): offsets differ
        # Each character folded to one, so offsets agree: find the word in the folded
        # text and judge its edges in the text itself.
        at = folded.find(word)
        while at >= 0:
            self._hits -= 1
            if self._hits < 0:
                return None
            end = at + len(word)
            if not (_joins(text, at - 1, -1) or _joins(text, end, 1)) and _WORD.fullmatch(
                    text, at, end):
                return True
            at = folded.find(word, at + 1)
        return False


def _joins(text: str, at: int, step: int) -> bool:
    """Whether the character at ``at`` ties the word beside it to more word: a letter,
    or a hyphen or apostrophe with a letter beyond it (``step`` points away from the word)."""
    if not 0 <= at < len(text):
        return False
    c = text[at]
    if c.isalpha():  # the letters \p{L} matches
        return True
    beyond = at + step
    return c in _INNER and 0 <= beyond < len(text) and text[beyond].isalpha()


def keep_hyphen(left: str, right: str, vocabulary: Vocabulary) -> bool:
    """Decide whether ``left-`` + ``right`` at a line break is a real hyphenated compound.

    The document's own words decide first ("capabilities" attested: join; "anti-Iran"
    attested: keep); then a capitalised first part or a compound prefix or suffix keeps
    the hyphen; otherwise the hyphen was the typesetter's and goes.
    """
    if (left + right) in vocabulary and f"{left}-{right}" not in vocabulary:
        return False
    if f"{left}-{right}" in vocabulary:
        return True
    return (
        left[:1].isupper()
        or left.casefold() in COMPOUND_PREFIXES
        or right.casefold() in COMPOUND_SUFFIXES
    )


def join_lines(lines: Sequence[str], keep: Callable[[str, str], bool]) -> str:
    """Join the stripped lines of one paragraph into one line.

    >>> join_lines(["the capabili-", "ties of"], lambda a, b: False)
    'the capabilities of'
    >>> join_lines(["a Washington-", "based group"], lambda a, b: True)
    'a Washington-based group'
    """
    if not any(line[-1] in _JOIN_MARKS for line in lines[:-1]):
        return " ".join(lines)  # no line ends with a hyphen or a dash: plain spaces
    return _join_marked(lines, keep)


def _join_marked(lines: Sequence[str], keep: Callable[[str, str], bool]) -> str:
    """join_lines, line by line: hyphens and dashes at line ends looked at."""
    parts: list[str] = []
    prev = ""
    for line in lines:
        if not parts:
            parts.append(line)
            prev = line
            continue
        broken = prev[-1] in "-\u00ad"  # the pattern only when it can match: it is slow
        tail = _BROKEN_TAIL.search(prev[-64:]) if broken else None
        head = _HEAD.match(line) if tail else None
        if tail and head:
            if tail[2] == "\u00ad" or not keep(tail[1], head[1]):
                parts[-1] = parts[-1][: len(parts[-1]) - 1]
            parts.append(line)
        elif prev[-1] in _DASHES and len(prev) > 1 and not prev[-2].isspace():
            parts.append(line)
        else:
            parts.append(" " + line)
        prev = line
    return "".join(parts)


# A line at most this share of the body's width long may be a sub-heading even when no
# blank line closes it (a full line would be prose that wraps on).
_SHORT_HEADING_SHARE = 0.75
# What follows a sub-heading is a paragraph: a line at least this share of the width
# (or this many characters) long, or one that wraps on.
_PARAGRAPH_LINE_SHARE = 0.5
_PARAGRAPH_LINE_CHARS = 80
# A sentence ending a line shorter than this share of the width ends its paragraph...
_SHORT_END_SHARE = 0.8
# ... and a line shorter than this share is a paragraph's last whatever it ends with,
# when a capital opens the next.
_SHORT_LINE_SHARE = 0.6


def find_headings(content: Content, layout: Layout, body: list[int],
                  bl: BodyLayout) -> set[int]:
    """The sub-headings among ``body`` (consecutive content positions): short title-like
    lines standing alone between paragraphs."""
    found: set[int] = set()
    upper, ends = content.upper, content.ends
    for k in range(1, len(body) - 1):
        p, prev, nxt = body[k], body[k - 1], body[k + 1]
        # the cheap conditions first: most lines fail one of them
        if not (upper[p] and upper[nxt]):
            continue
        if not (bl.gap[p] > 0 or ends[prev] or prev in found):
            continue  # nothing opens a heading here
        if _stands_alone(content, layout, body, k, bl):
            found.add(p)
    return found


def _stands_alone(content: Content, layout: Layout, body: list[int], k: int,
                  bl: BodyLayout) -> bool:
    """Body line ``k`` (opened like a heading) is heading-like, closed by a gap, an
    indent or its shortness, and a paragraph follows it."""
    texts, width = content.texts, bl.width
    t = texts[body[k]]
    if len(t) > MAX_HEADING_CHARS or not heading_like(t) or t.rstrip()[-1:] in "?!":
        return False
    nxt = body[k + 1]
    closes = bl.gap[nxt] > 0 or (layout.indent_paragraphs and content.indented[nxt]) or (
        len(t) < _SHORT_HEADING_SHARE * width)
    if not closes:
        return False
    return len(texts[nxt]) >= min(_PARAGRAPH_LINE_SHARE * width, _PARAGRAPH_LINE_CHARS) or (
        k + 2 < len(body) and bl.gap[body[k + 2]] == 0 and not content.ends[nxt])


def paragraphs(content: Content, layout: Layout, body: list[int], headings: set[int],
               bl: BodyLayout, keep: Callable[[str, str], bool]) -> list[str]:
    """The paragraphs of ``body`` (content positions in order, consecutive but where a
    page's head was taken out), each joined into one line; every heading is a paragraph
    of its own. ``keep`` decides line-end hyphens."""
    if not body:
        return []
    texts, lengths, ends_at, lower_at, indented = (
        content.texts, content.lengths, content.ends, content.lower, content.indented)
    gap = bl.gap
    indents = layout.indent_paragraphs
    # A sentence ending a short line ends its paragraph; a line shorter still is a
    # paragraph's last whatever it ends with, when a capital opens the next.
    short_end, short = _SHORT_END_SHARE * bl.width, _SHORT_LINE_SHARE * bl.width
    upper_at = content.upper
    cut = _paragraph_cuts(headings)
    out: list[list[str]] = [[texts[body[0]]]]
    # The common cases, a line wrapped inside a paragraph and a flood of short lines,
    # call no function.
    for prev, p in itertools.pairwise(body):
        ends, lower = ends_at[prev], lower_at[p]
        if (
            gap[p] > 0
            or p in cut
            or (indents and indented[p] and _indent_opens(content, p, lower))
            or (ends and lengths[prev] < short_end and not lower)
            or (lengths[prev] < short and upper_at[p] and not texts[prev].endswith("-"))
        ) and not _runs_on_across_break(content, ends, lower, p, prev):
            out.append([texts[p]])
        else:
            out[-1].append(texts[p])
    return _joined(out, keep)


def _indent_opens(content: Content, p: int, lower: bool) -> bool:
    """In text whose indents mark paragraphs, indented ``p`` opens one: it opens with a
    capital, after no artifact."""
    return not lower and not content.separated_before(p)


def _paragraph_cuts(headings: set[int]) -> set[int]:
    """Where a heading makes a paragraph open: at it and right after it (body lines are
    consecutive positions)."""
    return headings | {q + 1 for q in headings}


def _runs_on_across_break(content: Content, ends: bool, lower: bool, p: int,
                          prev: int) -> bool:
    """A sentence left open at ``prev`` runs on in lower case at ``p`` across a page
    break (or the page's head, taken out of the body between them)."""
    return not ends and lower and (prev != p - 1 or content.page_break_before(p))


def _joined(paras: list[list[str]], keep: Callable[[str, str], bool]) -> list[str]:
    """Each paragraph's lines joined into one."""
    return [lines[0] if len(lines) == 1 else join_lines(lines, keep) for lines in paras]
