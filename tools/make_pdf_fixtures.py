#!/usr/bin/env python3
"""Write the bad-input PDFs in fixtures/pdf/ (needs fpdf2, which brings Pillow).

- encrypted.pdf: a text PDF that needs a user password to open;
- scanned.pdf: two pages holding only an image, no text layer;
- truncated.pdf: the first half of a good PDF (from fixtures/pdf/pdf-times.pdf).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "pdf"


def _pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    return pdf


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pdf = _pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, "A title\n\nJane Doe, Reuters, June 3, 2015\n\nSome body text.")
    pdf.output(str(OUT / "encrypted.pdf"))

    image = OUT / "_page.png"
    Image.new("L", (400, 560), color=235).save(image)
    pdf = _pdf()
    for _ in range(2):
        pdf.add_page()
        pdf.image(str(image), x=10, y=10, w=190)
    pdf.output(str(OUT / "scanned.pdf"))
    image.unlink()

    good = (ROOT / "fixtures" / "pdf" / "pdf-times.pdf").read_bytes()
    (OUT / "truncated.pdf").write_bytes(good[: len(good) // 2])
    (OUT / "not-a-pdf.pdf").write_text("This is plain text with a .pdf name.\n", "utf-8")


if __name__ == "__main__":
    main()
