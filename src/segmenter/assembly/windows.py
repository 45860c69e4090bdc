"""Windows for streaming: text arriving in chunks -> windows ending at line ends, what
one window hands the next (where it starts, and the article it opens with), and the
article the parts cut by window ends make again."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from ..grammar.bylines import ParsedByline
from ..lines import Lines, line_end, nth_line_end
from ..marking.artifacts import Mark
from ..marking.content import Content
from ..model import Article, Span
from ..starts.rules import CONTINUED, Start
from ..starts.shapes import title_like
from ..text import ends_sentence, starts_upper
from .reflow import Vocabulary, join_lines, keep_hyphen

__all__ = ["DEFAULT_WINDOW", "GROWTH", "MAX_GROWTH", "MIN_LINE_CHARS",
           "MIN_WINDOW_LINES", "Buffer", "Carry", "Head", "carry_open", "carry_over",
           "continued", "head_start", "inherit_marks", "paragraph_cut"]

# Long texts are read in windows of about this many characters, each cut after its
# last complete article: memory follows the window and the largest article, not the
# whole text.
DEFAULT_WINDOW = 128 * 1024
# A window that holds fewer than two articles is read again this many times larger: the
# text read again costs at most 1 / (GROWTH - 1) of the text.
GROWTH = 4
# Windows hold at most one line per this many characters of their size, or
# MIN_WINDOW_LINES lines if that is more: in a flood of short lines, memory follows the
# lines read at once, not their characters.
MIN_LINE_CHARS = 16
MIN_WINDOW_LINES = 32_768
# A window grows at most to this many times its size. An article longer than that (or a
# text without two articles in it) is cut at a paragraph end and read on in the next
# window as the same article: memory stays bounded whatever the text.
MAX_GROWTH = GROWTH
# A paragraph's last line, in text without blank lines, is shorter than this share of
# the longest line near it (and ends a sentence).
_SHORT_LAST_LINE = 0.7


@attrs.frozen
class Head:
    """The article that opens a window, as the window before found it: its title and
    byline lines (counted from the window's first line), the rule that found it and its
    evidence, and what marks its lines had."""

    title: tuple[int, ...]
    byline: tuple[int, ...]
    parsed: ParsedByline | None
    rule: str
    evidence: str
    marks: tuple[tuple[int, Mark], ...]
    extent: int  # characters from the window start to the end of its last line
    named: str | None = None  # its title, when no content line holds it


@attrs.frozen
class Carry:
    """Where a window starts in the whole text, and what it inherits from the one before."""

    offset: int = 0  # characters before the window
    line: int = 0  # lines before the window
    article: int = 0  # articles before the window
    page: int = 1  # page of the window's first line
    after_form_feed: bool = False  # whether a form feed ends the line before it
    paged: bool = False  # whether a form feed was seen before the window's end
    head: Head | None = None
    open: bool = False  # the window opens inside an article the window before left open


def inherit_marks(marks: dict[int, Mark], head: Head | None) -> dict[int, Mark]:
    """The window's artifact marks, its opening article's lines keeping their first
    reading (the window before saw more of the text around them)."""
    if head is None:
        return marks
    last = max((*head.title, *head.byline), default=0)
    kept = {i: m for i, m in marks.items() if i > last}
    kept.update(head.marks)
    return kept


def head_start(content: Content, head: Head | None, *, open_: bool = False) -> Start | None:
    """The article the window before left to this one, at its first line; with ``open_``,
    the rest of the article it left open (no title, no byline)."""
    if open_ and content.index:
        return Start((), (), None, CONTINUED, "the window before ends inside this article",
                     0)
    if head is None:
        return None
    pos = content.position
    return Start(tuple(pos[i] for i in head.title), tuple(pos[i] for i in head.byline),
                 head.parsed, head.rule, head.evidence, 0,  # 0: it opens the window
                 named=head.named)


def carry_over(content: Content, marks: Mapping[int, Mark], carry: Carry, last: Start,
               kept: int) -> Carry:
    """What the next window needs: where it starts (at ``last``, the article this window
    leaves to it), and that article's head; ``kept``: the articles this window made."""
    lines = content.lines
    cut = content.index[last.first]
    head_lines = [content.index[p] for p in (*last.title, *last.byline)]
    end = max(head_lines, default=cut)  # an article with neither title nor byline
    head = Head(tuple(content.index[p] - cut for p in last.title),
                tuple(content.index[p] - cut for p in last.byline),
                last.parsed, last.rule, last.evidence,
                tuple((i - cut, marks[i]) for i in range(cut, end + 1) if i in marks),
                lines.ends[end] - lines.starts[cut], last.named)
    return Carry(carry.offset + lines.starts[cut], carry.line + cut, carry.article + kept,
                 lines.pages[cut], lines.after_form_feeds[cut], content.has_pages, head)


def carry_open(lines: Lines, carry: Carry, cut: int, made: int, paged: bool) -> Carry:
    """What the window after one cut at line ``cut`` inside an article needs: where it
    starts, and that it continues the last of the ``made`` articles (or, with none made,
    the article the window itself continued, if any)."""
    return Carry(carry.offset + lines.starts[cut], carry.line + cut,
                 carry.article + made - 1 if made else carry.article,
                 lines.pages[cut], lines.after_form_feeds[cut], paged, None,
                 open=bool(made) or carry.open)


def paragraph_cut(lines: Lines) -> tuple[int, bool] | None:
    """Where to cut a window inside an article, and whether the cut falls inside a
    paragraph. In the window's second half, the last of: a paragraph after a blank line
    that opens with a line reading as body text (a title there would lose its start);
    a line after a short one that ends a sentence (a paragraph's end in text without
    blank lines); a paragraph after a blank line; else the window's last line, inside a
    paragraph. ``None`` for a window of one line, which cannot be cut."""
    n = len(lines)
    if n < 2:
        return None
    texts, blanks = lines.texts, lines.blanks
    low = max(n // 2, 1)
    short = _SHORT_LAST_LINE * max(map(len, texts[low - 1 :]))
    titled = ended = 0
    for i in range(n - 1, low - 1, -1):
        if blanks[i]:
            continue
        before = texts[i - 1]
        if not before:
            if not title_like(texts[i]):
                return i, False
            titled = titled or i
        elif not ended and len(before) < short and ends_sentence(before) and starts_upper(
                texts[i]):
            ended = i
    if ended or titled:
        return ended or titled, False
    return n - 1, not blanks[n - 2]


class Buffer:
    """Text arriving in chunks, held from the current window's start on."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = iter(chunks)
        self._text = ""
        self._start = 0  # where the current window starts in ``_text``
        self.ended = False  # every chunk has been read

    def _fill(self, size: int) -> None:
        """Read until more than ``size`` characters follow the window start, or the end."""
        have = len(self._text) - self._start
        if have > size or self.ended:
            return
        parts = [self._text[self._start :]]
        while have <= size:
            chunk = next(self._chunks, None)
            if chunk is None:
                self.ended = True
                break
            parts.append(chunk)
            have += len(chunk)
        parts = [p for p in parts if p]
        self._text = parts[0] if len(parts) == 1 else "".join(parts)  # one chunk: no copy
        self._start = 0

    def window(self, size: int) -> tuple[str, bool]:
        """The next window: at least ``size`` characters (fewer only at the end of the
        text, or when it holds more lines than ``MIN_WINDOW_LINES`` and ``size //
        MIN_LINE_CHARS``), up to the end
        of a line; and whether it reaches the end of the text."""
        most = max(MIN_WINDOW_LINES, size // MIN_LINE_CHARS)  # lines
        while True:
            self._fill(size)
            end = line_end(self._text, self._start + size, complete=self.ended)
            if end is not None:
                end = self._line_cap(end, most)
                return self._text[self._start : end], self.ended and end == len(self._text)
            size = len(self._text) - self._start  # no line end yet: read on

    def _line_cap(self, end: int, most: int) -> int:
        """``end``, or the end of the ``most``-th line from the window start when the
        window holds more lines than that (a flood of short lines, whatever ends them)."""
        if end - self._start <= most:
            return end
        capped = nth_line_end(self._text, self._start, end, most)
        return end if capped is None else capped

    def advance(self, n: int) -> None:
        """Move the window start ``n`` characters on."""
        self._start += n


def continued(parts: Sequence[tuple[Article, bool]]) -> Article:
    """One article from its ``parts``, cut where windows ended: the first has its title
    and byline, the others neither; their bodies are made again from their paragraphs.
    Each part comes with whether the cut after it fell inside a paragraph, whose two
    halves are then joined."""
    first, last = parts[0][0], parts[-1][0]
    paragraphs: list[str] = []
    inside = False
    for part, cut_inside in parts:
        more = list(part.paragraphs)
        if inside and paragraphs and more:
            left, right = paragraphs[-1], more.pop(0)
            paragraphs[-1] = _rejoined(left, right)
        paragraphs.extend(more)
        inside = cut_inside
    articles = [part for part, _ in parts]
    return attrs.evolve(
        first, paragraphs=tuple(paragraphs), body="\n\n".join(paragraphs),
        span=Span(first.span.start, last.span.end),
        headings=tuple(h for a in articles for h in a.headings),
        dateline=next((a.dateline for a in articles if a.paragraphs), None),
        urls=tuple(u for a in articles for u in a.urls),
        pages=tuple(sorted({p for a in articles for p in a.pages})),
    )


def _rejoined(left: str, right: str) -> str:
    """The two halves of a paragraph that a window's end cut in two, joined again."""
    vocabulary = Vocabulary(f"{left} {right}")
    return join_lines([left, right], lambda a, b: keep_hyphen(a, b, vocabulary))
