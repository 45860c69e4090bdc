"""Boundaries: a window's content lines -> the article starts, each found by a named rule
of ``START_RULES`` and carrying that rule's evidence.

The rules run in table order. Each sees what the rules before it found and returns new
starts (and refusals, for ``--explain``); a start at a line another rule already took is
dropped. The articles found by their bylines are *anchors*: the rules after them learn
from how those articles are set apart (a separator, a wide gap, larger type) where the
articles without a byline start. Adding a way to find starts is adding one function of
the ``Rule`` signature and one entry in ``START_RULES``.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from .byline_search import BylineSearch
from .bylines import ParsedByline
from .content import Content
from .layout import Layout, TypeSizes
from .shapes import (
    MAX_TITLE_LINES,
    continues_title,
    heading_like,
    is_prose,
    runs_on,
    title_like,
    wraps_into,
)
from .topics import FoldedLines, Vocabularies

if TYPE_CHECKING:
    from .formats import FormatReader

__all__ = ["START_RULES", "Boundaries", "Context", "Found", "Refusal", "Rule", "Start",
           "find_starts"]

# Articles found by their bylines needed before their layout teaches anything.
_MIN_LEARNED_STARTS = 3
# One blank line sets off sub-headings as often as titles: it proves nothing alone.
_MIN_ARTICLE_GAP = 2
# Paragraph gaps to observe before the gap rule may say anything.
_MIN_OBSERVED = 3
# Distinct words each side needs before their overlap says anything about topic.
_MIN_TOPIC_WORDS = 15
# Sub-headings are mostly one to three words ("Background", "What comes next"): a title
# recognised by its topic alone must be longer (and as long as the document's shortest).
_MIN_TOPIC_TITLE_WORDS = 4
# Below this share of carried-over vocabulary, the text after a heading is a new topic.
_TOPIC_SHIFT = 0.1
# A first article's text holds at least one sentence-ending line this long.
_MIN_PROSE_CHARS = 40
# A lone first line shorter than this share of the wrap width is a title.
_SHORT_TITLE_SHARE = 0.7
NO_BYLINE_WARNING = "no byline found: the text is read as one article"


@attrs.frozen
class Start:
    """An article start: its title and byline lines (content positions), parsed byline,
    the rule that found it and the evidence it saw."""

    title: tuple[int, ...]
    byline: tuple[int, ...]
    parsed: ParsedByline | None
    rule: str
    evidence: str
    at: int = -1  # first content position when the article has neither title nor byline

    @property
    def first(self) -> int:
        """The article's first content position."""
        return (self.title or self.byline or (self.at,))[0]

    @property
    def head_end(self) -> int:
        """Position of the last title/byline line, or the one before the article."""
        return (self.byline or self.title or (self.at - 1,))[-1]


@attrs.frozen
class Refusal:
    """A content line a rule looked at and refused as a start, and why."""

    pos: int
    rule: str
    evidence: str


@attrs.frozen(eq=False)
class Context:
    """What the rules read: the content lines, their layout, type sizes and bylines, and
    the reader of the document's export format, if it is in one."""

    content: Content
    layout: Layout
    sizes: TypeSizes
    bylines: BylineSearch
    reader: FormatReader | None = None


@attrs.frozen(eq=False)
class _Lessons:
    """How the anchors (articles found by their bylines) are set apart from the text."""

    anchors: tuple[Start, ...]
    bodies: list[int]  # their body lines after the first of each
    by_separator: bool  # a separator before each of them and before no paragraph
    by_gap: bool  # a gap as wide as theirs before no paragraph
    usual: int  # the blank lines usual before their titles


