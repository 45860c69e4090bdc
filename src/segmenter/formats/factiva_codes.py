"""Factiva's coded layout: the lines of a Factiva export in its coded format ("Full
Article/Report plus Indexing") -> its fields' code lines and values, as artifact marks,
and each article's start.

Each field is printed as its code alone on a line (lexicons/factiva_codes.txt: "HD"
the headline, "BY" the author, "PD" the date, "SN" the publication, "LP" and "TD" the
text, "AN" the accession number, "Document <ID>"), its value on the lines after it up
to the next code (the accession number's is its one line). An article starts at its
headline; its author, date and publication values are its byline; the lead and text
paragraphs are its body; the other fields are its ``fields``, and every code line is
a field artifact.
"""

from __future__ import annotations

import attrs

from ..grammar.bylines import ParsedByline
from ..grammar.dates import find_dates
from ..grammar.names import field_people
from ..lexicons import FACTIVA_CODES
from ..lines import Lines
from ..marking.artifacts import Mark
from ..marking.fields import FieldLine
from ..starts.rules import Context, Start

__all__ = ["Coded", "read_codes"]

_FIELD = Mark("field", "Factiva: a field of the coded layout")
_KEPT = frozenset(("title", "byline", "date", "outlet", "body"))  # values left as content


@attrs.frozen
class Coded:
    """The fields of a window in the coded layout: each code line -> (its code, the
    lines of its value)."""

    fields: dict[int, tuple[str, tuple[int, ...]]]

    def marks(self) -> dict[int, Mark]:
        """The code lines of the fields whose values the article is made of."""
        return {i: _FIELD for i, (code, _) in self.fields.items()
                if FACTIVA_CODES[code] in _KEPT}

    def metadata(self, texts: list[str]) -> list[FieldLine]:
        """The other fields, code line and value lines each (``texts``: the lines'),
        in order."""
        return [FieldLine(code, " ".join(texts[k] for k in value), "other", (i, *value))
                for i, (code, value) in sorted(self.fields.items())
                if FACTIVA_CODES[code] not in _KEPT]

    def starts(self, ctx: Context) -> list[Start]:
        """Each article at its headline's value, its author, date and publication values
        its byline."""
        c = ctx.content
        pos = c.position
        out = []
        at = sorted(self.fields)
        for n, i in enumerate(at):
            code, value = self.fields[i]
            title = tuple(pos[k] for k in value if k in pos)
            if code != "HD" or not title:
                continue
            head: dict[str, tuple[int, ...]] = {}
            for j in at[n + 1 :]:
                kind = FACTIVA_CODES[self.fields[j][0]]
                if kind in ("title", "body"):
                    break
                head.setdefault(kind, tuple(pos[k] for k in self.fields[j][1] if k in pos))
            out.append(attrs.evolve(_start(ctx, title, head), opens=self._opens(at, n)))
        return out

    def _opens(self, at: list[int], n: int) -> int:
        """The first code line of the article whose headline code is ``at[n]``: the codes
        above it ("SE", its section) after the previous article's number ("AN")."""
        while n > 0 and self.fields[at[n - 1]][0] != "AN" and FACTIVA_CODES[
                self.fields[at[n - 1]][0]] not in ("body", "title"):
            n -= 1
        return at[n]


def _start(ctx: Context, title: tuple[int, ...], head: dict[str, tuple[int, ...]]) -> Start:
    """The start of the article titled by the lines ``title``, ``head`` holding the
    content lines of its author, date and publication values (those it has)."""
    texts = ctx.content.texts

    def value(kind: str) -> str:
        return " ".join(texts[p] for p in head.get(kind, ()))

    found = find_dates(value("date"))
    parsed = ParsedByline(authors=field_people(value("byline")) or (),
                          outlet=value("outlet") or None,
                          date=found[0].date if found else None)
    byline = tuple(sorted(p for kind in ("byline", "date", "outlet") for p in head.get(kind, ())))
    return Start(title, byline, parsed, "format",
                 "Factiva article: the value of its HD code, above its PD and SN values")


def read_codes(lines: Lines) -> Coded | None:
    """The coded fields of ``lines``, when they hold a headline code ("HD") and an
    accession number code ("AN"), each alone on a line; else None."""
    texts = lines.texts
    codes = {i: t for i, t in enumerate(texts) if t in FACTIVA_CODES}
    if "HD" not in codes.values() or "AN" not in codes.values():
        return None
    at = sorted(codes)
    fields = {}
    for n, i in enumerate(at):
        end = at[n + 1] if n + 1 < len(at) else len(texts)
        value = tuple(k for k in range(i + 1, end) if texts[k])
        fields[i] = (codes[i], value[:1] if codes[i] == "AN" else value)
    return Coded(fields)
