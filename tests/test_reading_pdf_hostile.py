"""Hostile and damaged PDFs: only the library's errors escape, memory stays flat in the
page count, caps refuse what would cost too much, and no character is lost."""

from __future__ import annotations

import binascii
import collections
import io
import random
import time
import tracemalloc
import zlib

import pytest

from segmenter import PDFError, SegmenterError, analyze_pdf
from segmenter.reading import pdf

from .conftest import FIXTURES

pdfplumber = pytest.importorskip("pdfplumber")
fpdf = pytest.importorskip("fpdf", reason="generating PDFs needs fpdf2 (the dev extra)")

_WORDS = ["river", "council", "bridge", "vote", "harbour", "storm", "ferry", "market",
          "teachers", "library"]


def _columns(seed: int, pages: int = 2, overlap: float = 0.0, off_page: bool = False) -> bytes:
    """Two columns of text with headlines set across both; ``overlap`` raises each
    headline into the column line above it; ``off_page`` runs lines off the right edge."""
    rnd = random.Random(seed)
    doc = fpdf.FPDF(unit="pt", format=(600, 800))
    doc.set_auto_page_break(False)
    for _ in range(pages):
        doc.add_page()
        doc.set_font("Helvetica", size=10)
        y = 60.0
        while y < 740:
            if rnd.random() < 0.15:
                doc.set_font("Helvetica", "B", 14)
                doc.text(60, y - overlap, " ".join(rnd.choice(_WORDS) for _ in range(9)).title())
                doc.set_font("Helvetica", size=10)
                y += 18
                continue
            doc.text(60, y, " ".join(rnd.choice(_WORDS) for _ in range(5)))
            right = " ".join(rnd.choice(_WORDS) for _ in range(12 if off_page else 5))
            doc.text(320, y, right)
            y += 12
    return bytes(doc.output())


def _lost(data: bytes) -> list[tuple[int, int, int]]:
    """Per page: (page, characters pdfplumber extracts that the text lacks, and extra)."""
    pages = pdf.pdf_text(data).split("\f")
    out = []
    with pdfplumber.open(io.BytesIO(data)) as doc:
        for n, page in enumerate(doc.pages):
            want = collections.Counter(c["text"] for c in page.chars if c["text"].strip())
            got = collections.Counter(ch for ch in pages[n] if ch.strip())
            if want != got:
                out.append((n + 1, sum((want - got).values()), sum((got - want).values())))
    return out


@pytest.mark.parametrize("overlap", [0.0, 2.0, 4.0, 8.0])
@pytest.mark.parametrize("seed", range(3))
def test_no_character_lost_where_a_spanning_line_touches_a_column_line(
        seed: int, overlap: float) -> None:
    """Regression: a column line whose bottom reached below the top of the next
    headline set across the gutter was cut from both bands (a real 59-page press PDF
    lost 1,197 characters). Every character pdfplumber extracts is in the text."""
    assert _lost(_columns(seed, overlap=overlap)) == []


def test_text_running_off_the_page_is_kept() -> None:
    """Regression: a line running off the page edge made a valid PDF "damaged"."""
    data = _columns(7, off_page=True)
    assert _lost(data) == []


def test_memory_is_flat_in_the_page_count() -> None:
    """Regression: pages were never closed (about 5 MB each); 4x the pages may cost at
    most 1.5x the peak memory."""
    def peak(pages: int) -> int:
        data = _columns(1, pages=pages)
        tracemalloc.start()
        try:
            pdf.pdf_text(data)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    assert peak(4) <= 1.5 * peak(1)


def test_a_character_far_off_the_page_costs_no_memory() -> None:
    """Regression: one character at x = 3.5e7 made the gutter search allocate a bin per
    point of that width (974 MB for a 2 kB PDF)."""
    doc = fpdf.FPDF(unit="pt", format=(600, 800))
    doc.add_page()
    doc.set_font("Helvetica", size=10)
    for y in range(60, 700, 12):
        doc.text(60, y, "river council bridge vote harbour storm")
    doc.text(3.5e7, 400, "x")
    tracemalloc.start()
    try:
        pdf.pdf_text(bytes(doc.output()))
        assert tracemalloc.get_traced_memory()[1] < 50_000_000
    finally:
        tracemalloc.stop()


