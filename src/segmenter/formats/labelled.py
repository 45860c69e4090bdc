"""Labelled exports: the text of a LexisNexis, ProQuest or mail-digest export -> its
format's name; its documents are read by the generic rules for what these formats are
made of.

These formats number their documents with a rising counter ("2 of 161 DOCUMENTS",
"Document 2 of 500", "Message: 2") and describe them in labelled fields ("LENGTH:",
"Publication title:", "Subject:"), which ``counters`` and ``fields`` read in any text;
``heads`` reads the publication, date and headline lines a LexisNexis document opens
with. Recognising the format adds its name to ``Document.format`` and lets a user
force it; the readers here mark no line and lay out no start of their own, so the
generic rules run as they would.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Lines
from ..marking.artifacts import Mark
from ..marking.fields import FieldLine
from ..starts.rules import Context, Start

__all__ = ["LexisNexis", "Mailman", "ProQuest"]

# A LexisNexis counter line ("2 of 161 DOCUMENTS", centred; "Dokument 2 von 161").
# Bound: capped blanks and digits around literals, anchored at a line's ends.
_LN_COUNTER = regex.compile(
    r"^[ \t]{0,80}(?:\d{1,6} (?:of|von|de|sur) \d{1,6} DOCUMENTS?|Dokument \d{1,6} von \d{1,6})"
    r"[ \t\r]{0,80}$", regex.MULTILINE)
# A LexisNexis field line of the kinds every document has. Bound: anchored literals.
_LN_FIELD = regex.compile(
    r"^(?:LENGTH|LÄNGE|LONGUEUR|LOAD-DATE|DATE-CHARGEMENT|SECTION|RUBRIK|RUBRIQUE|"
    r"HEADLINE|BYLINE|AUTOR|AUTEUR):", regex.MULTILINE)
# ProQuest's document number field (English, German), or its counter line with the
# publication field. Bound: anchored literals and capped digits.
_PQ_ID = regex.compile(r"^(?:ProQuest document ID|ProQuest-Dokument-ID):", regex.MULTILINE)
_PQ_COUNTER = regex.compile(r"^Document \d{1,6} of \d{1,6}\r?$", regex.MULTILINE)
_PQ_PUBLICATION = regex.compile(r"^Publication title:", regex.MULTILINE)
# A digest's message counter ("Message: 3"). Bound: anchored literal, capped digits.
_MESSAGE = regex.compile(r"^Message: \d{1,6}\r?$", regex.MULTILINE)
# A message's headers in a digest. Bound: anchored literals.
_MAIL_HEADER = regex.compile(r"^(?:From|Subject|Date): ", regex.MULTILINE)


class _Generic:
    """A format the generic rules read: no marks, no starts of its own."""

    name = ""

    def marks(self, lines: Lines) -> dict[int, Mark]:
        return {}

    def fields(self, lines: Lines) -> list[FieldLine]:
        return []

    def starts(self, ctx: Context) -> Sequence[Start]:
        return ()


class LexisNexis(_Generic):
    """LexisNexis Academic / Nexis, as TXT or the text of its HTML, RTF or PDF export."""

    name = "lexisnexis"

    def recognise(self, head: str) -> bool:
        """A "N of M DOCUMENTS" counter line and a LexisNexis field line."""
        return _LN_COUNTER.search(head) is not None and _LN_FIELD.search(head) is not None


class ProQuest(_Generic):
    """A ProQuest TXT export."""

    name = "proquest"

    def recognise(self, head: str) -> bool:
        """A "ProQuest document ID:" field, or a "Document N of M" line and a
        "Publication title:" field."""
        return _PQ_ID.search(head) is not None or (
            _PQ_COUNTER.search(head) is not None and _PQ_PUBLICATION.search(head) is not None)


class Mailman(_Generic):
    """A Mailman (RFC 1153) mailing-list digest."""

    name = "mailman"

    def recognise(self, head: str) -> bool:
        """A "Message: N" counter and a message's "From:", "Subject:" or "Date:"
        header."""
        return _MESSAGE.search(head) is not None and _MAIL_HEADER.search(head) is not None
