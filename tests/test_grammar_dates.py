"""Date expressions: the formats bylines use, and what must not count as a date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from segmenter.grammar.dates import (
    _DMY,
    _MDY,
    _NUMERIC,
    _TIME,
    _WEEKDAY,
    _WEEKDAY_AFTER,
    _YMD,
    NumericOrder,
    _to_date,
    find_dates,
    parse_date,
    parse_date_line,
)

from .conftest import load_cases, per_language

D = dt.date(2015, 6, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 24, 2015", D),
        ("June9 , 2015", dt.date(2015, 6, 9)),
        ("June 6,2015", dt.date(2015, 6, 6)),
        ("June15, 2015", dt.date(2015, 6, 15)),
        ("24 June 2015", D),
        ("Jun. 24, 2015", D),
        ("Wednesday, June 24, 2015", D),
        ("2015-06-24", D),
        ("2021/03/03", dt.date(2021, 3, 3)),
        ("December 05 2021", dt.date(2021, 12, 5)),
        ("24th of June, 2015", D),
        ("Sept. 3, 2019", dt.date(2019, 9, 3)),
        ("JUNE 24, 2015", D),
    ],
)
def test_parse_date_formats(text: str, expected: dt.date) -> None:
    """Every date format the byline grammar promises parses to the right day."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Covid-19, part 1", "May 2015", "June 31, 2015", "2015-13-01", "page 24", "1,000,000",
     "12/25", "June 24, 15", "3 in 2015"],
)
def test_not_a_date(text: str) -> None:
    """Numbers, impossible days and partial dates are no dates."""
    assert find_dates(text) == []


def test_find_dates_reports_positions() -> None:
    """Matches carry offsets into the string they were found in."""
    s = "From June 3, 2015 to 2015-07-04"
    found = find_dates(s)
    assert [s[m.start : m.end] for m in found] == ["June 3, 2015", "2015-07-04"]


# Fragments of the longest dates the grammar takes, and text around them.
_DATE_PARTS = ["Wednesday", "Wed.", "September", "Sept.", "SEPT", "ſept", "of", "30th",
               "1", "24", ",", " ", "   ", "2015", "1999", "-", "/", "06", "x", "12015",
               "By Ann Lee", "1er", "27.", "Februar", "de", "segunda-feira", "10:15", "AM",
               "T10:15:00Z", ".", ";", "Wed", "Mittwoch"]
# The date pattern without the guards that make find_dates fast: where the scan starts
# and the look-ahead for a date's first character.
_PLAIN_DATE = regex.compile(rf"(?<![\w-]){_WEEKDAY}(?:{_MDY}|{_DMY}|{_YMD}|{_NUMERIC})"
                            rf"{_TIME}{_WEEKDAY_AFTER}(?![\w-]|[/.]\d)",
                            regex.IGNORECASE | regex.VERSION0)


@given(st.lists(st.sampled_from(_DATE_PARTS), max_size=16))
def test_find_dates_finds_what_a_plain_full_scan_finds(parts: list[str]) -> None:
    """find_dates starts its scan shortly before the first year and turns away what
    cannot open a date; the plain pattern over the whole string must find the same
    dates at the same places."""
    text = "".join(parts)
    full = [(m.start(), m.end()) for m in _PLAIN_DATE.finditer(text)
            if _to_date(m) is not None]
    assert [(m.start, m.end) for m in find_dates(text)] == full


@pytest.mark.parametrize("date", ["Wednesday.,   September.   30th   ,   2015",
                                  "Wednesday.,   30th   of   September.,   2015"])
def test_longest_date_before_its_year_is_found_whole(date: str) -> None:
    """The most text the grammar allows before a year (every repeat at its bound)."""
    text = "x " * 30 + date
    assert [(str(m.date), m.start) for m in find_dates(text)] == [("2015-09-30", 60)]


DATE_CASES = load_cases("dates")


def test_date_case_file_has_enough_cases() -> None:
    """At least 120 date cases, 20 of them texts that are no date on their own, and ten
    for each language besides English."""
    assert len(DATE_CASES) >= 120
    assert sum(c["expect"] == "fail" for c in DATE_CASES) >= 20
    assert all(n >= 10 for n in per_language(DATE_CASES).values()), per_language(DATE_CASES)


