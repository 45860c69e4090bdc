"""segmenter: split compilation-style text dumps into clean, typed articles.

>>> import segmenter
>>> arts = segmenter.segment("Title\\n\\nJane Doe, Rudaw, June 24, 2015\\n\\nBody text.\\n")
>>> arts[0].title, arts[0].byline.outlet, arts[0].body
('Title', 'Rudaw', 'Body text.')
"""

from __future__ import annotations

import importlib.metadata
import logging
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

import attrs

from .assembly.windows import DEFAULT_WINDOW
from .errors import (
    DISTRIBUTION,
    BinaryFileError,
    DocxSupportError,
    FileKindError,
    FormatNameError,
    HTMLSupportError,
    InputLimitError,
    InputTypeError,
    PDFError,
    PDFSupportError,
    RTFSupportError,
    SegmenterError,
    TextDecodeError,
)
from .formats import choose
from .lines import TERMINATORS
from .model import ROW_FIELDS, Article, Artifact, Byline, Document, Field, LineRole, Span
from .pipeline import analyze_text, iter_articles, segment_text
from .reading.files import FileSource, read_contents, read_source
from .reading.pdf import (
    MAX_PAGE_BYTES,
    MAX_PAGE_CHARS,
    MAX_PAGES,
    PDFSource,
    Progress,
    pdf_text_and_styles,
)

__all__ = [
    "ROW_FIELDS",
    "Article",
    "Artifact",
    "BinaryFileError",
    "Byline",
    "Document",
    "DocxSupportError",
    "Field",
    "FileKindError",
    "FormatNameError",
    "HTMLSupportError",
    "InputLimitError",
    "InputTypeError",
    "LineRole",
    "PDFError",
    "PDFSupportError",
    "RTFSupportError",
    "SegmenterError",
    "Span",
    "TextDecodeError",
    "analyze",
    "analyze_file",
    "analyze_pdf",
    "iter_segment",
    "segment",
    "segment_file",
    "segment_pdf",
]

# Warnings are logged on the "segmenter" logger as well as kept in Document.warnings;
# the library shows nothing unless the application configures logging.
logging.getLogger(__name__).addHandler(logging.NullHandler())

try:
    __version__ = importlib.metadata.version(DISTRIBUTION)  # pyproject.toml's, installed
