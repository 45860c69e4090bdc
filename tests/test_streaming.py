"""iter_segment(): the same articles as segment(), read window by window."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import segmenter
from segmenter import pipeline
from segmenter.assembly.windows import DEFAULT_WINDOW
from segmenter.lines import TERMINATORS
from segmenter.reading import pdf

from .conftest import CORPUS, FIXTURES
from .invariants import document_ok
from .strategies import Dump, dumps


class _Chunky:
    """A file whose read() returns chunks of the given sizes, whatever was asked."""

    def __init__(self, text: str, sizes: list[int]) -> None:
        self._text = text
        self._pos = 0
        self._sizes = itertools.cycle(sizes)

    def read(self, size: int, /) -> str:
        n = next(self._sizes)
        out = self._text[self._pos : self._pos + n]
        self._pos += len(out)
        return out


def _all_ways(text: str, sizes: list[int], window: int) -> list[list[segmenter.Article]]:
    # lines are given a line end when they lack one: every way then reads the same text
    if text and text[-1] not in TERMINATORS:
        text += "\n"
    return [
        pipeline.segment_text(text, window=window),
        list(pipeline.analyze_text(text, window=window).articles),
        list(segmenter.iter_segment(text, window=window)),
        list(segmenter.iter_segment(io.StringIO(text, newline=""), window=window)),
        list(segmenter.iter_segment(text.splitlines(keepends=True), window=window)),
        list(segmenter.iter_segment(_Chunky(text, sizes), window=window)),
    ]


@given(dumps(max_articles=8), st.integers(60, 3000),
       st.lists(st.integers(1, 500), min_size=1, max_size=5))
def test_iter_segment_equals_segment(dump: Dump, window: int, sizes: list[int]) -> None:
    """Files, lines, chunks of any size and the whole text give the same articles, with
    windows small enough that a dump spans several."""
    first, *others = _all_ways(dump.text, sizes, window)
    for other in others:
        assert other == first


_PIECES = st.sampled_from([*"ab .,\r\n\f\u2028", "Title", "June 3, 2015", "By X", "\r\n"])


@given(st.lists(_PIECES, max_size=80).map("".join), st.integers(1, 40),
       st.lists(st.integers(1, 7), min_size=1, max_size=4))
def test_iter_segment_splits_anywhere(text: str, window: int, sizes: list[int]) -> None:
    """Tiny windows and chunks that split "\\r\\n" in two still agree with segment()."""
    first, *others = _all_ways(text, sizes, window)
    for other in others:
        assert other == first


@given(dumps(max_articles=8), st.integers(60, 3000))
def test_small_windows_lose_nothing(dump: Dump, window: int) -> None:
    """Across window edges every character still lies in an article, an artifact or the
    preamble, and every line has one role, numbered from the start of the text."""
    document_ok(pipeline.analyze_text(dump.text, window=window))


def test_windows_keep_offsets_lines_and_reasons_of_the_whole_text(digest_text: str) -> None:
    """Regression: a byline's line number in a title's reason counted from the window."""
    whole = segmenter.analyze(digest_text)
    assert pipeline.analyze_text(digest_text, window=6000) == whole


def test_iter_segment_reads_only_what_it_needs() -> None:
    """Articles come out before an endless stream ends: memory follows the window."""
    digest = (CORPUS / "nejat-digest-2015-06.txt").read_text(encoding="utf-8")
    read = 0

    def endless() -> Iterator[str]:
        nonlocal read
        for line in itertools.cycle(digest.splitlines(keepends=True)):
            read += len(line)
            yield line

    first = list(itertools.islice(segmenter.iter_segment(endless()), 10))
    assert [a.title for a in first[:6]] == [a.title for a in segmenter.segment(digest)]
    assert read < 2 * DEFAULT_WINDOW + len(digest)


def test_iter_segment_yields_before_the_end() -> None:
    """The first window's articles are yielded before the rest of the text is read."""
    digest = (CORPUS / "nejat-digest-2015-06.txt").read_text(encoding="utf-8")
    src = io.StringIO(digest * 20, newline="")
    it = segmenter.iter_segment(src, window=3000)
    next(it)
    assert src.tell() < len(digest) * 20


@pytest.mark.parametrize("source", [b"bytes", io.BytesIO(b"a\n"), [b"line\n"], 42, [1]],
                         ids=["bytes", "binary-file", "byte-lines", "int", "int-lines"])
def test_iter_segment_refuses_what_is_not_text(source: object) -> None:
    with pytest.raises(segmenter.InputTypeError):
        list(segmenter.iter_segment(source))  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["pdf-helvetica.pdf", "pdf-times.pdf"])
def test_pdf_type_sizes_stay_aligned_across_windows(name: str) -> None:
    """Type sizes from a PDF follow their lines into every window: with windows a quarter
    of the text, the article found only by its larger title type is still found, and
    nothing is lost."""
    pytest.importorskip("pdfplumber")
    path = FIXTURES / "pdf" / name
    whole = segmenter.analyze_pdf(path)
    assert any(a.byline is None for a in whole.articles)  # a title found by type size
    text, styles = pdf.pdf_text_and_styles(path)
    doc = pipeline.analyze_text(text, styles, window=len(whole.text) // 4)
    document_ok(doc)
    assert len(doc.lines) == len(whole.lines)
    assert [a.title for a in doc.articles] == [a.title for a in whole.articles]
