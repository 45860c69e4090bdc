"""A bounded fuzz run: fixture dumps mutated as damaged copies are (lines lost, doubled or
swapped, bytes flipped) still segment without an error, lose nothing, keep their spans in
the text, and give the same articles read whole or window by window. The PDF half of the
run is in test_reading_pdf_hostile.py."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import segmenter
from segmenter import pipeline

from .conftest import FIXTURES
from .invariants import document_ok
from .strategies import flood, line_patterns

_DUMPS = sorted([*FIXTURES.glob("corpus/*.txt"), *FIXTURES.glob("gold/*.txt")])


def _mutate(text: str, rnd: random.Random) -> str:
    """One to six damages of the kinds real copies show."""
    lines = text.splitlines(keepends=True)
    for _ in range(rnd.randint(1, 6)):
        if not lines:
            break
        i = rnd.randrange(len(lines))
        kind = rnd.randrange(5)
        if kind == 0:
            del lines[i : i + rnd.randint(1, 5)]
        elif kind == 1:
            lines[i:i] = lines[i : i + rnd.randint(1, 5)]
        elif kind == 2:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:  # bytes flipped, read back as a careless reader would
            raw = bytearray(lines[i].encode("utf-8", "surrogateescape"))
            for _ in range(rnd.randint(1, 3)):
                if raw:
                    raw[rnd.randrange(len(raw))] ^= 1 << rnd.randrange(8)
            lines[i] = raw.decode("utf-8", "surrogateescape")
    return "".join(lines)


@pytest.mark.parametrize("path", _DUMPS, ids=[p.stem for p in _DUMPS])
def test_mutated_dumps_keep_every_promise(path: Path) -> None:
    """Three mutants of each fixture dump: no exception, nothing lost, spans valid,
    the same articles from segment(), analyze() and small windows."""
    text = path.read_text(encoding="utf-8")
    rnd = random.Random(path.name)
    for _ in range(3):
        mutant = _mutate(text, rnd)
        doc = segmenter.analyze(mutant)
        document_ok(doc)
        assert list(doc.articles) == segmenter.segment(mutant)
        window = rnd.randint(500, 5000)
        assert pipeline.segment_text(mutant, window=window) == list(
            segmenter.iter_segment(mutant, window=window))


@settings(max_examples=30, deadline=None)
@given(line_patterns())
def test_floods_and_interleavings_lose_nothing(pattern: list[list[str]]) -> None:
    """Any pattern of line kinds repeated to 3 kB: nothing lost, whole or in windows."""
    text = flood(pattern, 3_000)
    document_ok(segmenter.analyze(text))
    document_ok(pipeline.analyze_text(text, window=400))


# Characters dumps use as rules, bullets and emphasis, with every kind of line break and
# the blanks between them: the texts a separator-only digest or an OCR page is made of.
_SEPARATOR_TEXT = st.text(st.sampled_from(list("*_-=~#+.·•—–|/\\ \t\n\r\f\v\u2028\u2029\x85")),
                          max_size=24)


@settings(max_examples=300, deadline=None)
@given(_SEPARATOR_TEXT)
def test_separator_texts_never_raise(text: str) -> None:
    """segment() raises on no str: short texts of separator, emphasis and break
    characters (issue 26: "* *\\n*" raised IndexError in reflow) segment, lose nothing,
    and read the same window by window."""
    doc = segmenter.analyze(text)
    document_ok(doc)
    assert segmenter.segment(text) == list(doc.articles)
    assert list(segmenter.iter_segment(text, window=8)) == list(doc.articles)


@pytest.mark.parametrize("text", ["* *\n*", "* *\r*", "* *\u2028*", "_ _\n_", "*  *\n*\n* *"])
def test_emphasis_around_nothing_does_not_crash_reflow(text: str) -> None:
    """A line of two emphasis marks around blanks ("* *") is not emphasis around an empty
    title: its text stays, and the article that holds it keeps every character."""
    doc = segmenter.analyze(text)
    document_ok(doc)
    mark = text[0]
    kept = "".join(a.body for a in doc.articles) + "".join(a.text for a in doc.artifacts)
    assert kept.count(mark) == text.count(mark)  # the marks stay text: none dropped
