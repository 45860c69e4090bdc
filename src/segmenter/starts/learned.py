"""Learned start rules: the articles found by their bylines (the anchors) -> the titles
without a byline set apart from the text the way the anchors are (a separator, a blank
gap as wide), or, where layout cannot tell, after which the vocabulary changes (the
spaced rule, for windows with too few anchors to learn from, is in ``spaced``)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable

import attrs

from ..grammar.sources import closing_source
from ..marking.artifacts import caption_words
from ..marking.content import Content
from .credit_heads import credit_line
from .rules import Context, Found, Start
from .shapes import (
    MAX_TITLE_LINES,
    continues_title,
    heading_like,
    is_prose,
    part_number,
    runs_on,
    title_like,
)
from .topics import FoldedLines, Vocabularies

__all__ = [
    "FILLER",
    "MIN_LEARNED_STARTS",
    "MIN_OBSERVED",
    "MIN_PROSE_CHARS",
    "Lessons",
    "credited_fillers",
    "filler",
    "full_width_open",
    "gap_starts",
    "lessons_of",
    "separator_starts",
    "topic_starts",
    "wrapped_title",
]

# Articles found by their bylines needed before their layout teaches anything.
MIN_LEARNED_STARTS = 3
# One blank line sets off sub-headings as often as titles: it proves nothing alone.
_MIN_ARTICLE_GAP = 2
# Paragraph gaps to observe before the gap rule may say anything.
MIN_OBSERVED = 3
_MAX_FILLER_LINES = 12  # an untitled filler item between two separators is this short
# Distinct words each side needs before their overlap says anything about topic.
_MIN_TOPIC_WORDS = 15
# Sub-headings are mostly one to three words ("Background", "What comes next"): a title
# recognised by its topic alone must be longer (and as long as the document's shortest).
_MIN_TOPIC_TITLE_WORDS = 4
# Below this share of carried-over vocabulary, the text after a heading is a new topic.
_TOPIC_SHIFT = 0.1
# A first article's text holds at least one sentence-ending line this long.
MIN_PROSE_CHARS = 40
# A line this share of the wrap width long, open at its end, is a wrapped line of text.
_FULL_WIDTH = 0.9
_TITLE_CLOSE = "?!:\"'”’)"  # how a long title may end
FILLER = "untitled item: a paragraph between two separators, crediting its source"
_CREDIT_LINES = 3  # a credit closing a filler item is in its last lines
_MAX_CAPTION_TITLE_WORDS = 8  # a caption printed as a heading is short
_MIN_TEXT_LINES = 3  # the text under a title: at least this many lines


@attrs.frozen(eq=False)
class Lessons:
    """How the anchors (articles found by their bylines) are set apart from the text."""

    anchors: tuple[Start, ...]
    bodies: list[int]  # their body lines after the first of each
    by_separator: bool  # a separator before each of them and before no paragraph
    by_gap: bool  # a gap as wide as theirs before no paragraph
    usual: int  # the blank lines usual before their titles


def lessons_of(ctx: Context, found: Found) -> Lessons | None:
    """What the anchors teach, when there are enough of them to teach anything."""
    if len(found.anchors) < MIN_LEARNED_STARTS:
        return None
    return found.learned(_learn, ctx)


def _learn(ctx: Context, anchors: tuple[Start, ...]) -> Lessons:
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

    by_separator = _by_separator(c, later, lines, prose)
    usual = sorted(gaps[p] for p in later)[len(later) // 2]
    pictured = c.after_artifacts("caption")  # text under a picture its heading may be
    by_gap = (
        usual >= _MIN_ARTICLE_GAP
        and not any(gaps[p] >= usual and p not in pictured and prose(p) for p in lines)
        and len(list(itertools.islice(filter(prose, lines), MIN_OBSERVED))) == MIN_OBSERVED
    )
    return Lessons(anchors, bodies, by_separator, by_gap, usual)


def _by_separator(c: Content, later: list[int], lines: list[int],
                  prose: Callable[[int], bool]) -> bool:
    """A separator stands before each of the ``later`` anchors and before none of the
    paragraphs among ``lines`` but untitled filler items."""
    closing = sorted(c.after_artifacts("separator"))
    return all(_after_separator(c, p) for p in later) and not any(
        c.separator_before(p) and prose(p) and not filler(closing, p) for p in lines)


def _after_separator(c: Content, p: int) -> bool:
    """A separator stands right before line ``p``, or before the source credit standing
    over it ("[NATURE.]" over a title)."""
    return c.separator_before(p) or (
        p > 0 and c.separator_before(p - 1) and credit_line(c, p - 1) is not None)


def credited_fillers(ctx: Context, lines: Iterable[int], separators: list[int], *,
                     prose: bool) -> list[Start]:
    """The untitled items among ``lines``: a paragraph that is a filler item (``filler``;
    ``separators``: the content positions after each) and closes crediting its source
    ("...three times a day.--_Medical Record_."), a piece of its own, reprinted, not a
    part of the article before it. With ``prose``, one showing itself running text only
    (the caller has not set headings apart)."""
    c = ctx.content
    out = []
    for p in lines:
        if not filler(separators, p) or (prose and not is_prose(c, ctx.layout, p)):
            continue
        end = separators[bisect.bisect_left(separators, p) + 1]
        if closing_source(" ".join(c.texts[max(p, end - _CREDIT_LINES) : end])) is not None:
            out.append(Start((), (), None, "", FILLER, p))
    return out


def filler(separators: list[int], p: int) -> bool:
    """Whether the paragraph at ``p`` is an untitled filler item: a separator stands
    before it (``separators``: the content positions after each, in order) and the next
    comes within a few lines, where a scene break's text runs on."""
    k = bisect.bisect_left(separators, p)
    return (k + 1 < len(separators) and separators[k] == p
            and separators[k + 1] - p <= _MAX_FILLER_LINES)


