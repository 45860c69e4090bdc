"""Properties over generated dumps: nothing lost, ordered spans, determinism, composition."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import segmenter

from .hostile import hostile_inputs, line_floods
from .invariants import spans_ok as _spans_ok
from .strategies import Dump, dumps, flood, line_patterns


@given(dumps())
def test_generated_dump_nothing_lost(dump: Dump) -> None:
    """Every visible character lies in an article, an artifact or the preamble."""
    _spans_ok(dump.text)


@given(st.text())
def test_any_text_nothing_lost(text: str) -> None:
    """Even arbitrary text (control characters, surrogates) loses nothing and never raises."""
    _spans_ok(text)


@given(st.lists(st.sampled_from(["Title Here", "Jane Doe, Reuters, June 3, 2015", "3",
                                 "Page 2", "* * *", "http://x.org/", "", " ", "\f", "by",
                                 "Body text runs on and", "ends here.", "Related posts"]),
                max_size=40))
def test_shuffled_dump_pieces_nothing_lost(pieces: list[str]) -> None:
    """Dump-like pieces in any order: spans stay ordered and nothing is lost."""
    _spans_ok("\n".join(pieces))


@given(dumps())
def test_generated_dump_parses_as_laid_out(dump: Dump) -> None:
    """Each generated article comes back with its title, authors, outlet and date."""
    got = segmenter.segment(dump.text)
    assert [a.title for a in got] == [e.title for e in dump.articles]
    for a, e in zip(got, dump.articles, strict=True):
        assert a.byline is not None
        assert (a.byline.authors, a.byline.outlet, a.byline.date) == (e.authors, e.outlet, e.date)
        assert "example.org" not in a.body


@given(dumps())
def test_same_input_same_output(dump: Dump) -> None:
    """Segmenting is deterministic."""
    assert segmenter.analyze(dump.text) == segmenter.analyze(dump.text)


@given(dumps(max_articles=3), dumps(max_articles=3))
def test_joined_dumps_give_articles_of_both(a: Dump, b: Dump) -> None:
    """Joining two dumps gives the articles of the first, then those of the second."""
    def key(arts: list[segmenter.Article]) -> list[tuple[object, ...]]:
        return [(x.title, x.byline.to_dict()["authors"] if x.byline else None,
                 x.byline.date if x.byline else None, x.body) for x in arts]

    joined = segmenter.segment(a.text + "\n\n\n" + b.text)
    assert key(joined) == key(segmenter.segment(a.text)) + key(segmenter.segment(b.text))


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "\n" * 1_000_000,
        "\r\n" * 200_000,
        "\f" * 100_000,
        "\ud800\udfff\x00\x1b[0m" * 1000,
        ("Title\nJane Doe, Reuters, June 3, 2015\n" * 2000),
        "(" * 100_000 + ")" * 100_000,
        "June 24, 2015 " * 50_000,
        ", " * 100_000,
    ],
    ids=["1MB-line", "million-newlines", "crlf", "form-feeds", "controls-surrogates",
         "repeated-heads", "nested-brackets", "dates", "commas"],
)
def test_never_raises_on_hostile_text(text: str) -> None:
    """Huge lines, floods of newlines, control characters and surrogates lose nothing."""
    _spans_ok(text)


@pytest.mark.parametrize("name", list(hostile_inputs(10)))
def test_hostile_input_at_small_size(name: str) -> None:
    """Each hostile input of the speed benchmark, at 200 kB: nothing lost, and the
    outcome a reader expects (no articles from brackets, commas or blank lines; bare
    numbers stay text, never page numbers without pages)."""
    text = hostile_inputs(200_000, filler="Body text runs on here.\n")[name]
    _spans_ok(text)
    doc = segmenter.analyze(text)
    if name in ("newlines only",):
        assert doc.articles == ()
    if name in ("nested brackets", "one long line", "100,000 commas"):
        assert len(doc.articles) <= 1
    if name == "bare numbers":
        assert not any(a.kind == "page_number" for a in doc.artifacts)


_SOURCE = str(Path(segmenter.__file__).parent)


def _steps(text: str) -> int:
    """Lines of segmenter's own code run while segmenting ``text``: a measure of work
    that, unlike time, is the same on every run and every machine."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def enter(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(_SOURCE) else None

    sys.settrace(enter)
    try:
        segmenter.segment(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("name", list(line_floods(10)))
def test_line_flood_loses_nothing(name: str) -> None:
    """One kind of line repeated 50 kB long: every character still accounted for."""
    _spans_ok(line_floods(50_000)[name])


def _hostile(size: int) -> dict[str, str]:
    return {**hostile_inputs(size, filler="Body text runs on here.\n"), **line_floods(size)}


@pytest.mark.parametrize("name", list(_hostile(10)))
def test_hostile_input_work_grows_linearly(name: str) -> None:
    """Twice the hostile input, at most 2.5 times the steps (quadratic work gives 4x):
    a block of 40,000 "Tags:" lines once took 30 s, each asking about all lines after it.
    Both sizes fit in one window (of at most 32,768 lines), so growth within a window
    shows."""
    small = _steps(_hostile(15_000)[name])
    large = _steps(_hostile(30_000)[name])
    assert large <= 2.5 * max(small, 1_000), (small, large)


def _peak(text: str) -> int:
    """Peak bytes of Python heap that segmenting ``text`` takes (tracemalloc)."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        segmenter.segment(text)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", list(_hostile(10)))
def test_hostile_input_memory_grows_linearly(name: str) -> None:
    """Twice the hostile input, at most 2.5 times the peak memory: the topic rule once
    kept a copy of an article's words for every heading in it (quadratic memory)."""
    small = _peak(_hostile(20_000)[name])
    large = _peak(_hostile(40_000)[name])
    assert large <= 2.5 * max(small, 500_000), (small, large)


@settings(max_examples=12, deadline=None)
@given(line_patterns())
def test_floods_and_interleavings_of_every_line_kind_grow_linearly(
        pattern: list[list[str]]) -> None:
    """Any patterns of the line kinds the pipeline recognises (headers, page numbers,
    counters, bylines, headings, separators, field labels, URLs...), repeated to 10 kB
    and to 20 kB: twice the text costs at most 2.5 times the steps, so the next
    quadratic walk is found here before a user finds it (the ones found so far are
    hostile inputs, tested above at the sizes where they show)."""
    small = _steps(flood(pattern, 10_000))
    large = _steps(flood(pattern, 20_000))
    assert large <= 2.5 * max(small, 1_000), (small, large)
