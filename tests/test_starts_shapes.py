"""Title and heading shape: which lines look like titles, sub-headings or running prose."""

from __future__ import annotations

import pytest

from segmenter.lines import split_lines
from segmenter.marking.content import Content, read_content
from segmenter.starts.layout import Layout, measure
from segmenter.starts.shapes import (
    continues_title,
    heading_like,
    is_prose,
    runs_on,
    title_block,
    title_like,
    wraps_into,
)


@pytest.mark.parametrize("text", [
    "Officials meet in Geneva", "Talks resume with the U.S.", "Acme Holdings Inc.",
    "Why the river rose", "2015: a year of floods", "“Not yet,” says the mayor",
])
def test_title_like(text: str) -> None:
    assert title_like(text)


@pytest.mark.parametrize("text", [
    "Officials met in Geneva.", "", "the talks resume", "Officials said that,",
    "Contents:", "https://example.org/news", "A " + "very " * 30 + "long title",
])
def test_not_title_like(text: str) -> None:
    """A full stop, a closing comma or colon, a lower-case start, a URL or great length."""
    assert not title_like(text)


def test_continuation_lines_may_open_lower_case() -> None:
    assert title_like("the talks resume", continuation=True)


def test_heading_like_refuses_inner_sentences() -> None:
    assert heading_like("What comes next")
    assert not heading_like("Officials met. The vote")


def _read(text: str) -> tuple[Content, Layout]:
    c = read_content(text, split_lines(text), {})
    return c, measure(c)


def test_continues_title_after_a_function_word_or_open_bracket() -> None:
    c, _ = _read("Gathering of the\nmembers\nLetter (to the\neditor)\nFloods\nrise\n")
    assert continues_title(c, 0, 1)
    assert continues_title(c, 2, 3)
    assert not continues_title(c, 4, 5)  # a lower-case next line alone proves nothing


def test_wraps_into_a_lower_case_line_or_from_a_long_one() -> None:
    c, layout = _read("Short\nnext words\nShort\nNext Words\n")
    assert wraps_into(c, layout, 0, 1)
    assert not wraps_into(c, layout, 2, 3)


def test_runs_on_and_prose() -> None:
    """A line the next one carries on in lower case is prose; so is a line that ends a
    sentence; a heading above a capitalised paragraph is neither."""
    c, layout = _read("The council met\non Monday.\n\nBackground\n\nThe plan was old.\n")
    assert runs_on(c, layout, 0) and is_prose(c, layout, 0)
    assert is_prose(c, layout, 1)
    assert not runs_on(c, layout, 2) and not is_prose(c, layout, 2)


def test_a_heading_in_capitals_closing_with_a_full_stop_is_title_like() -> None:
    """Regression: magazine titles in capitals ending in a full stop ("A SALT-WATER
    AQUARIUM.") were not titles, so the "BY NAME." line under them started nothing and
    a whole issue was read as its preamble (issue 16)."""
    assert title_like("A SALT-WATER AQUARIUM.")
    assert title_like("THE ROVERINGS AT CONEY ISLAND.")
    assert not title_like("The roverings at Coney Island.")
    assert not title_like("OK.")  # too few capitals to be a heading


def test_a_title_line_ending_in_a_german_or_french_article_is_continued() -> None:
    """A line of hard-wrapped German or French text ending in an article ("die", "der",
    "les") is left unfinished, as an English one ending in "the" is; a German verb's
    particle ("vor") ends a title, and proves nothing."""
    c, _ = _read("Die Zahl der\nFälle steigt\nLe retour des\nloups\nGericht wirft Justiz "
                 "Willkür vor\nNeue Zahlen\n")
    assert continues_title(c, 0, 1)
    assert continues_title(c, 2, 3)
    assert not continues_title(c, 4, 5)


def test_no_title_stands_over_a_credit_after_a_word_cut_at_the_line_end() -> None:
    """Regression: a column's line ending in a cut word ("... bei der Urteils-"), the
    rest of the word on a line that reads as a credit, was taken for the credit's title."""
    c, layout = _read("Das haben Antifa-Aktivisten auch bei der Urteils-\nMontag, 5. Juni 2023\n"
                      "Ferry Plan Delayed\nMontag, 5. Juni 2023\n")
    assert title_block(c, layout, 1, -1) == []
    assert title_block(c, layout, 3, 1) == [2]
