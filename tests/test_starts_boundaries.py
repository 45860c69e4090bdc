"""Article starts: the golden dumps of tests/cases/boundaries.json, and the START_RULES
table that finds them."""

from __future__ import annotations

from typing import Any

import pytest

import segmenter
from segmenter.lines import LineStyle, split_lines
from segmenter.marking.content import read_content
from segmenter.pipeline import analyze_text
from segmenter.starts.boundaries import START_RULES, find_starts
from segmenter.starts.byline_search import BylineSearch
from segmenter.starts.layout import measure, type_sizes
from segmenter.starts.rules import Context, Found, Start, StartRule

from .conftest import load_cases

CASES = load_cases("boundaries")
_BLANK = " \t\f\r"


def _text_and_offsets(lines: list[str]) -> tuple[str, list[int]]:
    """The dump the case's lines make, and where the text of each line starts in it."""
    offsets, at = [], 0
    for line in lines:
        offsets.append(at + len(line) - len(line.lstrip(_BLANK)))
        at += len(line) + 1
    return "\n".join(lines) + ("\n" if lines else ""), offsets


def _rule(doc: segmenter.Document, article: segmenter.Article) -> str | None:
    """The rule named in the reason of an article's first title line (under a credit
    that opens the article, or on its first line)."""
    for role in doc.lines:
        if (role.role == "title" and role.span.end + 1 > article.span.start
                and role.span.start < article.span.end):
            return role.reason.split("(", 1)[1].split(" rule)", 1)[0]
    return None


def test_case_file_has_enough_cases() -> None:
    """At least 40 labelled dumps, a good share of them with lines that must start nothing."""
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if c.get("not_starts")) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_boundary_case(case: dict[str, Any]) -> None:
    """Articles start exactly at the marked lines (1-based), never at the lines marked
    as no start, and were found by the rules named."""
    text, offsets = _text_and_offsets(case["lines"])
    doc = segmenter.analyze(text)
    found = [a.span.start for a in doc.articles]
    assert found == [offsets[n - 1] for n in case["starts"]]
    for n in case.get("not_starts", []):
        assert offsets[n - 1] not in found
    if "rules" in case:
        assert [_rule(doc, a) for a in doc.articles] == case["rules"]


def test_every_rule_has_a_unique_name_and_a_docstring() -> None:
    """The table is what --explain names: one entry per rule, each documented."""
    names = [r.name for r in START_RULES]
    assert len(names) == len(set(names))
    assert all(r.find.__doc__ for r in START_RULES)
    # anchors first: the rules after learn from them
    assert names[:4] == ["format", "counter", "numbered", "byline"]
    assert [r.name for r in START_RULES if r.anchors] == [
        "format", "counter", "numbered", "byline"]
    assert [r.name for r in START_RULES if r.alone] == ["format", "counter", "numbered"]


def test_a_start_taken_by_an_earlier_rule_is_not_taken_again() -> None:
    """Two rules finding the same line give one start, the earlier rule's."""
    def twice(ctx: Context, found: Found) -> list[Start]:
        return [Start((0,), (), None, "again", "a second look")]

    text = "Bridge plan delayed\nJane Doe, Rudaw, June 24, 2015\n\nThe council met.\n"
    lines = split_lines(text)
    content = read_content(text, lines, {})
    layout = measure(content)
    ctx = Context(content, layout, type_sizes(content, None), BylineSearch(content, layout))
    got = find_starts(ctx, rules=(*START_RULES[:4], StartRule("again", twice)))
    assert [(s.first, s.rule) for s in got.starts] == [(0, "byline")]


_CREDITS_ABOVE = """The Harbour Times, 3 May 2024, p. 5

Port dispute

Dock workers vote to strike

Dock workers at the container terminal voted on Tuesday to strike from next month.
The port authority said it regretted the vote.

Harbour Evening News, 2 May 2024

Ferry fares to rise in June

The ferry company will raise its fares by ten per cent from the first of June.
Season tickets keep their old price.

The Harbour Times, 30 April 2024, No. 79

Library to open on Sundays

The central library will open on Sunday afternoons from July, the council said.
Staff will be paid at the weekend rate.
"""


def test_outlet_credits_above_their_titles_open_the_articles() -> None:
    """Regression: in a dump whose source lines stand over the headlines (a press
    archive's), each headline was read as the first line of the text under a credit
    without title, and the kicker over it too."""
    articles = segmenter.segment(_CREDITS_ABOVE)
    assert [a.title for a in articles] == [
        "Dock workers vote to strike", "Ferry fares to rise in June", "Library to open on Sundays"]
    assert [a.byline.outlet if a.byline else None for a in articles] == [
        "The Harbour Times", "Harbour Evening News", "The Harbour Times"]
    assert articles[0].paragraphs[0].startswith("Dock workers at the container")


