"""The command line's outputs, each written article by article as the windows of a text
are read: the debug view, a JSON document, JSON Lines, CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Protocol, TextIO, cast

import regex

from ..assembly.report import preamble_span
from ..model import ROW_FIELDS, Article, Artifact, Byline, Span

__all__ = ["OUTPUT_FORMATS", "Part", "printable", "screened", "write_parts", "write_rows"]

OUTPUT_FORMATS = ("text", "json", "jsonl", "csv")
_BODY_LINES = 3


class Part(Protocol):
    """What one read window of a text gives (``pipeline.Piece``), or a whole
    ``Document``: its articles and artifacts, its share of the preamble, warnings."""

    @property
    def articles(self) -> Sequence[Article]: ...
    @property
    def artifacts(self) -> Sequence[Artifact]: ...
    @property
    def preamble(self) -> str: ...
    @property
    def preamble_span(self) -> Span | None: ...
    @property
    def warnings(self) -> Sequence[str]: ...
    @property
    def format(self) -> str | None: ...


def printable(text: str) -> str:
    """``text`` with every character a terminal would act on (escape sequences, other
    control and format characters) written as a Python escape.

    >>> printable("title\\x1b]0;owned\\x07 ok")
    'title\\\\x1b]0;owned\\\\x07 ok'
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


# A character a terminal would act on, kept out of what is shown on one: a control or
# format character (a bidi override too) other than a line break or a tab, a line or
# paragraph separator. Bound: one character, one class.
_ACTS_ON_TERMINAL = regex.compile(r"[^\P{C}\n\t]|[\p{Zl}\p{Zp}]")


