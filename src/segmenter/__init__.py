"""segmenter: split compilation-style text dumps into clean, typed articles.

>>> import segmenter
>>> arts = segmenter.segment("Title\\n\\nJane Doe, Rudaw, June 24, 2015\\n\\nBody text.\\n")
>>> arts[0].title, arts[0].byline.outlet, arts[0].body
('Title', 'Rudaw', 'Body text.')
"""

from __future__ import annotations

from ._engine import analyze_text
from .errors import InputTypeError, PDFError, PDFSupportError, SegmenterError
from .model import Article, Artifact, Byline, Document, LineRole, Span
from .pdf import analyze_pdf, segment_pdf

__all__ = [
    "Article",
    "Artifact",
    "Byline",
    "Document",
    "InputTypeError",
    "LineRole",
    "PDFError",
    "PDFSupportError",
    "SegmenterError",
    "Span",
    "analyze",
    "analyze_pdf",
    "segment",
    "segment_pdf",
]

__version__ = "0.1.0.dev0"


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        raise InputTypeError(
            f"segment() takes str, not {type(text).__name__}: decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise InputTypeError(f"segment() takes str, not {type(text).__name__}")


def analyze(text: str) -> Document:
    """Return the full analysis of ``text``: articles, artifacts, preamble and line roles.

    Raises :class:`InputTypeError` (a ``TypeError``) when ``text`` is not a ``str``.
    """
    return analyze_text(_check_text(text))


def segment(text: str) -> list[Article]:
    """Return the articles of ``text`` in document order (``[]`` for blank text).

    Raises :class:`InputTypeError` (a ``TypeError``) when ``text`` is not a ``str``.
    """
    return list(analyze(text).articles)
