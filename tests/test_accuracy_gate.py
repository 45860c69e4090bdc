"""The accuracy gate: the evaluation over the gold corpora must not fall below its floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from segmenter.evaluate import evaluate_dir, total

from .conftest import CORPUS, FIXTURES

GOLD = FIXTURES / "gold"
FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    """Pooled metrics over the text dumps of the generated gold corpus and the seed corpus."""
    return total(evaluate_dir(GOLD, pdf=False) + evaluate_dir(CORPUS))


@pytest.fixture(scope="module")
def pdf_summary() -> dict[str, float]:
    """Pooled metrics over the gold PDFs in fixtures/pdf, read with segment_pdf."""
    pytest.importorskip("pdfplumber")
    return total(evaluate_dir(FIXTURES / "pdf", text=False))


def test_gold_corpus_is_large_and_varied() -> None:
    """The gold corpus keeps at least 14 dumps and 120 articles."""
    docs = [d for p in GOLD.glob("*.gold.json")
            if not (d := json.loads(p.read_text("utf-8")))["source"].endswith(".pdf")]
    assert len(docs) >= 14
    assert sum(len(d["articles"]) for d in docs) >= 120


@pytest.mark.parametrize("metric", sorted(FLOORS["floors"]))
def test_metric_at_or_above_floor(summary: dict[str, float], metric: str) -> None:
    """Each accuracy metric stays at or above its pinned floor."""
    assert round(summary[metric], 3) >= FLOORS["floors"][metric], summary


@pytest.mark.parametrize("metric", sorted(FLOORS["max"]))
def test_metric_at_or_below_ceiling(summary: dict[str, float], metric: str) -> None:
    """Leaks, Pk and WindowDiff stay at or below their pinned ceilings."""
    assert round(summary[metric], 3) <= FLOORS["max"][metric], summary


@pytest.mark.parametrize("metric", sorted(FLOORS["pdf_floors"]))
def test_pdf_metric_at_or_above_floor(pdf_summary: dict[str, float], metric: str) -> None:
    """segment_pdf on the gold PDFs stays at or above its pinned floors."""
    assert round(pdf_summary[metric], 3) >= FLOORS["pdf_floors"][metric], pdf_summary


@pytest.mark.parametrize("metric", sorted(FLOORS["pdf_max"]))
def test_pdf_metric_at_or_below_ceiling(pdf_summary: dict[str, float], metric: str) -> None:
    """segment_pdf on the gold PDFs leaks no furniture into bodies."""
    assert round(pdf_summary[metric], 3) <= FLOORS["pdf_max"][metric], pdf_summary
