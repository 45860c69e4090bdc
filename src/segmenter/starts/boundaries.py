"""Boundaries: a window's content lines -> the article starts, each found by a named rule
of ``START_RULES`` and carrying that rule's evidence.

The rules run in table order. Each sees what the rules before it found and returns new
starts (and refusals, for ``--explain``); a start at a line another rule already took is
dropped. The starts of the format and byline rules are *anchors*: the rules after them
learn from how those articles are set apart (a separator, a wide gap, larger type)
where the articles without a byline start. Adding a way to find starts is adding one
function of the ``Rule`` signature (``rules.Rule``) and one entry in ``START_RULES``.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Literal

import attrs

from ..grammar.bylines import ParsedByline
from ..grammar.names import signature
from ..marking.content import Content
from .contents import CONTENTS_RULE, contents_starts, without_contents
from .credit_heads import (
    credits_above,
    credits_open,
    decks_under,
    head_below,
    title_over_deck,
    title_over_standfirst,
)
from .frontmatter import contents_entries, front_matter
from .heads import counted_start, numbered_start
from .learned import gap_starts, separator_starts, topic_starts
from .numbered import numbered_headings
from .page_heads import page_heads
from .rules import CONTINUED, Context, Found, Refusal, Start, StartRule
from .shapes import MAX_TITLE_LINES, heading_like, title_block, title_like
from .spaced import spaced_starts

__all__ = ["NO_BYLINE_WARNING", "START_RULES", "Boundaries", "byline_starts", "counter_starts",
           "find_starts", "format_starts", "numbered_starts", "typeset_starts", "whole_text"]

# A lone first line shorter than this share of the wrap width is a title.
_SHORT_TITLE_SHARE = 0.7
NO_BYLINE_WARNING = "no byline found: the text is read as one article"


@attrs.frozen(eq=False)
class Boundaries:
    """The starts of a window in order, the refusals, and what to warn about."""

    starts: list[Start]
    refused: list[Refusal]
    warnings: list[str]
    # the entries of a contents list with page numbers opening the text: line, entry
    contents: list[tuple[int, str]] = attrs.field(factory=list)


def counter_starts(ctx: Context, found: Found) -> list[Start]:
    """Documents numbered by a rising counter ("2 of 161 DOCUMENTS"): each starts at the
    first line after its counter, the title there when that line reads as one."""
    c = ctx.content
    floor = found.head.head_end if found.head is not None else -1  # the window's head
    out = []
    lines = ctx.counters.lines
    for line, after in itertools.pairwise((*lines, len(c.lines))):
        if line in c.position:
            continue  # read otherwise (a line of the head the window before found)
        k = bisect.bisect_right(c.index, line)
        if floor < k < len(c.index) and c.index[k] < after:  # a line before the next
            evidence = (f"after counter {ctx.counters.numbers[line]} on line "
                        f"{line + c.first_line + 1}")
            out.append(counted_start(ctx, k, evidence))
    return out


def numbered_starts(ctx: Context, found: Found) -> list[Start]:
    """Articles numbered by headings that rise in sequence ("FEDERALIST No. 10"), each
    from its heading, its title and credit lines read after it."""
    c = ctx.content
    floor = found.head.head_end if found.head is not None else -1  # the window's head
    numbers = numbered_headings(c, ctx.layout)
    at = sorted(p for p in numbers if p > floor)
    return [numbered_start(ctx, p, f"numbered heading {numbers[p]}, rising in sequence",
                           until) for p, until in itertools.pairwise((*at, len(c.index)))]


def format_starts(ctx: Context, found: Found) -> Sequence[Start]:
    """The starts the document's export format lays out, where it is in one."""
    return ctx.reader.starts(ctx) if ctx.reader is not None else ()


