#!/usr/bin/env python3
"""Write fixtures/docx/press-review.docx, a press review laid out as a Word document
(page header and footer, a table of contents Word made, heading styles, a table, soft
line breaks, a bold phrase), from texts written for this project. Needs python-docx.

usage: python tools/make_docx_fixture.py
"""

from __future__ import annotations

from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "docx" / "press-review.docx"


def main() -> None:
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Harbour Press Review — June 2015"
    section.footer.paragraphs[0].text = "For members of the Harbour Reading Circle only"
    d.add_paragraph("Contents", style="TOC Heading")
    for n, entry in enumerate(["Pier repairs to start before the winter storms",
                               "Ferry timetable changes from July",
                               "Lighthouse keepers honoured"], 1):
        d.add_paragraph(f"{entry}\t{n + 1}", style=d.styles.add_style(f"TOC {n}", 1)
                        if f"TOC {n}" not in [s.name for s in d.styles] else f"TOC {n}")
    d.add_heading("Pier repairs to start before the winter storms", level=1)
    d.add_paragraph("By Maria Keller, Harbour News, June 24, 2015")
    d.add_paragraph("The harbour board met on Monday and agreed, after a long debate, to "
                    "rebuild the north pier before the winter storms, which damaged it "
                    "badly last year.")
    p = d.add_paragraph("The work will cost more than the board had hoped, and ")
    p.add_run("the ferry company").bold = True
    p.add_run(" has offered to pay a share of it in return for a longer lease on the quay.")
    d.add_heading("Ferry timetable changes from July", level=1)
    d.add_paragraph("By Tom Ashby, Harbour News, June 25, 2015")
    d.add_paragraph("The island ferry will leave at seven in the morning instead of half "
                    "past six from the first of July, the company said.")
    table = d.add_table(rows=3, cols=2)
    for r, (dep, arr) in enumerate([("Departs", "Arrives"), ("07:00", "08:15"),
                                    ("16:00", "17:15")]):
        table.cell(r, 0).text, table.cell(r, 1).text = dep, arr
    d.add_heading("Lighthouse keepers honoured", level=1)
    d.add_paragraph("By Ines Duarte, Coast Gazette, June 26, 2015")
    p = d.add_paragraph("The last two keepers of the north light were given the freedom of "
                        "the town on Saturday.")
    p.add_run().add_break()
    p.add_run("They kept the light for thirty years between them.")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(OUT))


if __name__ == "__main__":
    main()
