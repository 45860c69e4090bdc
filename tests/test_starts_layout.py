"""Layout measurement: gaps between content lines, double spacing, wrap width, indented
paragraphs and type sizes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from segmenter.lines import LineStyle, split_lines
from segmenter.marking.artifacts import Mark
from segmenter.marking.content import Content, read_content
from segmenter.starts.layout import (
    TITLE_SIZE_RATIO,
    Layout,
    double_spaced,
    measure,
    type_sizes,
    wrap_width,
)


def _measure(text: str, marks: dict[int, Mark] | None = None) -> tuple[Content, Layout]:
    c = read_content(text, split_lines(text), marks or {})
    return c, measure(c)


def test_gaps_count_blank_lines_and_pass_over_artifacts() -> None:
    """A marked line between two paragraphs does not hide the blank lines around it:
    the gap is the smaller run on either side of it."""
    text = "One.\n\n\nTwo.\n\n7\n\nThree.\n"
    _, layout = _measure(text, {5: Mark("page_number", "test")})
    assert layout.raw_gaps == [0, 2, 1]


def test_double_spacing_is_undone() -> None:
    """A blank line after every line, with sentences wrapping across them, is spacing."""
    lines = ["The council met on Monday to discuss the plan for", "the river and the bridge.",
             "Members said the vote would come later in", "the year, after the hearings."]
    text = "\n\n".join(lines) + "\n"
    _, layout = _measure(text)
    assert layout.raw_gaps == [0, 1, 1, 1]
    assert layout.gaps == [0, 0, 0, 0]


def test_single_spaced_text_keeps_its_gaps() -> None:
    _, layout = _measure("One line that runs on\nand ends.\n\nA new paragraph.\n")
    assert layout.gaps == layout.raw_gaps == [0, 0, 1]


@given(st.lists(st.integers(10, 200), min_size=1, max_size=50))
def test_wrap_width_is_a_length_of_the_text(lengths: list[int]) -> None:
    """The wrap width is one of the measured lengths, and no line but a tenth is longer."""
    width = wrap_width(lengths)
    assert width in lengths or width == 20
    assert sum(n > width for n in lengths) <= len(lengths) // 10 + 1


def test_wrap_width_of_text_too_short_to_measure() -> None:
    assert wrap_width([]) == 80
    assert wrap_width([3, 5]) == 80


def test_double_spaced_needs_sentences_wrapping_across_blank_lines() -> None:
    """Paragraphs of one line each, a blank line between, are not double spacing."""
    assert not double_spaced([0, 1, 1, 1], [True] * 4, [False] * 4)


def test_indented_paragraphs() -> None:
    """Some lines indented, fewer than half: indents mark paragraphs; all of them
    indented is a shifted text."""
    text = "  First paragraph opens\nand runs on\nto its end.\n  Second one opens\nand ends.\n"
    c, layout = _measure(text)
    assert c.indented == [True, False, False, True, False]
    assert layout.indent_paragraphs
    shifted = "".join("  " + line + "\n" for line in text.split("\n") if line)
    assert not _measure(shifted)[1].indent_paragraphs


def test_type_sizes_find_the_body_size_and_the_larger_lines() -> None:
    """The body size is the one most characters are set in; a title is set larger."""
    text = "Big title\nbody text that runs long\nmore body text here\n"
    c = read_content(text, split_lines(text), {})
    title = TITLE_SIZE_RATIO * 10.0  # just large enough
    styles = [LineStyle(title, True), LineStyle(10.0, False), LineStyle(10.0, False)]
    sizes = type_sizes(c, styles)
    assert sizes.body == 10.0
    assert [sizes.large(p) for p in range(3)] == [True, False, False]
    assert not type_sizes(c, None).large(0)


def test_a_line_right_under_a_line_set_alike_continues_it() -> None:
    """A PDF line standing under the one before it at the text's leading, in the same
    type, is a line of the same paragraph or heading (never a title's first line); one
    after a wider gap, or in another weight, is not."""
    text = "A standfirst set large\nruns on here\n\nGap Above\nBold Below\n"
    c = read_content(text, split_lines(text), {})
    styles = [LineStyle(12.0, False, top=100.0, bottom=112.0),
              LineStyle(12.0, False, top=112.5, bottom=124.5), None,
              LineStyle(12.0, False, top=150.0, bottom=162.0),
              LineStyle(12.0, True, top=162.5, bottom=174.5)]
    sizes = type_sizes(c, styles)
    assert [sizes.continues(p) for p in range(4)] == [False, True, False, False]
    assert not type_sizes(c, None).continues(1)
