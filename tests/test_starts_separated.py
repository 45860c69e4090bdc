"""Issues whose pieces stand between separator rows: short untitled items that credit
their source, tables whose rules look like separators, a contents list without page
numbers, and an outlet named alone in brackets over a title."""

from __future__ import annotations

from collections.abc import Collection

import segmenter
from segmenter.starts.shapes import title_like

from .issues import PARA, SEP, TITLES

_PARA, _SEP = PARA, SEP
_TITLES = TITLES
_AUTHORS = ["MARTA J. KOVAC", "PETER O. LUND", "ANA B. SILVA", "JONAS K. BERG",
            "EVA L. NOVAK", "OMAR T. HADDAD"]
_FILLER = ("Tobacco workers were spared by the fever, the doctors of the town report, as\n"
           "they were in an earlier epidemic.--_Medical World_.\n")


def _issue(*, signed: Collection[int], between: dict[int, str] | None = None,
           inside: dict[int, str] | None = None) -> str:
    """Six pieces in capitals between separator rows, those ``signed`` under a byline;
    ``between[n]``: a row and that text after piece ``n``; ``inside[n]``: that text in
    the middle of piece ``n``."""
    between, inside = between or {}, inside or {}
    parts = []
    for n, (title, author) in enumerate(zip(_TITLES, _AUTHORS, strict=True)):
        by = f"By {author}.\n\n\n" if n in signed else "\n"
        parts.append(f"{title}\n\n{by}{_PARA}{inside.get(n, '')}{_PARA}{_SEP}")
        if n in between:
            parts.append(between[n] + _SEP)
    return "".join(parts)


_ALL, _FIRST, _EVERY_OTHER = range(6), (0,), (0, 2, 4)


def test_a_filler_crediting_its_source_between_rows_is_an_untitled_item() -> None:
    """Regression: a short paragraph between two rows, closing with its source
    ("...epidemic.--_Medical World_."), was glued to the piece before it, whose outlet
    became the filler's. It is an untitled item with its own outlet, with layout
    learned from bylines (the separator rule) and without (the spaced rule)."""
    for signed in (_ALL, _FIRST):
        doc = segmenter.analyze(_issue(signed=signed, between={2: _FILLER}))
        got = [(a.title, a.byline.outlet if a.byline else None) for a in doc.articles]
        assert got == [*((t, None) for t in _TITLES[:3]), (None, "Medical World"),
                       *((t, None) for t in _TITLES[3:])], signed
        assert "Tobacco" not in doc.articles[2].body


def test_a_filler_without_a_credit_stays_with_the_piece_before() -> None:
    """A short paragraph between rows that credits nothing may be the last of a
    department's items: it is not cut off as an item of its own."""
    plain = _FILLER.replace("--_Medical World_.", "")
    doc = segmenter.analyze(_issue(signed=_ALL, between={2: plain}))
    assert [a.title for a in doc.articles] == _TITLES
    assert "Tobacco" in doc.articles[2].body


_TABLE = ("The wind blew as follows in the year of the trial:\n\n"
          "_______________________________________________\n"
          "      |No.    |No.    |No.    |Maximum\n"
          "      |hours  |hours  |hours  |velocity\n"
          "______|_______|_______|_______|________\n"
          "Jan.  | 545 45| 429 45| 289 00| 31\n"
          "Feb.  | 619 30| 533 15| 449 15| 32\n"
          "------+-------+-------+-------+--------\n"
          "                             Total.        $700\n\n")


def test_a_table_under_a_rule_does_not_hide_the_separator_layout() -> None:
    """Regression: a table's top rule (a row of underscores) read as a separator with a
    paragraph after it, so the pieces with bylines taught no separator layout and the
    headings without one were lost; a table's rows became titles."""
    doc = segmenter.analyze(_issue(signed=_EVERY_OTHER, inside={0: _TABLE}))
    assert [a.title for a in doc.articles] == _TITLES
    assert "Total." in doc.articles[0].body


def test_table_rows_are_no_titles() -> None:
    """A table's row (cells between bars, a figure set off in a column) is no title."""
    assert not title_like("Paddle   | 1879  | 31,862,858 |   0.1272")
    assert not title_like("Total.        $700")
    assert title_like("THE ANNUAL REPORT OF 1884")
    assert title_like("Ten Years, 1874-1884")


