"""Layout measurement: content lines -> the spacing, double spacing, wrap width, paragraph
indents and (from a PDF) body type size that the later stages judge lines against."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from ..lines import LineStyle
from ..marking.content import Content

__all__ = ["TITLE_SIZE_RATIO", "BodyLayout", "Layout", "TypeSizes", "body_layout",
           "double_spaced", "measure", "type_sizes", "wrap_width"]

# Text is double spaced when at least this share of its lines follow a blank line...
_DOUBLE_SPACED_SHARE = 0.8
# ... and sentences wrap across one blank line more than this many times as often as
# across none.
_DOUBLE_WRAP_RATIO = 2
# The wrap width is this percentile of the line lengths: most lines of a paragraph run
# to it, the last and a few short ones do not.
_WRAP_PERCENTILE = 0.9
_MIN_MEASURED_LENGTH = 10  # shorter lines say nothing about the wrap width
_DEFAULT_WIDTH = 80  # text too short to measure
_MIN_WIDTH = 20
# Paragraphs are marked by indents when some lines are indented, but fewer than this
# share of them (a text indented throughout is merely shifted).
_MAX_INDENTED_SHARE = 0.5
# A title's type is at least this much larger than the body's (sub-headings are not).
TITLE_SIZE_RATIO = 1.2
# A line continues the line above it (one paragraph, one heading) when it stands this
# close under it, in type sizes (leading), set alike.
_LEADING = (-0.3, 0.5)
_SAME_SIZE = 0.03  # sizes this share apart are one size
# Artifacts set between blocks of text, not cut into them: a caption, a footnote, a
# serial's note.
_FLOATING = frozenset({"caption", "footnote", "serial_note"})


@attrs.frozen(eq=False)
class Layout:
    """What the document's spacing says: gaps (double spacing undone), width, indents."""

    gaps: list[int]  # by content position: blank lines before the line (normalised)
    raw_gaps: list[int]  # by content position: blank lines before the line (as written)
    width: int
    indent_paragraphs: bool


@attrs.frozen(eq=False)
class BodyLayout:
    """Spacing of one article's body: gaps by content position, and its wrap width."""

    gap: Sequence[int] | dict[int, int]
    width: int


def measure(content: Content) -> Layout:
    """Measure spacing: gaps between content lines (blank lines between them, marked
    lines passed over), double spacing, width, indents."""
    marks = content.marks
    raw_gaps: list[int] = []  # furniture between content lines passed over
    prev_nonblank = -1
    run = 0
    gap_since_content: int | None = None
    floating = True  # every marked line since the last content line floats
    for i, blank in enumerate(content.lines.blanks):
        if blank:
            run += 1
            continue
        if i in marks:
            floating = floating and marks[i].kind in _FLOATING
            gap_since_content = _across(gap_since_content, run, floating)
        elif gap_since_content is None:  # most lines: no artifact since the last
            raw_gaps.append(run if prev_nonblank >= 0 else 0)
        else:
            g = _across(gap_since_content, run, floating)
            raw_gaps.append(g if prev_nonblank >= 0 else 0)
            gap_since_content, floating = None, True
        prev_nonblank = i
        run = 0
    double = double_spaced(raw_gaps, content.ends, content.lower)
    gaps = [max(0, g - 1) for g in raw_gaps] if double else raw_gaps
    width = wrap_width(content.lengths)
    indented = sum(content.indented)
    indent_paragraphs = 0 < indented < _MAX_INDENTED_SHARE * len(raw_gaps)
    return Layout(gaps, raw_gaps, width, indent_paragraphs)


def _across(gap: int | None, run: int, floating: bool) -> int:
    """The gap between two content lines across marked lines: the narrowest of the blank
    runs around page furniture (a paragraph goes on over a page break), the widest
    around floating inserts only (a caption set between two articles)."""
    if gap is None:
        return run
    return max(gap, run) if floating else min(gap, run)


