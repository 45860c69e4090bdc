"""PDF support is optional: without pdfplumber the error names the extra to install."""

from __future__ import annotations

import importlib.metadata
import re
import sys
import tomllib

import pytest

import segmenter
from segmenter import PDFSupportError
from segmenter.reading import pdf
from segmenter.reading.pdf import SAFE_PDFMINER

from .conftest import FIXTURES


def test_without_pdfplumber_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """With pdfplumber missing, segment_pdf raises an ImportError naming article-segmenter[pdf]."""
    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # makes 'import pdfplumber' fail
    with pytest.raises(PDFSupportError, match=r"pip install 'article-segmenter\[pdf\]'") as info:
        segmenter.segment_pdf(FIXTURES / "pdf" / "pdf-times.pdf")
    assert isinstance(info.value, ImportError)


def _release(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p.isdecimal())


def test_pdf_extra_floors_exclude_the_pickle_cve() -> None:
    """The ``pdf`` extra asks for a pdfplumber whose pdfminer.six loads no pickle a PDF
    names (CVE-2025-64512: pdfplumber 0.11.7 let a 1 kB PDF run code)."""
    with open(FIXTURES.parent / "pyproject.toml", "rb") as fh:
        extras = tomllib.load(fh)["project"]["optional-dependencies"]
    floors = dict(re.fullmatch(r"([\w.-]+)>=([\d.]+)", r).groups() for r in extras["pdf"])
    assert _release(floors["pdfplumber"]) >= (0, 11, 10)
    assert int(floors["pdfminer.six"]) >= SAFE_PDFMINER


def test_installed_pdf_libraries_are_not_vulnerable() -> None:
    """Where the extra is installed, its versions are at least the floors."""
    pytest.importorskip("pdfplumber")
    assert _release(importlib.metadata.version("pdfplumber")) >= (0, 11, 10)
    assert int(importlib.metadata.version("pdfminer.six").split(".")[0]) >= SAFE_PDFMINER


def test_old_pdfminer_is_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pdfminer.six older than the fix, installed some other way, is refused with the
    library's error naming the upgrade; the PDF is not parsed."""
    pytest.importorskip("pdfplumber")
    monkeypatch.setattr(pdf, "_pdfminer_release", lambda: 20250506)
    with pytest.raises(PDFSupportError, match=r"CVE-2025-64512.*--upgrade"):
        segmenter.segment_pdf(FIXTURES / "pdf" / "pdf-times.pdf")