except importlib.metadata.PackageNotFoundError:  # run from a source tree never installed
    __version__ = "0+unknown"


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        raise InputTypeError(
            f"segment() takes str, not {type(text).__name__}: decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise InputTypeError(f"segment() takes str, not {type(text).__name__}")


def analyze(text: str, *, format: str | None = "auto") -> Document:
    """Return the full analysis of ``text``: articles, artifacts, preamble and line roles.

    ``format``: ``"auto"`` reads an export in the format its start shows (reported as
    ``Document.format``), ``None`` (or ``"none"``) reads any text as a generic dump, a
    format's name (``segmenter.formats.FORMAT_NAMES``) reads it in that format.

    Raises :class:`InputTypeError` (a ``TypeError``) when ``text`` is not a ``str``, and
    :class:`FormatNameError` (a ``ValueError``) for a format it does not know.
    """
    return analyze_text(_check_text(text), readers=choose(format))


def segment(text: str, *, format: str | None = "auto") -> list[Article]:
    """Return the articles of ``text`` in document order (``[]`` for blank text).

    ``format`` as for :func:`analyze`. Raises :class:`InputTypeError` (a ``TypeError``)
    when ``text`` is not a ``str``, and :class:`FormatNameError` for an unknown format.
    """
    return segment_text(_check_text(text), readers=choose(format))


@runtime_checkable
class _Readable(Protocol):
    """A text file or anything else with ``read(size) -> str``."""

    def read(self, size: int, /) -> str: ...


_CHUNK = 1 << 16  # characters read from a file at a time


def _read_chunks(source: _Readable) -> Iterator[str]:
    while chunk := source.read(_CHUNK):
        if not isinstance(chunk, str):
            raise InputTypeError(
                f"iter_segment() reads str, but read() gave {type(chunk).__name__}: "
                "open the file in text mode, e.g. open(path, encoding='utf-8')"
            )
        yield chunk


def _line_chunks(lines: Iterable[object]) -> Iterator[str]:
    for line in lines:
        if not isinstance(line, str):
            raise InputTypeError(f"iter_segment() takes lines of str, not {type(line).__name__}")
        yield line if line and line[-1] in TERMINATORS else line + "\n"


def iter_segment(source: str | _Readable | Iterable[str], *,
                 window: int = DEFAULT_WINDOW,
                 format: str | None = "auto") -> Iterator[Article]:
    """Yield the articles of a text as they complete, reading it as it goes.

    ``source`` is a text file (anything with ``read(size) -> str``), an iterable of
    lines (a line without its ending is given ``"\\n"``) or a ``str``. Memory follows
    the largest article, not the whole text: the text is read in windows of about
    ``window`` characters (128 kB unless told; a window grows when an article needs
    more), and the articles are those ``segment()`` returns for the same text, with
    offsets into it. Articles come out in document order.

    >>> import io
    >>> dump = "Title\\n\\nJane Doe, Rudaw, June 24, 2015\\n\\nBody text.\\n"
    >>> [a.title for a in iter_segment(io.StringIO(dump))]
    ['Title']

    Raises :class:`InputTypeError` (a ``TypeError``) for bytes, a file opened in binary
    mode, or lines that are not ``str``; ``format`` as for :func:`analyze`.
    """
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise ValueError(f"window must be a positive number of characters, not {window!r}")
    readers = choose(format)
    if isinstance(source, str):
        return iter_articles([source], window=window, readers=readers)
    if isinstance(source, bytes | bytearray | memoryview):
        _check_text(source)
    if isinstance(source, _Readable):
        return iter_articles(_read_chunks(source), window=window, readers=readers)
    if isinstance(source, Iterable):
        return iter_articles(_line_chunks(source), window=window, readers=readers)
    raise InputTypeError(
        f"iter_segment() takes a text file, lines or str, not {type(source).__name__}")


def analyze_file(source: FileSource, *, encoding: str | None = None,
                 format: str | None = "auto", progress: Progress | None = None) -> Document:
    """Like :func:`segmenter.analyze`, for a file: a path, bytes or a binary file object,
    its kind read from its content (see :func:`segmenter.reading.files.file_kind`); spans
    index ``Document.text``, the text the file holds.

    A text file is read in ``encoding`` when given, else by its byte order mark, else as
    UTF-8, else in the encoding its bytes suggest, which ``Document.warnings`` then
    reports. ``format`` as for :func:`segmenter.analyze`; ``progress`` is told of the
    pages of a PDF read so far, as :func:`segmenter.analyze_pdf`'s.

    Raises ``OSError`` when a path cannot be read; :class:`FileKindError` for a path
    that is no regular file or pipe (a device, a directory); :class:`InputLimitError` for
    a pipe that gives more than ``reading.files.MAX_STREAM_BYTES``;
    :class:`BinaryFileError` for a file that holds no text; :class:`TextDecodeError`
    when it is not in ``encoding``;
    :class:`FileKindError` for an archive that is no DOCX or a damaged DOCX;
    :class:`PDFError` and :class:`PDFSupportError` as :func:`segmenter.analyze_pdf`;
    :class:`HTMLSupportError`, :class:`DocxSupportError` and :class:`RTFSupportError`
    for an HTML, DOCX or RTF file without the ``html``, ``docx`` or ``rtf`` extra. An
    HTML file's blocks and a DOCX's paragraphs become lines, their headings title
    candidates, a page's menus and footers and a document's page headers and footers
    boilerplate (see ``segmenter.reading``).
    """
    readers = choose(format)  # an unknown name fails before the file is read
    text, styles, warning = read_contents(read_source(source), encoding, progress)
    doc = analyze_text(text, styles, readers=readers)
    return doc if warning is None else attrs.evolve(doc, warnings=(warning, *doc.warnings))


def segment_file(source: FileSource, *, encoding: str | None = None,
                 format: str | None = "auto") -> list[Article]:
    """The articles of a file, in order: :func:`analyze_file`'s, with the same errors
    (without the line roles, which would cost memory in proportion to the file)."""
    readers = choose(format)
    text, styles, _ = read_contents(read_source(source), encoding)
    return segment_text(text, styles, readers=readers)


def analyze_pdf(source: PDFSource, *, progress: Progress | None = None,
                max_pages: int = MAX_PAGES, max_page_bytes: int = MAX_PAGE_BYTES,
                max_page_chars: int = MAX_PAGE_CHARS, format: str | None = "auto") -> Document:
    """Like :func:`segmenter.analyze`, for a PDF; spans index ``Document.text``.

    Type sizes from the PDF help find titles: a title-like line set clearly larger than
    the body starts an article even without a byline. Errors and caps as
    :func:`segmenter.reading.pdf.pdf_text`; ``format`` as for :func:`segmenter.analyze`.
    """
    readers = choose(format)  # an unknown name fails before the PDF is read
    text, styles = pdf_text_and_styles(source, progress=progress, max_pages=max_pages,
                                       max_page_bytes=max_page_bytes,
                                       max_page_chars=max_page_chars)
    return analyze_text(text, styles, readers=readers)


def segment_pdf(source: PDFSource, *, progress: Progress | None = None,
                max_pages: int = MAX_PAGES, max_page_bytes: int = MAX_PAGE_BYTES,
                max_page_chars: int = MAX_PAGE_CHARS,
                format: str | None = "auto") -> list[Article]:
    """The articles of a PDF (a path, bytes or a binary file object), in order. Errors
    and caps as :func:`segmenter.reading.pdf.pdf_text`; ``format`` as for
    :func:`segmenter.analyze`."""
    readers = choose(format)
    text, styles = pdf_text_and_styles(source, progress=progress, max_pages=max_pages,
                                       max_page_bytes=max_page_bytes,
                                       max_page_chars=max_page_chars)
    return segment_text(text, styles, readers=readers)  # no line roles: not returned