def double_spaced(gaps: Sequence[int], ends: Sequence[bool], lower: Sequence[bool]) -> bool:
    """True when a blank line follows nearly every line and sentences wrap across them.

    The three sequences describe the same lines in order: blank lines before each,
    whether each ends a sentence, whether each starts lower case.

    >>> double_spaced([0, 1, 1, 1], [False, False, True, True], [False, True, True, False])
    True
    >>> double_spaced([0, 0, 0, 1], [False, False, True, True], [False, True, True, False])
    False
    """
    followed = len(gaps) - 1 - gaps[1:].count(0) if gaps else 0  # lines after a blank
    if followed < _DOUBLE_SPACED_SHARE * max(1, len(gaps) - 1):
        return False  # most text: decided without a loop over its lines
    wrapped = [0, 0]  # sentence wraps across no blank line and across one
    for k in range(1, len(gaps)):
        g = gaps[k]
        if g <= 1 and not ends[k - 1] and lower[k]:
            wrapped[g] += 1
    return wrapped[1] >= 1 and wrapped[1] > _DOUBLE_WRAP_RATIO * wrapped[0]


def wrap_width(lengths: Iterable[int]) -> int:
    """The width text was wrapped at: the 90th percentile of its line lengths.

    >>> wrap_width([70] * 9 + [20])
    70
    """
    lengths = sorted(n for n in lengths if n >= _MIN_MEASURED_LENGTH)
    return max(lengths[int(len(lengths) * _WRAP_PERCENTILE)] if lengths else _DEFAULT_WIDTH,
               _MIN_WIDTH)


def body_layout(content: Content, layout: Layout, body: list[int]) -> BodyLayout:
    """Spacing and width of one article: digests mix sources laid out differently.
    ``body``: consecutive content positions."""
    if not body:
        return BodyLayout(layout.raw_gaps, layout.width)
    lo, hi = body[0], body[-1] + 1
    assert hi - lo == len(body)
    gaps = layout.raw_gaps[lo:hi]
    if double_spaced(gaps, content.ends[lo:hi], content.lower[lo:hi]):
        return BodyLayout({p: max(0, g - 1) for p, g in zip(body, gaps, strict=True)},
                          wrap_width(content.lengths[lo:hi]))
    return BodyLayout(layout.raw_gaps, wrap_width(content.lengths[lo:hi]))


@attrs.frozen(eq=False)
class TypeSizes:
    """Type sizes of the content lines (PDF input): the body's, and which are larger."""

    styles: Sequence[LineStyle | None] | None  # by line index; None for plain text
    index: list[int]  # content position -> line index
    body: float | None  # the size most of the text is set in

    def large(self, pos: int) -> bool:
        """Set clearly larger than the body (a title, not a bold sub-heading)."""
        st = self._style(pos)
        return st is not None and st.size >= TITLE_SIZE_RATIO * (self.body or 0)

    def continues(self, pos: int) -> bool:
        """Content line ``pos`` stands right under the line before it, set alike: a
        line of the same paragraph or heading, never the first of a title."""
        st = self._style(pos)
        if st is None or pos == 0 or self.index[pos - 1] != self.index[pos] - 1:
            return False
        above = self._style(pos - 1)
        if above is None or above.bold != st.bold or (
                abs(above.size - st.size) > _SAME_SIZE * st.size):
            return False
        lo, hi = _LEADING
        return lo * st.size <= st.top - above.bottom <= hi * st.size

    def set_apart(self, pos: int) -> bool:
        """Set larger than the body, if only a little, and in bold (an HTML export's
        headline; bold alone marks words in a text as often)."""
        st = self._style(pos)
        return st is not None and st.bold and st.size > (self.body or 0)

    def filled(self, pos: int) -> bool:
        """The line fills its column (a newspaper page's): a line of text."""
        st = self._style(pos)
        return st is not None and st.filled

    def size(self, pos: int) -> float | None:
        """The type size of content line ``pos``; None without styles."""
        st = self._style(pos)
        return st.size if st is not None else None

    def _style(self, pos: int) -> LineStyle | None:
        """The style of content line ``pos``; None without styles or a body size."""
        if self.styles is None or self.body is None:
            return None
        return self.styles[self.index[pos]]


def type_sizes(content: Content, styles: Sequence[LineStyle | None] | None) -> TypeSizes:
    """The body type size, weighted by line length, of lines with ``styles`` (by index)."""
    if styles is None:
        return TypeSizes(None, content.index, None)
    weight: dict[float, int] = {}
    texts = content.lines.texts
    for i in content.index:
        st = styles[i]
        if st is not None:
            weight[st.size] = weight.get(st.size, 0) + len(texts[i])
    body = max(weight, key=lambda k: weight[k]) if weight else None
    return TypeSizes(styles, content.index, body)