def byline_starts(ctx: Context, found: Found) -> list[Start | Refusal]:
    """Articles with a byline: a byline line (or two), and the title block above it; or,
    where the window's outlet credits stand over their titles, the title under it; or,
    on a typeset page, the headline set large over a standfirst and the byline."""
    out, credits = _byline_pass(ctx, found, opening=False)
    if credits_open(ctx, credits):  # the credits seen teach the layout: read again
        out, _ = _byline_pass(ctx, found, opening=True)
    return without_contents(ctx.content, out)


def _byline_pass(ctx: Context, found: Found, *,
                 opening: bool) -> tuple[list[Start | Refusal], list[int]]:
    """The starts and refusals of the bylines (each credit ``opening`` its article, the
    title under it, where one stands there), and the positions of the outlet credits
    seen (an outlet, no author)."""
    c = ctx.content
    floor = found.head.head_end if found.head is not None else -1  # last claimed position
    any_start = bool(found.starts)
    # Only a line with a hint, or the line before one (a wrapped byline), can start a
    # byline: the others are never tried.
    tryable = sorted({q for p in ctx.bylines.hints() for q in (p - 1, p) if q > floor})
    out: list[Start | Refusal] = []
    credits: list[int] = []
    k = 0
    while k < len(tryable):
        pos = tryable[k]
        k += 1
        got = ctx.bylines.at(pos)
        if got is None:
            continue
        parsed, byline = got
        if parsed.outlet and not parsed.authors:
            credits.append(pos)
            below = head_below(ctx, byline[-1]) if opening else None
            if below is not None:
                out.append(Start(below[1], (*byline, *below[0]), parsed, "byline",
                                 f"outlet credit on line {c.index[pos] + 1 + c.first_line}, "
                                 "over its title (the window's credits stand above titles)"))
                any_start = True
                floor = below[2]
                k = bisect.bisect_right(tryable, floor)
                continue
        over = title_over_standfirst(ctx, pos, floor)
        if over is not None:  # the byline is the text's first line, under the standfirst
            out.append(_over_standfirst(c, out, over, pos))
            any_start = True
            floor = over[-1]
            k = bisect.bisect_right(tryable, byline[-1])
            continue
        title = title_block(ctx.content, ctx.layout, pos, floor)
        refused = _refused(ctx, pos, title, parsed, floor, any_start or bool(out))
        if refused is not None:
            if refused:
                out.append(refused)
            continue
        out.append(_bylined(ctx, title, byline, parsed, floor,
                            f"byline on line {c.index[pos] + 1 + c.first_line}"))
        any_start = True
        floor = byline[-1]
        k = bisect.bisect_right(tryable, floor)
    return out, credits


def _bylined(ctx: Context, title: list[int], byline: Sequence[int], parsed: ParsedByline,
             floor: int, evidence: str) -> Start:
    """The start of the ``byline`` under ``title``; where ``title`` is a sub-title under
    the article's title, the start of that title alone: the sub-title and the byline
    open its text, where the byline is read."""
    # most titles stand right over their byline, or far under the text before: no
    # sub-title one blank line under a title; those tests first
    gaps = ctx.layout.gaps
    top = (title_over_deck(ctx, title, floor)
           if title and gaps[title[-1] + 1] and gaps[title[0]] == 1 else None)
    if top is None:
        return Start(tuple(title), tuple(byline), parsed, "byline", evidence)
    return Start((top,), (), None, "byline", f"{evidence}, under a sub-title: they open "
                 "its text, the byline read there")


_MAX_HEAD_GAP = 2  # lines between a credit above a headline and the headline
_MASTHEAD = "front matter: the text's first head, with no text under it before the next"


