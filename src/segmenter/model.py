"""The typed results: frozen attrs classes that serialise to JSON-ready dicts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from .text import first_sentence

__all__ = ["ROW_FIELDS", "Article", "Artifact", "Byline", "Document", "Field", "LineRole", "Span"]


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}")
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"Span end {value} is before start {instance.start}")


@attrs.frozen(order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the text given to segmenter."""

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, int]:
        """Return ``{"start": ..., "end": ...}``."""
        return {"start": self.start, "end": self.end}


@attrs.frozen
class Byline:
    """A parsed byline: who wrote the article, for whom, where and when; the page it ran
    on ("12", "4-5"), its length in words and its translators, where the credit says."""

    raw: str
    span: Span
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    date: dt.date | None = None
    place: str | None = None
    via: str | None = None
    page: str | None = None
    length: int | None = None
    translators: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the byline as JSON-ready data (the date in ISO format)."""
        return {
            "raw": self.raw,
            "authors": list(self.authors),
            "outlet": self.outlet,
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "via": self.via,
            "page": self.page,
            "length": self.length,
            "translators": list(self.translators),
            "span": self.span.to_dict(),
        }


@attrs.frozen
class Field:
    """A labelled metadata field an export prints around an article ("LENGTH: 886
    words", "Publication title: The Harbour Times"): its label as printed, its value
    (a value wrapped over several lines joined) and where it stands."""

    label: str
    value: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """Return the field as JSON-ready data."""
        return {"label": self.label, "value": self.value, "span": self.span.to_dict()}


@attrs.frozen
class Artifact:
    """Text that belongs to no article body: page furniture, separators, boilerplate."""

    kind: str
    text: str
    span: Span
    line: int
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the artifact as JSON-ready data."""
        return {
            "kind": self.kind,
            "text": self.text,
            "span": self.span.to_dict(),
            "line": self.line,
            "page": self.page,
        }


@attrs.frozen
class Article:
    """One article of a dump, with its source offsets."""

    title: str | None
    byline: Byline | None
    body: str
    span: Span
    paragraphs: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    dateline: str | None = None
    urls: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()
    fields: tuple[Field, ...] = ()

    @property
    def lead(self) -> str:
        """The first sentence of the text (up to 200 characters): what tells untitled
        items apart (a digest's items divided only by separator rows)."""
        return first_sentence(self.paragraphs[0] if self.paragraphs else self.body)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready data."""
        return {
            "title": self.title,
            "byline": self.byline.to_dict() if self.byline else None,
            "lead": self.lead,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "headings": list(self.headings),
            "dateline": self.dateline,
            "urls": list(self.urls),
            "span": self.span.to_dict(),
            "pages": list(self.pages),
            "fields": [f.to_dict() for f in self.fields],
        }

    def to_row(self, source: str | None = None) -> dict[str, str | int | None]:
        """Return the article as one flat row (the keys of ``ROW_FIELDS``, every value a
        string, an integer or ``None``), for a spreadsheet, a CSV file or a data frame:
        the authors joined by "; ", the date in ISO format, ``source`` the file it came
        from."""
        b = self.byline
        return {
            "title": self.title,
            "authors": "; ".join(b.authors) if b and b.authors else None,
            "outlet": b.outlet if b else None,
            "date": b.date.isoformat() if b and b.date else None,
            "place": b.place if b else None,
            "body": self.body,
            "source": source,
            "start": self.span.start,
            "end": self.span.end,
        }


ROW_FIELDS = ("title", "authors", "outlet", "date", "place", "body", "source", "start", "end")
"""The columns of :meth:`Article.to_row`, in order."""


@attrs.frozen
class LineRole:
    """The role segmenter gave one physical line, and why."""

    line: int
    span: Span
    role: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return the line's role as JSON-ready data."""
        return {"line": self.line, "span": self.span.to_dict(), "role": self.role,
                "reason": self.reason}


@attrs.frozen
class Document:
    """Everything segmenter found in one text: articles, artifacts, preamble, line roles."""

    articles: tuple[Article, ...]
    artifacts: tuple[Artifact, ...]
    preamble: str
    preamble_span: Span | None
    lines: tuple[LineRole, ...]
    warnings: tuple[str, ...] = ()
    text: str = attrs.field(default="", repr=False)
    """The text the spans index: the input itself, or the text extracted from a PDF."""
    format: str | None = None
    """The export format the text was read as ("nexis-uni", ...), or None: a dump."""

    def to_dict(self) -> dict[str, Any]:
        """Return the whole analysis as JSON-ready data."""
        return {
            "articles": [a.to_dict() for a in self.articles],
            "artifacts": [a.to_dict() for a in self.artifacts],
            "preamble": self.preamble,
            "preamble_span": self.preamble_span.to_dict() if self.preamble_span else None,
            "lines": [r.to_dict() for r in self.lines],
            "warnings": list(self.warnings),
            "format": self.format,
        }
        # ``text`` is left out: it is the caller's input (or a PDF's text, in ``.text``).
