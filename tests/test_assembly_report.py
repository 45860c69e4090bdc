"""Report: artifacts, preamble and line roles derived from the stages' results."""

from __future__ import annotations

import segmenter
from segmenter.assembly.report import artifacts, preamble
from segmenter.lines import split_lines
from segmenter.marking.artifacts import Mark
from segmenter.marking.content import read_content


def test_roles_name_each_line_and_why() -> None:
    """Cover text is preamble; title, byline, heading and body lines say so; a byline
    shape refused as a start says which rule refused it."""
    text = ("Weekly review\n\nBridge plan delayed\nJane Doe, Rudaw, June 24, 2015\n\n"
            "The council met on Monday to discuss the plan for the bridge over it.\n"
            "Ann Lee, City News, June 25, 2015\n\nBackground\n\n"
            "The plan was first put forward ten years ago by the mayor of the town.\n")
    doc = segmenter.analyze(text)
    roles = {r.line: (r.role, r.reason) for r in doc.lines}
    assert roles[1] == ("preamble", "before the first article")
    assert roles[2] == ("blank", "")
    assert roles[3] == ("title", "title of article 1 (byline rule): byline on line 4")
    assert roles[4][0] == "byline" and "outlet='Rudaw'" in roles[4][1]
    assert roles[6] == ("body", "body of article 1")
    assert roles[7] == ("body", "not a start (byline rule): byline-shaped, but no title "
                                "stands before it")
    assert roles[9][0] == "heading"


def test_consecutive_boilerplate_lines_make_one_artifact() -> None:
    """Boilerplate lines with only blank lines between them are one block; text between
    two of them starts a new one."""
    text = "Body.\nTags: a\n\nTags: b\nMore body.\nTags: c\n"
    lines = split_lines(text)
    marks = {i: Mark("boilerplate", "test") for i in (1, 3, 5)}
    c = read_content(text, lines, marks)
    got = artifacts(c, marks, len(lines))
    assert [(a.kind, a.text, a.line) for a in got] == [
        ("boilerplate", "Tags: a\n\nTags: b", 2), ("boilerplate", "Tags: c", 6)]


def test_a_page_number_without_form_feeds_takes_its_page_from_the_mark() -> None:
    text = "Body text.\n7\nMore text.\n"
    lines = split_lines(text)
    marks = {1: Mark("page_number", "test", 7)}
    c = read_content(text, lines, marks)
    (art,) = artifacts(c, marks, len(lines))
    assert (art.kind, art.page, art.span.start, art.span.end) == ("page_number", 7, 11, 12)


def test_preamble_is_the_text_before_the_first_article() -> None:
    text = "Cover\n\nTitle\n"
    c = read_content(text, split_lines(text), {})
    assert preamble(c, []) == ("Cover\n\nTitle", c.span(0, 12))