class Found:
    """The starts the rules before this one found (``head``: the one the window opens
    with, found in the window before); the anchors among them and what they teach
    (computed on first use, then shared by every rule after)."""

    def __init__(self, starts: Sequence[Start], anchors: Sequence[Start],
                 head: Start | None = None) -> None:
        self.starts = tuple(starts)
        self.anchors = tuple(anchors)
        self.head = head
        self._lessons: _Lessons | None = None

    def plus(self, starts: Sequence[Start], *, anchors: bool) -> Found:
        """These starts and ``starts`` (anchors too when ``anchors``)."""
        found = Found((*self.starts, *starts), (*self.anchors, *starts) if anchors
                      else self.anchors, self.head)
        if not anchors or not starts:
            found._lessons = self._lessons
        return found

    def lessons(self, ctx: Context) -> _Lessons | None:
        """What the anchors teach, when there are enough of them to teach anything."""
        if len(self.anchors) < _MIN_LEARNED_STARTS:
            return None
        if self._lessons is None:
            self._lessons = _learn(ctx, self.anchors)
        return self._lessons


Rule = Callable[[Context, Found], Sequence[Start | Refusal]]


@attrs.frozen
class StartRule:
    """One way of finding article starts. ``anchors``: its starts teach the rules after."""

    name: str
    find: Rule
    anchors: bool = False


@attrs.frozen(eq=False)
class Boundaries:
    """The starts of a window in order, the refusals, and what to warn about."""

    starts: list[Start]
    refused: list[Refusal]
    warnings: list[str]


def _title_block(ctx: Context, pos: int, floor: int) -> list[int]:
    """Content positions of the title lines right before the byline at ``pos``."""
    c, gaps = ctx.content, ctx.layout.gaps
    block: list[int] = []
    k = pos - 1
    while k > floor and len(block) < MAX_TITLE_LINES and title_like(
            c.texts[k], continuation=True):
        if block and (gaps[block[0]] > 0 or not wraps_into(c, ctx.layout, k, block[0])):
            break
        block.insert(0, k)
        k -= 1
    while block and not c.upper[block[0]]:
        block.pop(0)
    # A block glued to a sentence that runs on into it keeps only lines that wrap.
    while len(block) > 1:
        first = block[0]
        before = first - 1
        if before <= floor or gaps[first] > 0 or c.ends[before] or c.separated_before(first):
            break
        block.pop(0)
    return block


def format_starts(ctx: Context, found: Found) -> Sequence[Start]:
    """The starts the document's export format lays out, where it is in one."""
    return ctx.reader.starts(ctx) if ctx.reader is not None else ()


def byline_starts(ctx: Context, found: Found) -> list[Start | Refusal]:
    """Articles with a byline: a byline line (or two), and the title block above it."""
    c = ctx.content
    floor = found.head.head_end if found.head is not None else -1  # last claimed position
    any_start = bool(found.starts)
    # Only a line with a hint, or the line before one (a wrapped byline), can start a
    # byline: the others are never tried.
    tryable = sorted({q for p in ctx.bylines.hints() for q in (p - 1, p) if q > floor})
    out: list[Start | Refusal] = []
    k = 0
    while k < len(tryable):
        pos = tryable[k]
        k += 1
        got = ctx.bylines.at(pos)
        if got is None:
            continue
        parsed, byline = got
        title = _title_block(ctx, pos, floor)
        if not title and not (pos == 0 or c.separated_before(pos) or pos - 1 == floor):
            out.append(Refusal(pos, "byline", "byline-shaped, but no title stands before it"))
            continue
        if pos - 1 == floor and not title and any_start:
            continue  # a byline right after another article's head: not a new article
        evidence = f"byline on line {c.index[pos] + 1 + c.first_line}"
        out.append(Start(tuple(title), tuple(byline), parsed, "byline", evidence))
        any_start = True
        floor = byline[-1]
        k = bisect.bisect_right(tryable, floor)
    return out


