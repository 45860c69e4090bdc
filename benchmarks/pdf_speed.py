#!/usr/bin/env python3
"""PDF speed: pages per second, and segment_pdf's overhead over pdfplumber's extract_text.

usage: python benchmarks/pdf_speed.py [FILE.pdf ...]   (default: the gold PDFs, and a
       longer PDF made by repeating their pages, built in a temporary folder)

Both sides open the same file and read every page; the overhead is
(segment_pdf time - extract_text time) / extract_text time, best of three runs each.
Goal: overhead <= 20%.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import segmenter  # noqa: E402


def _best(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _plumber(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def _long_pdf(folder: Path, copies: int = 10) -> Path:
    from fpdf import FPDF  # dev dependency: only to build the long sample

    out = folder / "long.pdf"
    pdf = FPDF()
    with pdfplumber.open(ROOT / "fixtures" / "gold" / "pdf-times.pdf") as src:
        text = "\n".join(p.extract_text() or "" for p in src.pages)
    pdf.add_font("Serif", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    pdf.set_font("Serif", size=10)
    for _ in range(copies):
        pdf.add_page()
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return out


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(a) for a in argv] or [
            ROOT / "fixtures" / "gold" / "pdf-helvetica.pdf",
            ROOT / "fixtures" / "gold" / "pdf-times.pdf",
            _long_pdf(Path(tmp)),
        ]
        print(f"{'file':<22}{'pages':>6}{'plumber s':>11}{'segment s':>11}{'pages/s':>9}"
              f"{'overhead':>10}")
        for path in paths:
            with pdfplumber.open(path) as pdf:
                pages = len(pdf.pages)
            base = _best(lambda p=path: _plumber(p))
            ours = _best(lambda p=path: segmenter.segment_pdf(p))
            print(f"{path.name[:21]:<22}{pages:>6}{base:>11.3f}{ours:>11.3f}"
                  f"{pages / ours:>9.1f}{(ours - base) / base:>10.1%}")


if __name__ == "__main__":
    main(sys.argv[1:])
