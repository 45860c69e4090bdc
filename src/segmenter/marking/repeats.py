"""Repeated lines: a window's short lines and their forms -> those that repeat with
different text around them each time, as page furniture does (a passage duplicated
whole repeats with its neighbours)."""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter, defaultdict

from ..lines import Lines

__all__ = ["varied_repeats"]

# Words of the next line that say whether a repeated line has the same neighbour again.
_NEIGHBOUR_WORDS = 3
# A line repeated this many times or more is furniture's, not a duplicated passage's.
_MANY_TIMES = 3
# A line met beside this many different neighbours or more changes its surroundings as
# furniture does, however often it repeats (a footer over page heads that begin alike).
_MANY_NEIGHBOURS = 5


def varied_repeats(lines: Lines, forms: dict[int, str], counts: Counter[str],
                    markers: set[int]) -> set[int]:
    """Lines that repeat with different text before and after them each time.

    Furniture repeats while the text around it changes page after page; a passage
    duplicated whole (the same article in two editions) repeats with its neighbours on
    at least one side. Neighbours are compared by their first words, so that a duplicate
    edited further on ("in the new" / "in that new") still counts as the same. Looking
    back, other repeating lines are passed over (the first line of a two-line header);
    looking forward, lines repeated on many pages (the second line of a two-line footer).
    """
    # A form is varied only with at least half as many different neighbours as it has
    # repeats, and a window has no more neighbours than different lines: a flood of one
    # line ("A" on every line) is no furniture, and is not looked at line by line.
    most = 2 * (len(set(lines.texts)) + 1)
    repeating = {i for i, f in forms.items() if counts[f] >= 2}
    repeats = sorted(i for i in repeating if counts[forms[i]] <= most)
    if not repeats:
        return set()

    after, before = _neighbours(lines, forms, counts, markers, repeating, repeats)
    # each distinct neighbour read once: its first words, folded
    keys = {t: " ".join(t.split(None, _NEIGHBOUR_WORDS)[:_NEIGHBOUR_WORDS]).casefold()
            for t in {*after.values(), *before.values()}}

    def varied(side: dict[int, str]) -> set[str]:
        seen: dict[str, set[str]] = defaultdict(set)
        for i in repeats:
            seen[forms[i]].add(keys[side[i]])
        return {f for f, texts in seen.items()
                if len(texts) >= _MANY_NEIGHBOURS or 2 <= len(texts) >= counts[f] / 2}

    both = varied(after) & varied(before)
    return {i for i, f in forms.items() if f in both}


def _neighbours(lines: Lines, forms: dict[int, str], counts: Counter[str], markers: set[int],
                repeating: set[int], repeats: list[int]) -> tuple[dict[int, str], dict[int, str]]:
    """The texts after and before each of the ``repeats``: the next line neither blank
    nor a marker nor repeated on many pages (a passage duplicated whole repeats only a
    few times), and the last such line before it that does not repeat at all."""
    texts = lines.texts
    is_text = list(map(operator.not_, lines.blanks))
    for i in markers:
        is_text[i] = False
    text_lines = list(itertools.compress(range(len(is_text)), is_text))
    plain_lines = [i for i in text_lines if i not in repeating]
    many = {i for i in repeating if counts[forms[i]] >= _MANY_TIMES}
    steady = list(itertools.filterfalse(many.__contains__, text_lines)) if many else text_lines
    after: dict[int, str] = {}
    before: dict[int, str] = {}
    for i in repeats:
        j = bisect.bisect_right(steady, i)
        after[i] = texts[steady[j]] if j < len(steady) else ""
        k = bisect.bisect_left(plain_lines, i) - 1
        before[i] = texts[plain_lines[k]] if k >= 0 else ""
    return after, before
