"""Shared fixtures and paths."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = FIXTURES / "corpus"
CASES = Path(__file__).resolve().parent / "cases"


def load_cases(name: str) -> list[dict[str, Any]]:
    """The golden cases of ``tests/cases/NAME.json``."""
    cases: list[dict[str, Any]] = json.loads((CASES / f"{name}.json").read_text("utf-8"))
    return cases


def per_language(cases: list[dict[str, Any]]) -> dict[str, int]:
    """How many ``cases`` each language besides English has (by their labels' prefix)."""
    return {lang: sum(c["label"].startswith(f"{lang}-") for c in cases)
            for lang in ("de", "fr", "es", "it", "nl", "pt")}

# HYPOTHESIS_PROFILE=thorough runs 1000 examples per property instead of 60.
settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture()
def digest_text() -> str:
    """The seed digest: six articles extracted from a PDF."""
    return (CORPUS / "nejat-digest-2015-06.txt").read_text(encoding="utf-8")


@pytest.fixture()
def web_text() -> str:
    """The seed web copy: one article without a byline."""
    return (CORPUS / "iran-interlink-article-2015-06.txt").read_text(encoding="utf-8")