class _Screened(io.TextIOBase):
    """A terminal's writer that shows what it would act on as escapes (see ``screened``)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, s: str) -> int:
        self._out.write(_ACTS_ON_TERMINAL.sub(lambda m: repr(m[0])[1:-1], s))
        return len(s)

    def flush(self) -> None:
        self._out.flush()

    def isatty(self) -> bool:
        return True


def screened(out: TextIO) -> TextIO:
    """``out``, or when it is a terminal, ``out`` with every character the terminal would
    act on (escape sequences in a dump, say) written as a Python escape, line breaks
    and tabs kept: CSV and JSON written to a screen are shown, never obeyed."""
    return cast(TextIO, _Screened(out)) if out.isatty() else out


def write_parts(parts: Iterable[Part], kind: str, out: TextIO, source: str,
                warnings: Sequence[str] = ()) -> int:
    """Write the articles of ``parts`` to ``out`` as ``kind`` (one of ``OUTPUT_FORMATS``)
    as they come; ``source`` names the input in JSON Lines and CSV rows; ``warnings``
    (reading the input's) come before those of the parts. Only the artifacts, the
    preamble and the warnings are held until the end (the debug view and the JSON
    document list them after the articles). Returns the number of articles."""
    n = 0
    artifacts: list[Artifact] = []
    preamble: list[str] = []
    spans: list[Span] = []
    said: dict[str, None] = dict.fromkeys(warnings)
    rows = csv.DictWriter(out, fieldnames=ROW_FIELDS, lineterminator="\n")
    if kind == "csv":
        rows.writeheader()
    begun = False
    for part in parts:
        if not begun:  # the first part: the format is known
            _begin(kind, part.format, out)
            begun = True
        if part.preamble_span is not None:
            preamble.append(part.preamble)
            spans.append(part.preamble_span)
        if kind in ("jsonl", "csv"):
            n = write_rows(part.articles, kind, out, source, first=n + 1, writer=rows)
        for a in part.articles if kind in ("text", "json") else ():
            n += 1
            if kind == "text":
                _article(n, a, out, "".join(preamble) if n == 1 else "")
            else:
                out.write(("\n" if n == 1 else ",\n") + json.dumps(a.to_dict(), ensure_ascii=False))
        artifacts.extend(part.artifacts)
        said.update(dict.fromkeys(part.warnings))
    if not begun:  # nothing read: the document is still whole
        _begin(kind, None, out)
    _end(kind, out, n, artifacts, "".join(preamble), spans, list(said))
    return n


def write_rows(articles: Iterable[Article], kind: str, out: TextIO, source: str, *,
               first: int = 1, writer: csv.DictWriter[str] | None = None) -> int:
    """Write ``articles`` to ``out`` as JSON Lines (``kind`` "jsonl": ``to_dict()`` with
    ``source`` and ``article``, its number, from ``first``) or CSV rows ("csv",
    ``to_row(source)``, no header); return the number of the last article written."""
    n = first - 1
    if kind == "csv":
        rows = writer or csv.DictWriter(out, fieldnames=ROW_FIELDS, lineterminator="\n")
        for n, a in enumerate(articles, first):  # noqa: B007 (n is returned)
            rows.writerow(a.to_row(source))
        return n
    for n, a in enumerate(articles, first):
        out.write(json.dumps({"source": source, "article": n, **a.to_dict()},
                             ensure_ascii=False) + "\n")
    return n


def _begin(kind: str, format: str | None, out: TextIO) -> None:
    if kind == "json":
        out.write('{"format": ' + json.dumps(format) + ', "articles": [')
    elif kind == "text" and format is not None:
        out.write(f"format: {format}\n")


def _end(kind: str, out: TextIO, n: int, artifacts: list[Artifact], preamble: str,
         spans: list[Span], warnings: list[str]) -> None:
    if kind == "json":
        span = preamble_span(spans)
        rest = {"artifacts": [a.to_dict() for a in artifacts], "preamble": preamble,
                "preamble_span": span.to_dict() if span else None, "warnings": warnings}
        out.write("\n], " + json.dumps(rest, ensure_ascii=False)[1:] + "\n")
    elif kind == "text":
        if n == 0 and preamble:
            _preamble(preamble, out)
        out.write(f"artifacts: {len(artifacts)}\n")
        for art in artifacts:
            page = f" page {art.page}" if art.page is not None else ""
            out.write(f"  line {art.line:>5} {art.kind:<15}{page} {art.text[:70]!r}\n")
        for w in warnings:
            out.write(f"warning: {printable(w)}\n")


def _preamble(preamble: str, out: TextIO) -> None:
    out.write(f"preamble: {len(preamble)} characters: {preamble[:80]!r}\n\n")


def _article(n: int, a: Article, out: TextIO, preamble: str) -> None:
    """One article of the debug view (the preamble before the first)."""
    if preamble:
        _preamble(preamble, out)
    out.write(f"=== article {n} [{a.span.start}:{a.span.end}]\n")
    out.write(f"title:    {a.title!r}\n")
    if a.byline:
        b = a.byline
        out.write(f"byline:   {b.raw!r}\n")
        out.write(f"  authors={list(b.authors)} outlet={b.outlet!r} date={b.date} "
                  f"place={b.place!r} via={b.via!r}{_extra(b)}\n")
    else:
        out.write("byline:   None\n")
    if a.dateline:
        out.write(f"dateline: {a.dateline!r}\n")
    for h in a.headings:
        out.write(f"heading:  {h!r}\n")
    if a.pages:
        out.write(f"pages:    {list(a.pages)}\n")
    for f in a.fields:
        out.write(f"field:    {printable(f.label)}: {printable(f.value[:80])}\n")
    out.write(f"body:     {len(a.paragraphs)} paragraphs, {len(a.body)} characters\n")
    for para in a.paragraphs[:_BODY_LINES]:
        out.write(f"  | {printable(para[:100])}{'...' if len(para) > 100 else ''}\n")
    out.write("\n")


def _extra(b: Byline) -> str:
    """The page, length and translators of byline ``b``, where it names them."""
    shown = [f"page={b.page!r}" if b.page else "", f"length={b.length}" if b.length else "",
             f"translators={list(b.translators)}" if b.translators else ""]
    return "".join(f" {x}" for x in shown if x)
