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


def _bounds(floors: str, ceilings: str) -> list[tuple[str, str, float]]:
    """(metric, 'min' or 'max', bound) for each pinned floor and ceiling."""
    return [(m, "min", v) for m, v in sorted(FLOORS[floors].items())] + [
        (m, "max", v) for m, v in sorted(FLOORS[ceilings].items())]


def _check(summary: dict[str, float], metric: str, kind: str, bound: float) -> None:
    value = round(summary[metric], 3)
    if kind == "min":
        assert value >= bound, summary
    else:
        assert value <= bound, summary


TEXT_BOUNDS = _bounds("floors", "max")
PDF_BOUNDS = _bounds("pdf_floors", "pdf_max")


@pytest.mark.parametrize(("metric", "kind", "bound"), TEXT_BOUNDS,
                         ids=[f"{m}-{k}" for m, k, _ in TEXT_BOUNDS])
def test_text_metric_within_pinned_bound(summary: dict[str, float], metric: str, kind: str,
                                         bound: float) -> None:
    """Each text metric stays at or above its floor, or at or below its ceiling."""
    _check(summary, metric, kind, bound)


@pytest.mark.parametrize(("metric", "kind", "bound"), PDF_BOUNDS,
                         ids=[f"{m}-{k}" for m, k, _ in PDF_BOUNDS])
def test_pdf_metric_within_pinned_bound(pdf_summary: dict[str, float], metric: str, kind: str,
                                        bound: float) -> None:
    """segment_pdf on the gold PDFs stays within its pinned floors and ceilings."""
    _check(pdf_summary, metric, kind, bound)