def _pdf_with_content(content: bytes, pages: int = 1, *, compressed: bool = False) -> bytes:
    """A minimal PDF whose every page draws the same content stream, Flate-compressed
    here unless it is ``compressed`` already."""
    return _pdf(content if compressed else zlib.compress(content), pages=pages)


_TEXT = b"BT /F1 12 Tf 72 700 Td (A title here) Tj ET\n"


def test_pages_beyond_the_cap_are_refused() -> None:
    data = _pdf_with_content(_TEXT, pages=3)
    assert "A title here" in pdf.pdf_text(data)
    with pytest.raises(PDFError, match="max_pages"):
        pdf.pdf_text(data, max_pages=2)


def test_a_decompression_bomb_is_refused() -> None:
    """Regression: a 1 MB PDF inflating to 1 GiB ran for minutes: no cap on the bytes a
    page's content decompresses to. A page that inflates past the cap is refused before
    it is decoded whole."""
    squeezer = zlib.compressobj(9)
    filler = b"q Q " * (2**18)  # 1 MiB of do-nothing operators
    bomb = b"".join(squeezer.compress(filler) for _ in range(80)) + squeezer.flush()
    data = _pdf_with_content(bomb, compressed=True)
    assert len(data) < 200_000
    with pytest.raises(PDFError, match="max_page_bytes"):
        pdf.pdf_text(data)
    with pytest.raises(PDFError, match="max_page_bytes"):
        pdf.pdf_text(_pdf_with_content(_TEXT * 100), max_page_bytes=1000)


