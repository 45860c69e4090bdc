"""Factiva: the text of a Factiva export ("Article Format", one block a line) -> each
article's start with its headline, author, date and publication, its head's metadata
and the "Document ID" trailers as artifacts.

An article's head, from its first line: an optional section ("News"), the headline,
the author (when there is one), the word count ("808 words", "808 Wörter"), the date,
the publication, its code ("HARBT"), an optional page and section ("1; National"), the
language and a copyright line. The text follows; the publication's name may close it,
then "Document <ID>" ends the article. A masthead and a closing copyright notice of
Factiva itself are the preamble and boilerplate. Factiva's coded layout (each field
under its code: "HD", "PD", "SN", ...) is read by ``factiva_codes``.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

import regex

from ..grammar.bylines import ParsedByline
from ..grammar.dates import parse_date_line
from ..grammar.names import field_people
from ..lines import Lines
from ..marking.artifacts import Mark
from ..marking.fields import FieldLine
from ..starts.rules import Context, Start
from ..text import COPYRIGHT_LINE
from .factiva_codes import read_codes

__all__ = ["Factiva"]

# The trailer of an article: "Document HARBT00020171113edbd0002r". Bound: anchored
# literals, then one capped class repeat.
_DOCUMENT = regex.compile(r"(?:document|dokument)\s[A-Za-z0-9]{16,40}", regex.IGNORECASE)
# The word count of an article's head. Bound: anchored, capped digits and literals.
# "Wörter" read from Latin-1 bytes declared as UTF-8 is "W\ufffdrter": the replacement
# character stands for the letter.
_WORDS = regex.compile(r"[\d.,]{1,7}\s(?:words|w[ö\ufffd]rter|mots|palabras|parole|woorden)",
                       regex.IGNORECASE)
# A publication's code ("HARBT", "WSJO"). Bound: one capped class repeat.
_CODE = regex.compile(r"[A-Z0-9]{2,8}")
_HEAD = Mark("field", "Factiva: metadata of an article's head")
_TRAILER = Mark("boilerplate", "Factiva: the document number that ends an article")
_CLOSING = Mark("boilerplate", "Factiva: the publisher's name or Factiva's notice by a trailer")
_MAX_BEFORE = 3  # section, headline and author stand this close above the word count
_MAX_AFTER = 6  # date, publication, code, page, language and copyright lines


class Factiva:
    """Reads a Factiva export (see the module note)."""

    name = "factiva"

    def recognise(self, head: str) -> bool:
        """A "Document <ID>" trailer line, or Factiva's masthead and a word count."""
        lines = [t.strip() for t in head.splitlines()]
        if any(_DOCUMENT.fullmatch(t) for t in lines):
            return True
        return "Factiva" in head and any(_WORDS.fullmatch(t) for t in lines)

    def marks(self, lines: Lines) -> dict[int, Mark]:
        """The trailers, and each head's word count, code, page, language and
        copyright lines (its date and publication lines make its byline)."""
        texts = lines.texts
        trailers = [i for i, t in enumerate(texts) if _DOCUMENT.fullmatch(t)]
        coded = read_codes(lines)
        out = coded.marks() if coded is not None else {}
        out.update(dict.fromkeys(trailers, _TRAILER))
        holders = set()
        for w in _word_counts(texts) if coded is None else ():
            out[w] = _HEAD
            for k in _head_metadata(texts, w):
                out[k] = _HEAD
                if COPYRIGHT_LINE.match(texts[k]):
                    holders.add(_holder(texts[k]))
            section = _head_lines(texts, w, range(len(texts)))[0]  # every line
            if section is not None:
                out[section] = _HEAD
        for i in trailers:  # the publisher closing the text; Factiva's own notice
            before, after = _near(texts, i, -1), _near(texts, i, 1)
            if before is not None and texts[before] in holders:
                out[before] = _CLOSING
            if after is not None and COPYRIGHT_LINE.match(texts[after]):
                out[after] = _CLOSING
        return out

    def fields(self, lines: Lines) -> list[FieldLine]:
        """The metadata fields of the coded layout, if the lines are in it."""
        coded = read_codes(lines)
        return coded.metadata(lines.texts) if coded is not None else []

    def starts(self, ctx: Context) -> Sequence[Start]:
        """Each article at its headline, its author, date and publication as byline."""
        c = ctx.content
        coded = read_codes(c.lines)
        if coded is not None:
            return coded.starts(ctx)
        texts = c.lines.texts
        out = []
        for w in _word_counts(texts):
            start = _start(ctx, texts, w)
            if start is not None:
                out.append(start)
        return out


def _word_counts(texts: list[str]) -> list[int]:
    return [i for i, t in enumerate(texts) if len(t) < 30 and _WORDS.fullmatch(t)]


def _head_metadata(texts: list[str], w: int) -> list[int]:
    """The lines after the date and publication lines of the head at word count ``w``:
    the code, page and section, language and copyright lines (up to the copyright)."""
    out = []
    for k in range(w + 3, min(w + 3 + _MAX_AFTER, len(texts))):
        t = texts[k]
        if not t:
            continue
        out.append(k)
        if COPYRIGHT_LINE.match(t):
            break
        if not (_CODE.fullmatch(t) or len(t) <= 30):
            out.pop()
            break
    return out


def _near(texts: list[str], i: int, step: int) -> int | None:
    """The nearest non-blank line before (``step`` -1) or after (1) line ``i``."""
    k = i + step
    while 0 <= k < len(texts) and not texts[k]:
        k += step
    return k if 0 <= k < len(texts) else None


def _holder(copyright_line: str) -> str:
    """Who a copyright line names: "(c) 2017 Harbour Media Limited" -> the name."""
    words = COPYRIGHT_LINE.sub("", copyright_line, count=1).split()
    return " ".join(w for w in words if not w.isdigit())


def _head_lines(texts: list[str], w: int,
                keep: Container[int]) -> tuple[int | None, int | None, int | None]:
    """The section, headline and author lines above the word count on line ``w`` (those
    in ``keep``), each None when the head has none."""
    above = [k for k in range(max(0, w - _MAX_BEFORE), w) if k in keep and texts[k]
             and not _DOCUMENT.fullmatch(texts[k])]
    if not above:
        return None, None, None
    author = above[-1] if len(above) >= 2 and field_people(texts[above[-1]]) else None
    rest = above[:-1] if author is not None else above
    title = rest[-1]
    section = rest[-2] if len(rest) >= 2 and len(texts[rest[-2]]) <= 30 else None
    return section, title, author


def _start(ctx: Context, texts: list[str], w: int) -> Start | None:
    """The start of the article whose word count stands on line ``w``."""
    c = ctx.content
    pos = c.position
    date_at, outlet_at = w + 1, w + 2
    if date_at not in pos or outlet_at not in pos:
        return None
    date = parse_date_line(texts[date_at])
    _, title_at, author = _head_lines(texts, w, pos)
    if date is None or title_at is None:
        return None
    people = field_people(texts[author]) if author is not None else None
    parsed = ParsedByline(authors=people or (), outlet=texts[outlet_at], date=date)
    byline = tuple(pos[k] for k in (author, date_at, outlet_at) if k is not None)
    return Start((pos[title_at],), byline, parsed, "format",
                 "Factiva article: headline above its word count, date and publication")
