"""Pages in columns: a PDF page set in two columns or more -> its lines in reading order,
each column read down in turn, headlines and standfirsts set across several columns read
where they stand (an archive's page of a newspaper: five columns, two articles side by
side, a headline over three of them), the running head first and the foot last.

The gutters are the vertical strips of the text block that almost no character crosses,
found on the page itself; a line the page sets across a gutter is one line over the
columns it spans. The order is found by cutting the page as a reader does: the head and
the foot (a few lines at the top and bottom, none a line of a column, set apart from the
text) read whole; then at a line set across every column of a part, into the bands above
and below it; else between two columns no line crosses, the left part read before the
right.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Any

import attrs

__all__ = ["column_lines", "filled_lines", "gutters"]

_MIN_GUTTER = 6  # points: the narrowest strip read as the gap between two columns
_CROSSING_CHARS = 200  # at most one character in this many may cross a gutter
_MIN_SHARE = 0.4  # a column holds at least this share of an even split of the text
_EDGE = 3.0  # points: a character this close to a gutter's middle crosses it
_FILLED = 0.9  # a line this share of its column's width long fills it
_WORD_SPACE = 0.5  # of the type size: a gap this wide may be a word space, not a gutter
_MAX_MARGIN_LINES = 3  # a page's running head or foot: at most this many lines
_SET_APART = 1.5  # line pitches: a margin stands this far from the text, or...
_OTHER_TYPE = 0.1  # ...its type size differs from the text's by this share


@attrs.frozen(eq=False)
class _Item:
    """A run of one line's characters: the columns it spans, where it stands, its
    characters."""

    first: int
    last: int
    top: float
    chars: tuple[dict[str, Any], ...]
    text: str | None = None  # what the line's own text says of these characters


def gutters(chars: Sequence[dict[str, Any]], left: float, right: float) -> list[float]:
    """The x of each gutter between the text columns of a page whose characters
    ``chars`` (no blanks) stand between ``left`` and ``right``: every strip at least
    ``_MIN_GUTTER`` points wide inside the text block that almost no character crosses,
    those beside a column holding too little of the text dropped."""
    size = int(right - left) + 1
    limit = max(1, len(chars) // _CROSSING_CHARS)
    found: list[float] = []
    start = None
    for k, covered in enumerate(_coverage(chars, left, size)):
        if covered <= limit and start is None:
            start = k
        elif covered > limit and start is not None:
            if start > 0 and k - start >= _MIN_GUTTER:
                found.append(left + (start + k) / 2)
            start = None
    return _with_columns_of_text(found, chars)


def _coverage(chars: Sequence[dict[str, Any]], lo: float, size: int) -> list[int]:
    """How many characters cover each one-point bin of ``size`` bins from x ``lo``: a
    difference array, linear in the characters and the bins."""
    delta = [0] * (size + 1)
    for c in chars:
        a, b = max(int(c["x0"] - lo), 0), min(int(c["x1"] - lo), size - 1)
        if a <= b:
            delta[a] += 1
            delta[b + 1] -= 1
    return list(itertools.accumulate(delta[:size]))


def _with_columns_of_text(xs: list[float], chars: Sequence[dict[str, Any]]) -> list[float]:
    """``xs`` without the gutters beside the thinnest column, one at a time, until every
    column holds its share of the characters."""
    while xs:
        counts = [0] * (len(xs) + 1)
        for c in chars:
            counts[bisect.bisect_left(xs, (c["x0"] + c["x1"]) / 2)] += 1
        thinnest = min(range(len(counts)), key=counts.__getitem__)
        if counts[thinnest] >= _MIN_SHARE * len(chars) / len(counts):
            break
        # merge the thinnest column with its thinner neighbour
        if thinnest == 0 or (thinnest < len(xs) and counts[thinnest + 1] < counts[thinnest - 1]):
            del xs[thinnest]
        else:
            del xs[thinnest - 1]
    return xs


def column_lines(lines: Sequence[dict[str, Any]], xs: list[float],
                 text_of: Any) -> list[dict[str, Any]]:
    """The page's ``lines`` (pdfplumber's, across the whole width) cut at the gutters
    ``xs`` and put in reading order, each with its ``text`` (``text_of`` its
    characters), ``top``, ``bottom`` and ``chars``."""
    runs = [_runs(line, xs) for line in lines]
    items = [item for line_runs in runs for item in line_runs]
    edges = _column_edges(items)
    head, foot = _margins(lines, runs, edges, len(xs))
    whole = [_Item(0, len(xs), float(line["top"]),
                   tuple(it for run in line_runs for it in run.chars), line.get("text"))
             for line, line_runs in zip(lines, runs, strict=True)]
    body = [item for line_runs in runs[head:len(runs) - foot] for item in line_runs]
    out = []
    for item in [*whole[:head], *_order(body, 0, len(xs)), *whole[len(whole) - foot:]]:
        chars = list(item.chars)
        text = item.text if item.text is not None else text_of(chars)
        out.append({"text": text, "chars": chars, "top": item.top,
                    "bottom": max(float(c["bottom"]) for c in chars),
                    "filled": item.first == item.last and _fills(item, edges, True)})
    return out


def _margins(lines: Sequence[dict[str, Any]], runs: list[list[_Item]],
             edges: dict[int, tuple[float, float]], last: int) -> tuple[int, int]:
    """How many of the page's ``lines`` (top to bottom; ``runs``, each cut at the
    gutters, the last column ``last``) make its running head and its running foot,
    read whole rather than cut into columns: at most ``_MAX_MARGIN_LINES`` at the top
    or the bottom, set apart from the text by a wider gap than its line pitch or by
    another type size, none filling a column (a foot's line may, in another type: a
    notice as wide as a column); at the top, none holding a headline (a run over some
    of the columns, not all)."""
    if len(lines) <= 2 * _MAX_MARGIN_LINES:
        return 0, 0
    tops = [float(line["top"]) for line in lines]
    steps = sorted(b - a for a, b in itertools.pairwise(tops) if b > a)
    sizes = sorted(float(c.get("size") or 0) for line in lines for c in line.get("chars", ()))
    if not steps or not sizes:
        return 0, 0
    size = sizes[len(sizes) // 2]
    page = _Edges(tops, steps[len(steps) // 2], [_other_type(line, size) for line in lines],
                  [not any(it.first == it.last and _fills(it, edges, True) for it in line_runs)
                   for line_runs in runs],
                  [_holds_headline(line_runs, last) for line_runs in runs])
    return page.head(), page.foot()


@attrs.frozen(eq=False)
class _Edges:
    """What a page's lines say of its head and foot: where each stands, the text's line
    pitch, and which lines are in another type, fill no column, hold a headline."""

    tops: list[float]
    pitch: float
    other: list[bool]
    plain: list[bool]
    headline: list[bool]

    def apart(self, k: int, text: int) -> bool:
        """Line ``k`` stands apart from the text's line ``text`` beside it."""
        return abs(self.tops[k] - self.tops[text]) >= _SET_APART * self.pitch or self.other[k]

    def head(self) -> int:
        """How many lines at the top make the page's head."""
        return max((j for j in range(1, _MAX_MARGIN_LINES + 1) if self.apart(j - 1, j) and all(
            self.plain[k] and not self.headline[k] for k in range(j))), default=0)

    def foot(self) -> int:
        """How many lines at the bottom make the page's foot."""
        n = len(self.tops)
        return max((j for j in range(1, _MAX_MARGIN_LINES + 1) if self.apart(n - j, n - j - 1)
                    and all(self.plain[k] or self.other[k] for k in range(n - j, n))),
                   default=0)


