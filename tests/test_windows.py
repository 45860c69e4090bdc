"""Windows for streaming: windows end at line ends, and a window hands the next one
where it starts and the article it opens with."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import segmenter
from segmenter import pipeline
from segmenter.artifacts import Mark
from segmenter.windows import Buffer, Head, inherit_marks


@given(st.lists(st.text("ab\n\r", max_size=30), max_size=10), st.integers(1, 40))
def test_buffer_windows_end_at_line_ends_and_cover_the_text(chunks: list[str],
                                                            size: int) -> None:
    """Windows advanced by their own length give back the text, each ending at a line
    end (or the text's end), none shorter than asked but the last."""
    buf = Buffer(chunks)
    got = []
    while True:
        window, final = buf.window(size)
        got.append(window)
        if final:
            break
        assert len(window) >= size and window[-1] in "\n\r"
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
