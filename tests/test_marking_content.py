"""Content lines: the lines left for articles once blanks and artifacts are set aside,
and the questions every later stage asks about them."""

from __future__ import annotations

import segmenter
from segmenter.lines import split_lines
from segmenter.marking.artifacts import Mark
from segmenter.marking.content import Content, read_content

_TEXT = "Title here\n\n  indented line\nlower start.\n* * *\n\fAfter the break\n"


def _content() -> Content:
    lines = split_lines(_TEXT)
    marks = {4: Mark("separator", "a rule")}
    return read_content(_TEXT, lines, marks, offset=100, first_line=10, has_pages=True)


def test_content_positions_skip_blank_and_marked_lines() -> None:
    """Positions count the content lines only; ``index`` and ``position`` invert."""
    c = _content()
    assert c.texts == ["Title here", "indented line", "lower start.", "After the break"]
    assert c.index == [0, 2, 3, 6]
    assert all(c.position[i] == p for p, i in enumerate(c.index))
    assert len(c) == 4


def test_content_flags() -> None:
    """Sentence ends, case of the first letter, length and indent, per position."""
    c = _content()
    assert c.ends == [False, False, True, False]
    assert c.lower == [False, True, True, False]
    assert c.upper == [True, False, False, True]
    assert c.lengths == [10, 13, 12, 15]
    assert c.indented == [False, True, False, False]


def test_what_stands_between_content_lines() -> None:
    """A separator and a form feed before a line are seen; blank lines are not artifacts."""
    c = _content()
    assert list(c.before(1)) == [1]
    assert not c.separated_before(1)  # only a blank line between
    assert c.separator_before(3) and c.separated_before(3)
    assert c.page_break_before(3)
    assert not c.page_break_before(2)


def test_spans_and_pages_are_in_whole_text_terms() -> None:
    """Offsets from the window become offsets in the whole text; pages are known."""
    c = _content()
    assert c.span(0, 10).start == 100 and c.span(0, 10).end == 110
    assert c.page(6) == 2 and c.page(0) == 1


def test_markdown_headings_and_bold_credits_are_read_through_their_marks() -> None:
    """Regression: a digest written in Markdown ("### **The bridge plan**" over
    "**Ana Costa** | Le Monde | 1 May 2020") came back as one article: the marks hid
    the title's capital and the author's name. "#hashtag" stays text."""
    body = ("The council met on Monday to discuss the plan for the river and the new\n"
            "bridge over it. Members said the vote would come later in the year.\n\n")
    titles = ["The bridge plan", "Ferry prices rise", "Port strike ends"]
    text = "".join(f"### **{t}**\n\n**Ana Costa** | Le Monde | {n} May 2020\n\n{body}"
                   for n, t in enumerate(titles, 1)) + "#harbour #bridge\n"
    doc = segmenter.analyze(text)
    assert [(a.title, a.byline.authors if a.byline else ()) for a in doc.articles] == [
        (t, ("Ana Costa",)) for t in titles]
    assert doc.articles[-1].body.endswith("#harbour #bridge")