def _other_type(line: dict[str, Any], size: float) -> bool:
    """The line is set in another size than ``size`` (the page's text's)."""
    own = sorted(float(c.get("size") or 0) for c in line.get("chars", ()))
    return bool(own) and abs(own[len(own) // 2] - size) >= _OTHER_TYPE * size


def _holds_headline(line_runs: list[_Item], last: int) -> bool:
    """A run of the line stands over some of the columns, not all (a headline over its
    own article's columns)."""
    return any(it.first != it.last and (it.first, it.last) != (0, last) for it in line_runs)


def filled_lines(lines: Sequence[dict[str, Any]], xs: list[float]) -> list[bool]:
    """Whether each of a page's ``lines`` fills the width of its column (between the
    gutters ``xs``); a line set across a gutter fills none."""
    items: list[_Item | None] = []
    for line in lines:
        chars = sorted(line.get("chars", ()), key=lambda ch: ch["x0"])
        first = bisect.bisect_left(xs, chars[0]["x0"] + _EDGE) if chars else 0
        last = bisect.bisect_left(xs, chars[-1]["x1"] - _EDGE) if chars else 1
        items.append(_Item(first, first, 0.0, tuple(chars)) if first == last else None)
    edges = _column_edges([it for it in items if it is not None])
    return [it is not None and _fills(it, edges, bool(xs)) for it in items]


def _fills(it: _Item, edges: dict[int, tuple[float, float]], columns: bool) -> bool:
    """The run fills its column's width; on a page of ``columns``, it runs no further
    (a line of the page's head, run on into a strip no column fills, is no line of the
    column; on a page of one column, short lines may be most, and the edge measured
    too short)."""
    left, right = edges[it.first]
    x0, x1 = float(it.chars[0]["x0"]), float(it.chars[-1]["x1"])
    return right > left and _FILLED * (right - left) <= x1 - x0 and (
        not columns or x1 - right <= (1 - _FILLED) * (right - left))


def _column_edges(items: list[_Item]) -> dict[int, tuple[float, float]]:
    """Each column's left and right edges: where its lines mostly start and end (the
    median of their edges: a line indented or cut short moves neither)."""
    lefts: dict[int, list[float]] = {}
    rights: dict[int, list[float]] = {}
    for it in items:
        if it.first == it.last:
            lefts.setdefault(it.first, []).append(float(it.chars[0]["x0"]))
            rights.setdefault(it.first, []).append(float(it.chars[-1]["x1"]))
    return {k: (sorted(v)[len(v) // 2], sorted(rights[k])[len(v) // 2]) for k, v in lefts.items()}


def _runs(line: dict[str, Any], xs: list[float]) -> list[_Item]:
    """A line's characters cut where a gutter falls between two of them, the gap wider
    than a word space; each run with the columns it spans (one, unless a character
    crosses a gutter or a headline's words run over one)."""
    chars = sorted(line.get("chars", ()), key=lambda c: c["x0"])
    runs: list[list[dict[str, Any]]] = []
    for c in chars:
        if runs:
            prev = runs[-1][-1]
            k = bisect.bisect_left(xs, prev["x1"])
            gap = c["x0"] - prev["x1"]
            # a gutter, not a word space over it (a headline's words are spaced wide)
            if not (k < len(xs) and xs[k] <= c["x0"]
                    and gap >= max(_MIN_GUTTER, _WORD_SPACE * float(c.get("size") or 0))):
                runs[-1].append(c)
                continue
        runs.append([c])
    items = []
    text, at = line.get("text", ""), _spelled(line)
    for run in runs:
        first = bisect.bisect_left(xs, run[0]["x0"] + _EDGE)
        last = bisect.bisect_left(xs, run[-1]["x1"] - _EDGE)
        a, b = at.get(id(run[0])), at.get(id(run[-1]))
        own = text[a[0]:b[1]] if a is not None and b is not None and a[0] < b[1] else None
        items.append(_Item(first, max(first, last), float(line["top"]), tuple(run), own))
    return items


def _spelled(line: dict[str, Any]) -> dict[int, tuple[int, int]]:
    """Where each character of a pdfplumber line stands in the line's text, which
    holds the spaces between its words (the characters alone do not say where a word
    ends in tightly set type); empty when the text does not spell them in order."""
    text, out, pos = str(line.get("text") or ""), {}, 0
    for c in line.get("chars", ()):
        t = str(c.get("text", ""))
        while text.startswith(" ", pos) and not t.startswith(" "):
            pos += 1
        if not t or not text.startswith(t, pos):
            return {}
        out[id(c)] = (pos, pos + len(t))
        pos += len(t)
    return out


def _order(items: list[_Item], a: int, b: int) -> list[_Item]:
    """``items`` within columns ``a`` to ``b`` in reading order: cut at the items set
    across all of them into bands, else between two columns no item crosses, else at
    every item set across two columns or more; a single column read down."""
    if a == b or not items:
        return sorted(items, key=lambda it: it.top)
    across = [it for it in items if it.first <= a and it.last >= b]
    if across:
        return _banded(items, across, a, b)
    k = _free_cut(items, a, b)
    if k is not None:
        return (_order([it for it in items if it.last <= k], a, k)
                + _order([it for it in items if it.first > k], k + 1, b))
    # headlines and standfirsts over some of the columns, crossing each other's cuts
    return _banded(items, [it for it in items if it.first < it.last], a, b)


def _free_cut(items: list[_Item], a: int, b: int) -> int | None:
    """The first column from ``a`` to ``b`` after which no item runs on into the next."""
    crossed = {k for it in items for k in range(it.first, it.last)}
    return next((k for k in range(a, b) if k not in crossed), None)


def _banded(items: list[_Item], cuts: list[_Item], a: int, b: int) -> list[_Item]:
    """``items`` read in the bands between the ``cuts`` (each a line over several
    columns, read where it stands), each band in reading order."""
    cuts = sorted(cuts, key=lambda it: it.top)
    tops = [it.top for it in cuts]
    taken = {id(it) for it in cuts}
    bands: list[list[_Item]] = [[] for _ in range(len(cuts) + 1)]
    for it in items:
        if id(it) not in taken:
            bands[bisect.bisect_right(tops, it.top)].append(it)
    out: list[_Item] = []
    for k, band in enumerate(bands):
        out += _order(band, a, b)
        if k < len(cuts):
            out.append(cuts[k])
    return out
