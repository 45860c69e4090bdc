"""Source credits: one line that names the publication a piece is reprinted from ->
its outlet, date and place.

A compilation of reprints credits each piece to where it first ran, on a line of its
own, often in brackets: "[From The London Times, March 3, 1915.]", "FROM FRASER'S
MAGAZINE.", "[From the Washington Post, Apr. 14, 2007]", "(From Punch of London.)".
The line opens with a credit phrase (lexicons/outlet_credits.txt), names the outlet in
capitalised words, and may close with a date, a month and year ("April, 1915") or a
day and month ("for June 29"); nothing else may follow. A name that is a known place
("FROM ENGLAND") or person is no outlet: a missing outlet beats a wrong one. Without
brackets and without a date, a line such as "From Here to Eternity" is more likely a
heading: it credits only when the name holds a publication's word ("FROM FRASER'S
MAGAZINE.", lexicons/org_words.txt), or when the caller knows the line stands where a
credit does (``loose``).
"""

from __future__ import annotations

import regex

from ..lexicons import ARTICLES, MONTHS, ORG_WORDS, PLACES, TITLE_ABBREVIATIONS
from .bylines import OUTLET_CREDIT_STARTS, ParsedByline, credited_name
from .credit import bracketed
from .dates import find_dates, parse_date
from .names import known_person, name_like

__all__ = ["may_be_source", "source_credit"]

_MAX_SOURCE = 120  # a source credit is one short line
_EMPHASIS = "_*"
# A date at the end of the name, after "for" ("... WORDS FOR JUNE 29"; the name stops
# at the first comma). Bound: literal words between space runs, then a capped negated
# class to the end.
_FOR_DATE = regex.compile(r"\s+for\s+(?P<when>[^,]{1,30})$", regex.IGNORECASE)
_OF = " of "  # "Punch of London": a publication of a place


def may_be_source(line: str) -> bool:
    """The cheap test before :func:`source_credit`: ``line`` opens, after a bracket or an
    emphasis mark, with the first letters of a credit phrase."""
    return line.lstrip(" [(_*")[:2].casefold() in OUTLET_CREDIT_STARTS


def source_credit(line: str, *, loose: bool = False) -> ParsedByline | None:
    """The outlet, date and place a source credit line names, or ``None`` when
    ``line`` is no source credit (``loose``: one without brackets and date may name an
    outlet without a publication's word).

    >>> b = source_credit("[From The London Times, March 3, 1915.]")
    >>> b.outlet, str(b.date)
    ('The London Times', '1915-03-03')
    >>> source_credit("(From Punch of London.)")
    ParsedByline(authors=(), outlet='Punch', date=None, place='London', via=None, has_by=False)
    >>> source_credit("FROM FRASER'S MAGAZINE.").outlet
    "FRASER'S MAGAZINE"
    >>> source_credit("FROM ENGLAND") is None, source_credit("From Here to Eternity") is None
    (True, True)
    >>> source_credit("From the beginning, we knew it would fail.") is None
    True
    """
    s = " ".join(line.split())
    inner = bracketed(s)
    s = _unwrapped(s if inner is None else inner)
    if not s or len(s) > _MAX_SOURCE:
        return None
    head, _, when = s.partition(",")
    name = credited_name(head.strip())
    if name is None:
        return None
    parts = _dated_name(name.strip(), when.strip())
    if parts is None:
        return None
    name, place = _placed(parts[0])
    if not _outlet_name(name):
        return None
    if not (inner is not None or parts[1] or loose
            or any(_word(w) in ORG_WORDS for w in name.split())):
        return None  # "From Here to Eternity": a heading, as likely
    return ParsedByline(outlet=name, date=parse_date(parts[1]) if parts[1] else None,
                        place=place)


def _word(w: str) -> str:
    """A word of a name folded, without its punctuation and possessive ("FRASER'S")."""
    w = w.casefold().strip(".,")
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _unwrapped(s: str) -> str:
    """``s`` without the emphasis and full stop around it."""
    return s.strip(_EMPHASIS + " ").rstrip(".").strip(_EMPHASIS + " ")


def _dated_name(name: str, when: str) -> tuple[str, str] | None:
    """The outlet's name and the date text of a credit (``when``: what follows the first
    comma), or ``None`` when what follows the name is no date."""
    m = _FOR_DATE.search(name)
    if m is not None and _date_text(m["when"]):
        if when:
            return None
        return name[: m.start()], m["when"]
    if when and not _date_text(when):
        return None
    return name, when


def _date_text(s: str) -> bool:
    """``s`` is a date, a month and year, or a day and month ("April, 1915", "June
    29"): a month's name and numbers only."""
    if find_dates(s):
        return parse_date(s) is not None
    words = s.replace(",", " ").split()
    return bool(words) and words[0].rstrip(".").casefold() in MONTHS and all(
        w.isdigit() for w in words[1:]) and len(words) <= 3


def _placed(name: str) -> tuple[str, str | None]:
    """``name`` without the place it is "of" ("Punch of London" -> Punch, London)."""
    outlet, of, place = name.rpartition(_OF)
    if of and place.casefold() in PLACES and outlet:
        return outlet, place
    return name, None


def _outlet_name(name: str) -> bool:
    """``name`` reads as a publication's: capitalised words, no known place, no known
    person, no one addressed ("Mr. Smith")."""
    folded = name.casefold()
    first = name.split()[0].rstrip(".").capitalize()
    return (name_like(name) and folded not in PLACES and not known_person(name)
            and folded not in ARTICLES and first not in TITLE_ABBREVIATIONS)
