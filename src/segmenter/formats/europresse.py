"""Europresse: the text of a Europresse export -> each document's start, with its
publication, date, title and author, and the closing lines of each as artifacts.

A document opens with the publication, a date line ("Le Quotidien, mardi 14 mars
2006, p. 16", or the date alone), perhaps a section, the title and perhaps the author;
the text follows, and the document closes with a copyright line ("© 2012 Le Quotidien.
Tous droits réservés."), its number ("Numéro de document : news·20121004·...") and a
certificate line ("Ce certificat est émis à ...").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..artifacts import Mark
from ..bylines import ParsedByline
from ..dates import find_dates
from ..lines import Lines
from ..names import split_people
from ..starts import Context, Start

__all__ = ["Europresse"]

# The lines that close a document. Bound: anchored literals, one capped digit run.
_CLOSING = regex.compile(
    r"(?:num[ée]ro\s+de\s+document\s*:|ce\s+certificat\s+est\s+[ée]mis"
    r"|©\s*\d{4}\s.{1,80}?tous\s+droits\s+r[ée]serv[ée]s)",
    regex.IGNORECASE)
_END = Mark("boilerplate", "Europresse: the lines that close a document")
_MAX_HEAD = 6  # publication, date, section, title and author lines
_MAX_HEAD_LINE = 160  # each of them short


class Europresse:
    """Reads a Europresse export (see the module note)."""

    name = "europresse"

    def recognise(self, head: str) -> bool:
        """A document number line, or a certificate line, Europresse prints."""
        folded = head.casefold()
        return "numéro de document" in folded or "ce certificat est émis" in folded

    def marks(self, lines: Lines) -> dict[int, Mark]:
        """Each document's closing lines."""
        return {i: _END for i, t in enumerate(lines.texts) if t and _CLOSING.match(t)}

    def starts(self, ctx: Context) -> Sequence[Start]:
        """Each document after the closing lines of the one before (the first at the
        window's first line): its head read by ``_head``."""
        c = ctx.content
        texts = c.lines.texts
        firsts = [0] if c.index else []
        for i, t in enumerate(texts):
            if t and _CLOSING.match(t):
                k = c.position.get(i + 1)
                while k is None and i + 1 < len(texts) and (not texts[i + 1] or _CLOSING.match(
                        texts[i + 1])):
                    i += 1
                    k = c.position.get(i + 1)
                if k is not None:
                    firsts.append(k)
        out = []
        for k in sorted(set(firsts)):
            start = _head(c.texts, k, len(c.index))
            if start is not None:
                out.append(start)
        return out


def _title_author(texts: list[str], rest: list[int]) -> tuple[int, int | None]:
    """The title and author lines among the head lines after the date line: the title
    first, an author line of people after it; a section may stand above the title."""
    if len(rest) >= 2 and split_people(texts[rest[1]]):
        return rest[0], rest[1]
    if len(rest) >= 3 and split_people(texts[rest[2]]):
        return rest[1], rest[2]
    return rest[0], None


def _head(texts: list[str], k: int, n: int) -> Start | None:
    """The start of the document whose first content line is ``k``: its publication, a
    date line among the next two, then a section, the title and an author."""
    head = [p for p in range(k, min(k + _MAX_HEAD, n)) if len(texts[p]) <= _MAX_HEAD_LINE]
    dated = next((p for p in head[1:3] if find_dates(texts[p])), None)
    if dated is None:
        return None
    rest = [p for p in head if p > dated]
    if not rest:
        return None
    title, author = _title_author(texts, rest)
    found = find_dates(texts[dated])
    people = split_people(texts[author]) if author is not None else None
    parsed = ParsedByline(authors=people or (), outlet=texts[k], date=found[0].date)
    byline = (k, *range(k + 1, title), *((author,) if author is not None else ()))
    return Start((title,), byline, parsed, "format",
                 "Europresse document: publication and date lines above its title")