def _opens_with_article(ctx: Context, first: int, apart: bool) -> bool:
    """Whether the text before the first anchor, at content ``first``, is an article.

    It is when it is set ``apart`` from that article the way articles are set apart
    here, opens with a title-like line and holds running prose; otherwise it is preamble.
    """
    c = ctx.content
    if first < 2 or not title_like(c.texts[0]) or not apart:
        return False
    prose = sum(1 for p in range(1, first) if c.ends[p] and c.lengths[p] > MIN_PROSE_CHARS)
    return prose >= 1 and ctx.bylines.at(0) is None


def _may_title(ctx: Context, p: int) -> bool:
    """Heading-like body line ``p`` may be a title: not a paragraph's first line nor a
    byline."""
    c = ctx.content
    if runs_on(c, ctx.layout, p) and not continues_title(c, p, p + 1):
        return False  # a paragraph's first line, not a title
    if full_width_open(ctx, p):
        return False  # a line of a paragraph after a page break or a wide gap
    if part_number(c.texts[p]):
        return False  # a part's number ("V."): a sub-heading of the article
    return ctx.bylines.at(p) is None


def full_width_open(ctx: Context, p: int) -> bool:
    """Line ``p`` runs to the wrap width and ends inside a sentence, the next line going
    on: a wrapped line of running text, which no title is."""
    c = ctx.content
    t = c.texts[p]
    return (p + 1 < len(c.index) and len(t) >= _FULL_WIDTH * ctx.layout.width
            and not c.ends[p] and t[-1:] not in _TITLE_CLOSE)


def wrapped_title(ctx: Context, p: int) -> list[int]:
    """The title opening at ``p`` and the lines it surely wraps into."""
    c = ctx.content
    title = [p]
    nxt = p + 1
    while (nxt < len(c.index) and len(title) < MAX_TITLE_LINES
           and ctx.layout.gaps[nxt] == 0 and title_like(c.texts[nxt], continuation=True)
           and continues_title(c, title[-1], nxt)):
        title.append(nxt)
        nxt += 1
    return title


def _set_apart(ctx: Context, lessons: Lessons, apart: Callable[[int], bool],
               reason: Callable[[int], str], rule: str) -> list[Start]:
    """Titles without a byline that stand ``apart`` as the anchors do (learned rules)."""
    first = lessons.anchors[0].first
    before = _before_anchors(ctx, first, apart)
    found = []
    if _opens_with_article(ctx, before[0] if before else first, apart(first)):
        found.append(Start((0,), (), None, rule, "first article, without byline: set apart "
                           "from the next as articles are here"))
    c = ctx.content
    last = len(c.index) - 1
    upper, texts = c.upper, c.texts
    found.extend(Start(tuple(wrapped_title(ctx, p)), (), None, rule, reason(p)) for p in before)
    pictured = c.after_artifacts("caption")
    for p in lessons.bodies:
        if p < last and upper[p] and heading_like(texts[p]) and _may_title(ctx, p) and apart(p):
            title = wrapped_title(ctx, p)
            if title[-1] + 1 < len(ctx.content.index):
                found.append(Start(tuple(title), (), None, rule, reason(p)))
        elif p in pictured and apart(p) and (named := _caption_title(ctx, p)):
            found.append(Start((), (), None, rule, f"{reason(p)}; titled by the caption "
                               "above it", p, named=named))
    return found


def _before_anchors(ctx: Context, first: int, apart: Callable[[int], bool]) -> list[int]:
    """The titles before the first anchor (at content ``first``) that stand ``apart`` as
    the anchors do, each over text of its own (a masthead's lines and a contents list's
    entries hold none: they are preamble)."""
    c = ctx.content
    heads = [p for p in range(1, first - 1) if c.upper[p] and heading_like(c.texts[p])
             and apart(p) and _may_title(ctx, p)]
    ends = [*heads[1:], first]
    return [p for p, end in zip(heads, ends, strict=False)
            if _holds_text(c, wrapped_title(ctx, p)[-1] + 1, end)]


