"""A byline's parsed fields: what one credit line (or a head of several) names -> its
authors, outlet, date, place, via, page, length and translators, and how two such
readings of one article's credits combine."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["ParsedByline"]


@attrs.frozen
class ParsedByline:
    """The fields of one byline line; ``has_by`` when it opened with "By"."""

    authors: tuple[str, ...] = ()
    outlet: str | None = None
    date: dt.date | None = None
    place: str | None = None
    via: str | None = None
    has_by: bool = False
    page: str | None = None
    length: int | None = None
    translators: tuple[str, ...] = ()

    @property
    def described(self) -> str:
        """The fields in words, as ``--explain`` shows them (page, length and
        translators only where the credit names them)."""
        extra = "".join([f" page={self.page!r}" if self.page else "",
                         f" length={self.length}" if self.length else "",
                         f" translators={list(self.translators)}" if self.translators else ""])
        return (f"authors={list(self.authors)} outlet={self.outlet!r} date={self.date} "
                f"place={self.place!r} via={self.via!r}{extra}")

    @property
    def people_only(self) -> bool:
        """True for a "By NAME" line with nothing else, which may take a second line."""
        return self.has_by and not (self.outlet or self.date or self.place or self.via)

    def filled(self, other: ParsedByline) -> ParsedByline:
        """This byline with ``other``'s fields where it is silent (a credit line over a
        title, a page's head, another line of the same head)."""
        return ParsedByline(self.authors or other.authors, self.outlet or other.outlet,
                            self.date or other.date, self.place or other.place,
                            self.via or other.via, self.has_by, self.page or other.page,
                            self.length or other.length,
                            self.translators or other.translators)

    def merged(self, other: ParsedByline) -> ParsedByline:
        """Combine a "By NAME" line with the outlet/date line that follows it."""
        return ParsedByline(
            authors=self.authors + other.authors,
            outlet=other.outlet,
            date=other.date,
            place=other.place,
            via=other.via,
            has_by=True,
            page=other.page or self.page,
            length=other.length or self.length,
            translators=other.translators or self.translators,
        )
