"""Golden source-credit cases (tests/cases/sources.json): the line a reprint is credited
with ("[From The London Times, March 3, 1915.]") and lines that only look like one."""

from __future__ import annotations

from typing import Any

import pytest

from segmenter.grammar.sources import source_credit

from .conftest import load_cases

CASES = load_cases("sources")


def test_case_file_covers_every_lexicon_language_and_refusals() -> None:
    """Each language of lexicons/outlet_credits.txt has a case, and a fifth of the
    cases are lines that must not parse."""
    langs = {c["label"].split("-")[0] for c in CASES}
    assert {"de", "fr", "es", "it", "nl", "pt"} <= langs
    assert 5 * sum(c["expect"] == "fail" for c in CASES) >= len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_source_case(case: dict[str, Any]) -> None:
    """Each golden line gives its outlet, date and place, or nothing at all (read
    loosely where the case says the caller knows a credit stands there)."""
    got = source_credit(case["line"], loose=case.get("loose", False))
    if case["expect"] == "fail":
        assert got is None, got
        return
    assert got is not None
    assert not got.authors
    assert got.outlet == case["outlet"]
    assert (got.date.isoformat() if got.date else None) == case["date"]
    assert got.place == case["place"]


def test_loose_credit_names_an_outlet_without_a_publication_word() -> None:
    """Where the caller knows a credit stands there, "FROM HOUSEHOLD WORDS." names an
    outlet; read alone, it does not (a heading as likely); a place never does."""
    assert source_credit("FROM HOUSEHOLD WORDS.") is None
    loose = source_credit("FROM HOUSEHOLD WORDS.", loose=True)
    assert loose is not None and loose.outlet == "HOUSEHOLD WORDS"
    assert source_credit("FROM ENGLAND.", loose=True) is None
