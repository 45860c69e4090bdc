"""Page edges: a window's candidate furniture lines (numbers, URLs, repeated lines) ->
the clusters of them that stand at a page edge, each with its evidence, and the repeated
lines that are running text instead."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import defaultdict
from collections.abc import Collection, Iterator

import regex

from ..lines import Lines
from ..text import ends_sentence, starts_lower, starts_upper

__all__ = ["Nearest", "edge_runs", "first_after_break", "running_text", "title_headers"]

_MIN_SEQUENCE_GAP = 8  # page numbers in a sequence are at least this many lines apart
_MAX_CLUSTER = 4  # furniture at one page break: a few lines, never a whole passage
_MAX_SUBHEADING = 60  # a sub-heading is a short line
# A page header repeating a title: the title has this many words (at least, at most);
# at most _MAX_MORE characters follow it.
_MIN_TITLE_WORDS, _MAX_TITLE_WORDS, _MAX_MORE = 3, 30, 100
_MAX_LABEL = 40  # a field's label and colon stand within a line's first characters
# A year after a repeated title. Bound: a fixed-width token between boundaries.
_YEAR = regex.compile(r"\b(?:1[6-9]|20)\d\d\b")

# ends_sentence of the lines next to furniture, which repeat (a header, a page number):
# each text read once, the cache bounded.
_ends_sentence = functools.lru_cache(maxsize=4096)(ends_sentence)


def _sequence(numbers: list[tuple[int, int]]) -> set[int]:
    """Line indexes of bare numbers that rise by 1-3 from one to the next, far apart."""
    linked: set[int] = set()
    for (i, a), (j, b) in itertools.pairwise(numbers):
        if 1 <= b - a <= 3 and j - i >= _MIN_SEQUENCE_GAP:
            linked.update((i, j))
    return linked

def _clusters(lines: Lines, candidate: set[int]) -> Iterator[list[int]]:
    """Maximal runs of candidate lines, blank lines allowed between them."""
    run: list[int] = []
    for i, blank in enumerate(lines.blanks):
        if blank:
            continue
        if i in candidate:
            run.append(i)
        elif run:
            yield run
            run = []
    if run:
        yield run

class Nearest:
    """The nearest line before or after any line that is neither blank nor ``skip``:
    one bisection in a list of those lines, made once (in C), so that asking about every
    line of a long run of skipped lines costs no walk over the run."""

    def __init__(self, lines: Lines, skip: set[int]) -> None:
        keep = list(map(operator.not_, lines.blanks))
        for i in skip:
            keep[i] = False
        self._at = list(itertools.compress(range(len(keep)), keep))

    def before(self, i: int) -> int:
        """The index of the nearest such line before line ``i``; -1 when there is none."""
        k = bisect.bisect_left(self._at, i) - 1
        return self._at[k] if k >= 0 else -1

    def after(self, i: int) -> int:
        """The index of the nearest such line after line ``i``; -1 when there is none."""
        k = bisect.bisect_right(self._at, i)
        return self._at[k] if k < len(self._at) else -1

    def outside(self, lo: int, hi: int) -> bool:
        """No such line stands before line ``lo`` or none after line ``hi`` (``before(lo)
        < 0 or after(hi) < 0``, without a bisection)."""
        at = self._at
        return not at or at[0] > lo or at[-1] < hi

def first_after_break(lines: Lines, run: list[int]) -> int | None:
    """The first line after a form feed from the text before ``run`` to the text after it
    (that line included): blank lines around a page number or header do not hide the
    page break beside it. ``None`` when there is none."""
    blanks, feeds = lines.blanks, lines.after_form_feeds
    lo, hi = _widened(blanks, run)
    return next((i for i in range(lo, min(hi + 1, len(blanks))) if feeds[i]), None)


def _widened(blanks: list[bool], run: list[int]) -> tuple[int, int]:
    """``run``'s first line, and the line after its last, each moved past the blank
    lines beside it."""
    lo = run[0]
    while lo > 0 and blanks[lo - 1]:
        lo -= 1
    hi = run[-1] + 1
    while hi < len(blanks) and blanks[hi]:
        hi += 1
    return lo, hi

def _sub_heading(lines: Lines, nonblank: Nearest, before: int, i: int) -> bool:
    """Line ``before`` is a short heading ("Background") right above line ``i``: set
    apart by blank lines only, capitalised, not left open by a comma, colon or dash.
    ``nonblank``: the nearest non-blank lines."""
    t = lines.texts[before]
    return (
        before < i - 1
        and nonblank.before(i) == before
        and len(t) <= _MAX_SUBHEADING
        and starts_upper(t)
        and t[-1] not in ",;:-–—"
    )

def _opens_sentence(lines: Lines, i: int, text: Nearest, nonblank: Nearest) -> bool:
    """Line ``i`` starts a sentence that the next line carries on in lower case, after
    text that ended one or after a sub-heading: running text that happens to repeat,
    not furniture. ``text``: the nearest lines that are no candidate furniture;
    ``nonblank``: the nearest non-blank lines."""
    texts = lines.texts
    t = texts[i]
    if _ends_sentence(t):
        return False
    before = text.before(i)
    if before < 0:
        return False  # a flood of candidate lines: nothing to read before
    after = text.after(i)
    if after < 0 or not starts_lower(texts[after]):
        return False
    return _ends_sentence(texts[before]) or (
        starts_upper(t) and _sub_heading(lines, nonblank, before, i))

def running_text(lines: Lines, numbers: dict[int, tuple[int, bool]], urls: set[int],
                 repeated: set[int], nonblank: Nearest) -> set[int]:
    """The repeated lines that open a sentence the next line carries on: running text
    that happens to repeat, not furniture."""
    if not repeated:
        return set()
    text = Nearest(lines, set(numbers) | urls | repeated)
    return {i for i in repeated if _opens_sentence(lines, i, text, nonblank)}

def edge_runs(lines: Lines, numbers: dict[int, tuple[int, bool]], urls: set[int],
              repeated: set[int], nonblank: Nearest) -> list[tuple[list[int], str]]:
    """Clusters of candidate lines (numbers, URLs, repeated lines) that stand at a page
    edge, with the evidence. ``nonblank``: the nearest non-blank lines."""
    sequence = _sequence([(i, n) for i, (n, explicit) in numbers.items() if not explicit])
    # lines already known to stand at a page edge: explicit markers and a sequence
    sure = {i for i, (_, explicit) in numbers.items() if explicit}, sequence
    # the lines whose interrupting a sentence is evidence: numbers and repeated URLs
    markers = set(numbers) | (repeated & urls)
    candidate = set(numbers) | urls | repeated
    if not candidate:
        return []
    feeds = [0, *itertools.accumulate(lines.after_form_feeds)]
    text = Nearest(lines, candidate)
    edge_runs: list[tuple[list[int], str]] = []
    paginated = feeds[-1] > 0
    for run in _clusters(lines, candidate):
        if len(run) > _MAX_CLUSTER or (not paginated and markers.isdisjoint(run)):
            continue  # too long; or no page break, number or URL to give evidence
        reason = _edge_evidence(lines, run, numbers, sure, (text, nonblank), markers,
                                feeds)
        if reason:
            edge_runs.append((run, reason))
    return edge_runs

def _edge_evidence(lines: Lines, run: list[int], numbers: dict[int, tuple[int, bool]],
                   sure: tuple[set[int], set[int]], nearest: tuple[Nearest, Nearest],
                   markers: set[int], feeds: list[int]) -> str:
    """Why a cluster of candidate lines stands at a page edge, or '' when it does not.
    ``sure``: the explicit page markers and the numbers rising in sequence; ``nearest``:
    the nearest lines that are no candidate, and those that are not blank; ``markers``:
    the numbers and repeated URLs; ``feeds[k]``: how many form feeds end the lines
    before line ``k``."""
    explicit, sequence = sure
    if explicit and not explicit.isdisjoint(run):
        return "explicit page marker"
    if sequence and not sequence.isdisjoint(run):
        return "page numbers rise in sequence"
    text, nonblank = nearest
    if feeds[-1]:
        if _has_page_break(lines, run, feeds):
            return "beside a form feed"
        # a form feed at run[-1] or after it, or before run[0]: feeds[k] counts those
        # before k
        paginated = feeds[-1] - feeds[run[-1]] > 0 or feeds[run[0]] > 0
        if paginated and text.outside(run[0], run[-1]):
            return "top of the first page or foot of the last"
    if _interrupts_sentence(lines, run, markers, nonblank):
        return "interrupts a sentence"
    if not numbers.keys().isdisjoint(run) and text.outside(run[0], run[-1]):
        return "number at the edge of the text"
    return ""


def _has_page_break(lines: Lines, run: list[int], feeds: list[int]) -> bool:
    """``first_after_break(lines, run) is not None``, from the count of form feeds before each
    line (``feeds``) rather than a walk."""
    blanks = lines.blanks
    lo, hi = _widened(blanks, run)
    # a line of lo..hi (hi included, when it exists) after a form feed
    return feeds[min(hi + 1, len(blanks))] - feeds[lo] > 0


def _interrupts_sentence(lines: Lines, run: list[int], markers: set[int],
                         nonblank: Nearest) -> bool:
    """The ``markers`` of ``run`` (its numbers and repeated URLs) stand inside a sentence:
    the text before them does not end one, and the text after carries it on (or a
    hyphen joins them).

    Interruption is evidence only around numbers and repeated URLs: a repeated line of
    text may itself be what the next line continues, and a URL met once may be part of
    the sentence it stands in ("published at / https://... / for comment").
    """
    if markers.isdisjoint(run):
        return False
    in_run = run if len(run) == 1 else [i for i in run if i in markers]
    # the markers are in order: no line before the first or after the last is one
    m_before = nonblank.before(in_run[0])
    m_after = nonblank.after(in_run[-1])
    texts = lines.texts
    if m_before < 0 or m_after < 0 or _ends_sentence(texts[m_before]):
        return False
    return starts_lower(texts[m_after]) or texts[m_before].endswith("-")


def title_headers(lines: Lines, marked: Collection[int]) -> list[int]:
    """The lines that open a page (the first after its form feed not in ``marked``) by
    repeating a title printed earlier, followed by a date: the running header an
    export's continuation pages carry ("<title> <publication> <date>"). The title is an
    earlier line of a few words set apart by a blank line, or a field's value
    ("HEADLINE: <title>"). Only pages known by form feeds are looked at."""
    wanted: dict[str, list[int]] = defaultdict(list)  # a title it may repeat -> tops
    for i in _page_tops(lines, marked):
        words = lines.texts[i].casefold().split()
        for n in range(min(len(words) - 1, _MAX_TITLE_WORDS), _MIN_TITLE_WORDS - 1, -1):
            rest = " ".join(words[n:])
            if len(rest) <= _MAX_MORE and _YEAR.search(rest):
                wanted[" ".join(words[:n])].append(i)
    if not wanted:
        return []
    found: set[int] = set()
    for title, first in _titles_seen(lines, {len(t) for t in wanted}):
        found.update(i for i in wanted.get(title, ()) if i > first)
    return sorted(found)


def _titles_seen(lines: Lines, sizes: set[int]) -> Iterator[tuple[str, int]]:
    """The words (casefolded, one space between) of each line set apart by a blank line
    and of each field's value, with the line, where they are as long as one of
    ``sizes`` (other lines are not looked at further)."""
    texts, blanks = lines.texts, lines.blanks
    for i, t in enumerate(texts):
        if not t:
            continue
        colon = t.find(":", 0, _MAX_LABEL)
        if colon > 0:
            t = t[colon + 1 :].strip()
        elif not ((i and blanks[i - 1]) or (i + 1 < len(blanks) and blanks[i + 1])):
            continue
        if len(t) in sizes or "  " in t:
            yield " ".join(t.split()).casefold(), i


def _page_tops(lines: Lines, marked: Collection[int]) -> Iterator[int]:
    """The first line of each page after the first not blank and not in ``marked``."""
    blanks, feeds = lines.blanks, lines.after_form_feeds
    for i in itertools.compress(range(len(feeds)), feeds):
        if i:
            j = i
            while j < len(blanks) and (blanks[j] or j in marked) and j - i < _MAX_CLUSTER:
                j += 1
            if j < len(blanks) and not blanks[j] and j not in marked:
                yield j