def _holds_text(c: Content, begin: int, end: int) -> bool:
    """Content lines ``begin`` to ``end`` hold text, prose or verse: a few lines not in
    capitals, one of them closing a sentence."""
    lines = [p for p in range(begin, end) if not c.texts[p].isupper()]
    return len(lines) >= _MIN_TEXT_LINES and any(c.ends[p] for p in lines)


def _caption_title(ctx: Context, p: int) -> str | None:
    """The heading a picture prints over the text at ``p`` ("[Illustration: OUR
    POST-OFFICE BOX.]"): a caption in capitals, a heading of a few words and no number,
    over a paragraph."""
    words = caption_words(ctx.content.caption_before(p))
    if (not words.isupper() or len(words.split()) > _MAX_CAPTION_TITLE_WORDS
            or any(ch.isdigit() for ch in words) or not heading_like(words)):
        return None
    return words if is_prose(ctx.content, ctx.layout, p) else None


def separator_starts(ctx: Context, found: Found) -> list[Start]:
    """Titles without a byline after a separator, where each anchor (after the first)
    follows one and no paragraph does but an untitled filler item's (which starts an
    untitled article: it is no part of the article before)."""
    lessons = lessons_of(ctx, found)
    if lessons is None or not lessons.by_separator:
        return []
    c = ctx.content
    closing = sorted(c.after_artifacts("separator"))
    fillers = [attrs.evolve(st, rule="separator")
               for st in credited_fillers(ctx, lessons.bodies, closing, prose=True)]
    return sorted([*fillers, *_set_apart(
        ctx, lessons, lambda p: _after_separator(c, p),
        lambda p: "title without byline: after a separator, as each article here",
        "separator")], key=lambda st: st.first)


def gap_starts(ctx: Context, found: Found) -> list[Start]:
    """Titles without a byline after a blank gap as wide as the one usual before the
    anchors, where no paragraph follows one so wide."""
    lessons = lessons_of(ctx, found)
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
    lessons = lessons_of(ctx, found)
    if lessons is None or lessons.by_separator or lessons.by_gap:
        return []  # the layout rules decide
    candidates = _topic_candidates(ctx, lessons)
    if not candidates:
        return []
    out = []
    for p, kept in _carried_over(ctx, lessons, candidates):
        if kept < _TOPIC_SHIFT:
            out.append(Start((p,), (), None, "topic", (
                f"title without byline: its text shares {kept:.0%} of its vocabulary "
                "with the article before (a sub-heading's carries on)")))
    return out


def _topic_candidates(ctx: Context, lessons: Lessons) -> list[int]:
    """Body lines set apart as the titles are, long enough, heading-like, not bylines."""
    c, layout = ctx.content, ctx.layout
    title_words = [len(" ".join(c.texts[t] for t in st.title).split())
                   for st in lessons.anchors if st.title]
    shortest = max(_MIN_TOPIC_TITLE_WORDS, min(title_words, default=0))
    last = len(c.index) - 1
    return [
        p for p in lessons.bodies
        if layout.gaps[p] >= lessons.usual and p < last
        and len(c.texts[p].split()) >= shortest
        and heading_like(c.texts[p]) and not runs_on(c, layout, p)
        and not ctx.sizes.filled(p) and ctx.bylines.at(p) is None
        # a line left unfinished, or finishing the line before, is running text
        and not continues_title(c, p, p + 1) and not continues_title(c, p - 1, p)
        and not ctx.sizes.continues(p)
    ]


def _carried_over(ctx: Context, lessons: Lessons,
                  candidates: list[int]) -> list[tuple[int, float]]:
    """For each candidate with enough words before and after it, the share of its
    article's vocabulary so far that the text after it carries on."""
    c = ctx.content
    # Each stretch between two cuts (article starts, candidates) is read once; words
    # never cross lines, so an article's words are the union of its stretches.
    firsts = [st.first for st in lessons.anchors]
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
    # First the words of each article, for how many articles use each word; then each
    # article with candidates read again, its words so far grown in place (a copy of
    # them kept for each candidate cost time and memory quadratic in the candidates).
    groups: list[list[int]] = []  # the cuts of each article, its start first
    for k in cuts:
        if k in starts_at:
            groups.append([k])
        else:
            groups[-1].append(k)
    vocab = Vocabularies(stretch[g[0]] if len(g) == 1 else set().union(*(stretch[k] for k in g))
                         for g in groups)
    out = []
    for g in groups:
        if len(g) == 1:
            continue  # no candidate in this article
        so_far = set(stretch[g[0]])  # the words of the article so far
        for k in g[1:]:
            if min(len(so_far), len(after[k])) >= _MIN_TOPIC_WORDS:
                out.append((k, vocab.carried_over(so_far, after[k])))
            so_far.update(stretch[k])
    return out
