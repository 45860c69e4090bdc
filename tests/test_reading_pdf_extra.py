"""PDF support is optional: without pdfplumber the error names the extra to install."""

from __future__ import annotations

import sys

import pytest

import segmenter
from segmenter import PDFSupportError

from .conftest import FIXTURES


def test_without_pdfplumber_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """With pdfplumber missing, segment_pdf raises an ImportError naming article-segmenter[pdf]."""
    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # makes 'import pdfplumber' fail
    with pytest.raises(PDFSupportError, match=r"pip install 'article-segmenter\[pdf\]'") as info:
        segmenter.segment_pdf(FIXTURES / "pdf" / "pdf-times.pdf")
    assert isinstance(info.value, ImportError)


def test_core_import_does_not_load_pdfplumber() -> None:
    """Importing segmenter does not import pdfplumber (it is loaded on first PDF)."""
    import subprocess

    code = "import sys, segmenter; print('pdfplumber' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
