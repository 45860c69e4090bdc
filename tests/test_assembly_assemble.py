"""Assembly: one Article from a start and its body lines."""

from __future__ import annotations

import segmenter
from segmenter.assembly.assemble import assemble
from segmenter.grammar.bylines import parse_byline
from segmenter.grammar.dates import NumericOrder
from segmenter.lines import split_lines
from segmenter.marking.content import Content, read_content
from segmenter.starts.layout import Layout, measure
from segmenter.starts.rules import Start


def _order(c: Content) -> NumericOrder:
    return NumericOrder(c.text)


def _read(text: str) -> tuple[Content, Layout]:
    c = read_content(text, split_lines(text), {}, offset=1000, has_pages="\f" in text)
    return c, measure(c)


def _keep(left: str, right: str) -> bool:
    return False


def test_article_fields_from_title_byline_and_body() -> None:
    text = ("Bridge plan\ndelayed by the\ncouncil\nJane Doe, Rudaw, June 24, 2015\n\n"
            "GENEVA (Reuters) - The council met on Monday to discuss the capabili-\n"
            "ties of the bridge. See https://example.org/plan.\n")
    c, layout = _read(text)
    start = Start((0, 1, 2), (3,), parse_byline(c.texts[3]), "byline", "test")
    got = assemble(c, layout, start, [4, 5], _keep, _order(c))
    a = got.article
    assert a.title == "Bridge plan delayed by the council"
    assert a.byline is not None and a.byline.outlet == "Rudaw"
    assert text[a.byline.span.start - 1000 : a.byline.span.end - 1000] == c.texts[3]
    assert a.dateline == "GENEVA (Reuters)"
    assert a.body.startswith("GENEVA (Reuters) - The council met") and "capabilities" in a.body
    assert a.urls == ("https://example.org/plan",)
    assert (a.span.start, a.span.end) == (1000, 1000 + len(text) - 1)
    assert got.closing == {} and got.body == [4, 5]


def test_a_closing_list_of_links_is_boilerplate_outside_the_body() -> None:
    text = "Title\n\nThe council met on Monday.\nRelated posts\nFloods\nFerries\n"
    c, layout = _read(text)
    whole = Start((0,), (), None, "whole text", "test")
    got = assemble(c, layout, whole, [1, 2, 3, 4], _keep, _order(c))
    assert got.article.body == "The council met on Monday."
    assert sorted(got.closing) == [3, 4, 5]  # line indexes
    assert got.body == [1]


def test_sub_headings_stay_in_the_body_and_are_listed() -> None:
    text = ("Title\n\nThe council met on Monday to discuss the plan for the bridge.\n\n"
            "Background\n\nThe plan was first put forward ten years ago by the mayor.\n")
    c, layout = _read(text)
    whole = Start((0,), (), None, "whole text", "test")
    got = assemble(c, layout, whole, [1, 2, 3], _keep, _order(c))
    assert got.article.headings == ("Background",)
    assert got.headings == {2}
    assert got.article.paragraphs[1] == "Background"


def test_pages_of_an_article_across_a_form_feed() -> None:
    text = "Title\n\nThe council met on Monday to discuss\n\fthe plan for the bridge.\n"
    c, layout = _read(text)
    whole = Start((0,), (), None, "whole text", "test")
    got = assemble(c, layout, whole, [1, 2], _keep, _order(c))
    assert got.article.pages == (1, 2)
    assert got.article.body == "The council met on Monday to discuss the plan for the bridge."


def test_an_author_line_without_a_credit_word_names_an_author_the_dump_credits() -> None:
    """Regression: "Ana Costa, Harbour City" under a standfirst gave no author, though
    the article before credited her with "By Ana Costa, Harbour City"."""
    text = ("The Harbour Times, 3 May 2024, p. 5\n\nDock workers vote to strike\n\n"
            "By Ana Costa, Harbour City\n"
            "Dock workers at the container terminal voted on Tuesday to strike.\n\n"
            "Harbour Evening News, 2 May 2024\n\nFerry fares to rise in June\n\n"
            "Ana Costa, Harbour City\n"
            "The ferry company will raise its fares by ten per cent from June.\n\n"
            "The Harbour Times, 30 April 2024\n\nLibrary to open on Sundays\n\n"
            "Tom Reilly, Harbour City\n"
            "The central library will open on Sunday afternoons from July.\n")
    articles = segmenter.segment(text)
    assert [a.title for a in articles] == [
        "Dock workers vote to strike", "Ferry fares to rise in June", "Library to open on Sundays"]
    assert [a.byline.authors if a.byline else None for a in articles] == [
        ("Ana Costa",), ("Ana Costa",), ()]
    assert [a.byline.outlet if a.byline else None for a in articles] == [
        "The Harbour Times", "Harbour Evening News", "The Harbour Times"]
