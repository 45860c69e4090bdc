#!/usr/bin/env python3
"""Lay out the gold corpus in fixtures/gold/ from the article texts in corpus_texts.py.

usage: python tools/make_gold.py        (from the project root; needs fpdf2, pdfplumber
                                         and poppler's pdftotext for the PDF layouts)

Each layout picks a run of articles and writes NAME.txt (or NAME.pdf and its extracted
text) with NAME.gold.json. The gold is what this script laid out: titles, bylines,
bodies and the lines where articles and page furniture stand. Nothing here calls
segmenter. The output is deterministic, so the committed files can be checked by
running the script again and diffing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from corpus_texts import ARTICLES  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "gold"
PDF_OUT = OUT.parent / "pdf"  # the typeset PDFs and their gold; their extracted text stays in OUT
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(iso: str, style: str) -> str:
    d = dt.date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    return {
        "mdy": f"{m} {d.day}, {d.year}", "dmy": f"{d.day} {m} {d.year}", "iso": iso,
        "abbr": f"{m[:3]}. {d.day}, {d.year}", "weekday": f"{d:%A}, {m} {d.day}, {d.year}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "glued": f"{m}{d.day}, {d.year}",
    }[style]


def people(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def render_byline(b: dict[str, Any], style: str, date_style: str) -> tuple[list[str], dict[str, Any]]:
    """Byline lines in a style, and the gold fields those lines say."""
    date = fmt_date(b["date"], date_style)
    gold = {"authors": list(b["authors"]), "outlet": b["outlet"], "date": b["date"],
            "place": b["place"], "via": b["via"]}
    a = people(b["authors"])
    if style == "bar":
        fields = ([f"By {a}"] if a else []) + [b["outlet"]] + ([b["place"]] if b["place"] else [])
        gold["via"] = None
        lines = [" | ".join([*fields, date])]
    elif style == "two-line" and a:
        second = [b["outlet"]] + ([b["place"]] if b["place"] else [])
        gold["via"] = None
        lines = [f"By {a}", ", ".join(second) + f" — {date}"]
    else:
        fields = ([("by " if style == "by" else "") + a] if a else []) + [b["outlet"]]
        if b["via"]:
            fields.append(f"reporting from {b['via']}")
        if b["place"]:
            fields.append(b["place"])
        lines = [", ".join([*fields, date])]
    gold["raw"] = "\n".join(lines)
    return lines, gold


def hyphen_wrap(text: str, width: int) -> list[str]:
    """Wrap like a typesetter: long words may break at the line end with a hyphen."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            room = width - len(cur) - 2
            core = re.match(r"[A-Za-z]+", word)
            if core and len(core.group()) >= 9 and room >= 4 and word.islower():
                cut = min(room, len(core.group()) - 4)
                lines.append(cur + " " + word[:cut] + "-")
                cur = word[cut:]
            else:
                lines.append(cur)
                cur = word
    if cur:
        lines.append(cur)
    return lines


def body_blocks(art: dict[str, Any]) -> list[tuple[str, str]]:
    """The body as (kind, text) blocks, the dateline joined to the first paragraph."""
    blocks = []
    for k, b in enumerate(art["body"]):
        if isinstance(b, tuple):
            blocks.append(("heading", b[0]))
        else:
            text = f"{art['dateline']} – {b}" if k == 0 and art.get("dateline") else b
            blocks.append(("para", text))
    return blocks


def gold_article(art: dict[str, Any], byline: dict[str, Any] | None) -> dict[str, Any]:
    blocks = body_blocks(art)
    g: dict[str, Any] = {
        "title": art["title"], "first_line": 0, "byline": byline,
        "body": " ".join(t for _, t in blocks),
        "headings": [t for kind, t in blocks if kind == "heading"],
    }
    if art.get("dateline"):
        g["dateline"] = art["dateline"]
    return g


# -- text layouts ---------------------------------------------------------------------

