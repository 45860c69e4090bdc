"""Content lines: a window's lines and artifact marks -> the lines left for articles, with
what every later stage asks of each of them, computed once."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

import attrs

from ..lines import Lines
from ..model import Span
from ..text import FOOTNOTE_ANCHOR, ends_sentences, first_letters
from .artifacts import Mark, inline_page_markers

_EMPHASIS = "*_"  # a transcription's bold and italic marks
_MAX_WRAPPED = 160  # a line wrapped whole in emphasis: a heading or a byline, short
_HEADING_MARK, _MAX_HEADING_LEVEL = "#", 6  # a Markdown heading: "# " to "###### "
_MARKUP = _EMPHASIS + _HEADING_MARK  # what a line may open with that is no text

__all__ = ["Content", "read_content"]

_NO_MARK = Mark("", "")


@attrs.frozen(eq=False)
class Content:
    """The lines of one window that are neither blank nor marked as artifacts.

    They are addressed by *content position* (0 for the first content line); ``index``
    maps a position to its line index in ``lines``. The lists after ``position`` are
    flags of each content line, by position.
    """

    text: str  # the window's text
    lines: Lines
    marks: Mapping[int, Mark]  # line index -> why it is an artifact
    offset: int  # characters of the whole text before the window
    first_line: int  # lines of the whole text before the window
    has_pages: bool  # the text holds a form feed (pages are known)
    index: list[int]  # content position -> line index
    texts: list[str]  # stripped text of each content line
    position: dict[int, int]  # line index -> content position
    ends: list[bool]  # a sentence ends with the line
    lower: list[bool]  # it starts lower case
    upper: list[bool]  # it starts with a capital or a digit
    lengths: list[int]  # its stripped text's length
    indented: list[bool]  # blanks stand before its text
    # line index -> the page markers taken out of its text ("{346}"), each as (start,
    # end, page number) in the line's stripped text
    inline: dict[int, list[tuple[int, int, int]]] = attrs.field(factory=dict)
    # line index -> where its text starts after the body label taken out of it ("Full
    # text: ..."): the label is a field, the rest the body's first line
    labels: dict[int, int] = attrs.field(factory=dict)

    def __len__(self) -> int:
        return len(self.index)

    def span(self, start: int, end: int) -> Span:
        """A span in the whole text from offsets in this window."""
        return Span(start + self.offset, end + self.offset)

    def before(self, pos: int) -> range:
        """Indexes of the lines between content ``pos`` and the content line before it."""
        return range(self.index[pos - 1] + 1 if pos > 0 else 0, self.index[pos])

    def separated_before(self, pos: int) -> bool:
        """True when an artifact (separator, page break) stands right before ``pos``."""
        marks = self.marks
        return not marks.keys().isdisjoint(self.before(pos))  # in C: no generator

    def blank_before(self, pos: int) -> bool:
        """True when a blank line stands between content ``pos`` and the line before."""
        blanks = self.lines.blanks
        return any(blanks[i] for i in self.before(pos))

    def separator_before(self, pos: int) -> bool:
        """True when a separator line stands right before content ``pos``."""
        marks = self.marks
        return any(marks.get(k, _NO_MARK).kind == "separator" for k in self.before(pos))

    def after_artifacts(self, kind: str | None = None) -> set[int]:
        """The content positions right after an artifact (of ``kind``, if given), all at
        once: read off the marks, not asked line by line as ``separated_before`` is."""
        index = self.index
        return {bisect.bisect_right(index, i) for i, m in self.marks.items()
                if kind is None or m.kind == kind}

    def caption_before(self, pos: int) -> str:
        """The text of the caption right before content ``pos`` (its lines joined), or ""
        when the line before it is no caption's."""
        texts, blanks, marks = self.lines.texts, self.lines.blanks, self.marks
        block: list[str] = []
        for k in reversed(self.before(pos)):
            if marks.get(k, _NO_MARK).kind == "caption":
                block.append(texts[k])
            elif block or not blanks[k]:
                break
        return " ".join(reversed(block))

    def page_break_before(self, pos: int) -> bool:
        """True when a form feed or an artifact stands between ``pos`` and the line before."""
        return self.new_page(pos) or self.separated_before(pos)

    def new_page(self, pos: int) -> bool:
        """True when a form feed stands between ``pos`` and the line before: a page
        break, whatever furniture stands beside it."""
        feeds = self.lines.after_form_feeds
        return feeds[self.index[pos]] or any(feeds[k] for k in self.before(pos))

    def page(self, i: int) -> int | None:
        """The page of line ``i``, when the text has pages."""
        return self.lines.pages[i] if self.has_pages else None


