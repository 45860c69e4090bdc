"""Shared fixtures and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = FIXTURES / "corpus"


@pytest.fixture()
def digest_text() -> str:
    """The seed digest: six articles extracted from a PDF."""
    return (CORPUS / "nejat-digest-2015-06.txt").read_text(encoding="utf-8")


@pytest.fixture()
def web_text() -> str:
    """The seed web copy: one article without a byline."""
    return (CORPUS / "iran-interlink-article-2015-06.txt").read_text(encoding="utf-8")