def test_credits_under_their_titles_keep_the_titles_above() -> None:
    """The same articles with the credits under the titles: the titles stay above."""
    text = ("Dock workers vote to strike\nThe Harbour Times, 3 May 2024\n\n"
            "Dock workers voted on Tuesday to strike from next month.\n\n"
            "Ferry fares to rise in June\nHarbour Evening News, 2 May 2024\n\n"
            "The ferry company will raise its fares by ten per cent.\n\n"
            "Library to open on Sundays\nThe Harbour Times, 30 April 2024\n\n"
            "The central library will open on Sunday afternoons from July.\n")
    assert [a.title for a in segmenter.segment(text)] == [
        "Dock workers vote to strike", "Ferry fares to rise in June", "Library to open on Sundays"]


def _typeset(lines: list[tuple[str, float]]) -> tuple[str, list[LineStyle | None]]:
    """A text of ``lines`` with the type size of each (a PDF's), blank lines unstyled."""
    return ("".join(t + "\n" for t, _ in lines),
            [LineStyle(size, False) if t else None for t, size in lines])


def test_a_headline_set_large_over_a_standfirst_titles_the_byline_under_it() -> None:
    """Regression: on an archive's newspaper pages (a masthead with the place and date,
    the headline set large, a standfirst, "By ..."), the standfirst's last line was the
    title and the masthead an article of its own."""
    body = [("The harbour board met on Monday and agreed, after a long debate, to", 9.0),
            ("rebuild the old pier before the winter storms arrive in the bay.", 9.0),
            ("Work is to begin next month and last until the spring, it said.", 9.0)]
    lines: list[tuple[str, float]] = []
    for n, day in enumerate(("5 July 2023", "6 July 2023", "7 July 2023")):
        lines += [("HARBOUR CITY", 9.0), (f"Friday, {day}", 9.0), ("Region page 3", 8.0),
                  (f"Pier number {n} to be rebuilt", 24.0),
                  ("The board agreed on Monday after a long debate.", 12.0),
                  ("Work begins next month", 12.0), ("By Ana Costa", 8.0), *body, ("", 0)]
    text, styles = _typeset(lines)
    doc = analyze_text(text, styles)
    assert [a.title for a in doc.articles] == [f"Pier number {n} to be rebuilt" for n in range(3)]
    assert [str(a.byline.date) if a.byline else None for a in doc.articles] == [
        "2023-07-05", "2023-07-06", "2023-07-07"]
    assert all(a.byline is not None and a.byline.authors == ("Ana Costa",) for a in doc.articles)
    assert all(a.paragraphs[0].startswith("The board agreed") for a in doc.articles)


def test_a_bodys_first_line_running_on_past_a_blank_is_no_title_under_a_credit() -> None:
    """Regression: a double-spaced dump joined to a single-spaced one (a blank line
    between a paragraph's lines, the spacing not undone): the first line of a body,
    open at its end and carried on in lower case past the blank, was taken for a title
    under its credit, and the credits learned to stand above titles."""
    a = ("Iran Iran\n\n\n\nReuters, January 1, 2000\n\n\n\nThe the the the the the the the "
         "the the\n\nthe.\n\n\n\nThe the the the the.\n\n\n\n\n\nIran Iran\n\n\n\nOmar Doe, "
         "Reuters, 1 January 2000\n\n\n\nThe the the the the the.\n\n\n\n")
    b = ("Iran Iran\n\nReuters, January 1, 2000\n\nThe the the the the.\n\n\nIran Iran\n\n"
         "Reuters, January 1, 2000\n\nThe the the the the the the the the the\n\n1\n\nthe.\n\n"
         "The the the the the.\n\nThe the the the the.\n\nThe the the the the. The the the the"
         "\nthe.\n\nThe the the the the the the the the the.\nThe the the the the.\n\n")
    joined = segmenter.segment(a + b)
    assert [x.title for x in joined] == [x.title for x in segmenter.segment(a)] + [
        x.title for x in segmenter.segment(b)]


def test_a_credit_opening_a_page_takes_no_title_from_the_page_before() -> None:
    """Regression: a credit at the top of a page, with no title over it, took the
    previous page's last paragraph (its lines open at their ends, the last one in title
    case) for its title: the first article lost its text, the second was titled with
    it. A title never stands a page break away from its credit."""
    p1 = ("Harbour Plan Is Delayed\nJane Doe, Rudaw, June 1, 2015\n\n"
          "The council met on Monday to discuss the plan for the ferry, and the mayor\n"
          "said the work would begin in the spring if the money were found. The vote\n"
          "was put off until the autumn, and the engineers went home to wait for news\n"
          "from the Ferry Board\n")
    p2 = ("Omar Doe, Reuters, June 2, 2015\n\n"
          "A second story about the tunnel begins here, and it runs on for a while so\n"
          "that the reader has a paragraph to read before the end of the page comes.\n")
    got = segmenter.segment(p1 + "\f" + p2)
    assert [a.title for a in got] == ["Harbour Plan Is Delayed", None]
    assert got[0].body.endswith("to wait for news from the Ferry Board")
    assert got[1].byline is not None and got[1].byline.authors == ("Omar Doe",)
