#!/usr/bin/env python3
"""Write the bad-input PDFs in fixtures/pdf/ (needs fpdf2, which brings Pillow).

- encrypted.pdf: a text PDF that needs a user password to open;
- scanned.pdf: two pages holding only an image, no text layer;
- truncated.pdf: the first half of a good PDF (from fixtures/pdf/pdf-times.pdf);
- pdf-archive-pages.pdf: a press archive's pages: a head set across the page (outlet,
  section, date), two columns of text beside an empty strip, a two-line foot (a rights
  notice, the archive's number at the right); each article opens a page.
"""

from __future__ import annotations

import datetime as dt
import textwrap
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
    _archive_pages(OUT / "pdf-archive-pages.pdf")


_ARCHIVE = [
    ("Ferry timetable cut to four crossings a day", "By Mara Lindqvist", "Friday, 5 May 2023",
     ["harbour", "ferry", "crossing", "timetable"], 2),
    ("Library keeps its doors open on Sundays", "By Tomas Berglund", "Monday, 8 May 2023",
     ["library", "reading room", "loan", "shelf"], 1),
    ("Cyclists ask for a lane over the old bridge", "By Ines Halvorsen", "Monday, 8 May 2023",
     ["bridge", "cycle lane", "railing", "traffic"], 2),
]


def _archive_paragraphs(words: list[str], count: int) -> list[str]:
    """Made-up paragraphs about ``words``, each different, so that no line repeats."""
    out = []
    for k in range(count):
        a, b = words[k % len(words)], words[(k + 1) % len(words)]
        out.append(f"In the {k + 1}. week of talks the {a} board met the users of the {b} "
                   f"again, and {k + 3} of them said the plan for the {a} would hurt the "
                   f"people who need the {b} most; the board answered that the money for "
                   f"the {a} ran out in spring and that {k + 2} options remained open.")
    return out


def _archive_pages(path: Path) -> None:
    """Write pdf-archive-pages.pdf (see the module's docstring)."""
    pdf = _pdf()
    pdf.set_auto_page_break(False)
    number = 4711
    for title, byline, date, words, pages in _ARCHIVE:
        lines = [ln for para in _archive_paragraphs(words, 22 * pages)
                 for ln in textwrap.wrap(para, 34)]
        for page in range(pages):
            pdf.add_page()
            pdf.set_font("Helvetica", size=9)
            pdf.text(12, 12, "Harbour Times")
            pdf.text(92, 12, "CITY")
            pdf.text(168, 12, date)
            pdf.set_font("Helvetica", size=8)
            pdf.text(172, 17, "all editions Page 7")
            y0 = 26.0
            if page == 0:
                pdf.set_font("Times", "B", size=15)
                pdf.text(12, 28, title)
                pdf.set_font("Times", "I", size=9)
                pdf.text(12, 36, byline)
                y0 = 42.0
            pdf.set_font("Times", size=9)
            per_column = int((272 - y0) / 4)
            for column, x in enumerate((12, 74)):
                chunk, lines = lines[:per_column], lines[per_column:]
                for k, line in enumerate(chunk):
                    pdf.text(x, y0 + 4 * k, line)
                if not lines:
                    break
            pdf.set_font("Helvetica", size=7)
            pdf.text(12, 284, "Harbour Archive: all rights reserved")
            pdf.text(12, 288, "Reuse only through the archive licensing desk")
            if page == pages - 1:
                pdf.text(182, 284, f"A{number}")
                number += 1
            pdf.text(182, 288, "reader42")
    pdf.output(str(path))


if __name__ == "__main__":
    main()
