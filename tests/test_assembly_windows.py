"""Windows for streaming: windows end at line ends, and a window hands the next one
where it starts and the article it opens with."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

import segmenter
from segmenter import pipeline
from segmenter.assembly.windows import (
    MAX_GROWTH,
    MIN_LINE_CHARS,
    MIN_WINDOW_LINES,
    Buffer,
    Head,
    inherit_marks,
)
from segmenter.lines import split_lines
from segmenter.marking.artifacts import Mark


@given(st.lists(st.text("ab\n\r", max_size=30), max_size=10), st.integers(1, 40))
def test_buffer_windows_end_at_line_ends_and_cover_the_text(chunks: list[str],
                                                            size: int) -> None:
    """Windows advanced by their own length give back the text, each ending at a line
    end (or the text's end), none shorter than asked but the last, or one holding as many
    lines as a window of that size may."""
    buf = Buffer(chunks)
    got = []
    while True:
        window, final = buf.window(size)
        got.append(window)
        if final:
            break
        assert len(window) >= size or window.count("\n") == max(MIN_WINDOW_LINES,
                                                                 size // MIN_LINE_CHARS)
        assert window[-1] in "\n\r"
        assert not (window.endswith("\r") and buf._text[buf._start + len(window):][:1] == "\n")
        buf.advance(len(window))
    assert "".join(got) == "".join(chunks)


def test_inherit_marks_keeps_the_head_as_first_read() -> None:
    """The opening article's lines keep the marks the window before gave them."""
    head = Head((0,), (1,), None, "byline", "test", ((2, Mark("page_number", "old")),), 10)
    marks = {0: Mark("running_header", "new"), 2: Mark("separator", "new"),
             5: Mark("separator", "new")}
    got = inherit_marks(marks, head)
    assert got == {2: Mark("page_number", "old"), 5: Mark("separator", "new")}
    assert inherit_marks(marks, None) is marks


def test_window_size_is_an_argument() -> None:
    """Small windows give the articles one window gives, with offsets in the whole text."""
    body = "The council met on Monday to discuss the plan for the bridge.\n"
    text = "".join(f"Title {n}\nJane Doe, Rudaw, June {n + 1}, 2015\n\n{body * 3}\n"
                   for n in range(12))
    whole = segmenter.analyze(text)
    assert len(whole.articles) == 12
    for window in (50, 300, 1000):
        assert pipeline.analyze_text(text, window=window) == whole
        assert list(segmenter.iter_segment(text, window=window)) == list(whole.articles)


def test_iter_segment_refuses_a_window_that_is_no_size() -> None:
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="window"):
            segmenter.iter_segment("text", window=bad)  # type: ignore[arg-type]


_PROSE = ("The council met again on Monday to discuss the plan for the bridge over the\n"
          "river, and members said that the vote would come later in the year, after the\n"
          "hearings in the spring.\n")


def test_bylineless_text_is_read_in_windows_of_bounded_size() -> None:
    """Regression: a text without bylines was read in one window however long it was
    (a window grew until it held two articles), so memory followed the whole text."""
    text = (_PROSE + "\n") * 400  # one article, about 80 kB
    sizes: list[int] = []
    real = pipeline.analyze_window

    def spy(text: str, *args: object, **kwargs: object) -> object:
        sizes.append(len(text))
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    with mock.patch.object(pipeline, "analyze_window", spy):
        articles = pipeline.segment_text(text, window=2000)
    assert len(articles) == 1
    assert max(sizes) <= 2000 * MAX_GROWTH + 200
    assert len(sizes) >= len(text) // (2000 * MAX_GROWTH)


@pytest.mark.parametrize("blank_lines", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_an_article_longer_than_a_window_comes_out_whole(blank_lines: bool) -> None:
    """An article cut at window ends is given out once, with the paragraphs, span and
    pages that reading it whole gives; without blank lines the cuts fall at paragraph
    ends read from the layout, or inside a paragraph that is joined again."""
    sep = "\n" if blank_lines else ""
    pages = [f"{_PROSE}{sep}{_PROSE}{sep}" for _ in range(30)]
    text = "Rain on the Plain\n\n" + "\f".join(pages)
    whole = segmenter.segment(text)
    cut = list(segmenter.iter_segment(text, window=500))
    assert len(whole) == 1
    assert cut == whole


def test_a_paragraph_cut_by_a_window_end_is_joined_again() -> None:
    """A window that ends inside a paragraph (no paragraph end near its end) leaves the
    paragraph's two halves to be joined: one paragraph, as read whole."""
    words = " ".join(f"word{i}" for i in range(3000))
    text = "A Long Paragraph\n\n" + "\n".join(
        words[k : k + 70].strip() for k in range(0, len(words), 70)) + "\n"
    whole = segmenter.segment(text)
    cut = list(segmenter.iter_segment(text, window=1000))
    assert [len(a.paragraphs) for a in cut] == [len(a.paragraphs) for a in whole] == [1]
    assert cut[0].body.split() == whole[0].body.split()


@pytest.mark.parametrize("brk", ["\n", "\r", "\r\n", "\u2028", "\x85", "\f"])
def test_the_window_line_cap_counts_every_line_terminator(brk: str) -> None:
    """Regression (issue 26.14): the cap on a window's lines counted only "\\n", so a
    flood of short lines ended by "\\r" or "\\u2028" made windows unbounded in lines."""
    text = ("ab" + brk) * (3 * MIN_WINDOW_LINES)
    size = 4 * MIN_WINDOW_LINES * len(brk)  # characters enough for more than the cap
    window, final = Buffer([text]).window(size)
    assert not final
    assert len(split_lines(window)) == max(MIN_WINDOW_LINES, size // MIN_LINE_CHARS)
