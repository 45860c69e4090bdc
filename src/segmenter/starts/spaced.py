"""The spaced rule: content lines set apart by blank gaps wider than any paragraph's, or
by separators, where too few articles have a byline to teach a layout -> the headings
among them that open a piece, and the untitled filler items between separators."""

from __future__ import annotations

import bisect

import attrs
import regex

from .contents import CONTENTS_RULE
from .credit_heads import credit_line
from .learned import (
    MIN_LEARNED_STARTS,
    MIN_OBSERVED,
    MIN_PROSE_CHARS,
    credited_fillers,
    filler,
    full_width_open,
    lessons_of,
    wrapped_title,
)
from .numbered import ends_with_number
from .rules import Context, Found, Start
from .shapes import continues_title, heading_like, is_prose, title_like

__all__ = ["spaced_starts"]

# Without anchors, titles set apart by this many blank lines at least (paragraphs: one).
_MIN_SPACED_GAP = 3
_MAX_UNTITLED = 10  # after separators, one line in this many may be a paragraph
_ITEMS_PER_HEADING = 3  # paragraphs after rules per heading after one: more, rules set off scenes
_MAX_SPACED_ANCHORS = 5  # the spaced rule is for windows with fewer articles with a byline
# A paragraph opening with its heading run in, set off by a full stop and a dash.
# Bound: one capped run of non-dash characters, then literals; anchored by match.
_RUN_IN = regex.compile(r"[^-—–]{2,80}[.:]\s?(?:--|—|–)\s?\S")

def spaced_starts(ctx: Context, found: Found) -> list[Start]:
    """Titles after a blank gap wider than any paragraph's, where the few articles with
    a byline taught no layout (too few, or set apart otherwise): every line after such a
    gap that no start took is a heading (in capitals, or heading-like), none is prose,
    there are three or more, and the text has paragraphs to compare them with."""
    if _taught(ctx, found):
        return []
    wide, fillers = _wide_gaps(ctx, found)
    if not wide:
        return []
    c, gaps = ctx.content, ctx.layout.gaps
    claimed = {p for st in found.starts for p in (*st.title, *st.byline)}
    if 0 not in claimed and title_like(c.texts[0]) and not found.head and not _unfinished(ctx):
        wide = [0, *wide]  # the first article, which no gap precedes
    firsts = sorted({st.first for st in found.starts} | set(wide) | {len(c.index)})
    ends = [firsts[bisect.bisect_right(firsts, p)] for p in wide]
    titled = [Start(tuple(wrapped_title(ctx, p)), (), None, "spaced",
                    f"title without byline: set apart by {gaps[p]} blank lines or a "
                    "separator, as no paragraph is")
              for p, end in zip(wide, ends, strict=True) if _opens_piece(ctx, p, end)]
    return sorted([*titled, *(attrs.evolve(st, rule="spaced") for st in fillers)],
                  key=lambda st: st.first)


def _opens_piece(ctx: Context, p: int, end: int) -> bool:
    """The heading at ``p`` (the next at ``end``) opens a piece: running prose under it
    and no page number closing it (a contents entry's), or it credits the piece's
    source ("[FROM HOUSEHOLD WORDS FOR JUNE 29.]" over a poem)."""
    return (not ends_with_number(ctx.content.texts[p]) and _holds_prose(ctx, p + 1, end)) or (
        credit_line(ctx.content, p) is not None)


def _unfinished(ctx: Context) -> bool:
    """The first line is left unfinished ("Produced by A, and"), no title line after it."""
    c = ctx.content
    return len(c.index) > 1 and continues_title(c, 0, 1) and len(wrapped_title(ctx, 0)) == 1


def _taught(ctx: Context, found: Found) -> bool:
    """Whether the articles with a byline are many (layout sets the others apart as
    the anchors teach, or nothing does) or taught a layout (gap_starts,
    separator_starts)."""
    if len(found.anchors) > _MAX_SPACED_ANCHORS:
        return True
    lessons = lessons_of(ctx, found)
    return lessons is not None and (lessons.by_gap or lessons.by_separator)


