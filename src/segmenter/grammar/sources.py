"""Source credits: one line, or the end of a piece's last sentence, that names the
publication a piece is reprinted from -> its outlet, date and place.

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
credit does (``loose``); there, a name alone in square brackets credits too ("[NATURE.]").
A work named in quotes after its writer's name ("FROM MISS COOPER'S "RURAL HOURS."")
is the source. A credit glued to a piece's last sentence after a dash ("...the
well.--_Engineering and Mining Journal._") is read by ``closing_source``.
"""

from __future__ import annotations

import attrs
import regex

from ..lexicons import (
    ARTICLES,
    CAPTION_LABELS,
    MONTHS,
    ORG_WORDS,
    PLACES,
    SERIAL_NOTES,
    TITLE_ABBREVIATIONS,
)
from ..text import COPYRIGHT_LINE
from .bylines import ParsedByline
from .credit import OUTLET_CREDIT_STARTS, OUTLET_CREDIT_WORDS, bracketed, credited_name
from .dates import find_dates, parse_date
from .names import is_person, known_person, name_like

__all__ = ["ClosingSource", "closing_source", "may_be_source", "source_credit"]

_MAX_SOURCE = 120  # a source credit is one short line
_EMPHASIS = "_*"
# A date at the end of the name, after "for" ("... WORDS FOR JUNE 29"; the name stops
# at the first comma). Bound: literal words between space runs, then a capped negated
# class to the end.
_FOR_DATE = regex.compile(r"\s+for\s+(?P<when>[^,]{1,30})$", regex.IGNORECASE)
_OF = " of "  # "Punch of London": a publication of a place
# A source credit after the last sentence, set off by a double hyphen or a dash:
# "...the well.--_Engineering and Mining Journal._", "secured.--_F. Regnault, in La
# Nature._". Bound: the one repeat is a negated class capped at 100 characters and
# anchored at the end, so each start costs at most that (callers pass a paragraph's
# last lines).
_CLOSING = regex.compile(r"[.!?)\"”’](?:--|—|–)\s?(?P<credit>[_*]?[^-—–_*]{2,100}[_*]?)"
                         r"(?:,\s?[^-—–_*]{1,30})?\.?\s*$")
_DASHES = ("--", "—", "–")  # the test before the pattern
_IN = ", in "  # "F. Regnault, in La Nature": a person, in a publication
_MAX_CLOSING = 100  # a closing credit is short
_MAX_CLOSING_WORDS = 12
_OPENING = "[("  # a credit in brackets
_QUOTES = "\"“"  # a work named in a credit stands in quotes
# A work named in quotes. Bound: one capped negated class run between quote literals.
_QUOTED = regex.compile(r"[\"“](?P<work>[^\"“”]{2,80})[\"”]")
_CLOSED = ("].", ").")  # a bracketed credit may close with a full stop outside
_MAX_BARE_WORDS = 5  # an outlet's name alone in brackets is short
_PARTICIPLE = "ed"  # "[CONTINUED.]": an editor's note, no name


@attrs.frozen
class ClosingSource:
    """A source credited after a piece's last sentence: the credit as printed, with the
    dash before it (``raw``), where its name starts and where it ends in the text read,
    the person it names (or "") and the publication."""

    raw: str
    start: int
    end: int
    author: str
    outlet: str


def closing_source(text: str) -> ClosingSource | None:
    """The source ``text``, the last lines of a paragraph, credits after its last
    sentence: a publication ("--_Nature._"), or a person in one ("--_F. Regnault, in La
    Nature._"); initials alone name no author ("--_W.J., Science._").

    >>> closing_source("as it stood.--_La Nature_.").outlet
    'La Nature'
    >>> closing_source("as it stood.--_M. Herbelin._") is None
    True
    """
    if not any(d in text for d in _DASHES):
        return None
    m = _CLOSING.search(text.replace("\n", " "))
    parts = _closing_parts(m["credit"]) if m is not None else None
    if m is None or parts is None:
        return None
    return ClosingSource(m.group()[1:].strip(), m.start("credit"), m.end(), *parts)


def _closing_parts(credit: str) -> tuple[str, str] | None:
    """The author (or "") and the publication a closing ``credit`` names."""
    credit = " ".join(credit.strip(_EMPHASIS + " .").split())
    if len(credit.split()) > _MAX_CLOSING_WORDS or len(credit) > _MAX_CLOSING:
        return None
    author, _, outlet = credit.partition(_IN) if _IN in credit else ("", "", credit)
    if author and not is_person(author):
        author = ""
    if "," in outlet and not author:  # "W.J., Science": the initials go, a place too
        outlet = next((f for f in map(str.strip, outlet.split(",")) if not _initials(f)), "")
    if not name_like(outlet) or (not author and known_person(outlet)):
        return None  # "--_M. Herbelin._": a person, where the credit names no publication
    return author, outlet


def _initials(field: str) -> bool:
    """A field of initials alone ("W.J", "W.C.M.")."""
    return bool(field) and all(ch == "." or ch.isupper() for ch in field.replace(" ", ""))