TEXT_LAYOUTS: list[dict[str, Any]] = [
    dict(name="plain-blank-lines", first=0, count=9, width=72, byline="comma", date="mdy"),
    dict(name="double-spaced-footer-url", first=3, count=9, width=90, byline="comma",
         date="glued", double=True, page_lines=70, furniture="bare", footer_url=True),
    dict(name="crlf-page-of-header", first=6, count=9, width=64, byline="by", date="dmy",
         eol="\r\n", page_lines=55, furniture="page-of", header="Weekly Press Review — 2021"),
    dict(name="formfeed-dashes-hyphenated", first=9, count=9, width=80, byline="comma",
         date="abbr", hyphenate=True, page_lines=50, furniture="dashes", formfeed=True),
    dict(name="two-line-bylines-stars", first=12, count=9, width=70, byline="two-line",
         date="mdy", separator="* * *"),
    dict(name="caps-titles-dashes", first=15, count=9, width=76, byline="comma",
         date="weekday", upper=True, separator="-----", page_lines=60, furniture="page"),
    dict(name="narrow-wrapped-titles", first=18, count=9, width=44, title_width=40,
         byline="by", date="iso", separator="___", hyphenate=True),
    dict(name="bar-bylines-indented", first=21, count=9, width=78, byline="bar",
         date="slash", indent=True, page_lines=64, furniture="bare", formfeed=True),
    dict(name="no-separators-tight", first=2, count=9, width=100, byline="comma",
         date="mdy", gap=1),
    dict(name="long-lines-web", first=5, count=8, width=0, byline="by", date="weekday",
         separator="_ _ _"),
    dict(name="mixed-widths-digest", first=8, count=9, width=60, width2=95, byline="comma",
         date="dmy", page_lines=58, furniture="page", header="NGO Digest", double=False),
]