def _wide_gaps(ctx: Context, found: Found) -> tuple[list[int], list[Start]]:
    """The lines no start took after a gap wider than paragraphs have (or a separator),
    when there are a few, each a heading, and paragraphs enough to compare, and the
    untitled filler items between separators among them; else none."""
    gaps = ctx.layout.gaps
    wide = _apart_lines(ctx, found)
    # the headings a contents list named are headings set apart too, already taken
    listed = sum(1 for st in found.starts if st.rule == CONTENTS_RULE)
    if len(wide) + listed < MIN_LEARNED_STARTS or sum(
            1 for g in gaps if 0 < g < _MIN_SPACED_GAP) < MIN_OBSERVED * len(wide):
        return [], []
    closing = sorted(ctx.content.after_artifacts("separator"))
    sorted_out = _sorted_out(ctx, wide, closing)
    if sorted_out is None:
        return [], []
    heads, items = sorted_out
    # separators that divide a department's items as well as the pieces: the headings
    # after them start pieces when they are many, and not rare among what follows a rule
    if items and (len(heads) + listed < MIN_LEARNED_STARTS
                  or _ITEMS_PER_HEADING * len(heads) < items):
        return [], []
    titled = set(heads)
    return heads, credited_fillers(ctx, (p for p in wide if p not in titled), closing,
                                   prose=False)


def _sorted_out(ctx: Context, wide: list[int],
                closing: list[int]) -> tuple[list[int], int] | None:
    """The headings among the ``wide`` lines and how many items of a department follow
    a separator (``closing``: the content positions after each); None when a paragraph
    or a byline follows a wide gap: the gap sets off more than articles (a filler
    paragraph between separators, now and then, is an untitled item)."""
    gaps = ctx.layout.gaps
    after_rule = set(closing)
    heads, untitled, items = [], 0, 0
    for p in wide:
        if _spaced_heading(ctx, p):
            heads.append(p)
        elif filler(closing, p):
            continue  # an untitled item between two separators
        elif p in after_rule and gaps[p] < _MIN_SPACED_GAP:
            items += 1  # an item of a department, or an untitled piece: counted after
        elif gaps[p] >= _MIN_SPACED_GAP or (untitled := untitled + 1) * _MAX_UNTITLED > len(wide):
            return None
    return heads, items


def _apart_lines(ctx: Context, found: Found) -> list[int]:
    """The lines no start took after a wide blank gap or a separator."""
    c, gaps = ctx.content, ctx.layout.gaps
    claimed = {p for st in found.starts for p in (*st.title, *st.byline)}
    # the content line after each separator (read off the marks, not asked line by line)
    after_rule = c.after_artifacts("separator")
    return [p for p in range(1, len(c.index) - 1) if p not in claimed
            and (gaps[p] >= _MIN_SPACED_GAP or p in after_rule)]


def _spaced_heading(ctx: Context, p: int) -> bool:
    """Line ``p`` is a heading (in capitals, or heading-like), not prose, not a byline,
    not the run-in heading of a paragraph ("LITERATURE IN PARIS.--A correspondent...")."""
    t = ctx.content.texts[p]
    return ((t.isupper() or heading_like(t)) and not full_width_open(ctx, p)
            and not is_prose(ctx.content, ctx.layout, p) and ctx.bylines.at(p) is None
            and not _RUN_IN.match(t))


def _holds_prose(ctx: Context, begin: int, end: int) -> bool:
    """Content lines ``begin`` to ``end`` hold running prose, a sentence not in capitals
    (an article's text, not a contents list or a masthead)."""
    c = ctx.content
    return any(c.ends[p] and c.lengths[p] > MIN_PROSE_CHARS and not c.texts[p].isupper()
               for p in range(begin, end))