def test_a_contents_list_without_page_numbers_is_front_matter() -> None:
    """Regression: a masthead over "TABLE OF CONTENTS" whose entries, grouped by
    subject, carry no page numbers came back as two articles; the entries name the
    titles found below, which marks the list's end."""
    entries = ("I.    MINING.--The New Pumps.--By M. J. KOVAC.--Drained twice as fast.\n\n"
               "      A Visit to the Quarries.--Notes on the River.\n\n"
               "II.   INDUSTRY.--The Glass Works.--With engraving.\n\n"
               "      The Harbour Lights.--The Old Bridge.\n")
    masthead = ("THE MINING REVIEW NO. 12\n\n\n\nLONDON, MARCH 3, 1886\n\n"
                "The Mining Review, $5 a year.\n" + _SEP + "TABLE OF CONTENTS\n\n"
                + entries + _SEP)
    doc = segmenter.analyze(masthead + _issue(signed=_EVERY_OTHER))
    assert [a.title for a in doc.articles] == _TITLES
    assert "TABLE OF CONTENTS" in doc.preamble and "Glass Works" in doc.preamble


def test_an_outlet_named_alone_in_brackets_over_a_title_is_its_source() -> None:
    """Regression: "[NATURE.]" alone over a title, after a row, was read as nothing (no
    credit phrase): the outlet was lost. Over a title, a name in capitals alone in
    square brackets credits the piece's source; an editor's note does not."""
    text = _issue(signed=_EVERY_OTHER).replace(
        "NOTES ON THE RIVER.", "[HARBOUR REVIEW.]\n\n\n\nNOTES ON THE RIVER.").replace(
        "THE OLD BRIDGE.", "[TO BE CONTINUED.]\n\n\n\nTHE OLD BRIDGE.")
    doc = segmenter.analyze(text)
    got = [(a.title, a.byline.outlet if a.byline else None) for a in doc.articles]
    assert got[3] == ("NOTES ON THE RIVER.", "HARBOUR REVIEW")
    assert got[4][1] is None and [a.title for a in doc.articles] == _TITLES


def test_a_contents_list_names_the_headings_that_start_articles() -> None:
    """Issue 28 (and 29): an issue whose pieces have no byline and stand only one blank
    line apart, as its paragraphs do, came back as one article. Its contents list (in
    another order than the pieces, an entry with a section and a description around the
    title) names the headings: each starts an article, the list is preamble."""
    contents = ("CONTENTS\n\n"
                "I. MINING.--The Glass Works.--With engraving.\n"
                "The New Pumps\n"
                "Notes on the River\n"
                "A Visit to the Quarries\n\n\n\n")
    pieces = ["The New Pumps", "A Visit to the Quarries", "The Glass Works",
              "Notes on the River"]
    text = "THE HARBOUR REVIEW\n\n" + contents + "".join(
        f"{t}\n\n{_PARA}" for t in pieces)
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == pieces
    assert "CONTENTS" in doc.preamble
    reasons = [r.reason for r in doc.lines if r.role == "title"]
    assert all("named by the contents entry on line" in r for r in reasons)


def test_a_list_of_titles_opening_a_clipping_file_names_its_articles() -> None:
    """Issue 28: a clipping service's file whose first page lists the titles (no
    "Contents" over them) and whose articles stand one blank line apart, as paragraphs
    do: the titles found again start the articles, the list stays preamble. A masthead
    of a few lines, most not found again, names nothing."""
    pieces = ["Council approves the bridge plan", "Ferry prices to rise in spring",
              "Harbour board names a new chair", "Lighthouse to reopen for visitors"]
    front = "HARBOUR CITY PRESS CLIPPINGS\n" + "\n".join(pieces) + "\n\n\n"
    text = front + "".join(f"{t}\n\n{_PARA}" for t in pieces)
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == pieces
    assert doc.preamble.startswith("HARBOUR CITY PRESS CLIPPINGS")
    masthead = "HARBOUR CITY PRESS CLIPPINGS\nWeek 48\nEdited by the press office\n\n\n"
    assert len(segmenter.analyze(masthead + "".join(
        f"{t}\n\n{_PARA}" for t in pieces)).articles) == 1


def test_an_untitled_item_is_told_apart_by_its_lead() -> None:
    """Issue 29.4: an untitled item (a filler between rows) has no title to tell it by;
    ``Article.lead``, its first sentence, does, in Python and in JSON."""
    doc = segmenter.analyze(_issue(signed=_ALL, between={2: _FILLER}))
    item = next(a for a in doc.articles if a.title is None)
    assert item.lead == ("Tobacco workers were spared by the fever, the doctors of the town "
                         "report, as they were in an earlier epidemic.--_Medical World_.")
    assert doc.articles[0].lead == ("The committee tested the new pumps for a month in the "
                                    "lower gallery and found that they drained the workings "
                                    "twice as fast as the old engines had done.")
    assert doc.to_dict()["articles"][0]["lead"] == doc.articles[0].lead
