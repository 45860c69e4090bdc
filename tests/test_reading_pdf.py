"""PDF input: segment_pdf on typeset fixtures, the library's errors on bad PDFs."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import segmenter
from segmenter import PDFError, SegmenterError
from segmenter.cli.command import main

from .conftest import FIXTURES

pytest.importorskip("pdfplumber")

GOLD = FIXTURES / "gold"
PDFS = FIXTURES / "pdf"  # the typeset PDFs with their gold, and the bad inputs
BAD = PDFS


def _gold_titles(name: str) -> list[str]:
    gold = json.loads((GOLD / f"{name}-layout.gold.json").read_text("utf-8"))
    return [a["title"] for a in gold["articles"]]


@pytest.mark.parametrize("name", ["pdf-helvetica", "pdf-times"])
def test_segment_pdf_finds_bylined_articles(name: str) -> None:
    """Every article with a byline comes back with its gold title, in order."""
    got = [a.title for a in segmenter.segment_pdf(PDFS / f"{name}.pdf")]
    gold = json.loads((GOLD / f"{name}-layout.gold.json").read_text("utf-8"))
    bylined = [a["title"] for a in gold["articles"] if a["byline"]]
    assert [t for t in got if t in bylined] == bylined
    assert set(got) <= set(_gold_titles(name))


def test_pdf_furniture_found_by_page_position() -> None:
    """Running headers and page numbers are artifacts with their page; none leaks."""
    doc = segmenter.analyze_pdf(PDFS / "pdf-helvetica.pdf")
    kinds = {a.kind for a in doc.artifacts}
    assert {"running_header", "page_number"} <= kinds
    assert all(a.page is not None for a in doc.artifacts)
    assert not any("Regional Press Digest" in a.body for a in doc.articles)
    assert any(len(a.pages) > 1 for a in doc.articles)


def test_spans_index_document_text() -> None:
    """Spans of a PDF's articles index the extracted text in Document.text."""
    doc = segmenter.analyze_pdf(PDFS / "pdf-times.pdf")
    a = doc.articles[0]
    assert a.title is not None
    assert doc.text[a.span.start : a.span.end].startswith(a.title.split()[0])


@pytest.mark.parametrize("as_", ["path", "str", "bytes", "file"])
def test_sources(as_: str) -> None:
    """A path, a str, bytes and a binary file object give the same articles."""
    path = PDFS / "pdf-times.pdf"
    source: Any = {"path": path, "str": str(path), "bytes": path.read_bytes(),
                   "file": io.BytesIO(path.read_bytes())}[as_]
    assert [a.title for a in segmenter.segment_pdf(source)] == [
        a.title for a in segmenter.segment_pdf(path)]


@pytest.mark.parametrize(
    ("name", "words"),
    [("not-a-pdf", "not a PDF"), ("truncated", "damaged or truncated"),
     ("encrypted", "encrypted"), ("scanned", "no text layer")],
)
def test_bad_pdf_raises_library_error(name: str, words: str) -> None:
    """Each kind of bad PDF raises PDFError with a message that says what to do."""
    with pytest.raises(PDFError, match=words) as info:
        segmenter.segment_pdf(BAD / f"{name}.pdf")
    assert isinstance(info.value, SegmenterError)
    assert "'" in str(info.value) or "pass" in str(info.value)


def test_missing_file_is_pdf_error(tmp_path: Path) -> None:
    """A PDF path that does not exist raises PDFError naming it."""
    with pytest.raises(PDFError, match=r"nope\.pdf"):
        segmenter.segment_pdf(tmp_path / "nope.pdf")


def test_cli_reads_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    """python -m segmenter FILE.pdf prints the articles and the furniture."""
    assert main([str(PDFS / "pdf-times.pdf")]) == 0
    out = capsys.readouterr().out
    assert "=== article" in out and "running_header" in out


def test_cli_bad_pdf_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A bad PDF gives one line on stderr and exit status 2."""
    assert main([str(BAD / "encrypted.pdf")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_two_column_pages_read_column_by_column() -> None:
    """A two-column PDF reads each column in turn: titles, bylines and bodies whole."""
    gold = json.loads((PDFS / "pdf-two-columns.gold.json").read_text("utf-8"))
    got = segmenter.segment_pdf(PDFS / "pdf-two-columns.pdf")
    assert [a.title for a in got] == [a["title"] for a in gold["articles"]]
    for a, g in zip(got, gold["articles"], strict=True):
        assert " ".join(a.body.split()) == " ".join(g["body"].split())


def test_progress_line_only_past_twenty_pages_and_on_a_terminal(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's progress callback writes to stderr for PDFs over 20 pages, else nothing;
    and only on a terminal (regression: its carriage returns filled log files)."""
    from segmenter.cli.command import _progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _progress(3, 5)
    assert capsys.readouterr().err == ""
    for n in range(1, 22):
        _progress(n, 21)
    err = capsys.readouterr().err
    assert "page 21/21" in err and err.endswith("\n")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    for n in range(1, 22):
        _progress(n, 21)
    assert capsys.readouterr().err == ""


def test_pdf_text_separates_pages_with_form_feeds() -> None:
    """pdf_text gives the PDF's text, one form feed between pages."""
    from segmenter.reading.pdf import pdf_text

    text = pdf_text(PDFS / "pdf-times.pdf")
    assert text.count("\f") == 2
    assert text.startswith("Monthly Review of the Press")


def test_an_archive_page_reads_its_head_first_and_its_foot_last() -> None:
    """Regression: a press archive's pages (a head across the page: outlet, section and
    date far apart; two columns of text beside an empty strip; a two-line foot, the
    archive's number at its right) were cut at the gutter: the head's words stood at
    the tops of the columns, the date in the middle of the text, the foot's lines
    between the columns, and the foot stayed in the bodies."""
    from segmenter.reading.pdf import pdf_text

    pages = pdf_text(PDFS / "pdf-archive-pages.pdf").rstrip("\n").split("\f")
    assert len(pages) == 5
    for page in pages:
        lines = page.split("\n")
        assert lines[0].startswith("Harbour Times CITY ") and lines[0].endswith(" 2023")
        assert lines[1] == "all editions Page 7"
        assert lines[-2].startswith("Harbour Archive: all rights reserved")
        assert lines[-1] == "Reuse only through the archive licensing desk reader42"
    # the first column is read down before the second
    first = " ".join(pages[0].split("\n"))
    assert "In the 1. week of talks the harbour board met the users of the ferry again" in first
    doc = segmenter.analyze_file(PDFS / "pdf-archive-pages.pdf")
    assert not any("rights reserved" in a.body or "licensing desk" in a.body
                   for a in doc.articles)


def test_an_archive_pdf_gives_each_story_once_credited_by_its_page_head() -> None:
    """The archive's three stories come back whole, each credited by its pages' head
    (outlet and date) and its author line, the heads of the pages it runs on to taken
    out as running headers."""
    doc = segmenter.analyze_file(PDFS / "pdf-archive-pages.pdf")
    assert [a.title for a in doc.articles] == [
        "Ferry timetable cut to four crossings a day", "Library keeps its doors open on Sundays",
        "Cyclists ask for a lane over the old bridge"]
    assert [a.pages for a in doc.articles] == [(1, 2), (3,), (4, 5)]
    for a in doc.articles:
        assert a.byline is not None and len(a.byline.authors) == 1
        assert a.byline.outlet is not None and a.byline.outlet.startswith("Harbour Times")
        assert a.byline.date is not None
        assert "Harbour Times" not in a.body and "all editions" not in a.body
    assert "answered that the money for the harbour ran out in" in doc.articles[0].body
