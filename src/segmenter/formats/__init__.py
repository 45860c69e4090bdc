"""Format readers: a document's text -> the named export format it is in, if any, and what
that format's own structure says of its lines (artifacts) and of its article starts.

A news-database export or a mail digest is best read by its markers, not guessed at:
a reader recognises its format from the start of the text, cheaply (it is asked about
every document), and then, window by window, marks the lines its format says are
furniture and finds the article starts its format lays out. The generic rules run
after it only where it finds no start (see ``boundaries.START_RULES``, whose first
entry asks the reader). ``READERS`` lists the readers tried, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..errors import FormatNameError
from ..starts.rules import FormatReader
from .europresse import Europresse
from .factiva import Factiva
from .labelled import LexisNexis, Mailman, ProQuest
from .nexis_uni import NexisUni

if TYPE_CHECKING:
    from ..lines import Lines
    from ..marking.artifacts import Mark
    from ..marking.fields import FieldLine
    from ..starts.rules import Context, Start

__all__ = ["FORMAT_NAMES", "READERS", "RECOGNITION_CHARS", "FormatReader", "choose", "recognise"]

# A reader looks at most at this many characters of a document's start: enough for a
# cover page and the first document's header, and cheap on any text.
RECOGNITION_CHARS = 16 * 1024


READERS: tuple[FormatReader, ...] = (NexisUni(), Factiva(), Europresse(), LexisNexis(),
                                     ProQuest(), Mailman())
FORMAT_NAMES: tuple[str, ...] = tuple(r.name for r in READERS)


@attrs.frozen
class _Forced:
    """A reader used whatever the text's start looks like (``format=NAME``)."""

    reader: FormatReader

    @property
    def name(self) -> str:
        return self.reader.name

    def recognise(self, head: str) -> bool:
        return True

    def marks(self, lines: Lines) -> dict[int, Mark]:
        return self.reader.marks(lines)

    def fields(self, lines: Lines) -> Sequence[FieldLine]:
        return self.reader.fields(lines)

    def starts(self, ctx: Context) -> Sequence[Start]:
        return self.reader.starts(ctx)


def choose(format: str | None) -> tuple[FormatReader, ...]:
    """The readers to try for ``format``: ``"auto"``, every reader, the first that
    recognises the text; ``None`` or ``"none"``, no reader (a generic dump); a format's
    name, that reader whatever the text looks like.

    Raises :class:`FormatNameError` (a ``ValueError``) for any other name.
    """
    if format == "auto":
        return READERS
    if format is None or format == "none":
        return ()
    reader = next((r for r in READERS if r.name == format), None)
    if reader is None:
        known = ", ".join(["auto", "none", *FORMAT_NAMES])
        raise FormatNameError(f"no export format named {format!r}; known: {known}")
    return (_Forced(reader),)


def recognise(text: str, readers: Sequence[FormatReader] = READERS) -> FormatReader | None:
    """The first of ``readers`` that recognises ``text`` by its start, or ``None``."""
    if not readers:
        return None
    head = text[:RECOGNITION_CHARS]
    return next((r for r in readers if r.recognise(head)), None)
