"""Byline search: which content lines are tried as bylines, and the one- and two-line
bylines found there."""

from __future__ import annotations

from unittest import mock

from segmenter.grammar.bylines import parse_byline
from segmenter.lines import split_lines
from segmenter.marking.content import read_content
from segmenter.starts import byline_search
from segmenter.starts.byline_search import BylineSearch, may_hold_byline
from segmenter.starts.layout import measure


def _search(text: str) -> BylineSearch:
    c = read_content(text, split_lines(text), {})
    return BylineSearch(c, measure(c))


def test_hints_are_lines_with_a_year_or_opening_with_by() -> None:
    s = _search("Title\nJane Doe, Rudaw, June 24, 2015\nWritten by Ann Lee\nStandby power\n")
    assert s.hints() == {1, 2}


def test_hints_include_credit_words_of_every_language_without_a_year() -> None:
    text = ("Von Katrin Vogel\nTitel\n  Par Jean Dupont\n\fPor Ana García\nDoor Jan Smit\n"
            "Stand by me\nVonnegut wrote\nDi Marco Rossi\n")
    assert _search(text).hints() == {0, 2, 3, 4, 7}


def test_may_hold_byline_sees_a_credit_word_on_the_first_line() -> None:
    assert may_hold_byline("Von Katrin Vogel\n\nText.\n")
    assert may_hold_byline("Titel\nPar Jean Dupont\n\nTexte.\n")
    assert not may_hold_byline("Vonnegut\n\nStand by me.\n")


def test_one_line_byline() -> None:
    s = _search("Title\nJane Doe, Rudaw, June 24, 2015\n\nBody.\n")
    found = s.at(1)
    assert found is not None
    parsed, lines = found
    assert lines == [1] and parsed.authors == ("Jane Doe",) and parsed.outlet == "Rudaw"
    assert s.at(0) is None and s.at(2) is None


def test_by_line_then_outlet_and_date_line() -> None:
    s = _search("Title\nBy Jane Doe\nThe Lakeside Times, June 24, 2015\n\nBody.\n")
    found = s.at(1)
    assert found is not None
    parsed, lines = found
    assert lines == [1, 2]
    assert (parsed.authors, parsed.outlet, str(parsed.date)) == (
        ("Jane Doe",), "The Lakeside Times", "2015-06-24")


def test_byline_wrapped_in_a_narrow_column() -> None:
    """The first half holds a field separator; the joined line must parse with a date."""
    s = _search("Title\nJane Doe, The Lakeside\nTimes, 24 June 2015\n\nBody.\n")
    found = s.at(1)
    assert found is not None and found[1] == [1, 2]
    assert found[0].outlet == "The Lakeside Times"


def test_each_distinct_line_is_parsed_once() -> None:
    """An export repeating one byline line parses it once per window."""
    text = "".join(f"Title {n}\nJane Doe, Rudaw, June 24, 2015\n\nBody.\n\n" for n in range(5))
    s = _search(text)
    with mock.patch.object(byline_search, "parse_byline", wraps=parse_byline) as parse:
        assert all(s.at(p) is not None for p in (1, 4, 7, 10, 13))  # content positions
        assert s.at(1) is not None
    assert parse.call_count == 1


def test_may_hold_byline() -> None:
    assert may_hold_byline("a year 2015 in it") and may_hold_byline("by someone")
    assert not may_hold_byline("Title\n\nNothing here.\n")



def test_a_line_ending_the_sentence_the_line_above_began_is_no_byline() -> None:
    """Regression: "von Oliver Berg und Hasan Kaya." closing a sentence of a podcast's
    transcript ("... und über den Rauswurf" / "von Oliver Berg und Hasan Kaya.") was
    read as a credit, the line above as a title: a spurious article. The same words
    opening their own line after a finished sentence (or a gap) are a credit."""
    inside = _search("Wir sprechen heute über die Meisterschaft und über den Rauswurf\n"
                     "von Oliver Berg und Hasan Kaya.\nDanach geht es weiter.\n")
    assert inside.at(1) is None
    alone = _search("Die Meisterschaft ist entschieden.\nVon Oliver Berg und Hasan Kaya\n"
                    "Danach geht es weiter.\n")
    found = alone.at(1)
    assert found is not None and found[0].authors == ("Oliver Berg", "Hasan Kaya")
