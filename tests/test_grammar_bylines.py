"""Golden byline cases (tests/cases/bylines.json) and metamorphic checks of the grammar."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import segmenter
from segmenter.grammar.bylines import parse_byline
from segmenter.grammar.credit import field_authors, leading_people
from segmenter.grammar.names import _NAME_WORD

from .conftest import load_cases, per_language

CASES = load_cases("bylines")


def test_case_file_has_enough_cases() -> None:
    """The case file keeps at least 250 cases, 80 of them lines that are no byline, and
    at least 15 for each language besides English."""
    assert len(CASES) >= 250
    assert sum(c["expect"] == "fail" for c in CASES) >= 80
    assert all(n >= 15 for n in per_language(CASES).values()), per_language(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_byline_case(case: dict[str, Any]) -> None:
    """Each golden line parses to its expected fields, or does not parse at all (the
    page, length and translators where the case names them)."""
    got = parse_byline(case["line"])
    if case["expect"] == "fail":
        assert got is None, got
        return
    assert got is not None
    assert list(got.authors) == case["authors"]
    assert got.outlet == case["outlet"]
    assert (got.date.isoformat() if got.date else None) == case["date"]
    assert got.place == case["place"]
    assert got.via == case["via"]
    assert got.page == case.get("page")
    assert got.length == case.get("length")
    assert list(got.translators) == case.get("translators", [])


@pytest.mark.parametrize(
    "variants",
    [
        ("Jane Doe, Reuters, June 3, 2015", "Jane Doe | Reuters | June 3, 2015",
         "Jane Doe — Reuters — 3 June 2015"),
        ("by Eli Clifton and Ali Gharib, Lobelog, June 21, 2015",
         "By Eli Clifton & Ali Gharib | Lobelog | 2015-06-21",
         "BY Eli Clifton and Ali Gharib, Lobelog, Sunday, June 21, 2015"),
    ],
)
def test_same_byline_written_three_ways_parses_the_same(variants: tuple[str, ...]) -> None:
    """Separators, date formats and 'By' casing do not change what a byline says."""
    parsed = [parse_byline(v) for v in variants]
    assert all(p is not None for p in parsed)
    first = parsed[0]
    assert first is not None
    for p in parsed[1:]:
        assert p is not None
        assert (p.authors, p.outlet, p.date) == (first.authors, first.outlet, first.date)


@pytest.mark.parametrize("role", ["Staff Writer", "Senior Reporter", "Correspondent", "Editor"])
def test_job_titles_never_land_in_authors(role: str) -> None:
    """A role after the name is dropped, whatever the role."""
    p = parse_byline(f"By Jane Doe, {role}, The Daily Star, June 3, 2015")
    assert p is not None
    assert p.authors == ("Jane Doe",)
    assert p.outlet == "The Daily Star"


@given(st.text(st.characters(categories=["L"]), min_size=1, max_size=12))
def test_a_word_of_letters_alone_is_a_name_word(word: str) -> None:
    """_name_like lets words of letters alone through without the pattern: the pattern
    must take every such word."""
    assert word.isalpha() and _NAME_WORD.fullmatch(word)


_CREDITS = [("By", "and"), ("Von", "und"), ("Par", "et"), ("Por", "y"), ("Di", "e"),
            ("Door", "en"), ("Por", "e")]


@pytest.mark.parametrize(("credit", "conjunction"), _CREDITS,
                         ids=[f"{c}-{j}" for c, j in _CREDITS])
def test_the_same_byline_in_each_language_parses_the_same(credit: str, conjunction: str) -> None:
    """Credit words and conjunctions of English, German, French, Spanish, Italian, Dutch
    and Portuguese (lexicons/credit_words.txt, conjunctions.txt) give the same fields."""
    line = f"{credit} Anna Berg {conjunction} Jan Vogel, Der Spiegel, 3 June 2015"
    got = parse_byline(line)
    assert got is not None
    assert (got.authors, got.outlet, str(got.date)) == (
        ("Anna Berg", "Jan Vogel"), "Der Spiegel", "2015-06-03")


@pytest.mark.parametrize("label", ["BYLINE", "Byline", "Author", "AUTOR", "Autorin", "Auteur",
                                   "Autore", "Auteurs", "Autores"])
def test_credit_labels_of_each_language(label: str) -> None:
    """A credit label of any language, before its colon, credits the names after it."""
    got = parse_byline(f"{label}: Anna Berg; Jan Vogel")
    assert got is not None and got.authors == ("Anna Berg", "Jan Vogel")


@pytest.mark.parametrize(("value", "expected"), [
    ("Kate Mather, Marisa Gerber, Matt Hamilton",
     ("Kate Mather", "Marisa Gerber", "Matt Hamilton")),
    ("Vogel, Katrin; Keller, Maria", ("Katrin Vogel", "Maria Keller")),
    ("Vogel, Katrin", ("Katrin Vogel",)),
    ("By Jane Doe jdoe@example.org", ("Jane Doe",)),
    ("Ines Duarte <ines@example.org>", ("Ines Duarte",)),
    ("NICOLE NORFLEET; DAVID CHANEN", ("NICOLE NORFLEET", "DAVID CHANEN")),
    ("Lena Moser Staff writer", ("Lena Moser",)),
    ("INES DUARTE Harbour Staff Writer", ("INES DUARTE",)),
    ("By Tom Ashby The Harbour Evening Journal", ("Tom Ashby",)),
    ("Ines Duarte; iduarte@example.org @InesD on Twitter", ("Ines Duarte",)),
    ("Maria Keller;and reported by Tom Ashby;Lee Young",
     ("Maria Keller", "Tom Ashby", "Lee Young")),
    ("By Pat Beall and Lena Moser Harbour Post Staff Writers", ("Pat Beall", "Lena Moser")),
    ("TOM ASHBY; LEE YOUNG; STAFF WRITERS, HARBOUR TIMES", ("TOM ASHBY", "LEE YOUNG")),
    ("INTERVIEW: TOM ASHBY UND INES DUARTE", ("TOM ASHBY", "INES DUARTE")),
    ("Albrecht, Bernhard", ("Bernhard Albrecht",)),
    ("By MARY B. W. TABOR", ("MARY B. W. TABOR",)),
], ids=["comma-list", "surnames-first", "one-surname-first", "bare-address",
        "bracketed-address", "semicolons", "role-after", "outlet-and-role-after",
        "outlet-after", "address-and-handle", "and-reported-by", "two-and-roles",
        "roles-entry-last", "kind-of-piece-first", "one-surname-first-german-given-name",
        "two-initials-between-the-names"])
def test_an_author_field_of_people_names_them_all(value: str, expected: tuple[str, ...]) -> None:
    """Regression: the byline grammar read a credit field "A, B, C" as author, outlet and
    place, and found no one in "Dohmen, Frank; Neubacher, Alexander" or after a mail
    address (real LexisNexis exports: 73 of 98 authors)."""
    assert field_authors(value) == expected


@pytest.mark.parametrize("value", ["Jane Doe, Reuters", "Staff", "Harbour Times, London", ""])
def test_an_author_field_naming_more_than_people_is_left_to_the_byline_grammar(
        value: str) -> None:
    assert field_authors(value) is None


def test_an_export_credit_field_of_three_people_gives_three_authors_and_no_outlet() -> None:
    text = ("1 of 2 DOCUMENTS\n\nThe Harbour Times\n\nMay 31, 2015 Sunday\n\n"
            "Ferries cancelled again\n\nBYLINE: Kate Mather, Marisa Gerber, Matt Hamilton\n\n"
            "LENGTH: 20 words\n\nBODY:\n\nThe ferry did not sail on Sunday, the port said.\n\n"
            "2 of 2 DOCUMENTS\n\nThe Harbour Times\n\nJune 1, 2015 Monday\n\nQuay closed\n\n"
            "AUTOR: Vogel, Katrin; Keller, Maria\n\nLENGTH: 9 words\n\nBODY:\n\n"
            "The north quay is closed for repairs.\n")
    bylines = [a.byline for a in segmenter.segment(text)]
    assert [(b.authors, b.outlet, b.place) for b in bylines if b] == [
        (("Kate Mather", "Marisa Gerber", "Matt Hamilton"), "The Harbour Times", None),
        (("Katrin Vogel", "Maria Keller"), "The Harbour Times", None)]


@pytest.mark.parametrize(("value", "expected"), [
    ("Ana Costa, with files from Tom Baker and Li Wei", ("Ana Costa",)),
    ("TOM ASHBY, With a report from Ines Duarte", ("TOM ASHBY",)),
    ("Jo Lind and Mira Okafor, The Harbour Chronicle", ("Jo Lind", "Mira Okafor")),
    ("Lena Moser , Deputy political editor", ("Lena Moser",)),
    ("with files from Tom Baker", ()),
], ids=["files-from", "report-from", "two-then-outlet", "role-after", "no-one-first"])
def test_the_people_a_credit_field_opens_with(value: str, expected: tuple[str, ...]) -> None:
    """Regression: "Paul Gessell, with files from ..." gave no author at all (real Nexis
    Uni export: 63 of 68)."""
    assert leading_people(value) == expected


def test_an_export_credit_field_with_contributors_gives_its_author() -> None:
    text = ("1 of 2 DOCUMENTS\n\nThe Harbour Times\n\nMay 31, 2015 Sunday\n\n"
            "Ferries cancelled again\n\nBYLINE: Ana Costa, with files from Tom Baker\n\n"
            "LENGTH: 20 words\n\nBODY:\n\nThe ferry did not sail on Sunday, the port said.\n\n"
            "2 of 2 DOCUMENTS\n\nThe Harbour Times\n\nJune 1, 2015 Monday\n\nQuay closed\n\n"
            "BYLINE: Jo Lind and Mira Okafor, The Harbour Chronicle\n\nLENGTH: 9 words\n\n"
            "BODY:\n\nThe north quay is closed for repairs.\n")
    assert [a.byline.authors for a in segmenter.segment(text) if a.byline] == [
        ("Ana Costa",), ("Jo Lind", "Mira Okafor")]


def test_surnames_first_are_learned_from_the_exports_lists() -> None:
    """Regression: "AUTOR: Albrecht, Bernhard" gave no author (Bernhard is no known given
    name, and "Reuters, London" has the same shape). An export whose other credit fields
    list people surnames first ("Böll, Sven; Müller, Peter") settles it (real Nexis
    export: authors 21 -> 26 of 33)."""
    docs = [("Vogel, Ansgar; Keller, Torben", ("Ansgar Vogel", "Torben Keller")),
            ("Brandt, Ottokar", ("Ottokar Brandt",)),
            ("Reuters, London", ())]
    text = "".join(
        f"{n} of 3 DOCUMENTS\n\nDer Hafenbote\n\n{n}. Juni 2015\n\nFähre Nummer {n}\n\n"
        f"AUTOR: {credit}\n\nLÄNGE: 120 Wörter\n\nDie Fähre fuhr am Montag wieder zu spät "
        "ab, sagte der Hafen.\n\n" for n, (credit, _) in enumerate(docs, 1))
    assert [a.byline.authors if a.byline else () for a in segmenter.segment(text)] == [
        people for _, people in docs]
    assert field_authors("Brandt, Ottokar") is None  # alone, the shape settles nothing
    assert field_authors("Brandt, Ottokar", surnames_first=True) == ("Ottokar Brandt",)
