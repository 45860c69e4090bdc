"""DOCX files: paragraphs, heading styles, tables, page headers and footers and a table of
contents read through python-docx; exports saved as DOCX read as their text (issue 17)."""

from __future__ import annotations

import io
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import segmenter
from segmenter import DocxSupportError, FileKindError

from .exports import paragraphs, same_as_text

docx = pytest.importorskip("docx")

from segmenter.reading.docxfile import docx_text  # noqa: E402

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _saved(document: object) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def _as_docx(text: str) -> bytes:
    """A text dump saved as a Word document: a paragraph each, its lines kept by breaks."""
    d = docx.Document()
    for lines in paragraphs(text):
        p = d.add_paragraph()
        for k, line in enumerate(lines):
            run = p.add_run(line)
            if k + 1 < len(lines):
                run.add_break()
    return _saved(d)


@pytest.mark.parametrize("name", ["nexis-uni-harbour", "factiva-harbour",
                                  "lexisnexis-harbour", "proquest-harbour"])
def test_an_export_saved_as_docx_gives_the_articles_of_its_text(name: str) -> None:
    """Nexis Uni and the other exports, saved as DOCX, read as their text reads."""
    same_as_text(name, _as_docx)


def test_headings_tables_breaks_and_furniture() -> None:
    read = docx_text((FIXTURES / "docx" / "press-review.docx").read_bytes())
    lines = read.text.splitlines()
    style = dict(zip(lines, read.styles, strict=True))
    heading = style["Pier repairs to start before the winter storms"]
    assert heading is not None and heading.size > 12 and heading.bold
    header = style["Harbour Press Review — June 2015"]
    assert header is not None and header.furniture
    contents = style["Ferry timetable changes from July 3"]
    assert contents is not None and contents.furniture  # Word's table of contents
    assert "07:00 | 08:15" in lines
    k = lines.index("They kept the light for thirty years between them.")
    assert lines[k - 1].startswith("The last two keepers")  # a soft break, no blank line


def test_a_documents_header_footer_and_contents_are_no_articles_text() -> None:
    doc = segmenter.analyze_file(FIXTURES / "docx" / "press-review.docx")
    assert [a.title for a in doc.articles] == ["Pier repairs to start before the winter storms",
                                               "Ferry timetable changes from July",
                                               "Lighthouse keepers honoured"]
    assert not any("Reading Circle" in a.body or "Contents" in a.body for a in doc.articles)


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_a_truncated_docx_is_a_clear_error(cut: float) -> None:
    data = (FIXTURES / "docx" / "press-review.docx").read_bytes()
    with pytest.raises(FileKindError, match="damaged or truncated"):
        segmenter.segment_file(data[: int(len(data) * cut)])


def test_without_python_docx_docx_raises_the_librarys_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(DocxSupportError, match=r"pip install 'article-segmenter\[docx\]'"):
        segmenter.segment_file((FIXTURES / "docx" / "press-review.docx").read_bytes())


def _rewritten(data: bytes, edit: Callable[[bytes], bytes]) -> bytes:
    """A copy of the DOCX ``data`` whose word/document.xml is ``edit``ed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(item, edit(body) if item.filename == "word/document.xml" else body)
    return out.getvalue()


def test_text_after_an_entity_reference_is_kept() -> None:
    """Regression (issue 26.14): the text after an entity reference in a run was
    dropped (it is the reference's tail). Entities stay unresolved (a document could make
    them expand without end): the reference is kept as written, the text around it too."""
    d = docx.Document()
    d.add_paragraph("Before REF after, in a run.")
    d.add_table(rows=1, cols=1).rows[0].cells[0].text = "Cell REF tail"

    def edit(xml: bytes) -> bytes:
        head, _, rest = xml.partition(b"?>")
        return (head + b'?><!DOCTYPE w:document [<!ENTITY ent "EXPANDED">]>'
                + rest.replace(b"REF", b"&ent;"))

    text = docx_text(_rewritten(_saved(d), edit)).text
    assert "Before &ent; after, in a run." in text
    assert "Cell &ent; tail" in text
    assert "EXPANDED" not in text


@pytest.mark.parametrize(("cap", "value"), [("MAX_DOCX_XML_BYTES", 1 << 20),
                                             ("MAX_DOCX_BYTES", 1 << 20),
                                             ("MAX_DOCX_PARTS", 8)])
def test_a_docx_past_a_cap_is_refused_before_it_is_inflated(
        monkeypatch: pytest.MonkeyPatch, cap: str, value: int) -> None:
    """Regression (issue 26.4): a 767 kB DOCX inflated to 8.8 GB of memory (a 3 MB one
    failed past 16 GB with an undocumented XPathEvalError). The parts, the XML they
    inflate to and all they inflate to are capped from the package's directory, before
    anything is inflated, and refused with the library's error naming the cap."""
    from segmenter.reading import docxfile

    d = docx.Document()
    d.add_paragraph("PARAGRAPH")
    paragraph = b"<w:p><w:r><w:t>The board agreed to rebuild the pier.</w:t></w:r></w:p>"
    data = _rewritten(_saved(d), lambda xml: xml.replace(  # 3 MB of XML in a few kB
        b"<w:p><w:r><w:t>PARAGRAPH</w:t></w:r></w:p>", paragraph * 40_000))
    assert len(data) < 100_000
    monkeypatch.setattr(docxfile, cap, value)
    start = time.process_time()
    with pytest.raises(segmenter.InputLimitError, match=f"more than the {value:,}"):
        segmenter.segment_file(data)
    assert time.process_time() - start < 0.5


def test_the_caps_hold_a_large_real_export() -> None:
    """The caps leave room for real files: an export of a thousand articles holds a few
    MB of XML, a tenth of MAX_DOCX_XML_BYTES."""
    from segmenter.reading import docxfile

    assert docxfile.MAX_DOCX_XML_BYTES >= 32 * 2**20
    d = docx.Document()
    for _ in range(200):
        d.add_paragraph("Pier repairs start")
        d.add_paragraph("By Maria Keller, Harbour News, June 24, 2015")
        d.add_paragraph("The board agreed to rebuild the pier. " * 20)
    assert len(segmenter.segment_file(_saved(d))) == 200