def _learn(ctx: Context, anchors: tuple[Start, ...]) -> _Lessons:
    c, gaps = ctx.content, ctx.layout.gaps
    later = [s.first for s in anchors[1:]]
    bodies: list[int] = []
    for n, st in enumerate(anchors):
        end = anchors[n + 1].first if n + 1 < len(anchors) else len(c.index)
        bodies.extend(range(st.head_end + 2, end))  # the first body line never qualifies
    heads = set(later)
    lines = [p for p in bodies if p not in heads]
    # Paragraphs: the lines among those that show themselves prose. Each rule asks
    # about few of them, so they are not all looked at.
    def prose(p: int) -> bool:
        return is_prose(c, ctx.layout, p)

    by_separator = all(c.separator_before(p) for p in later) and not any(
        c.separator_before(p) and prose(p) for p in lines)
    usual = sorted(gaps[p] for p in later)[len(later) // 2]
    by_gap = (
        usual >= _MIN_ARTICLE_GAP
        and not any(gaps[p] >= usual and prose(p) for p in lines)
        and len(list(itertools.islice(filter(prose, lines), _MIN_OBSERVED))) == _MIN_OBSERVED
    )
    return _Lessons(anchors, bodies, by_separator, by_gap, usual)


def _opens_with_article(ctx: Context, first: int, apart: bool) -> bool:
    """Whether the text before the first anchor, at content ``first``, is an article.

    It is when it is set ``apart`` from that article the way articles are set apart
    here, opens with a title-like line and holds running prose; otherwise it is preamble.
    """
    c = ctx.content
    if first < 2 or not title_like(c.texts[0]) or not apart:
        return False
    prose = sum(1 for p in range(1, first) if c.ends[p] and c.lengths[p] > _MIN_PROSE_CHARS)
    return prose >= 1 and ctx.bylines.at(0) is None


def _set_apart(ctx: Context, lessons: _Lessons, apart: Callable[[int], bool],
               reason: Callable[[int], str], rule: str) -> list[Start]:
    """Titles without a byline that stand ``apart`` as the anchors do (learned rules)."""
    c = ctx.content
    found = []
    if _opens_with_article(ctx, lessons.anchors[0].first, apart(lessons.anchors[0].first)):
        found.append(Start((0,), (), None, rule, "first article, without byline: set apart "
                           "from the next as articles are here"))
    for p in lessons.bodies:
        if p + 1 >= len(c.index) or not c.upper[p] or not heading_like(c.texts[p]):
            continue
        if runs_on(c, ctx.layout, p) and not continues_title(c, p, p + 1):
            continue  # a paragraph's first line, not a title
        if ctx.bylines.at(p) is not None or not apart(p):
            continue
        title = [p]
        nxt = p + 1
        while (nxt < len(c.index) and len(title) < MAX_TITLE_LINES
               and ctx.layout.gaps[nxt] == 0 and title_like(c.texts[nxt], continuation=True)
               and continues_title(c, title[-1], nxt)):
            title.append(nxt)
            nxt += 1
        if nxt < len(c.index):
            found.append(Start(tuple(title), (), None, rule, reason(p)))
    return found


def separator_starts(ctx: Context, found: Found) -> list[Start]:
    """Titles without a byline after a separator, where each anchor (after the first)
    follows one and no paragraph does."""
    lessons = found.lessons(ctx)
    if lessons is None or not lessons.by_separator:
        return []
    return _set_apart(ctx, lessons, ctx.content.separator_before,
                      lambda p: "title without byline: after a separator, as each article here",
                      "separator")


def gap_starts(ctx: Context, found: Found) -> list[Start]:
    """Titles without a byline after a blank gap as wide as the one usual before the
    anchors, where no paragraph follows one so wide."""
    lessons = found.lessons(ctx)
    if lessons is None or not lessons.by_gap:
        return []
    gaps, usual = ctx.layout.gaps, lessons.usual
    return _set_apart(ctx, lessons, lambda p: gaps[p] >= usual,
                      lambda p: f"title without byline: {gaps[p]} blank lines before it, "
                      "as before each article", "gap")


def topic_starts(ctx: Context, found: Found) -> list[Start]:
    """Titles without a byline that layout cannot tell from sub-headings: a heading set
    apart as the titles are, as long as the document's shortest title and longer than
    most sub-headings, after which the text leaves the article's vocabulary."""
    lessons = found.lessons(ctx)
    if lessons is None or lessons.by_separator or lessons.by_gap:
        return []  # the layout rules decide
    c, layout = ctx.content, ctx.layout
    starts = lessons.anchors
    title_words = [len(" ".join(c.texts[t] for t in st.title).split())
                   for st in starts if st.title]
    shortest = max(_MIN_TOPIC_TITLE_WORDS, min(title_words, default=0))
    last = len(c.index) - 1
    candidates = [
        p for p in lessons.bodies
        if layout.gaps[p] >= lessons.usual and p < last
        and len(c.texts[p].split()) >= shortest
        and heading_like(c.texts[p]) and not runs_on(c, layout, p)
        and ctx.bylines.at(p) is None
    ]
    if not candidates:
        return []
    # Each stretch between two cuts (article starts, candidates) is read once; words
    # never cross lines, so an article's words are the union of its stretches.
    firsts = [st.first for st in starts]
    cuts = sorted(set(firsts) | set(candidates))
    ends = [*cuts[1:], len(c.index)]
    starts_at = set(firsts)
    folded = FoldedLines(c.texts)
    # A candidate's stretch is its own line and the text after it, read apart:
    # the text after it is weighed on its own below.
    after = {k: folded.words(k + 1, e)
             for k, e in zip(cuts, ends, strict=True) if k not in starts_at}
    stretch = {k: (folded.words(k, e) if k in starts_at else folded.words(k, k + 1) | after[k])
               for k, e in zip(cuts, ends, strict=True)}
    so_far: dict[int, frozenset[str]] = {}  # candidate -> words of its article before it
    articles: list[frozenset[str]] = []
    for k in cuts:
        if k in starts_at:
            articles.append(frozenset())
        else:
            so_far[k] = articles[-1]
        articles[-1] |= stretch[k]
    vocab = Vocabularies(articles)
    out = []
    for p in cuts:
        if p in starts_at:
            continue
        before = so_far[p]
        if min(len(before), len(after[p])) < _MIN_TOPIC_WORDS:
            continue
        kept = vocab.carried_over(before, after[p])
        if kept < _TOPIC_SHIFT:
            out.append(Start((p,), (), None, "topic", (
                f"title without byline: its text shares {kept:.0%} of its vocabulary "
                "with the article before (a sub-heading's carries on)")))
    return out


def typeset_starts(ctx: Context, found: Found) -> list[Start]:
    """Articles without a byline whose title is set in larger type than the body."""
    sizes, c = ctx.sizes, ctx.content
    if sizes.body is None or not found.anchors:
        return []
    claimed = {p for st in found.anchors for p in (*st.title, *st.byline)}
    out = []
    p = 0
    while p < len(c.index):
        if p in claimed or not sizes.large(p) or not heading_like(c.texts[p]) or (
                p > 0 and sizes.large(p - 1) and p - 1 not in claimed):
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
    StartRule("format", format_starts, anchors=True),
    StartRule("byline", byline_starts, anchors=True),
    StartRule("separator", separator_starts),
    StartRule("gap", gap_starts),
    StartRule("topic", topic_starts),
    StartRule("typeset", typeset_starts),
    StartRule("whole text", whole_text),
)


def find_starts(ctx: Context, head: Start | None = None,
                rules: Sequence[StartRule] = START_RULES) -> Boundaries:
    """The article starts of a window, in order; ``head`` is the article it opens with
    (found in the window before), which is an anchor."""
    found = Found((head,), (head,), head) if head is not None else Found((), ())
    taken = {head.first} if head is not None else set()
    refused: list[Refusal] = []
    for rule in rules:
        new = []
        for d in rule.find(ctx, found):
            if isinstance(d, Refusal):
                refused.append(d)
            elif d.first not in taken:
                taken.add(d.first)
                new.append(d)
        found = found.plus(new, anchors=rule.anchors)
    starts = sorted(found.starts, key=lambda st: st.first)
    warnings = [NO_BYLINE_WARNING] if any(st.rule == "whole text" for st in starts) else []
    return Boundaries(starts, refused, warnings)
