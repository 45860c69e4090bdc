"""Invariants every analysis must keep, shared by the property tests."""

from __future__ import annotations

import itertools

import segmenter

__all__ = ["document_ok", "spans_ok"]

# What counts as blank: Unicode whitespace and the invisible zero-width characters that
# segmenter strips from line edges. Everything else must be accounted for.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def spans_ok(text: str) -> None:
    """Spans lie in the text, in order, and cover every visible character."""
    document_ok(segmenter.analyze(text))


def document_ok(doc: segmenter.Document) -> None:
    """What spans_ok checks, for a Document already made (from a PDF, say)."""
    text = doc.text
    spans = [a.span for a in doc.articles]
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    covered = bytearray(len(text))
    regions = spans + [a.span for a in doc.artifacts]
    if doc.preamble_span:
        regions.append(doc.preamble_span)
        assert text[doc.preamble_span.start : doc.preamble_span.end] == doc.preamble
    for s in regions:
        assert 0 <= s.start <= s.end <= len(text)
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    assert [r.line for r in doc.lines] == list(range(1, len(doc.lines) + 1))
    for a, b in itertools.pairwise(doc.lines):
        assert a.span.end <= b.span.start
    lost = [i for i, c in enumerate(text)
            if not covered[i] and not c.isspace() and c not in _INVISIBLE]
    assert not lost, [text[max(0, i - 20) : i + 20] for i in lost[:3]]
