"""Europresse: the text of a Europresse export -> each document's start, with its
publication, date, title and author, and the closing lines of each as artifacts.

A document opens with the publication, a date line ("Le Quotidien, mardi 14 mars
2006, p. 16", or the date alone), perhaps a section, the title and perhaps the author;
the text follows, and the document closes with a copyright line ("© 2012 Le Quotidien.
Tous droits réservés."), its number ("Numéro de document : news·20121004·...", and the
number again alone), a certificate line ("Ce certificat est émis à ..."), the
certificate's date ("Date d'émission : ...") and a legal notice ("Le présent document
est protégé ...").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from ..grammar.bylines import ParsedByline
from ..grammar.dates import find_dates
from ..grammar.names import field_people
from ..lines import Lines
from ..marking.artifacts import Mark
from ..marking.content import Content
from ..marking.fields import FieldLine
from ..starts.layout import TypeSizes
from ..starts.rules import Context, Start

__all__ = ["Europresse"]

# The lines that close a document: copyright, its number (with its label or alone),
# the certificate, its date and the legal notice. Bound: anchored literals, capped
# runs; the lazy run before "tous droits" is capped at 80 characters.
_CLOSING = regex.compile(
    r"(?:num[ée]ro\s+de\s+document\s*:|ce\s+certificat\s+est\s+[ée]mis"
    r"|date\s+d'[ée]mission\s*:|le\s+pr[ée]sent\s+document\s+est\s+prot[ée]g[ée]"
    r"|\w{1,20}·\d{8}·\S{1,60}$"
    r"|©\s*\d{4}\s.{1,80}?tous\s+droits\s+r[ée]serv[ée]s)",
    regex.IGNORECASE)
# A note above a document's closing lines. Bound: anchored literals.
_NOTE = regex.compile(r"(?:note|illustration)\(s\)\s{0,3}:", regex.IGNORECASE)
_NOTE_MARK = Mark("field", "Europresse: a note above the lines that close a document")
_END = Mark("boilerplate", "Europresse: the lines that close a document")
_MAX_HEAD = 6  # publication, date, section, title and author lines
_MAX_HEAD_LINE = 160  # each of them short
_MAX_RUBRICS = 2  # rubric lines between the date line and a title set apart


class Europresse:
    """Reads a Europresse export (see the module note)."""

    name = "europresse"

    def recognise(self, head: str) -> bool:
        """A document number line, or a certificate line, Europresse prints."""
        folded = head.casefold()
        return "numéro de document" in folded or "ce certificat est émis" in folded

    def marks(self, lines: Lines) -> dict[int, Mark]:
        """Each document's closing lines, and a note Europresse prints right above them
        ("Note(s) : ...")."""
        texts = lines.texts
        out = {i: _END for i, t in enumerate(texts) if t and _CLOSING.match(t)}
        for i in list(out):
            k = i - 1
            while k > 0 and not texts[k]:
                k -= 1
            if k >= 0 and k not in out and _NOTE.match(texts[k]):
                out[k] = _NOTE_MARK
        return out

    def fields(self, lines: Lines) -> list[FieldLine]:
        """None: the generic field reader sees this format's fields."""
        return []

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
        firsts = sorted(set(firsts))
        for k, end in zip(firsts, [*firsts[1:], len(c.index)], strict=False):
            start = _head(c, k, end, ctx.sizes)
            if start is not None:
                out.append(start)
        return out


def _title_author(texts: list[str], rest: list[int]) -> tuple[int, int | None]:
    """The title and author lines among the head lines after the date line: the title
    first, an author line of people after it; a section may stand above the title."""
    if len(rest) >= 2 and field_people(texts[rest[1]]):
        return rest[0], rest[1]
    if len(rest) >= 3 and field_people(texts[rest[2]]):
        return rest[1], rest[2]
    return rest[0], None


def _from_styled_title(rest: list[int], sizes: TypeSizes) -> list[int]:
    """The head lines ``rest`` from the title on, when a saved page sets the title apart
    (Europresse's HTML: bold and larger) and the rubric lines above it are not."""
    for j, p in enumerate(rest[:_MAX_RUBRICS + 1]):
        if sizes.set_apart(p):
            return rest[j:]
    return rest


def _after_sections(c: Content, rest: list[int], dated: int) -> list[int]:
    """The head lines ``rest`` after the date line ``dated`` without the section lines
    a head set out with blank lines shows: the line right under the date line (no blank
    between), and a rubric in capitals right above the title."""
    if not any(c.index[q] != c.index[p] + 1 for p, q in itertools.pairwise([dated, *rest])):
        return rest  # one line after another: the section is read with the title
    k = 1 if len(rest) > 1 and c.index[rest[0]] == c.index[dated] + 1 else 0
    if (k < len(rest) - 1 and c.texts[rest[k]].isupper() and len(c.texts[rest[k]].split()) <= 3
            and c.index[rest[k + 1]] == c.index[rest[k]] + 1):
        k += 1
    return rest[k:]


def _head(c: Content, k: int, end: int, sizes: TypeSizes) -> Start | None:
    """The start of the document whose first content line is ``k``: its publication, a
    date line among the next two, then a section, the title and an author, all before
    ``end``, where the next document opens (a closing line printed one line early leaves
    a line of text that is no head, and must not reach into the next one's)."""
    texts = c.texts
    head = [p for p in range(k, min(k + _MAX_HEAD, end)) if len(texts[p]) <= _MAX_HEAD_LINE]
    dated = next((p for p in head[1:3] if find_dates(texts[p])), None)
    if dated is None:
        return None
    rest = _after_sections(c, [p for p in head if p > dated], dated)
    rest = _from_styled_title(rest, sizes)
    if not rest:
        return None
    title, author = _title_author(texts, rest)
    found = find_dates(texts[dated])
    people = field_people(texts[author]) if author is not None else None
    parsed = ParsedByline(authors=people or (), outlet=texts[k], date=found[0].date)
    byline = (k, *range(k + 1, title), *((author,) if author is not None else ()))
    return Start((title,), byline, parsed, "format",
                 "Europresse document: publication and date lines above its title")