def may_be_source(line: str, *, loose: bool = False) -> bool:
    """The cheap test before :func:`source_credit`: ``line`` opens, after a bracket or an
    emphasis mark, with the first word of a credit phrase (``loose``: or with a
    bracket)."""
    if loose and line[:1] in _OPENING:
        return True
    s = line.lstrip(" [(_*")
    return (s[:2].casefold() in OUTLET_CREDIT_STARTS
            and s.partition(" ")[0].casefold() in OUTLET_CREDIT_WORDS)


def source_credit(line: str, *, loose: bool = False) -> ParsedByline | None:
    """The outlet, date and place a source credit line names, or ``None`` when
    ``line`` is no source credit (``loose``: one without brackets and date may name an
    outlet without a publication's word, and a name alone in brackets is one, "[NATURE.]").

    >>> b = source_credit("[From The London Times, March 3, 1915.]")
    >>> b.outlet, str(b.date)
    ('The London Times', '1915-03-03')
    >>> b = source_credit("(From Punch of London.)")
    >>> b.outlet, b.place
    ('Punch', 'London')
    >>> source_credit("FROM FRASER'S MAGAZINE.").outlet
    "FRASER'S MAGAZINE"
    >>> source_credit("FROM ENGLAND") is None, source_credit("From Here to Eternity") is None
    (True, True)
    >>> source_credit("From the beginning, we knew it would fail.") is None
    True
    """
    s = " ".join(line.split())
    inner = bracketed(s[:-1] if s.endswith(_CLOSED) else s)
    s = _unwrapped(s if inner is None else inner)
    if not s or len(s) > _MAX_SOURCE:
        return None
    if (work := _work(s)) is not None:
        return ParsedByline(outlet=work)  # a book or a poem named in quotes
    parts = _named(line, s, loose=loose and inner is not None)
    if parts is None:
        return None
    name, place = _placed(parts[0])
    if not _outlet_name(name):
        return None
    if not (inner is not None or parts[1] or loose or _publication(name)):
        return None  # "From Here to Eternity": a heading, as likely
    return ParsedByline(outlet=name, date=parse_date(parts[1]) if parts[1] else None,
                        place=place)


def _named(line: str, s: str, *, loose: bool) -> tuple[str, str] | None:
    """The outlet's name and the date text a credit ``s`` (``line`` as printed) gives
    after its credit phrase, or alone in brackets where read ``loose``ly."""
    head, _, when = s.partition(",")
    name = credited_name(head.strip()) or _bare(line, s, loose=loose)
    return None if name is None else _dated_name(_unnoted(name), when.strip())


def _work(s: str) -> str | None:
    """The work a credit names in quotes after its credit phrase, whoever wrote it
    ("FROM MISS COOPER'S "RURAL HOURS," _IN PRESS BY PUTNAM_" -> "RURAL HOURS"); a note
    in emphasis or brackets may follow it, nothing else."""
    if not any(q in s for q in _QUOTES):
        return None  # the test before the patterns
    m = _QUOTED.search(s) if credited_name(s) is not None else None
    if m is None:
        return None
    tail = s[m.end():].strip(" ,.")
    if tail and tail[0] not in "_*(":
        return None
    return m["work"].strip(" ,.") or None


def _bare(line: str, s: str, *, loose: bool) -> str | None:
    """``s`` when it is an outlet's name standing alone in the brackets of ``line``
    ("[NATURE.]" over a title), where the caller reads ``loose``ly; else ``None``."""
    return s if loose and "," not in s and _bare_name(line.lstrip(), s) else None


def _bare_name(line: str, s: str) -> bool:
    """``s``, what the square brackets of ``line`` hold, may be an outlet's name standing
    alone: a few words in capitals or holding a publication's word, no figures, no
    editor's note ("[TO BE CONTINUED.]", "[ILLUSTRATION.]"), not one word that is a
    participle ("[COPYRIGHTED.]"); "(Applause.)" and "[Laughter.]" are no credits."""
    words = s.split()
    folded = s.casefold()
    return (line.startswith("[") and len(words) <= _MAX_BARE_WORDS
            and (s.isupper() or _publication(s))
            and not any(ch.isdigit() for ch in s)
            and folded not in SERIAL_NOTES and folded not in CAPTION_LABELS
            and not (len(words) == 1 and folded.endswith(_PARTICIPLE)))


def _publication(name: str) -> bool:
    """``name`` holds a publication's word ("Magazine", "Review")."""
    return any(_word(w) in ORG_WORDS for w in name.split())


def _unnoted(name: str) -> str:
    """``name`` without a rights note after it and emphasis around it ("_The Daily
    Express_ (Copyright)" -> "The Daily Express")."""
    head, bracket, note = name.rpartition("(")
    if bracket and COPYRIGHT_LINE.match(note):
        name = head
    return name.strip().strip(_EMPHASIS).strip()


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
        date = f"{m['when']}, {when}" if when else m["when"]  # "for January, 1915"
        return (name[: m.start()], date) if _date_text(date) else None
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
