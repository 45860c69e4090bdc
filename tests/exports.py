"""The export fixtures saved as other kinds of file: what the HTML, DOCX and RTF tests
compare with the articles of the text (issue 17)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import segmenter

FORMATS = Path(__file__).parent.parent / "fixtures" / "formats"


def paragraphs(text: str) -> list[list[str]]:
    """The paragraphs of a text dump, each as its lines."""
    return [p.split("\n") for p in re.split(r"\n\s*\n", text.strip("\n"))]


def key(doc: segmenter.Document) -> list[tuple[object, ...]]:
    """What must match: each article's title, byline fields and body."""
    return [(a.title, a.byline and (a.byline.authors, a.byline.outlet, a.byline.date),
             a.body) for a in doc.articles]


def same_as_text(name: str, save: Callable[[str], bytes]) -> None:
    """The export fixture ``name``, saved by ``save``, gives the articles of its text."""
    text = (FORMATS / f"{name}.txt").read_text(encoding="utf-8")
    from_text, from_file = segmenter.analyze(text), segmenter.analyze_file(save(text))
    assert from_file.format == from_text.format
    assert key(from_file) == key(from_text)
