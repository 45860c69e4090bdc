"""The evaluation command and its metrics."""

from __future__ import annotations

import json

import pytest

from segmenter.evaluate import _holds_words, _pk_windowdiff, evaluate_document, main, total

from .conftest import CORPUS

TEXT = (
    "Title A\n\nJane Doe, Reuters, June 3, 2015\n\nBody a.\n\n\n"
    "Title B\n\nAP, June 4, 2015\n\nBody b.\n"
)
GOLD = {
    "articles": [
        {"title": "Title A", "first_line": 1, "body": "Body a.",
         "byline": {"authors": ["Jane Doe"], "outlet": "Reuters", "date": "2015-06-03",
                    "place": None}},
        {"title": "Title B", "first_line": 8, "body": "Body b.",
         "byline": {"authors": [], "outlet": "AP", "date": "2015-06-04", "place": None}},
    ],
    "artifacts": [],
}


def test_perfect_document_scores_one() -> None:
    """A document segmented exactly as its gold scores 1 on every ratio and 0 on Pk."""
    m = total([evaluate_document("t", TEXT, GOLD)])
    assert m["boundary_f1"] == m["title"] == m["date"] == m["outlet"] == 1.0
    assert m["body_sim"] == 1.0 and m["pk"] == 0.0 and m["leaks"] == 0


def test_missed_article_lowers_recall() -> None:
    """Gold with an article the text does not hold lowers recall, not precision."""
    gold = dict(GOLD, articles=[*GOLD["articles"], {"title": "Ghost", "first_line": 12,
                                                    "body": "Nothing here.", "byline": None}])
    m = total([evaluate_document("t", TEXT, gold)])
    assert m["boundary_p"] == 1.0
    assert m["boundary_r"] == pytest.approx(2 / 3)


def test_pk_and_windowdiff_known_values() -> None:
    """Identical segmentations give 0; a missed boundary gives a positive error."""
    assert _pk_windowdiff(20, [1, 11], [1, 11]) == (0.0, 0.0)
    pk, wd = _pk_windowdiff(20, [1, 11], [1])
    assert pk > 0 and wd > 0


def test_cli_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    """The command prints a table with a TOTAL row, or JSON with --json."""
    assert main([str(CORPUS)]) == 0
    assert "TOTAL" in capsys.readouterr().out
    assert main([str(CORPUS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["articles"] == 7


def test_cli_empty_folder_exits_2(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder without gold files is an error."""
    assert main([str(tmp_path)]) == 2
    assert "no *.gold.json" in capsys.readouterr().err


def test_a_leak_is_an_artifact_standing_in_a_body_as_whole_words() -> None:
    """Regression: the leak count took a field code "SE" for a leak in any body holding
    "these", and "BY" in any "by" (issue 15)."""
    assert _holds_words("the port said so. load-date: june 1", "load-date: june 1")
    assert not _holds_words("these ferries", "se")
    assert not _holds_words("ferries (90%); portsmouth", "ports")
    assert _holds_words("ferries (90%); ports (88%)", "ports (88%)")
