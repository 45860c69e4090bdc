"""Files as users have them: the kind read from the content, text in any encoding, and
files that hold no text refused with the library's own errors (issue 17)."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

import segmenter
from segmenter import BinaryFileError, FileKindError, InputTypeError, TextDecodeError
from segmenter.reading.decode import decode_bytes
from segmenter.reading.files import file_kind

FIXTURES = Path(__file__).parent.parent / "fixtures"
DUMP = ("Le port de Brême agrandit ses quais\n"
        "Von Katrin Vogel, Weser-Kurier, 3. März 2025\n\n"
        "Die Hafengesellschaft hat am Montag beschlossen, die Kaimauer zu verlängern.\n\n"
        "« Nous n’avons pas été consultés »\n"
        "Par Jean Roux, Le Télégramme, 4 mars 2025\n\n"
        "Les pêcheurs craignent que la réglementation ne réduise leurs prises.\n")
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def _titles(articles: list[segmenter.Article]) -> list[str | None]:
    return [a.title for a in articles]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-le",
                                      "utf-16-be", "cp1252"])
def test_a_text_file_in_any_encoding_gives_the_articles_of_its_text(encoding: str) -> None:
    """Regression: every non-PDF file was read as UTF-8 with escapes for what did not
    decode: a UTF-16 file came back as one article of garbage, exit status 0."""
    data = DUMP.encode(encoding)
    doc = segmenter.analyze_file(data)
    assert _titles(list(doc.articles)) == _titles(segmenter.segment(DUMP))
    assert doc.text == DUMP  # no byte order mark, nothing escaped
    guessed = encoding in ("utf-16-le", "utf-16-be", "cp1252")
    assert any("encoding was guessed" in w for w in doc.warnings) == guessed


def test_a_latin1_file_is_guessed_and_the_guess_reported() -> None:
    data = DUMP.replace("’", "'").encode("latin-1")
    doc = segmenter.analyze_file(io.BytesIO(data))
    assert doc.text == DUMP.replace("’", "'")
    assert doc.warnings[0].startswith("the encoding was guessed as cp1252")


def test_the_encoding_asked_for_wins_and_a_wrong_one_is_a_clear_error() -> None:
    data = DUMP.encode("cp1252")
    assert segmenter.analyze_file(data, encoding="cp1252").warnings == ()
    assert segmenter.analyze_file(data, encoding="latin-1").text != DUMP  # as asked
    with pytest.raises(TextDecodeError, match="not utf-8: byte 0xea at offset"):
        segmenter.segment_file(data, encoding="utf-8")
    with pytest.raises(TextDecodeError, match="unknown encoding"):
        segmenter.segment_file(data, encoding="no-such-codec")


@pytest.mark.parametrize("data", [_PNG, b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8,
                                  bytes(i % 7 for i in range(4000)),
                                  FIXTURES / "files" / "picture.png"],
                         ids=["png", "gzip", "controls", "picture-fixture"])
def test_a_binary_file_is_refused(data: bytes | Path) -> None:
    """Regression: a picture was segmented as text, exit status 0."""
    with pytest.raises(BinaryFileError, match="not a text file"):
        segmenter.segment_file(data)
    assert issubclass(BinaryFileError, ValueError)


def test_the_kind_is_read_from_the_content_not_the_name(tmp_path: Path) -> None:
    named_pdf = tmp_path / "digest.pdf"
    named_pdf.write_text(DUMP, encoding="utf-8")
    assert _titles(segmenter.segment_file(named_pdf)) == _titles(segmenter.segment(DUMP))
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("notes.txt", DUMP)
    assert file_kind(docx.getvalue()) == "docx"
    assert file_kind(other.getvalue()) == "zip"
    assert file_kind(b"PK\x03\x04 damaged") == "zip"
    assert file_kind(codecs.BOM_UTF8 + b"\n <!DOCTYPE html><html>") == "html"
    assert file_kind(b"{\\rtf1\\ansi Hello}") == "rtf"
    assert file_kind(b"<b>a tag</b> in a text") == "text"
    with pytest.raises(FileKindError, match="no DOCX document"):
        segmenter.segment_file(other.getvalue())


def test_a_pdf_is_read_whatever_its_name(tmp_path: Path) -> None:
    pdf = FIXTURES / "pdf" / "pdf-helvetica.pdf"
    pytest.importorskip("pdfplumber")
    copy = tmp_path / "export.bin"
    copy.write_bytes(pdf.read_bytes())
    assert _titles(segmenter.segment_file(copy)) == _titles(segmenter.segment_pdf(pdf))


def test_sources_other_than_bytes_paths_and_binary_files_are_refused() -> None:
    with pytest.raises(InputTypeError, match="binary mode"):
        segmenter.segment_file(io.StringIO(DUMP))  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        segmenter.segment_file(42)  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        segmenter.segment_file(FIXTURES / "no-such-file.txt")


def test_decoding_never_keeps_a_byte_order_mark() -> None:
    for codec in ("utf-8-sig", "utf-16", "utf-32"):
        assert decode_bytes("Title".encode(codec)).text == "Title"
    assert decode_bytes(codecs.BOM_UTF8 + b"Title", "utf-8").text == "Title"


def test_segment_file_gives_the_articles_analyze_file_gives() -> None:
    data = (FIXTURES / "files" / "revue-cp1252.txt").read_bytes()
    assert segmenter.segment_file(data) == list(segmenter.analyze_file(data).articles)
