"""PDF input through pdfplumber (the ``pdf`` extra), imported only when a PDF is read.

This module is the one place where pdfplumber's objects become segmenter's: each page's
text is extracted and pages are joined with form feeds, so page breaks are exact and the
shared pipeline sees them (page numbers and running headers beside a break are found by
position and repetition, and ``Article.pages`` lists each article's pages).
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import io
import os
from collections.abc import Callable
from typing import IO, Any

import regex

from ..errors import PDFError, PDFSupportError, install_command
from ..lines import LineStyle
from .decode import paired_surrogates
from .pdfcaps import MAX_PAGE_CHARS, check_document, page_cost
from .pdfcolumns import column_lines, filled_lines, gutters

__all__ = ["MAX_PAGES", "MAX_PAGE_BYTES", "MAX_PAGE_CHARS", "SAFE_PDFMINER", "PDFSource",
           "Progress", "is_pdf_file", "is_pdf_source", "looks_like_pdf", "pdf_text",
           "pdf_text_and_styles"]

PDFSource = str | os.PathLike[str] | bytes | bytearray | IO[bytes]
Progress = Callable[[int, int], None]

_MAGIC = b"%PDF-"
# Caps on what one PDF may cost, settable per call: pages, bytes of content a page draws
# once decoded (a 4 kB file can inflate to gigabytes; a page of text draws tens of kB),
# and the characters it shows (``pdfcaps.MAX_PAGE_CHARS``).
MAX_PAGES = 10_000
MAX_PAGE_BYTES = 16 * 2**20
_HEADER_WINDOW = 1024  # a PDF header may follow a little junk, never much
# A "word" this long is words run together. Bound: one letter run.
_GLUED = regex.compile(r"\p{L}{26,}")
# pdfplumber's word spacing: a gap of 3 points splits two words, or (when words came
# out glued: tightly set columns) a gap of a tenth of the type size, a word space being
# about a quarter of it and letters standing closer than a twentieth.
_DEFAULT_SPACING: dict[str, float] = {"x_tolerance": 3.0}
_NARROW_SPACING: dict[str, float] = {"x_tolerance_ratio": 0.1}
_MIN_COLUMN_CHARS = 200  # pages with less text are read as they come
# Characters that would end a line inside a PDF line's text; they become spaces so each
# PDF line stays one line of the text (and keeps its style). Bound: one character class.
_LINE_BREAKS = regex.compile(r"[\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029]")


def looks_like_pdf(data: bytes) -> bool:
    """Whether ``data`` (a file's first kilobyte is enough) holds a PDF header where a
    PDF's must stand: within its first kilobyte.

    >>> looks_like_pdf(b"%PDF-1.7\\n..."), looks_like_pdf(b"Title\\n\\nBody")
    (True, False)
    """
    return _MAGIC in data[:_HEADER_WINDOW]


def is_pdf_source(name: str | os.PathLike[str], head: bytes) -> bool:
    """Whether to read a file named ``name`` that opens with ``head`` as a PDF: it is
    named ``*.pdf`` (one that is not a PDF is then refused with :class:`PDFError`, not
    read as text) or its content opens as a PDF's does.

    >>> is_pdf_source("digest.PDF", b"text"), is_pdf_source("dump", b"%PDF-1.4")
    (True, True)
    """
    return os.fspath(name).lower().endswith(".pdf") or looks_like_pdf(head)


def is_pdf_file(path: str | os.PathLike[str]) -> bool:
    """``is_pdf_source`` for the file at ``path`` (its first kilobyte is read; a pipe
    loses it: read such a file once and ask ``is_pdf_source``). ``False`` when it cannot
    be read."""
    try:
        with open(path, "rb") as fh:
            return is_pdf_source(path, fh.read(_HEADER_WINDOW))
    except OSError:
        return os.fspath(path).lower().endswith(".pdf")


def _read(source: PDFSource) -> bytes:
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    if isinstance(source, str | os.PathLike):
        try:
            with open(source, "rb") as fh:
                return fh.read()
        except OSError as e:
            raise PDFError(f"cannot read {os.fspath(source)!r}: {e.strerror or e}") from e
    if hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):
            raise PDFError("the file object must be opened in binary mode ('rb')")
        return data
    raise PDFError(f"expected a path, bytes or a binary file object, not {type(source).__name__}")


# pdfminer.six, which pdfplumber reads with, loaded a pickle a crafted PDF could name
# (CVE-2025-64512, CVE-2025-70559): below this release a PDF could run code. pdfplumber
# 0.11.10, the extra's floor, pins it; an older copy installed otherwise is refused.
SAFE_PDFMINER = 20260107


def _pdfminer_release() -> int | None:
    """The installed pdfminer.six release as a number (20260107), None when unknown."""
    try:
        release = importlib.metadata.version("pdfminer.six")
    except importlib.metadata.PackageNotFoundError:
        return None
    head = release.split(".", 1)[0]
    return int(head) if head.isdecimal() else None


def _open(data: bytes) -> Any:
    try:
        import pdfplumber
    except ImportError as e:
        raise PDFSupportError(
            "reading PDFs needs pdfplumber: " + install_command("pdf")) from e
    release = _pdfminer_release()
    if release is not None and release < SAFE_PDFMINER:
        raise PDFSupportError(
            f"pdfminer.six {release} can run code a crafted PDF carries (CVE-2025-64512): "
            f"upgrade it with {install_command('pdf')} --upgrade (pdfminer.six >= "
            f"{SAFE_PDFMINER})")
    if not looks_like_pdf(data):
        raise PDFError("this is not a PDF (no %PDF- header): pass a PDF file, or give a text "
                       "dump to segment() instead")
    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # pdfminer reports every failure as one exception type
        if b"/Encrypt" in data:
            raise PDFError("this PDF is encrypted: decrypt it first (for example "
                           "'qpdf --decrypt in.pdf out.pdf') and pass the copy") from e
        raise PDFError(f"this PDF is damaged or truncated ({e}): re-download or re-export "
                       "it, or repair it with 'qpdf in.pdf out.pdf'") from e


_MAX_PAGE_WIDTH = 14_400  # points: the largest page the PDF specification allows


def _text_block(page: Any) -> tuple[list[dict[str, Any]], float, float] | None:
    """The page's characters (no blanks) and the left and right edges of the block they
    make; ``None`` for a page with too little text to hold columns."""
    chars = [c for c in page.chars if str(c.get("text", "")).strip()]
    if len(chars) < _MIN_COLUMN_CHARS:
        return None
    page_left, _, page_right, _ = page.bbox
    # Characters off the page do not widen the text block (one at x = 3.5e7 once asked
    # for a bin per point of that width); nor is a page wider than a PDF may be read.
    left = max(min(c["x0"] for c in chars), page_left)
    right = min(max(c["x1"] for c in chars), page_right)
    if not 0 < right - left <= _MAX_PAGE_WIDTH:
        return None
    return chars, left, right


def _raw_lines(page: Any, spacing: dict[str, float]) -> tuple[list[dict[str, Any]], list[float]]:
    """The page's text lines in reading order, and the gutters between its columns:
    a page of columns (``pdfcolumns``) is read column by column between the lines set
    across them, its running head first and its foot last; a page of one column as
    pdfplumber reads it."""
    lines: list[dict[str, Any]] = page.extract_text_lines(**spacing)
    block = _text_block(page)
    xs = gutters(*block) if block is not None else []
    if not xs:
        return lines, []
    from pdfplumber.utils.text import extract_text

    options: dict[str, Any] = dict(spacing)
    return column_lines(lines, xs, lambda chars: extract_text(chars, **options)), xs


def _page_lines(page: Any) -> list[tuple[str, LineStyle | None]]:
    """One page's lines with their type; narrower word spacing when words came out glued."""
    lines, xs = _raw_lines(page, _DEFAULT_SPACING)
    words = [w for line in lines for w in line["text"].split()]
    if words and sum(1 for w in words if _GLUED.search(w)) > max(2, len(words) // 100):
        lines, xs = _raw_lines(page, _NARROW_SPACING)
    out: list[tuple[str, LineStyle | None]] = []
    for line, full in zip(lines, _filled(lines, xs), strict=True):
        chars = [c for c in line.get("chars", ()) if str(c.get("text", "")).strip()]
        style = None
        if chars:
            sizes = sorted(float(c.get("size", 0.0)) for c in chars)
            bold = sum(1 for c in chars if "bold" in str(c.get("fontname", "")).casefold())
            style = LineStyle(size=round(sizes[len(sizes) // 2], 2), bold=2 * bold > len(chars),
                              top=float(line["top"]), bottom=float(line["bottom"]),
                              filled=full)
        out.append((_LINE_BREAKS.sub(" ", line["text"]), style))
    return out


def _filled(lines: list[dict[str, Any]], xs: list[float]) -> list[bool]:
    """Whether each line fills its column: as the column reader found it, on a page of
    columns (``xs``, its gutters); asked here of a page of one column."""
    return [bool(line["filled"]) for line in lines] if xs else filled_lines(lines, xs)


def pdf_text_and_styles(source: PDFSource, *, progress: Progress | None = None,
                        max_pages: int = MAX_PAGES, max_page_bytes: int = MAX_PAGE_BYTES,
                        max_page_chars: int = MAX_PAGE_CHARS,
                        ) -> tuple[str, list[LineStyle | None]]:
    """The text of a PDF (as :func:`pdf_text`) and what the PDF says of each of its lines
    (type size, weight, position; ``None`` for a line it says nothing of)."""
    data = _read(source)
    pdf = _open(data)
    try:
        per_page = _read_pages(pdf, progress, len(data), max_pages, max_page_bytes,
                               max_page_chars)
    finally:
        with contextlib.suppress(Exception):  # a failure to close must not hide the cause
            pdf.close()
    if not any(text.strip() for lines in per_page for text, _ in lines):
        raise PDFError("this PDF has no text layer (a scan?): run OCR on it first, for "
                       "example 'ocrmypdf in.pdf out.pdf', and pass the result")
    texts: list[str] = []
    styles: list[LineStyle | None] = []
    for lines in per_page:
        texts.append("\n".join(text for text, _ in lines))
        styles.extend(style for _, style in lines)
        if not lines:
            styles.append(None)  # an empty page is still one (blank) line of the text
    return paired_surrogates("\f".join(texts) + "\n"), styles


def _damaged(e: BaseException) -> PDFError:
    return PDFError(f"this PDF could not be read to the end ({type(e).__name__}: {e}): it may "
                    "be damaged; re-export it or repair it with 'qpdf in.pdf out.pdf'")


def _read_pages(pdf: Any, progress: Progress | None, size: int, max_pages: int,
                max_page_bytes: int, max_page_chars: int
                ) -> list[list[tuple[str, LineStyle | None]]]:
    """Each page's lines, page by page, each measured before it is read (the file is
    ``size`` bytes); each page's objects are let go once read."""
    try:
        pages = pdf.pages
    except Exception as e:  # a broken page tree
        raise _damaged(e) from e
    if len(pages) > max_pages:
        raise PDFError(f"this PDF has {len(pages)} pages, more than max_pages={max_pages}: "
                       "pass a larger max_pages to read it")
    try:  # every page measured before any is read: a bomb costs no reading
        shown = sum(page_cost(page.page_obj, n, max_page_bytes, max_page_chars).chars
                    for n, page in enumerate(pages, 1))
    except PDFError:
        raise
    except Exception as e:
        raise _damaged(e) from e
    check_document(shown, size)
    per_page = []
    for n, page in enumerate(pages, 1):
        try:
            per_page.append(_page_lines(page))
        except PDFError:
            raise
        except Exception as e:  # pdfminer and pdfplumber fail in many ways on bad files
            raise _damaged(e) from e
        finally:
            with contextlib.suppress(Exception):
                page.close()
        if progress is not None:
            progress(n, len(pages))
    return per_page


def pdf_text(source: PDFSource, *, progress: Progress | None = None,
             max_pages: int = MAX_PAGES, max_page_bytes: int = MAX_PAGE_BYTES,
             max_page_chars: int = MAX_PAGE_CHARS) -> str:
    """The text of a PDF, one page after another, pages separated by form feeds.

    ``progress(done, total)`` is called after each page. Raises :class:`PDFError` for a
    file that is not a PDF, damaged, encrypted or without a text layer, and
    :class:`PDFSupportError` when pdfplumber is not installed; these two are the only
    exceptions it raises. Each page is measured before it is read, and refused with a
    PDFError naming the cap past ``max_pages`` pages, past ``max_page_bytes`` bytes of
    content drawn once decoded through every filter (a form counted each time it is
    drawn) and past ``max_page_chars`` characters shown.
    """
    return pdf_text_and_styles(source, progress=progress, max_pages=max_pages,
                               max_page_bytes=max_page_bytes,
                               max_page_chars=max_page_chars)[0]
