"""Format readers: a document's text -> the named export format it is in, if any, and what
that format's own structure says of its lines (artifacts) and of its article starts.

A news-database export or a mail digest is best read by its markers, not guessed at:
a reader recognises its format from the start of the text, cheaply (it is asked about
every document), and then, window by window, marks the lines its format says are
furniture and finds the article starts its format lays out. The generic rules run
after it and fill in what it leaves (see ``boundaries.START_RULES``, whose first entry
asks the reader). ``READERS`` lists the readers tried, in order; none is built in yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..artifacts import Mark
    from ..lines import Lines
    from ..starts import Context, Start

__all__ = ["READERS", "RECOGNITION_CHARS", "FormatReader", "recognise"]

# A reader looks at most at this many characters of a document's start: enough for a
# cover page and the first document's header, and cheap on any text.
RECOGNITION_CHARS = 16 * 1024


class FormatReader(Protocol):
    """How one export format is read. Implementations are stateless (one instance
    serves every document) and raise nothing on any text."""

    @property
    def name(self) -> str:
        """The format's name, as ``Document.format`` will report it."""
        ...

    def recognise(self, head: str) -> bool:
        """Whether a document opening with ``head`` (up to ``RECOGNITION_CHARS``
        characters) is in this format."""
        ...

    def marks(self, lines: Lines) -> dict[int, Mark]:
        """Artifact marks of a window's lines (line index -> mark): the format's
        counters, field blocks and trailers."""
        ...

    def starts(self, ctx: Context) -> Sequence[Start]:
        """The article starts the format lays out in a window's content lines."""
        ...


READERS: tuple[FormatReader, ...] = ()


def recognise(text: str, readers: Sequence[FormatReader] = READERS) -> FormatReader | None:
    """The first of ``readers`` that recognises ``text`` by its start, or ``None``."""
    if not readers:
        return None
    head = text[:RECOGNITION_CHARS]
    return next((r for r in readers if r.recognise(head)), None)
