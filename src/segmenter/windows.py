"""Windows for streaming: text arriving in chunks -> windows ending at line ends, and what
one window hands the next (where it starts, and the article it opens with)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from .artifacts import Mark
from .bylines import ParsedByline
from .content import Content
from .lines import line_end
from .starts import Start

__all__ = ["DEFAULT_WINDOW", "GROWTH", "Buffer", "Carry", "Head", "carry_over", "head_start",
           "inherit_marks"]

# Long texts are read in windows of about this many characters, each cut after its
# last complete article: memory follows the window and the largest article, not the
# whole text.
DEFAULT_WINDOW = 128 * 1024
# A window that holds fewer than two articles is read again this many times larger: the
# text read again costs at most 1 / (GROWTH - 1) of the text.
GROWTH = 4


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


def inherit_marks(marks: dict[int, Mark], head: Head | None) -> dict[int, Mark]:
    """The window's artifact marks, its opening article's lines keeping their first
    reading (the window before saw more of the text around them)."""
    if head is None:
        return marks
    last = max((*head.title, *head.byline))
    kept = {i: m for i, m in marks.items() if i > last}
    kept.update(head.marks)
    return kept


def head_start(content: Content, head: Head | None) -> Start | None:
    """The article the window before left to this one, at its first line."""
    if head is None:
        return None
    pos = content.position
    return Start(tuple(pos[i] for i in head.title), tuple(pos[i] for i in head.byline),
                 head.parsed, head.rule, head.evidence)


def carry_over(content: Content, marks: Mapping[int, Mark], carry: Carry, last: Start,
               kept: int) -> Carry:
    """What the next window needs: where it starts (at ``last``, the article this window
    leaves to it), and that article's head; ``kept``: the articles this window made."""
    lines = content.lines
    cut = content.index[last.first]
    head_lines = [content.index[p] for p in (*last.title, *last.byline)]
    end = max(head_lines)
    head = Head(tuple(content.index[p] - cut for p in last.title),
                tuple(content.index[p] - cut for p in last.byline),
                last.parsed, last.rule, last.evidence,
                tuple((i - cut, marks[i]) for i in range(cut, end + 1) if i in marks),
                lines.ends[end] - lines.starts[cut])
    return Carry(carry.offset + lines.starts[cut], carry.line + cut, carry.article + kept,
                 lines.pages[cut], lines.after_form_feeds[cut], content.has_pages, head)


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
        text), up to the end of a line; and whether it reaches the end of the text."""
        while True:
            self._fill(size)
            end = line_end(self._text, self._start + size, complete=self.ended)
            if end is not None:
                return self._text[self._start : end], self.ended and end == len(self._text)
            size = len(self._text) - self._start  # no line end yet: read on

    def advance(self, n: int) -> None:
        """Move the window start ``n`` characters on."""
        self._start += n
