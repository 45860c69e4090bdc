"""Counters: a window's lines -> the lines that number the documents of an export or the
messages of a digest ("2 of 161 DOCUMENTS", "Document 2 of 500", "Message: 3"), with
their numbers and the total the export states.

A counter is found the way page numbers are, by sequence rather than by its wording: a
short line holding a counter word (lexicons/counter_words.txt), no other word but "of"
and the like, and a number, repeated with the same wording (its *template*, digits
aside; artifacts.py reads the templates of all short lines once), the number rising by
one from each line of the template to the next. A word alone proves nothing ("Message 1" in a
sentence of a list); a template whose numbers do not rise is no counter.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs
import regex

from ..lexicons import COUNTER_WORDS, PAGE_OF_WORDS
from ..lines import Lines

__all__ = ["Counters", "count_warnings", "find_counters"]

_MAX_STEP = 10  # a counter skips at most this many numbers (documents missing)
_MAX_FIRST_COUNTER = 10  # a file whose first counter is higher holds a part of an export
# The numbers of a line, each a run of at most six digits (no export holds a million
# documents). Bound: one class repeat, capped.
_NUMBER = regex.compile(r"(?<!\d)\d{1,6}(?!\d)")
# The words of a line. Bound: one class repeat per word.
_WORD = regex.compile(r"\p{L}+")
# The words a counter line may hold: counter words, the word before a total ("of",
# "von"; lexicons/page_of_words.txt) and a number's abbreviation.
_COUNTER_LINE_WORDS = COUNTER_WORDS | PAGE_OF_WORDS | {"no", "nr", "núm", "n"}


@attrs.frozen
class Counters:
    """The counter lines of a window (line index -> the number each prints) and the total
    the counters state ("2 of 161": 161), when they all state the same one."""

    numbers: dict[int, int] = attrs.field(factory=dict)
    total: int | None = None
    # the counter lines, in order (sorted once: the rules and the pipeline walk them)
    lines: tuple[int, ...] = attrs.field(init=False)

    @lines.default
    def _sorted(self) -> tuple[int, ...]:
        return tuple(sorted(self.numbers))


def find_counters(lines: Lines, forms: dict[int, str], counts: Counter[str]) -> Counters:
    """The counter lines among ``lines``: those of a repeated template (``forms``: each
    short line's wording, digits folded to "#"; ``counts``: how often each occurs) that
    holds a counter word and nothing but counter words, whose first number rises from
    each line to the next, by one mostly (every rising run is kept: a number that breaks
    the rise is dropped, and files saved one after another count again); and the total
    their second numbers state, when they all state the same.
    """
    templates = {f for f, n in counts.items() if n >= 2 and "#" in f and _counter_words(f)}
    if not templates:
        return Counters()
    numbers_at: dict[int, int] = {}
    totals: set[int] = set()
    for group in _by_template(lines, forms, templates).values():
        for run in _rises(group):
            numbers_at.update((i, ns[0]) for i, ns in run)
            totals.update(ns[1] for _, ns in run if len(ns) == 2)
    total = totals.pop() if len(totals) == 1 else None
    if total is not None and numbers_at and max(numbers_at.values()) > total:
        total = None  # the second number is no total ("Message 3, 2 replies")
    return Counters(numbers_at, total)


def _by_template(lines: Lines, forms: dict[int, str],
                 templates: set[str]) -> dict[str, list[tuple[int, list[int]]]]:
    """The lines of each of ``templates``, in order, with their one or two numbers."""
    by_template: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    texts = lines.texts
    for i in sorted(i for i, f in forms.items() if f in templates):
        numbers = [int(n) for n in _NUMBER.findall(texts[i])]
        if 1 <= len(numbers) <= 2 and texts[i][0] not in "-–—":
            by_template[forms[i]].append((i, numbers))
    return by_template


def _counter_words(form: str) -> bool:
    """A template holds a counter word and no word but those a counter line holds."""
    words = set(_WORD.findall(form))
    return not words.isdisjoint(COUNTER_WORDS) and words <= _COUNTER_LINE_WORDS


def _rises(found: list[tuple[int, list[int]]]) -> list[list[tuple[int, list[int]]]]:
    """The runs of consecutive lines whose first numbers rise, by one mostly (at least
    half the steps) and never by more than ``_MAX_STEP`` (documents missing from an
    export leave gaps in its numbers). Where the numbers fall back, a new run begins:
    several exports saved into one file each count from 1 again. A run of one line
    proves no rise and is dropped."""
    runs: list[list[tuple[int, list[int]]]] = [[]]
    for item in found:
        run = runs[-1]
        if run and not 1 <= item[1][0] - run[-1][1][0] <= _MAX_STEP:
            runs.append([])
        runs[-1].append(item)
    return [r for r in runs if len(r) >= 2 and 2 * sum(
        b[1][0] - a[1][0] == 1 for a, b in itertools.pairwise(r)) >= len(r) - 1]


def count_warnings(counters: Sequence[Counters]) -> list[str]:
    """A warning when the documents an export's counters number are not the total they
    state ("N of 500"): documents missing from the file, or counters not read as such."""
    totals = {c.total for c in counters if c.total is not None}
    if len(totals) != 1:
        return []
    total = totals.pop()
    seen = {n for c in counters for n in c.numbers.values()}
    if len(seen) == total:
        return []
    # A file that opens far into the export holds a part of it ("2001 of 2146"): only
    # the numbers between its first and last document are expected there.
    part = min(seen) > _MAX_FIRST_COUNTER
    lo, hi = (min(seen), max(seen)) if part else (1, total)
    missing = sorted(set(range(lo, hi + 1)) - seen)
    if part and not missing:
        return []
    listed = ", ".join(map(str, missing[:10])) + (", ..." if len(missing) > 10 else "")
    held = (f"the file holds documents {lo} to {hi} of an export of {total}" if part
            else f"the export numbers {total} documents")
    return [f"{held}; {len(seen)} counters found" + (f" (missing: {listed})" if missing else "")]
