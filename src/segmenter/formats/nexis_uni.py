"""Nexis Uni: the text of a Nexis Uni export (its DOCX read one paragraph a line) -> each
document's start, with its title, outlet and date lines, and the trailers as artifacts.

Each document opens with its title, the publication, a date line (a weekday and an
edition may follow the date) and often a copyright line; then labelled fields
("Section:", "Length:", "Byline:", "Dateline:"), "Body", the paragraphs, more fields
("Load-Date:") and the line "End of Document". A cover and a list of the titles may
come first: they are the preamble.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from ..grammar.bylines import ParsedByline
from ..grammar.dates import find_dates
from ..lines import Lines
from ..marking.artifacts import Mark
from ..marking.fields import FieldLine
from ..starts.rules import Context, Start
from ..text import COPYRIGHT_LINE

__all__ = ["NexisUni"]

_END = "end of document"
_TRAILER = Mark("boilerplate", "Nexis Uni: the end of a document")
_COPYRIGHT = Mark("boilerplate", "Nexis Uni: the publication's copyright line")
# The field that opens a document's labelled block. Bound: anchored literals.
_FIRST_FIELD = regex.compile(r"(?:section|length|byline|dateline|body)\b", regex.IGNORECASE)
_HEAD = 6  # the title, outlet and date lines are among the content lines this close above


class NexisUni:
    """Reads a Nexis Uni export (see the module note)."""

    name = "nexis-uni"

    def recognise(self, head: str) -> bool:
        """An "End of Document" line, or a "Length:" field above a "Body" line."""
        folded = head.casefold()
        return "\nend of document" in folded or (
            "\nlength:" in folded and "\nbody\n" in folded and "\nload-date:" in folded)

    def marks(self, lines: Lines) -> dict[int, Mark]:
        """The "End of Document" lines, and each document's copyright line."""
        texts = lines.texts
        out = {i: _TRAILER for i, t in enumerate(texts) if t.casefold() == _END}
        for i in _field_openers(texts):
            for k in range(max(0, i - 2), i):
                if COPYRIGHT_LINE.match(texts[k]):
                    out[k] = _COPYRIGHT
        return out

    def fields(self, lines: Lines) -> list[FieldLine]:
        """None: the generic field reader sees this format's fields."""
        return []

    def starts(self, ctx: Context) -> Sequence[Start]:
        """Each document's head above its first field: title, outlet and date lines."""
        c = ctx.content
        out = []
        for i in _field_openers(c.lines.texts):
            # the content lines above, however many blank or marked lines stand between
            # (the DOCX puts a blank line between paragraphs; the copyright line is marked)
            first = bisect.bisect_left(c.index, i)
            found = _head(c.texts, list(range(max(0, first - _HEAD), first)))
            if found is not None:
                out.append(found)
        return out


def _field_openers(texts: list[str]) -> list[int]:
    """The line of each document's first field: a field line after a line that is none."""
    return [i for i, t in enumerate(texts)
            if _FIRST_FIELD.match(t) and ":" in t[:12]
            and not (i > 0 and _FIRST_FIELD.match(texts[i - 1]))]


def _head(texts: list[str], head: list[int]) -> Start | None:
    """The document start that the content lines ``head`` (above its first field) make:
    the last line holding a date is the date line, the one above it the outlet, the one
    above that the title."""
    dated = [p for p in head if find_dates(texts[p])]
    if not dated or dated[-1] - 2 not in head:
        return None
    date_at = dated[-1]
    outlet_at, title_at = date_at - 1, date_at - 2
    found = find_dates(texts[date_at])
    parsed = ParsedByline(outlet=texts[outlet_at], date=found[0].date)
    return Start((title_at,), (outlet_at, date_at), parsed, "format",
                 "Nexis Uni document: title, publication and date above its fields")
