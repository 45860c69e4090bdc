"""A periodical's back matter: adverts under their heading in the middle of an issue, and
the publisher's notices that close it (issue 16)."""

from __future__ import annotations

import segmenter
from segmenter.assembly.backmatter import adverts_at
from segmenter.lines import Lines, split_lines
from segmenter.marking.content import read_content


def _lines(text: str) -> tuple[str, Lines]:
    return text, split_lines(text)

_PARA = ("The committee tested the new pumps for a month in the lower gallery and found\n"
         "that they drained the workings twice as fast as the old engines had done.\n\n"
         "The cost of running them was lower too, and the engineers expect the mine to\n"
         "reach the next level before the end of the year, if the rock stays dry.\n\n")
_SEP = "\n       *       *       *       *       *\n\n\n\n\n"
_PIECES = [("THE NEW PUMPS.", "MARTA KOVAC"), ("A VISIT TO THE QUARRIES.", "PAUL LINDQVIST"),
           ("THE GLASS WORKS.", "RUTH MORENO"), ("NOTES ON THE RIVER.", "TOM ASHBY")]
_NOTICES = (
    "A LIST of the papers printed in the REVIEW since its first number may be had\n"
    "gratis at this office.\n" + _SEP
    + "THE\nMINING REVIEW.\n\nPUBLISHED WEEKLY.\n\nTerms of Subscription, $5 a year.\n\n"
    "Sent by mail, postage prepaid, to subscribers in any part of the country.\n\n"
    "All the back numbers can be had. Price, 10 cents each.\n" + _SEP
    + "PATENTS.\n\nOur agency obtains patents on the best terms. Any person may learn, free\n"
    "of charge, whether a patent can be had, by writing to us. Address\n\n"
    "KOVAC & CO., 12 HIGH STREET, LEEDS.\n")


def _piece(title: str, author: str) -> str:
    return f"{title}\n\nBY {author}.\n\n\n{_PARA}{_SEP}"


def test_notices_closing_an_issue_are_boilerplate_not_articles() -> None:
    """Regression: the publisher's notices after an issue's last article (a catalogue
    offered gratis, the terms of subscription, an agent's advert) came back as two more
    articles, the first of them glued to the last article's body."""
    text = "".join(_piece(*p) for p in _PIECES) + _NOTICES
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == [t for t, _ in _PIECES]
    last = doc.articles[-1]
    assert "gratis" not in last.body
    assert last.span.end < text.index("A LIST of the papers")
    kept = "".join(a.text for a in doc.artifacts if a.kind == "boilerplate")
    assert "Terms of Subscription" in kept and "PATENTS." in kept


def test_one_mention_of_a_subscription_closes_no_issue() -> None:
    """A last piece that mentions a subscription in passing is an article."""
    closing = ("A NOTE TO READERS.\n\nBY TOM ASHBY.\n\n\nOur readers have asked for a\n"
               "weekly number, and the subscription will not rise this year.\n\n" + _PARA)
    doc = segmenter.analyze("".join(_piece(*p) for p in _PIECES[:3]) + closing)
    assert [a.title for a in doc.articles][-1] == "A NOTE TO READERS."


def test_adverts_under_their_heading_end_an_article_body() -> None:
    """Regression: "ADVERTISEMENTS." and the book adverts after it, in the middle of an
    issue, were the text of the article before them."""
    adverts = ("ADVERTISEMENTS.\n\n\n\nTHE MINING REVIEW.\n\nSINGLE COPIES $0.04\n\n"
               "The Child's Book of Rocks. Illustrated. 8vo, Cloth, $1.00.\n\n\n\n")
    text = _piece(*_PIECES[0]) + _PARA + adverts + "".join(_piece(*p) for p in _PIECES[1:])
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == [t for t, _ in _PIECES]
    assert "Child's Book" not in doc.articles[0].body
    assert any(a.text.startswith("ADVERTISEMENTS.") and a.kind == "boilerplate"
               for a in doc.artifacts)
    content = read_content(*_lines("Some text.\n*Advertisements*\nMore.\n"), {})
    assert adverts_at(content, [0, 1, 2]) == 1
    content = read_content(*_lines("Our advertisements bring in money.\n"), {})
    assert adverts_at(content, [0]) is None


def test_adverts_set_out_as_articles_after_their_heading_are_no_articles() -> None:
    """Regression: "ADVERTISEMENTS." and the adverts after it, each under a heading of
    its own and set apart as articles are, came back as four articles (Harper's Young
    People); the article after them, which prices nothing, is kept."""
    adverts = ("ADVERTISEMENTS.\n\n\n\n\nTHE MINING REVIEW.\n\nThe Mining Review is issued\n"
               "every Tuesday. Single copies $0.04; one subscription, one year, $1.50.\n"
               "Address the publishers.\n\n\n\n\nBOOKS FOR SCHOOLS.\n\n"
               "The Child's Book of Rocks. Illustrated. 8vo, Cloth, $1.00.\n\n"
               "Rocks and Rivers. With Maps. 16mo, Half Leather, $1.12.\n\n\n\n\n")
    pieces = "".join(_piece(*p) for p in _PIECES[:2])
    text = pieces + adverts + "".join(_piece(*p) for p in _PIECES[2:])
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == [t for t, _ in _PIECES]
    assert not any("Rocks" in a.body for a in doc.articles)
    assert doc.articles[1].span.end < text.index("ADVERTISEMENTS.")