@pytest.mark.parametrize("case", DATE_CASES, ids=[c["label"] for c in DATE_CASES])
def test_date_case(case: dict[str, Any]) -> None:
    """parse_date reads each golden text as its date, or as none; where the case says
    what find_dates finds in it, it finds those dates, in order."""
    got = parse_date(case["text"])
    assert (got.isoformat() if got else None) == case["date"]
    if case["expect"] == "pass":
        assert got is not None
    if "found" in case:
        found = find_dates(case["text"])
        assert [m.date.isoformat() if m.date else None for m in found] == case["found"]


def test_longest_date_of_any_language_before_its_year_is_found_whole() -> None:
    """The longest weekday, day, joining words and month the lexicons hold, every repeat
    at its bound: the scan, which starts shortly before the first year, still finds it."""
    from segmenter.lexicons import DATE_CONNECTORS, MONTHS, WEEKDAYS

    weekday = max(WEEKDAYS, key=len)
    month = max(MONTHS, key=len)
    join = max(DATE_CONNECTORS, key=len)
    date = f"{weekday}.,   30º.   {join}   {month}.,   {join}   2015"
    text = "x " * 40 + date
    found = find_dates(text)
    assert [(m.start, m.end) for m in found] == [(80, len(text))], (date, found)
    assert found[0].date is not None and found[0].date.day == 30


@pytest.mark.parametrize(("text", "expected"), [
    ("27. Februar 2012", "2012-02-27"), ("9 Januar 1993", "1993-01-09"),
    ("1er juin 2015", "2015-06-01"), ("3 de marzo de 2024", "2024-03-03"),
    ("3 de março de 2024", "2024-03-03"), ("2 de mayo del 2002", "2002-05-02"),
    ("24 giugno 2015", "2015-06-24"), ("24 juni 2015", "2015-06-24"),
    ("Mittwoch, 24. Juni 2015", "2015-06-24"), ("mercredi 24 juin 2015", "2015-06-24"),
    ("14/03/2024", "2024-03-14"), ("03/14/2024", "2024-03-14"), ("05.03.2012", "2012-03-05"),
    ("March 3, 2024 10:15 AM", "2024-03-03"), ("March 3, 2024, 10:15 a.m. EST", "2024-03-03"),
    ("2024-03-03T10:15:00Z", "2024-03-03"), ("2024-03-03T10:15:00+01:00", "2024-03-03"),
    ("July 1, 2015 Wednesday", "2015-07-01"), ("1º de junho de 2015", "2015-06-01"),
])
def test_dates_of_seven_languages_and_their_forms(text: str, expected: str) -> None:
    """Month names from CLDR, ordinals, "de" between parts, a time or a weekday after,
    ISO timestamps, and numeric dates whose numbers settle the order."""
    got = parse_date(text)
    assert got is not None and got.isoformat() == expected


@pytest.mark.parametrize("text", ["03/05/2012", "01-02-2015", "12/11/2010"])
def test_numeric_dates_that_could_be_either_order_give_no_date(text: str) -> None:
    """Day and month both 12 or less: the date is found (a byline still reads it as its
    date field) but given as None, never a guess."""
    (m,) = find_dates(text)
    assert m.date is None and (m.start, m.end) == (0, len(text))
    assert parse_date(text) is None


@pytest.mark.parametrize("forms", [
    ["June 24, 2015", "24 June 2015", "24. Juni 2015", "24 juin 2015", "24 de junio de 2015",
     "24 giugno 2015", "24 juni 2015", "24 de junho de 2015", "2015-06-24", "24.06.2015",
     "24/06/2015", "06/24/2015", "Wednesday, June 24, 2015", "June 24, 2015 Wednesday"],
])
def test_the_same_date_written_many_ways_is_one_date(forms: list[str]) -> None:
    """Metamorphic: one day in every language and form parses to one datetime.date."""
    assert {parse_date(f) for f in forms} == {dt.date(2015, 6, 24)}


