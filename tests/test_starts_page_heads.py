"""Page heads: a press archive prints the same head (outlet, section, date) over every
page of an article; it credits the titled start under it and starts nothing where the
article runs on to a new page."""

from __future__ import annotations

import datetime as dt

import segmenter

_HEAD = "Harbour Times CITY {day}\nall editions Page 7\n\n"
_FRI, _MON = "Friday, 5 May 2023", "Monday, 8 May 2023"


def _para(thing: str, n: int) -> str:
    return (f"In week {n} the {thing} board met the users of the {thing} again, and most\n"
            f"of them said the plan for the {thing} would hurt the people who need it; the\n"
            f"board answered that the money for the {thing} ran out in the spring.\n\n")


def _archive() -> str:
    """Three pages: an article over two (its second page opening inside a sentence),
    then another article of the same day, and one of another day on a page each."""
    first = (_HEAD.format(day=_FRI) + "Ferry timetable cut to four crossings\nBy Mara "
             "Lindqvist\n\n" + _para("ferry", 1) + _para("ferry", 2)
             + "The council will vote on the timetable in June, and the ferry company\n"
             "said it would keep the early crossing if the")
    second = (_HEAD.format(day=_FRI) + "council pays for the crew, which it has not done "
              "since the\nwinter began.\n\n" + _para("crossing", 3))
    third = (_HEAD.format(day=_FRI) + "Library keeps its doors open on Sundays\nBy Tomas "
             "Berglund\n\n" + _para("library", 1))
    fourth = (_HEAD.format(day=_MON) + "Cyclists ask for a lane over the old bridge\n"
              "By Ines Halvorsen\n\n" + _para("bridge", 1))
    return "\f".join([first, second, third, fourth])


def test_a_page_head_credits_the_titled_article_under_it() -> None:
    """Regression: the head over an archive's article read as a credit of its own, an
    article of one line ("all editions Page 7") before the titled one, whose byline
    then had no outlet or date."""
    got = segmenter.segment(_archive())
    assert [a.title for a in got] == ["Ferry timetable cut to four crossings",
                                      "Library keeps its doors open on Sundays",
                                      "Cyclists ask for a lane over the old bridge"]
    assert [a.byline.authors if a.byline else () for a in got] == [
        ("Mara Lindqvist",), ("Tomas Berglund",), ("Ines Halvorsen",)]
    assert [a.byline.date if a.byline else None for a in got] == [
        dt.date(2023, 5, 5), dt.date(2023, 5, 5), dt.date(2023, 5, 8)]
    assert all(a.byline is not None and a.byline.outlet for a in got)


def test_a_page_head_over_a_page_the_article_runs_on_to_starts_nothing() -> None:
    """Regression: where an article runs on to a new page, the page's head (the same
    as on its first page) started an untitled article and cut the sentence in two; it
    is now a running header, out of the body, and the sentence is whole."""
    doc = segmenter.analyze(_archive())
    first = doc.articles[0]
    assert "early crossing if the council pays for the crew" in first.body
    assert not any("Harbour Times" in a.body or "all editions" in a.body
                   for a in doc.articles)
    heads = [x for x in doc.artifacts if x.text.startswith("Harbour Times CITY")]
    assert [x.kind for x in heads] == ["running_header"]


def test_a_page_head_right_after_the_articles_own_head_leaves_the_body() -> None:
    """The article's head closes a page and its text opens the next, under the page's
    head: that head is the body's first line, and is taken out as the others are."""
    head = _HEAD.format(day=_FRI)
    text = (_archive().split("\f")[0] + "\f" + head + "Cyclists ask for a lane over the old bridge\n"
            "By Ines Halvorsen\n\f" + head + _para("bridge", 1) + _para("bridge", 2))
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles][-1] == "Cyclists ask for a lane over the old bridge"
    assert doc.articles[-1].body.startswith("In week 1 the bridge board")
