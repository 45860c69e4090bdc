"""Credits above titles: a window's outlet credits -> whether they open their articles
with the title under them (a press archive's "Outlet, date" line over a kicker and the
headline), and the head lines under each; a reprint's source credit standing alone over
a start's title -> the start opened by it; on typeset pages, the headline set large
over a standfirst and the byline under them; and a title standing alone over a
sub-title and the byline -> the one start they make.

Most dumps print the title first and the credit under it. Some print the source line
first, as a press archive's pages do: "The Harbour Times, 03.05.2024, p. 5", then a
kicker, the headline, the standfirst. Which of the two a dump does is learned from the
dump: when most of its outlet credits (an outlet and no author) have a short heading
under them, and text after it, the credits open their articles.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..grammar.bylines import ParsedByline
from ..grammar.sources import may_be_source, source_credit
from ..marking.content import Content
from .layout import TITLE_SIZE_RATIO
from .rules import Context, Refusal, Start
from .shapes import (
    MAX_TITLE_LINES,
    continues_title,
    heading_like,
    page_at_end,
    runs_on,
    title_like,
)

__all__ = ["credit_line", "credits_above", "credits_open", "decks_under", "head_below",
           "title_over_deck", "title_over_standfirst"]

_MAX_HEAD_LINES = 3  # a kicker and a title wrapped once, at most
_MIN_CREDITS = 3  # outlet credits seen before the layout is learned
_SHARE = 2 / 3  # of them, at least this share stand above a heading
_MAX_STANDFIRST = 4  # lines of a standfirst between a headline and the byline under it
_MAX_CREDIT_CHARS = 120  # a source credit over a title is one short line
_MAX_DECK_LINES = 2  # a sub-title under a title wraps once at most
_PAGE_DIGITS = 4  # a contents entry closes with a page number this long at most


def head_below(ctx: Context, last: int) -> tuple[tuple[int, ...], tuple[int, ...], int] | None:
    """The kicker lines and the title lines under the credit whose last line is
    ``last``: the heading lines up to the first line of text or the next byline (an
    author line under the title). The title is the one line set larger than the text,
    where the page sets one so (a kicker over it, a standfirst under it); else the lines
    after the last gap (a kicker stands apart over a title). With them, the last of the
    heading lines. ``None`` when no heading stands there, or no text after it."""
    gaps = ctx.layout.gaps
    block = _heading_lines(ctx, last)
    if not block:
        return None
    large = [k for k, q in enumerate(block) if ctx.sizes.large(q)]
    if len(large) == 1:  # the page sets the headline larger: over it a kicker, under it
        k = large[0]  # a standfirst, which is text (and the head's end: a byline under
        return tuple(block[:k]), (block[k],), block[-1]  # it opens no other article)
    cut = max((k for k, q in enumerate(block) if k and gaps[q] > 0), default=0)
    return tuple(block[:cut]), tuple(block[cut:]), block[-1]


def _heading_lines(ctx: Context, last: int) -> list[int]:
    """The heading lines under the credit whose last line is ``last``, when text
    follows them: up to the first line of text or the next byline, but a last one set
    apart from those above and glued to the text (its first line: an author's)."""
    c, gaps = ctx.content, ctx.layout.gaps
    block: list[int] = []
    p = last + 1
    n = len(c.index)
    while p < n and len(block) <= _MAX_HEAD_LINES:
        if not heading_like(c.texts[p]) or runs_on(c, ctx.layout, p) or ctx.bylines.at(p):
            break
        block.append(p)
        p += 1
    if len(block) > _MAX_HEAD_LINES or p >= n:
        return []
    while len(block) > 1 and gaps[block[-1]] > 0 and not gaps[block[-1] + 1]:
        block.pop()
    return block


def credits_above(c: Content, starts: list[Start]) -> list[Start]:
    """``starts`` (in order), each opened by the source credit standing alone right over
    its title ("[From the New York Times, Apr. 12, 2007]", "FROM HOUSEHOLD WORDS." a
    blank line over the headline), which is no longer the end of the article before;
    a start a rule titled with such a credit is titled by the heading under it."""
    out: list[Start] = []
    for k, st in enumerate(starts):
        if st.title and (credit := credit_line(c, st.title[0])) is not None:
            nxt = starts[k + 1].first if k + 1 < len(starts) else None
            if nxt == st.title[0] + 1:
                continue  # the credit opens the next start, below
            out.append(_retitled(c, st, credit) or st)
            continue
        p = st.first - 1
        if (st.title and p > (out[-1].head_end if out else -1)
                and (credit := credit_line(c, p)) is not None and _alone(c, p, st.first)):
            st = _opened(st, p, credit)
        out.append(st)
    return out


def credit_line(c: Content, p: int) -> ParsedByline | None:
    """The source credit content line ``p`` is, if it is one (read loosely: the caller
    knows it stands where a credit does)."""
    t = c.texts[p]
    if len(t) > _MAX_CREDIT_CHARS or not may_be_source(t, loose=True):
        return None  # the test before the call: a credit is short, opens with a phrase
    return source_credit(t, loose=True)


def _alone(c: Content, p: int, under: int) -> bool:
    """Content line ``p`` is a paragraph of its own over the line ``under`` it: a blank
    line or an artifact on each side (or the window's start above)."""
    return c.index[under] - c.index[p] > 1 and (
        p == 0 or c.blank_before(p) or c.separated_before(p))


def _retitled(c: Content, st: Start, credit: ParsedByline) -> Start | None:
    """``st``, which a rule titled with a source credit, titled by the heading right
    under that credit instead (under the second, where two stand there: the first a
    section's label, the second the piece's credit); ``None`` when no heading stands
    there."""
    p = st.title[0]
    q = p + 1
    if q < len(c.index) and (nearer := credit_line(c, q)) is not None:
        credit, q = nearer, q + 1  # a section's label over the credit ("FROM NEW BOOKS")
    if len(st.title) > 1 or st.byline or q >= len(c.index) or not title_like(c.texts[q]):
        return None
    return attrs.evolve(st, title=(q,), byline=tuple(range(p, q)), parsed=credit,
                        evidence=f"{st.evidence}; the source credit over its title")


def _opened(st: Start, p: int, credit: ParsedByline) -> Start:
    """``st`` opened by the source credit at content ``p`` over its title: the credit's
    line the first of its byline, its outlet, date and place filling in the byline's."""
    parsed = (st.parsed or ParsedByline()).filled(credit)
    return attrs.evolve(st, byline=(p, *st.byline), parsed=parsed,
                        evidence=f"{st.evidence}; the source credit over its title")


def credits_open(ctx: Context, credits: Sequence[int]) -> bool:
    """Whether the window's outlet credits (the bylines at content positions
    ``credits``, each naming an outlet and no author) open their articles: most of
    them, three at least, stand over a heading with text after it."""
    if len(credits) < _MIN_CREDITS:
        return False
    above = 0
    for pos in credits:
        got = ctx.bylines.at(pos)
        above += got is not None and head_below(ctx, got[1][-1]) is not None
    return above >= _SHARE * len(credits)


def title_over_standfirst(ctx: Context, pos: int, floor: int) -> tuple[int, ...] | None:
    """The title lines over a standfirst over the byline at content ``pos`` (no line at
    or before ``floor``), where the document's type sizes show them: a heading set larger
    than the text, and larger again than the line right above the byline, with at most
    a few smaller lines between. ``None`` where no such heading stands there."""
    sizes, texts = ctx.sizes, ctx.content.texts
    under = sizes.size(pos - 1) if pos > 0 else None
    if under is None:
        return None
    for k in range(pos - 2, max(floor, pos - 2 - _MAX_STANDFIRST), -1):
        size = sizes.size(k)
        if size is None or size < TITLE_SIZE_RATIO * under:
            continue
        if not (sizes.large(k) and heading_like(texts[k])):
            return None
        block = [k]
        while (len(block) < MAX_TITLE_LINES and block[0] - 1 > floor
               and sizes.size(block[0] - 1) == size and heading_like(texts[block[0] - 1])):
            block.insert(0, block[0] - 1)
        return tuple(block)
    return None


def decks_under(ctx: Context, starts: list[Start], refused: list[Refusal]) -> list[Start]:
    """``starts`` (in order) without those titled by a sub-title: a start with a byline
    whose title (a line or two, not in capitals) stands right under a start that has
    only its title, set apart from it by fewer blank lines than that title is from the
    text above, or opening the window ("Germany's Conditions of Peace" / "The First
    Authoritative German Presentation of the Idea" / "By Dr. ..."). The title above
    keeps the article: the sub-title and the byline open its text, where the byline is
    read; the start under it goes to ``refused``."""
    out: list[Start] = []
    for st in starts:
        if out and _deck(ctx, out[-1], st):
            refused.append(Refusal(st.first, st.rule, "a sub-title and its byline under the "
                                   "title above: they open that article's text"))
            continue
        out.append(st)
    return out


def _deck(ctx: Context, above: Start, st: Start) -> bool:
    """Whether the title of ``st``, which has a byline, is a sub-title of the title-only
    start ``above`` it."""
    gaps, texts = ctx.layout.gaps, ctx.content.texts
    if not (above.title and not above.byline and st.byline and st.title
            and st.title[0] == above.head_end + 1 and len(st.title) <= _MAX_DECK_LINES):
        return False
    gap = gaps[st.title[0]]
    return (gap > 0 and (above.title[0] == 0 or gap < gaps[above.title[0]])
            and not any(texts[p].isupper() for p in st.title))


def title_over_deck(ctx: Context, title: Sequence[int], floor: int) -> int | None:
    """The title standing over ``title``, the line or two right above a byline, when
    those are its sub-title ("EVERY GIRL A BUSINESS WOMAN." over "A PRACTICAL GUIDE TO
    THE WORLD OF INDUSTRY AND THRIFT." over "BY JAMES MASON.", blank lines between): a
    heading one blank line above them (no line at or before ``floor``), set apart from
    the text above it more widely (or by a picture, or opening a window after the
    first). ``None`` where none stands there, and in an export."""
    c = ctx.content
    if ctx.reader is not None or not _deck_shaped(ctx, title):
        return None  # an export's head is read by its format
    first, over = title[0], title[0] - 1
    if over <= floor or ctx.bylines.at(over) is not None:
        return None
    if not (c.upper[over] and heading_like(c.texts[over])) or continues_title(c, over, first):
        return None  # no heading, or one title wrapped over a blank line ("(letter to")
    # the text's first line is a cover's as often; a later window's opens an article
    gaps = ctx.layout.gaps
    apart = (over == 0 and c.first_line > 0) or gaps[over] > gaps[first] or (
        c.separated_before(over))
    return over if apart else None


def _deck_shaped(ctx: Context, title: Sequence[int]) -> bool:
    """The lines ``title`` are shaped as a sub-title: a line or two, a paragraph of its
    own (one blank line above it, one or more under it, no artifact above), no contents
    entry ("THE NORTH PIER 3")."""
    c, gaps = ctx.content, ctx.layout.gaps
    # most titles stand right over their byline: that test first
    return (0 < len(title) <= _MAX_DECK_LINES and gaps[title[-1] + 1] > 0
            and gaps[title[0]] == 1 and not c.separated_before(title[0])
            and page_at_end(c.texts[title[-1]], _PAGE_DIGITS) is None)
