"""The library's exceptions, each also a subclass of the builtin it resembles, and the
logger its warnings go to."""

from __future__ import annotations

import logging
from collections.abc import Iterable

__all__ = ["DISTRIBUTION", "BinaryFileError", "DocxSupportError", "FileKindError",
           "FormatNameError", "HTMLSupportError", "InputLimitError", "InputTypeError",
           "PDFError", "PDFSupportError", "RTFSupportError", "SegmenterError",
           "TextDecodeError", "install_command", "log_warnings"]

DISTRIBUTION = "article-segmenter"  # the name on the package index ("segmenter" is taken)
_LOG = logging.getLogger("segmenter")  # the library adds only a NullHandler to it


def install_command(extra: str) -> str:
    """The command that installs an extra, as the errors print it.

    >>> install_command("pdf")
    "pip install 'article-segmenter[pdf]'"
    """
    return f"pip install '{DISTRIBUTION}[{extra}]'"


class SegmenterError(Exception):
    """Base class of every error segmenter raises on purpose."""


class InputTypeError(SegmenterError, TypeError):
    """The text argument is not a ``str``."""


class FormatNameError(SegmenterError, ValueError):
    """``format=`` names no export format segmenter reads (the message lists those)."""


class PDFError(SegmenterError, ValueError):
    """A PDF could not be read (not a PDF, damaged, encrypted, or without text)."""


class PDFSupportError(SegmenterError, ImportError):
    """PDF input needs the ``pdf`` extra: ``pip install 'article-segmenter[pdf]'``."""


class BinaryFileError(SegmenterError, ValueError):
    """A file holds no text: NUL bytes or control characters, no text encoding fits."""


class TextDecodeError(SegmenterError, ValueError):
    """A text file is not in the encoding asked for, or that encoding is unknown."""


class FileKindError(SegmenterError, ValueError):
    """A file is of a kind segmenter does not read (an archive that is no DOCX, a device
    or a directory, say)."""


class InputLimitError(SegmenterError, ValueError):
    """An input is larger than a cap the library keeps to bound its memory and time (a
    stream read whole, what a compressed file inflates to); the message names the cap."""


class HTMLSupportError(SegmenterError, ImportError):
    """HTML input needs the ``html`` extra: ``pip install 'article-segmenter[html]'``."""


class DocxSupportError(SegmenterError, ImportError):
    """DOCX input needs the ``docx`` extra: ``pip install 'article-segmenter[docx]'``."""


class RTFSupportError(SegmenterError, ImportError):
    """RTF input needs the ``rtf`` extra: ``pip install 'article-segmenter[rtf]'``."""


def log_warnings(warnings: Iterable[str], seen: set[str]) -> None:
    """Log each of ``warnings`` not in ``seen`` (then added to it) on the ``segmenter``
    logger, as well as returning them in ``Document.warnings``."""
    for w in warnings:
        if w not in seen:
            seen.add(w)
            _LOG.warning("%s", w)
