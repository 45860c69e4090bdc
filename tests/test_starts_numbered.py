"""Numbered headings rising in sequence start articles (issue 16)."""

from __future__ import annotations

import pytest

import segmenter
from segmenter.lines import split_lines
from segmenter.marking.content import read_content
from segmenter.starts.layout import measure
from segmenter.starts.numbered import numbered_headings

_BODY = ("The council met again on Monday to discuss the ferry timetable, and the\n"
         "harbour master said that the winter crossings would be cut once more.\n\n"
         "Passengers waited on the quay for an hour while the company said nothing.\n\n"
         "The mayor promised an answer before the end of the month, as he has before.\n")


def _numbered(heading: str, count: int = 5, first: int = 1) -> str:
    return "".join(f"\n\n\n{heading.format(n=n)}\n\n\nA Letter on the Harbour\n\n{_BODY * 2}"
                   for n in range(first, first + count))


def _headings(text: str) -> dict[int, int]:
    lines = split_lines(text)
    content = read_content(text, lines, {})
    found = numbered_headings(content, measure(content))
    return {n: n for n in sorted(found.values())}


@pytest.mark.parametrize("heading", ["LETTER No. {n}", "Chapter {n}", "ESSAY. No. {n}",
                                     "No. {n}"], ids=["letter-no", "chapter", "dotted", "no"])
def test_numbered_headings_rising_in_sequence_start_articles(heading: str) -> None:
    articles = segmenter.segment(_numbered(heading))
    assert [a.title for a in articles] == [
        f"{heading.format(n=n)} A Letter on the Harbour" for n in range(1, 6)]
    assert all(a.body.startswith("The council met") for a in articles)


def test_roman_numerals_number_headings() -> None:
    text = "".join(f"\n\n\nLETTER {r}\n\n\nA Letter on the Harbour\n\n{_BODY * 2}"
                   for r in ("I", "II", "III", "IV", "V"))
    assert list(_headings(text)) == [1, 2, 3, 4, 5]


def test_numbers_that_restart_are_sections_not_articles() -> None:
    """Sections numbered inside each article ("Part 1", "Part 2" in each) start none."""
    text = _numbered("Part {n}", count=3) + _numbered("Part {n}", count=3)
    assert _headings(text) == {}


def test_a_contents_list_of_numbered_parts_numbers_nothing() -> None:
    """Regression: a contents list naming "NUMBER I" to "NUMBER VI" at the start of a
    magazine issue took the whole issue for six articles (issue 16)."""
    contents = "".join(f"\n\n\nNUMBER {r}\n\n\nA part of the issue\n\n{_BODY * 2}"
                       for r in ("I", "II", "III", "IV"))
    rest = "".join(f"\n\n\n\nAn Article of the Issue Number {n}\n\n{_BODY * 3}"
                   for n in range(30))
    assert _headings(contents + rest) == {}


def test_entries_of_a_numbered_list_are_no_headings() -> None:
    text = "".join(f"\n\nItem {n}\nA short entry.\n" for n in range(1, 8))
    assert _headings(text) == {}


def test_illustration_captions_are_no_headings() -> None:
    text = "".join(f"\n\n\n[Illustration: Fig. {n}.]\n\n{_BODY * 2}" for n in range(1, 6))
    assert _headings(text) == {}