def layout_text(spec: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    arts = [ARTICLES[(spec["first"] + k) % len(ARTICLES)] for k in range(spec["count"])]
    lines: list[tuple[str, str | None]] = []  # (text, tag): tags mark where gold points
    gold_arts = []
    gap = spec.get("gap", 2)
    for n, art in enumerate(arts):
        width = spec["width"] if n % 2 == 0 or not spec.get("width2") else spec["width2"]
        if n:
            if spec.get("separator"):
                lines += [("", None), (spec["separator"], "separator"), ("", None)]
            else:
                lines += [("", None)] * gap
        title = art["title"].upper() if spec.get("upper") else art["title"]
        tw = spec.get("title_width")
        tlines = textwrap.wrap(title, tw) if tw else [title]
        lines.append((tlines[0], f"title:{n}"))
        lines += [(t, None) for t in tlines[1:]]
        lines.append(("", None))
        byline = None
        if art["byline"]:
            blines, byline = render_byline(art["byline"], spec["byline"], spec["date"])
            lines += [(b, "byline") for b in blines]
            lines.append(("", None))
        gold_arts.append(gold_article(art, byline))
        for kind, text in body_blocks(art):
            if kind == "heading":
                lines += [(text, "heading"), ("", None)]
                continue
            if not width:
                wrapped = [text]
            elif spec.get("hyphenate"):
                wrapped = hyphen_wrap(text, width)
            else:
                wrapped = textwrap.wrap(text, width, break_on_hyphens=False)
            if spec.get("indent"):
                lines += [("  " + wrapped[0], "body")] + [(w, "body") for w in wrapped[1:]]
            else:
                lines += [(w, "body") for w in wrapped] + [("", None)]
    lines = paginate(lines, spec)
    if spec.get("double"):
        lines = [x for ln in lines for x in (ln, ("", None))]
    out, artifacts = [], []
    for i, (text, tag) in enumerate(lines, 1):
        out.append(text)
        if tag and tag.startswith("title:"):
            gold_arts[int(tag[6:])]["first_line"] = i
        elif tag and tag.startswith("artifact:"):
            artifacts.append({"kind": tag[9:], "text": text.lstrip("\f"), "line": i})
        elif tag == "separator":
            artifacts.append({"kind": "separator", "text": text, "line": i})
    text = spec.get("eol", "\n").join(out) + spec.get("eol", "\n")
    return text, {"articles": gold_arts, "artifacts": artifacts}


def paginate(lines: list[tuple[str, str | None]], spec: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Break pages inside running text, with the layout's page furniture."""
    per = spec.get("page_lines")
    if not per:
        return lines
    out: list[tuple[str, str | None]] = []
    page, since = 1, 0
    for k, (text, tag) in enumerate(lines):
        out.append((text, tag))
        since += 1
        nxt = lines[k + 1] if k + 1 < len(lines) else ("", None)
        if since >= per and tag == "body" and nxt[1] == "body":
            out += furniture(spec, page)
            page += 1
            since = 0
    return out


def furniture(spec: dict[str, Any], page: int) -> list[tuple[str, str | None]]:
    kind = spec["furniture"]
    number = {"bare": str(page), "page": f"Page {page}", "page-of": f"Page {page} of 9",
              "dashes": f"- {page} -"}[kind]
    block: list[tuple[str, str | None]] = [("", None)]
    if spec.get("footer_url"):
        block += [("http://www.example-ngo.org/digest/", "artifact:running_footer"), ("", None)]
    block.append((number, "artifact:page_number"))
    block.append(("", None))
    if spec.get("header"):
        head = spec["header"]
        if spec.get("formfeed"):
            block.append(("\f" + head, "artifact:running_header"))
        else:
            block.append((head, "artifact:running_header"))
        block.append(("", None))
    elif spec.get("formfeed"):
        block[-1] = ("\f", None)
    return block


# -- PDF layouts ----------------------------------------------------------------------

PDF_LAYOUTS: list[dict[str, Any]] = [
    dict(name="pdf-two-columns", first=4, count=10, font="Helvetica", byline="comma",
         date="dmy", header="Page {n} · Two-Column Digest", number=None, columns=2),
    dict(name="pdf-helvetica", first=1, count=10, font="Helvetica", byline="comma",
         date="mdy", header="Regional Press Digest", number="Page {n}"),
    dict(name="pdf-times", first=11, count=10, font="Times", byline="by", date="dmy",
         header="Monthly Review of the Press", number="{n}"),
]
EXTRACTORS = ["layout", "plain", "plumber"]
# Debian's fonts-dejavu-core: Unicode TrueType fonts standing in for Helvetica and Times.
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {"Helvetica": "DejaVuSans", "Times": "DejaVuSerif"}
ITALIC = {"Helvetica": "-Oblique", "Times": "-Italic"}


def typeset(spec: dict[str, Any], path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Write the PDF; return the articles' gold and the title of each article."""
    from fpdf import FPDF

    arts = [ARTICLES[(spec["first"] + k) % len(ARTICLES)] for k in range(spec["count"])]
    font = FONTS[spec["font"]]

    class Digest(FPDF):
        def header(self) -> None:
            self.set_font(font, "I", 9)
            self.cell(0, 8, spec["header"].format(n=self.page_no()), align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            if spec["number"] is None:  # the page number stands in the header
                return
            self.set_y(-15)
            self.set_font(font, "", 9)
            self.cell(0, 8, spec["number"].format(n=self.page_no()), align="C")

    pdf = Digest(format="A4")
    for style, suffix in (("", ""), ("B", "-Bold"), ("I", ITALIC[spec["font"]])):
        pdf.add_font(font, style, f"{FONT_DIR}/{font}{suffix}.ttf")
    pdf.set_creation_date(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    gold = []
    if spec.get("columns"):
        with pdf.text_columns(ncols=spec["columns"], gutter=10) as cols:
            for art in arts:
                pdf.set_font(font, "B", 14)
                cols.write(art["title"] + "\n")
                byline = None
                if art["byline"]:
                    blines, byline = render_byline(art["byline"], spec["byline"], spec["date"])
                    pdf.set_font(font, "I", 9)
                    cols.write("\n".join(blines) + "\n")
                for kind, text in body_blocks(art):
                    pdf.set_font(font, "B" if kind == "heading" else "", 9.5)
                    cols.write(text + "\n")
                cols.ln()
                gold.append(gold_article(art, byline))
        pdf.output(str(path))
        return gold, [a["title"] for a in arts]
    for art in arts:
        pdf.ln(4)
        pdf.set_font(font, "B", 15)
        pdf.multi_cell(0, 7, art["title"], new_x="LMARGIN", new_y="NEXT")
        byline = None
        if art["byline"]:
            blines, byline = render_byline(art["byline"], spec["byline"], spec["date"])
            pdf.set_font(font, "I", 10)
            for b in blines:
                pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for kind, text in body_blocks(art):
            if kind == "heading":
                pdf.set_font(font, "B", 11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font(font, "", 10.5)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        gold.append(gold_article(art, byline))
    pdf.output(str(path))
    return gold, [a["title"] for a in arts]


def extract(path: Path, how: str) -> str:
    if how == "plumber":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages) + "\n"
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if how == "layout" else [])
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def locate(text: str, gold_arts: list[dict[str, Any]], titles: list[str],
           spec: dict[str, Any]) -> dict[str, Any]:
    """Find, in extracted text, the line where each title starts and the furniture lines."""
    lines = text.split("\n")
    arts = [dict(g) for g in gold_arts]
    pos = 0
    for g, title in zip(arts, titles, strict=True):
        head = " ".join(title.split()[:4])
        while " ".join(lines[pos].split())[: len(head)] != head:
            pos += 1
        g["first_line"] = pos + 1
        # the byline's raw text as extraction leaves it (lines may re-wrap)
        if g["byline"]:
            g["byline"] = dict(g["byline"])
    artifacts = []
    page = 1
    number = spec["number"] or spec["header"]
    number_re = re.compile("^" + re.escape(number).replace(r"\{n\}", r"(\d+)") + "$")
    for i, ln in enumerate(lines, 1):
        s = ln.strip().lstrip("\f").strip()
        if spec["number"] is None and number_re.match(s):
            artifacts.append({"kind": "running_header", "text": s, "line": i})
            continue
        if s == spec["header"]:
            artifacts.append({"kind": "running_header", "text": s, "line": i})
        elif number_re.match(s) and int(number_re.match(s).group(1)) == page:
            artifacts.append({"kind": "page_number", "text": s, "line": i})
            page += 1
    return {"articles": arts, "artifacts": artifacts}


def write(name: str, source: str, kind: str, gold: dict[str, Any], folder: Path = OUT) -> None:
    doc = {"source": source, "kind": kind, **gold}
    (folder / f"{name}.gold.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    PDF_OUT.mkdir(parents=True, exist_ok=True)
    for spec in TEXT_LAYOUTS:
        text, gold = layout_text(spec)
        (OUT / f"{spec['name']}.txt").write_bytes(text.encode("utf-8"))
        kind = ", ".join(f"{k}={v}" for k, v in spec.items() if k not in ("name", "first", "count"))
        write(spec["name"], f"{spec['name']}.txt", f"text layout: {kind}", gold)
    for spec in PDF_LAYOUTS:
        pdf_path = PDF_OUT / f"{spec['name']}.pdf"
        gold_arts, titles = typeset(spec, pdf_path)
        # the PDF itself, for segment_pdf: line numbers depend on the extractor, so the
        # gold gives none and the evaluator finds each title in the extracted text
        pdf_gold = [{k: v for k, v in g.items() if k != "first_line"} for g in gold_arts]
        if spec.get("columns"):  # extraction interleaves columns: list each page's header
            import pdfplumber

            with pdfplumber.open(pdf_path) as doc:
                pages = [{"kind": "running_header", "text": spec["header"].format(n=n)}
                         for n in range(1, len(doc.pages) + 1)]
        else:
            pages = locate(extract(pdf_path, "plumber"), gold_arts, titles, spec)["artifacts"]
        write(spec["name"], pdf_path.name, f"{spec['font']} PDF, read with segment_pdf",
              {"articles": pdf_gold,
               "artifacts": [{"kind": a["kind"], "text": a["text"]} for a in pages]},
              folder=PDF_OUT)
        for how in ([] if spec.get("columns") else EXTRACTORS):
            name = f"{spec['name']}-{how}"
            text = extract(pdf_path, how)
            (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
            write(name, f"{name}.txt", f"{spec['font']} PDF extracted with {how}",
                  locate(text, gold_arts, titles, spec))
    print(f"wrote {len(list(OUT.glob('*.gold.json')))} gold files to {OUT}")


if __name__ == "__main__":
    main()