# --- numeric dates whose order the document settles ----------------------------------

@pytest.mark.parametrize(
    ("text", "ambiguous", "expected"),
    [
        ("Filed 14/03/2012.", "03/05/2012", dt.date(2012, 5, 3)),
        ("Filed 03/14/2012.", "03/05/2012", dt.date(2012, 3, 5)),
        ("Filed 25-12-2011.", "03-05-2012", dt.date(2012, 5, 3)),
        ("Filed 12-25-2011.", "03-05-2012", dt.date(2012, 3, 5)),
    ],
    ids=["slash-day-first", "slash-month-first", "dash-day-first", "dash-month-first"],
)
def test_numeric_order_settles_an_ambiguous_date(text: str, ambiguous: str,
                                                  expected: dt.date) -> None:
    assert NumericOrder(f"{text} Jane Doe, {ambiguous}").settle(ambiguous) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, 03/05/2012",  # no other date says
        "Filed 14/03/2012 and 03/14/2012. Jane Doe, 03/05/2012",  # they disagree
        "Filed 14.03.2012. Jane Doe, 03/05/2012",  # dotted dates are day first anyway
        "Filed 14/03/12. Jane Doe, 03/05/2012",  # a two-digit year is no date
    ],
    ids=["alone", "disagreeing", "dotted-only", "short-year"],
)
def test_numeric_order_never_guesses(text: str) -> None:
    assert NumericOrder(text).settle("03/05/2012") is None


def test_numeric_order_gives_no_impossible_date() -> None:
    assert NumericOrder("Filed 03/14/2012.").settle("31/02/2012") is None


@pytest.mark.parametrize(("line", "expected"), [
    ("May 31, 2015 Sunday", dt.date(2015, 5, 31)),
    ("December 19, 1991, Sunday, Late Edition - Final", dt.date(1991, 12, 19)),
    ("January 28, 1993, Tuesday, Home Edition", dt.date(1993, 1, 28)),
    ("March 3, 2014 Monday 10:45 PM EST", dt.date(2014, 3, 3)),
    ("Montag 3. März 2014 10.45 Uhr", dt.date(2014, 3, 3)),
    ("12 avril 2013 mardi", dt.date(2013, 4, 12)),
    ("27. Februar 2012 Montag 9:50 PM GMT+1", dt.date(2012, 2, 27)),
    ("May 31, 2015 Sunday 10:15 AM UTC-05:00", dt.date(2015, 5, 31)),
    ("3 March 2014 10:45 +0100", dt.date(2014, 3, 3)),
], ids=["weekday", "edition-with-dash", "named-edition", "time-after-weekday",
        "uhr", "french", "zone-with-offset", "zone-with-minutes", "offset-alone"])
def test_export_date_line_with_weekday_edition_and_time_gives_its_date(
        line: str, expected: dt.date) -> None:
    """Regression: the date lines of LexisNexis HTML exports ("Late Edition - Final",
    a time after the weekday) were not read as date lines, so the publication line above
    was taken for the title (issue 15); nor were those whose time zone has an offset
    ("GMT+1": 34 of 49 documents of a real Spiegel export titled by their outlet)."""
    assert parse_date_line(line) == expected


@pytest.mark.parametrize("line", [
    "May 31, 2015 the ferry sank", "May 31, 2015 Sunday the", "3 March 2014 the",
    "May 31, 2015 Sunday 10:45 the ferry left", "Ferries cancelled on May 31, 2015",
    "May 31, 2015 Sunday 10:45 +1 ferry"])
def test_date_line_with_other_words_is_no_date_line(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("2017年11月14日", dt.date(2017, 11, 14)),
    ("2017 年 1 月 4 日", dt.date(2017, 1, 4)),
])
def test_a_date_written_in_chinese_is_a_date_line(line: str, expected: dt.date) -> None:
    """Factiva's Chinese interface dates its articles so (issue 27)."""
    assert parse_date_line(line) == expected


def test_a_chinese_date_that_is_no_day_is_no_date() -> None:
    assert find_dates("2017年2月30日") == []