def _over_standfirst(c: Content, out: list[Start | Refusal], over: tuple[int, ...],
                     pos: int) -> Start:
    """The start titled by the large lines ``over`` above a standfirst and the byline at
    ``pos``; the credit without an author found right above the title (a page's
    masthead: the place and date lines, the section and page) is its credit, not an
    article of its own: it leaves ``out``."""
    number = c.first_line + 1  # line numbers count from 1 in the whole text
    evidence = f"set large over a standfirst and the byline on line {c.index[pos] + number}"
    last = out[-1] if out else None
    if (isinstance(last, Start) and last.parsed is not None and not last.parsed.authors
            and 0 < over[0] - last.head_end <= _MAX_HEAD_GAP):
        out.pop()
        return Start(over, tuple(range(last.first, over[0])), last.parsed, "byline",
                     f"{evidence}; the credit above it on line {c.index[last.first] + number}")
    return Start(over, (), None, "byline", evidence)


def _refused(ctx: Context, pos: int, title: list[int], parsed: ParsedByline, floor: int,
             after_start: bool) -> Refusal | Literal[False] | None:
    """Why the byline at ``pos`` under ``title`` starts no article (False: it is the
    head's own, nothing to say), or None when it starts one."""
    c = ctx.content
    if not title and not (pos == 0 or c.separated_before(pos) or pos - 1 == floor
                          or c.new_page(pos)):
        return Refusal(pos, "byline", "byline-shaped, but no title stands before it")
    if pos - 1 == floor and not title and after_start:
        return False  # a byline right after another article's head: not a new article
    if (len(title) == 1 and not parsed.authors and signature(c.texts[title[0]])
            and (after_start or floor >= 0)):
        return Refusal(title[0], "byline", "a signature and its place or date closing "
                       "the article before")
    return None


def typeset_starts(ctx: Context, found: Found) -> list[Start]:
    """Articles without a byline whose title is set in larger type than the body."""
    sizes, c = ctx.sizes, ctx.content
    if sizes.body is None or not found.anchors:
        return []
    claimed = {p for st in found.anchors for p in (*st.title, *st.byline)}
    out = []
    p = 0
    while p < len(c.index):
        if not _opens_large_title(ctx, p, claimed):
            p += 1
            continue
        title = [p]
        while (title[-1] + 1 < len(c.index) and len(title) < MAX_TITLE_LINES
               and title[-1] + 1 not in claimed and sizes.large(title[-1] + 1)):
            title.append(title[-1] + 1)
        after = title[-1] + 1
        if after < len(c.index) and after not in claimed:
            out.append(Start(tuple(title), (), None, "typeset",
                             "title without byline: set larger than the body text"))
        p = after
    return out


def _opens_large_title(ctx: Context, p: int, claimed: set[int]) -> bool:
    """Line ``p`` is set large, heading-like, unclaimed, and no large line precedes it."""
    sizes = ctx.sizes
    if (p in claimed or not sizes.large(p) or not heading_like(ctx.content.texts[p])
            or sizes.continues(p)):
        return False
    return not (p > 0 and sizes.large(p - 1) and p - 1 not in claimed)


def whole_text(ctx: Context, found: Found) -> list[Start]:
    """No start found at all: the whole text is one article, titled by a title-like head."""
    c = ctx.content
    if found.starts or not c.index:
        return []
    t = c.texts[0]
    titled = len(c.index) > 1 and title_like(t) and (
        ctx.layout.gaps[1] > 0 or len(t) < _SHORT_TITLE_SHARE * ctx.layout.width)
    return [Start((0,) if titled else (), (), None, "whole text",
                  "start of text, no byline cues", 0)]


START_RULES: tuple[StartRule, ...] = (
    StartRule("format", format_starts, anchors=True, alone=True),
    StartRule("counter", counter_starts, anchors=True, alone=True),
    StartRule("numbered", numbered_starts, anchors=True, alone=True),
    StartRule("byline", byline_starts, anchors=True),
    StartRule(CONTENTS_RULE, contents_starts),
    StartRule("separator", separator_starts),
    StartRule("gap", gap_starts),
    StartRule("spaced", spaced_starts),
    StartRule("topic", topic_starts),
    StartRule("typeset", typeset_starts),
    StartRule("whole text", whole_text),
)