def _mutants(data: bytes, count: int, seed: int) -> list[bytes]:
    """Byte flips, cut-outs, duplicated and swapped spans of ``data``."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        b = bytearray(data)
        for _ in range(rnd.randint(1, 4)):
            i, j = sorted(rnd.randrange(len(b)) for _ in range(2))
            kind = rnd.randrange(4)
            if kind == 0:
                b[i] ^= 1 << rnd.randrange(8)
            elif kind == 1:
                del b[i : min(j, i + 64)]
            elif kind == 2:
                b[i:i] = b[i : min(j, i + 64)]
            else:
                k = rnd.randrange(len(b))
                b[i : i + 16], b[k : k + 16] = b[k : k + 16], b[i : i + 16]
        out.append(bytes(b))
    return out


@pytest.mark.parametrize("name", ["pdf-helvetica.pdf", "pdf-two-columns.pdf"])
def test_damaged_pdfs_raise_only_the_librarys_errors(name: str) -> None:
    """Regression: closing a PDF that failed replaced the PDFError with pdfminer's or a
    TypeError (7 of 225 hostile files). Mutated fixtures either read or raise a
    SegmenterError; whatever reads loses nothing and keeps its spans in the text."""
    data = (FIXTURES / "pdf" / name).read_bytes()
    for mutant in _mutants(data, 25, seed=len(name)):
        try:
            doc = analyze_pdf(mutant)
        except SegmenterError:
            continue
        for a in doc.articles:
            assert 0 <= a.span.start <= a.span.end <= len(doc.text)


def _pdf(page_content: bytes, *, filters: bytes = b"/FlateDecode", pages: int = 1,
         form: bytes | None = None) -> bytes:
    """A minimal PDF whose every page draws one content stream (already encoded for
    ``filters``) and may draw a form XObject /X1 holding ``form``."""
    def stream(data: bytes, filters: bytes, extra: bytes = b"") -> bytes:
        return (b"<< /Length %d /Filter %s %s>>\nstream\n" % (len(data), filters, extra)
                + data + b"\nendstream")

    font = b"<< /Font << /F1 3 0 R >> >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(
                   b"%d 0 R" % (6 + k) for k in range(pages)) + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               stream(page_content, filters),
               stream(zlib.compress(form or b""), b"/FlateDecode",
                      b"/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources " + font
                      + b" ")]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R "
                b"/Resources << /Font << /F1 3 0 R >> /XObject << /X1 5 0 R >> >> >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _squeezed(chunk: bytes, times: int) -> bytes:
    squeezer = zlib.compressobj(9)
    return b"".join(squeezer.compress(chunk) for _ in range(times)) + squeezer.flush()


_NOTHING = b"q Q " * 2**18  # 1 MiB of do-nothing operators
_LINE = b"BT /F1 12 Tf 72 700 Td (A title here and some words) Tj ET\n"


def _refused_fast(data: bytes, cap: str) -> None:
    start = time.process_time()
    with pytest.raises(PDFError, match=cap):
        pdf.pdf_text(data)
    assert time.process_time() - start < 2


@pytest.mark.parametrize(("name", "content", "filters"), [
    ("Flate applied twice", zlib.compress(_squeezed(_NOTHING, 1024), 9),
     b"[/FlateDecode /FlateDecode]"),
    ("ASCIIHex then Flate", binascii.hexlify(_squeezed(_NOTHING, 100)),
     b"[/ASCIIHexDecode /FlateDecode]"),
])
def test_every_filter_of_a_chain_is_capped(name: str, content: bytes, filters: bytes) -> None:
    """Regression (issue 26.5): only a stream's first filter was capped, so Flate applied
    twice, or ASCIIHex then Flate, decoded 3.9 kB to 4.1 GB. Each step of the chain stops
    past the cap, and the page is refused before pdfminer reads it."""
    data = _pdf(content, filters=filters)
    assert len(data) < 250_000, name
    _refused_fast(data, "max_page_bytes")


def test_a_form_drawn_thousands_of_times_counts_each_time() -> None:
    """Regression (issue 26.5): a form XObject drawn 2,000 times (24 kB) ran over 600 s:
    forms were counted once. Each drawing counts; the page shows too many characters."""
    draws = b"".join(b"q 1 0 0 1 0 %d cm /X1 Do Q\n" % (i % 700) for i in range(2000))
    _refused_fast(_pdf(zlib.compress(draws), form=_LINE * 10), "max_page_chars")
    few = _pdf(zlib.compress(b"".join(b"q 1 0 0 1 0 -%d cm /X1 Do Q\n" % (100 * i)
                                      for i in range(3))), form=_LINE)  # drawn three times
    assert pdf.pdf_text(few).count("A title here") == 3


def test_a_million_characters_on_a_page_are_refused() -> None:
    """Regression (issue 26.5): one page of a million characters (a 1.6 kB file) took
    2.26 GB. The characters a page's strings hold are counted before it is read; a
    larger max_page_chars reads it."""
    page = b"BT /F1 1 Tf 0 0 Td " + b"(aaaaaaaaaa) Tj " * 100_000 + b"ET"
    _refused_fast(_pdf(_squeezed(page, 1)), "max_page_chars")
    small = b"BT /F1 1 Tf 0 0 Td " + b"(aaaaaaaaaa) Tj " * 6_000 + b"ET"
    with pytest.raises(PDFError, match="max_page_chars"):
        pdf.pdf_text(_pdf(zlib.compress(small)), max_page_chars=50_000)
    assert len(pdf.pdf_text(_pdf(zlib.compress(small)), max_page_chars=70_000)) > 50_000


def test_one_stream_drawn_by_every_page_is_refused() -> None:
    """Regression (issue 26.5): one content stream shared by 20 pages (35 kB) ran over
    600 s. Every page is measured before any is read, and a document whose pages show
    far more characters than a file of its size holds is refused at once."""
    page = b"BT /F1 12 Tf 72 700 Td " + b"(A title here and some words) Tj 0 -1 Td " * 1000
    _refused_fast(_pdf(zlib.compress(page + b"ET\n"), pages=20), "more than a file of")
