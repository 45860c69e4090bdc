"""Front matter: a text's first starts and the contents list among its first lines -> the
starts that are front matter (a masthead, a title page, the list's entries), refused."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicons import CONTENTS_LABELS
from ..marking.content import Content
from ..text import label_line
from .rules import Refusal, Start
from .shapes import page_at_end

__all__ = ["contents_entries", "folded", "front_matter", "is_contents_label",
           "numbered_entries"]

_MAX_BEFORE = 2  # starts before a contents list's heading: a masthead, a title page
_MIN_ENTRIES = 3  # a contents list has at least this many lines ending with a page number
# Between two of its numbered lines, at most this many without one: an entry wrapped
# over lines, a section heading, the entry's author, a "Page" column heading.
_MAX_UNNUMBERED = 4
_MAX_PAGE_DIGITS = 5
_MIN_NAMED_CHARS = 8  # a title this long at least, found in a list, is no chance match
# A contents list's heading alone on its line ("TABLE OF CONTENTS", "*Contents.*").
_LABEL = label_line(CONTENTS_LABELS)


def front_matter(c: Content, starts: Sequence[Start]) -> list[Refusal]:
    """Refusals of the ``starts`` (in order) that stand before the end of a contents list
    opening the text: a line "CONTENTS" (lexicons/contents_labels.txt) among the lines
    before the third start, then lines ending with page numbers, or lines up to the next
    start that name the titles of the starts after. Nothing is refused when no start would
    be left after the list."""
    label = _opening_label(c, starts)
    if label is None:
        return []
    end = _list_end(c, label)
    if end is None:
        end = _naming_end(c, label, starts)
    if end is None or all(st.first <= end for st in starts):
        return []
    return [Refusal(st.first, st.rule, "front matter: before the end of the "
                    f"contents list under line {c.index[label] + c.first_line + 1}")
            for st in starts if st.first <= end]


def _opening_label(c: Content, starts: Sequence[Start]) -> int | None:
    """The contents list's heading among the lines before the third of ``starts``."""
    before = starts[_MAX_BEFORE].first if len(starts) > _MAX_BEFORE else len(c.index)
    return next((p for p in range(before) if is_contents_label(c.texts[p])), None)


def contents_entries(c: Content, starts: Sequence[Start]) -> list[tuple[int, str]]:
    """The entries of the contents list with page numbers opening the text (see
    ``front_matter``), each with its line number in the whole text: the text before the
    page number, over the lines an entry wraps to, without the notes in brackets after
    it ("THE WAR (With Map) 205" -> "THE WAR"). None for a list without page numbers."""
    label = _opening_label(c, starts)
    found = numbered_entries(c, label) if label is not None else None
    return [(c.index[p] + c.first_line + 1, entry) for p, entry in found[0]] if found else []


def numbered_entries(c: Content, label: int) -> tuple[list[tuple[int, str]], int] | None:
    """The entries of the contents list with page numbers under ``label`` (each at the
    content position of its first line) and the list's last position; None when the
    lines under it do not end with page numbers as a list's do."""
    end = _list_end(c, label)
    if end is None:
        return None
    out = []
    first = label + 1  # the first line of the entry being read
    for p in range(label + 1, end + 1):
        if c.blank_before(p) and p > first:
            first = p  # an entry wrapped over lines is a paragraph of its own
        t = c.texts[p]
        if page_at_end(t, _MAX_PAGE_DIGITS) is not None:
            lines = [*c.texts[first:p], t.rpartition(" ")[0]]
            out.append((first, " ".join(" ".join(lines).split()).split(" (")[0].strip(" .")))
            first = p + 1
    return out, end


def _naming_end(c: Content, label: int, starts: Sequence[Start]) -> int | None:
    """The last line of a contents list without page numbers under ``label``: the line
    before the first start after it, when the lines up to there name the titles of a
    list's worth of the starts after (a title found again in them, case and punctuation
    aside); None when they name fewer."""
    end = next((st.first for st in starts if st.first > label), None)
    if end is None:
        return None
    listed = folded(" ".join(c.texts[label + 1:end]))
    named = sum(1 for st in starts if st.first >= end and st.title
                and (title := folded(" ".join(c.texts[p] for p in st.title)))
                and len(title) >= _MIN_NAMED_CHARS and title in listed)
    return end - 1 if named >= _MIN_ENTRIES else None


def folded(text: str) -> str:
    """``text`` in lower case, its words alone: what a contents entry and the title it
    names have in common ("The Wind-Mill." and "THE WIND MILL" -> "the wind mill")."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split())


def is_contents_label(text: str) -> bool:
    """Whether ``text`` is a contents list's heading alone ("TABLE OF CONTENTS")."""
    return _LABEL.fullmatch(text) is not None


def _list_end(c: Content, label: int) -> int | None:
    """The last line of the contents list under ``label``: the last of the lines ending
    with a page number that follow it closely; None when fewer than a list's do."""
    last, numbered = None, 0
    p = label + 1
    while p < len(c.index) and p - (last if last is not None else label) <= _MAX_UNNUMBERED + 1:
        if page_at_end(c.texts[p], _MAX_PAGE_DIGITS) is not None:
            last, numbered = p, numbered + 1
        p += 1
    return last if numbered >= _MIN_ENTRIES else None