def find_starts(ctx: Context, head: Start | None = None,
                rules: Sequence[StartRule] = START_RULES) -> Boundaries:
    """The article starts of a window, in order; ``head`` is the article it opens with
    (found in the window before), an anchor; the rest of an article the window before
    left open (rule ``CONTINUED``) is none, and yields the window's first line to a
    start found there."""
    headed = head is not None and head.rule != CONTINUED
    found = _opening(head, headed)
    taken = {head.first} if head is not None and headed else set()
    refused: list[Refusal] = []
    for rule in rules:
        new = _new_starts(rule.find(ctx, found), taken, refused)
        found = found.plus(new, anchors=rule.anchors)
        if rule.alone and new:
            break
    starts = _in_order(ctx, found, head, refused)
    warnings = [NO_BYLINE_WARNING] if any(st.rule == "whole text" for st in starts) else []
    opening = head is None and ctx.content.first_line == 0
    return Boundaries(starts, refused, warnings,
                      contents_entries(ctx.content, starts) if opening else [])


def _in_order(ctx: Context, found: Found, head: Start | None,
              refused: list[Refusal]) -> list[Start]:
    """The starts ``found``, in order, without the ``head`` of an open article that ended
    where the window starts, nor those of the front matter opening the text (refused)."""
    starts = decks_under(ctx, credits_above(ctx.content, page_heads(ctx.content, _apart(
        sorted(found.starts, key=lambda st: st.first), refused), refused)), refused)
    headed = head is not None and head.rule != CONTINUED
    if len(starts) > 1 and not headed and starts[0] is head and starts[1].first == head.first:
        del starts[0]  # the open article ended where the window starts
    if head is None and ctx.content.first_line == 0 and (front := front_matter(ctx.content,
                                                                               starts)):
        refused.extend(front)  # a masthead and a contents list opening the text
        starts = starts[len(front):]
    if head is None and ctx.content.first_line == 0 and _masthead(ctx.content, starts):
        refused.append(Refusal(starts[0].first, starts[0].rule, _MASTHEAD))
        del starts[0]  # a masthead (a title and a date) with no text before the next
    return starts


def _masthead(c: Content, starts: list[Start]) -> bool:
    """The text's first start is a masthead: no line under its head before the next
    start, which has text of its own."""
    if len(starts) < 2 or starts[1].first != starts[0].head_end + 1:
        return False
    after = starts[2].first if len(starts) > 2 else len(c.index)
    return after > starts[1].head_end + 1


def _apart(starts: list[Start], refused: list[Refusal]) -> list[Start]:
    """``starts`` (in order) without any whose title and byline reach over the next
    one's first line, so that no two articles share a line: of two such, the one whose
    head stretches over more lines is refused (a reader that took a stray line for a
    head and the next document's title for its own)."""
    kept: list[Start] = []
    for st in starts:
        if kept and kept[-1].head_end >= st.first:
            before = kept[-1]
            if before.head_end - before.first > st.head_end - st.first:
                kept[-1] = st
                refused.append(Refusal(before.first, before.rule, _OVERLAP))
                continue
            refused.append(Refusal(st.first, st.rule, _OVERLAP))
            continue
        kept.append(st)
    return kept


_OVERLAP = "its title and byline reach over the next start's: two articles cannot share lines"


def _new_starts(found: Sequence[Start | Refusal], taken: set[int],
                refused: list[Refusal]) -> list[Start]:
    """What one rule ``found``: its starts at lines not ``taken`` before (now taken);
    its refusals go to ``refused``."""
    new = []
    for d in found:
        if isinstance(d, Refusal):
            refused.append(d)
        elif d.first not in taken:
            taken.add(d.first)
            new.append(d)
    return new


def _opening(head: Start | None, headed: bool) -> Found:
    """What the rules start from: the window's opening article, if any (an anchor when
    ``headed``)."""
    if head is None:
        return Found((), ())
    return Found((head,), (head,) if headed else (), head)
