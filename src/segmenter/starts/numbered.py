"""Numbered headings: a window's content lines -> the headings that number its articles
("FEDERALIST No. 10", "Chapter 4", "LETTER XII"), rising in sequence.

A numbered heading is found the way a counter is, by sequence rather than by its
words: a short line set apart by a blank line (or a page break), of a few words and one
number that ends it (digits, or a Roman numeral in capitals), whose other words (its *template*,
punctuation aside) recur on other such lines with the number rising by one from each
to the next. Sections numbered inside each article restart their numbers: a template
whose numbers restart numbers no articles. Its lines stand far apart (articles, not the
entries of a list), there are at least three, and they number the window's text, not
a part of it (a contents list).
"""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict

import regex

from ..lexicons import PAGE_LABELS
from ..marking.content import Content
from .layout import Layout

__all__ = ["ends_with_number", "numbered_headings"]

_MAX_CHARS = 40  # a numbered heading is a short line
_MAX_WORDS = 5
_MIN_RUN = 3  # headings of one template, at least
_MIN_APART = 10  # content lines between two headings of a run, at the median
_MAX_OUTSIDE = 3  # before the first heading and after the last: at most so many medians
# The words and numbers of a line. Bound: one class repeat per token.
_TOKEN = regex.compile(r"\d{1,4}|\p{L}+")
# A Roman numeral in capitals, I to CCCXCIX. Bound: fixed optional groups, no nesting.
_ROMAN = regex.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_CLOSING = ".:)]"  # what may follow a heading's number
_ROMAN_LETTERS = frozenset("IVXLC")
_NUMBER_LAST = frozenset("0123456789IVXLC")  # a number's last character
_BRACKETS = "[({<"  # a line opening with one is a caption or a note, no heading
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def numbered_headings(content: Content, layout: Layout) -> dict[int, int]:
    """The content positions of the headings that number the window's articles, each
    with its number (see the module note); empty when the window has none."""
    by_template: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for p in _candidates(content, layout):
        read = _read(content.texts[p])
        if read is not None:
            by_template[read[0]].append((p, read[1]))
    found: dict[int, int] = {}
    for items in by_template.values():
        runs = _rises(items)
        if len(runs) == 1 and len(runs[0]) >= _MIN_RUN and _spread(runs[0], len(content)):
            found.update(runs[0])
    return found


def _candidates(content: Content, layout: Layout) -> list[int]:
    """The short lines that end with a number and stand apart (a blank line or an
    artifact, such as a page break's, before them): the lines after a gap are taken
    from the gaps, the others passed over unread."""
    texts = content.texts
    apart = {0, *itertools.compress(range(len(layout.gaps)), layout.gaps)}
    apart |= content.after_artifacts()
    out = []
    for p in sorted(p for p in apart if p < len(texts)):
        t = texts[p]
        if len(t) <= _MAX_CHARS and (t[-1:] in _NUMBER_LAST or (
                t[-1:] in _CLOSING and t[-2:-1] in _NUMBER_LAST)) and ends_with_number(t):
            out.append(p)
    return out


def ends_with_number(text: str) -> bool:
    """Whether ``text`` closes with a number, in digits or a Roman numeral in capitals
    ("FEDERALIST No. 10", "NUMBER IV.", "II.").

    >>> ends_with_number("NUMBER IV."), ends_with_number("The Senate")
    (True, False)
    """
    last = text.rstrip(_CLOSING).rpartition(" ")[2]
    return last.isdigit() or (last.isupper() and _ROMAN_LETTERS.issuperset(last))


def _read(text: str) -> tuple[tuple[str, ...], int] | None:
    """A heading's template (its words, folded) and number; None for a line that is no
    numbered heading (no number at its end, or another before it, no word, too many
    words, not capitalised, a page label)."""
    tokens = _TOKEN.findall(text)
    if (not 2 <= len(tokens) <= _MAX_WORDS or not tokens[0][0].isupper()
            or text[0] in _BRACKETS):
        return None
    if any(w.isdigit() for w in tokens[:-1]):
        return None  # one number, the last word
    number = int(tokens[-1]) if tokens[-1].isdigit() else _roman(tokens[-1])
    if not number:
        return None
    template = tuple(w.casefold() for w in tokens[:-1])
    if " ".join(template) in PAGE_LABELS:
        return None
    return template, number


def _roman(word: str) -> int:
    """The value of a Roman numeral in capitals ("XII": 12), or 0."""
    if not word or not _ROMAN.fullmatch(word):
        return 0
    values = [_ROMAN_VALUES[c] for c in word]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def _rises(items: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The runs of two or more ``items`` (position, number) whose numbers rise by one
    from each to the next (a heading missing here and there allowed: by two)."""
    runs: list[list[tuple[int, int]]] = [[]]
    for item in items:
        if runs[-1] and not 1 <= item[1] - runs[-1][-1][1] <= 2:
            runs.append([])
        runs[-1].append(item)
    return [r for r in runs if len(r) >= 2]


def _spread(run: list[tuple[int, int]], lines: int) -> bool:
    """The headings of ``run`` stand far apart, as articles do (not a list's entries),
    and number the window's text: no more than a few articles' worth of its ``lines``
    stands before the first or after the last (a contents list numbers nothing)."""
    apart = statistics.median(b[0] - a[0] for a, b in itertools.pairwise(run))
    return (apart >= _MIN_APART and run[0][0] <= _MAX_OUTSIDE * apart
            and lines - run[-1][0] <= _MAX_OUTSIDE * apart)