def _unwrapped(text: str) -> str:
    """``text`` without a Markdown heading's marks ("## The Bridge"), the emphasis a
    transcription wraps a whole line in ("*By H.G. Wells.*", "_Letters_", "**Bold**"),
    and a footnote anchor after it ("*Open Letter*[A]")."""
    if len(text) > _MAX_WRAPPED:
        return text
    if text[0] == _HEADING_MARK:
        level = len(text) - len(text.lstrip(_HEADING_MARK))
        if level > _MAX_HEADING_LEVEL or text[level : level + 1] != " " or not text[level:].strip():
            return text  # "#hashtag", "#######": no heading
        text = text[level:].strip()
        if text[0] not in _EMPHASIS:
            return text
    t: str = FOOTNOTE_ANCHOR.sub("", text)
    mark = t[0] * (2 if t[:2] == t[0] * 2 and t[-2:] == t[0] * 2 else 1)  # "**Bold**"
    inner = t[len(mark) : -len(mark)]
    if len(t) > 2 * len(mark) and t.endswith(mark) and mark[0] not in inner and inner.strip():
        return inner.strip()  # never empty: "* *" is two marks, not emphasis around nothing
    return text


def _inline_markers(index: list[int], texts: list[str]) -> dict[int, list[tuple[int, int, int]]]:
    """Take a transcription's page markers out of the ``texts`` of the content lines
    (``index``: their line indexes), the words on each side joined by one space; what
    was taken out of each line, by line index."""
    found = {}
    for k, t in enumerate(texts):
        if "{" not in t and "[" not in t:
            continue  # most lines: the test before the pattern, without a call
        markers = inline_page_markers(t)
        if not markers:
            continue
        kept, at = "", 0
        for start, end, _ in markers:
            kept = _joined(kept, t[at:start])
            at = end
        kept = _joined(kept, t[at:])
        if kept:  # markers alone on a line are page numbers, marked before
            texts[k] = kept
            found[index[k]] = markers
    return found


def _joined(left: str, right: str) -> str:
    """Two parts of a line around a page marker, one space between them."""
    left, right = left.rstrip(), right.lstrip()
    return f"{left} {right}" if left and right else left or right


def _unlabelled(index: list[int], texts: list[str], labels: Mapping[int, int],
                marks: Mapping[int, Mark]) -> dict[int, int]:
    """Take the body labels out of the ``texts`` of the content lines (``index``: their
    line indexes; ``labels``: where each labelled line's text goes on); the labels of
    lines that are content, by line index."""
    kept = {i: at for i, at in labels.items() if i not in marks}
    for k, i in enumerate(index) if kept else ():
        if i in kept:
            texts[k] = texts[k][kept[i] :]
    return kept


def read_content(text: str, lines: Lines, marks: Mapping[int, Mark], *, offset: int = 0,
                 first_line: int = 0, has_pages: bool = False,
                 labels: Mapping[int, int] | None = None) -> Content:
    """The content lines of a window whose ``lines`` carry ``marks``; ``labels``: where
    the text of a line goes on after the body label opening it, by line index."""
    index = [i for i, blank in enumerate(lines.blanks) if not blank and i not in marks]
    texts = list(map(lines.texts.__getitem__, index))
    raws = lines.raws
    # leading blanks: the raw line starts otherwise than its stripped text
    indented = [raws[i][0] != t[0] for i, t in zip(index, texts, strict=True)]
    labels = _unlabelled(index, texts, labels or {}, marks)  # after: a label indents nothing
    inline = _inline_markers(index, texts)
    texts = [_unwrapped(t) if t[0] in _MARKUP else t for t in texts]
    letters = first_letters(texts)
    return Content(
        text=text,
        lines=lines,
        marks=marks,
        offset=offset,
        first_line=first_line,
        has_pages=has_pages,
        index=index,
        texts=texts,
        position=dict(zip(index, range(len(index)), strict=True)),
        ends=ends_sentences(texts),
        lower=[c.islower() for c in letters],
        upper=[c.isupper() or c.isdigit() for c in letters],
        lengths=list(map(len, texts)),
        indented=indented,
        inline=inline,
        labels=labels,
    )
