"""split_lines: offsets, stripped text and pages, on both of its paths."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from segmenter.lines import split_lines


def _check(text: str, page: int, after_form_feed: bool) -> None:
    lines = split_lines(text, page=page, after_form_feed=after_form_feed)
    assert [ln.raw for ln in lines] == text.splitlines()
    feed_before = after_form_feed
    for k, ln in enumerate(lines):
        assert ln.index == k
        assert text[ln.start : ln.end] == ln.raw
        assert ln.text == ln.raw.strip(" \t\u200b")  # the blanks these texts hold
        assert ln.blank == (ln.text == "")
        assert ln.blank or text[ln.text_start : ln.text_end] == ln.text
        assert (lines.text_start(k), lines.text_end(k)) == (ln.text_start, ln.text_end)
        assert ln.after_form_feed == feed_before
        assert ln.page == page + text.count("\f", 0, ln.start)
        end = ln.end + (2 if text.startswith("\r\n", ln.end) else 1)
        feed_before = text[ln.end : end] == "\f"
        if k + 1 < len(lines):
            assert lines[k + 1].start == end


@given(st.text("ab \t\u200b\n", max_size=40), st.integers(1, 5), st.booleans())
def test_newline_only_text(text: str, page: int, after_form_feed: bool) -> None:
    """Text whose only terminator is "\\n" takes the fast path."""
    _check(text, page, after_form_feed)


@given(st.text("ab \t\n\f", max_size=40), st.integers(1, 5), st.booleans())
def test_newline_and_form_feed_text(text: str, page: int, after_form_feed: bool) -> None:
    """Text extracted from a PDF ("\\n" and "\\f" only) takes the fast path too."""
    _check(text, page, after_form_feed)


@given(st.text("ab \u200b\n\r\f\x1c\u2028", max_size=40), st.integers(1, 5), st.booleans())
def test_any_terminators(text: str, page: int, after_form_feed: bool) -> None:
    _check(text, page, after_form_feed)


def test_lines_index_slice_and_iterate_alike() -> None:
    """Lines keeps fields in lists; indexing, slicing and iterating build equal Lines."""
    lines = split_lines("a\n\n  b\n")
    assert len(lines) == 3
    assert list(lines) == [lines[0], lines[1], lines[2]] == lines[:]
    assert lines[-1] == lines[2] and lines[-1].text == "b" and lines[-1].indent == 2
    assert lines[1:] == [lines[1], lines[2]] and lines[::2] == [lines[0], lines[2]]
    assert lines.blanks == [False, True, False] and lines.texts == ["a", "", "b"]
    for bad in (3, -4):
        try:
            lines[bad]
        except IndexError:
            continue
        raise AssertionError(f"lines[{bad}] did not raise IndexError")
