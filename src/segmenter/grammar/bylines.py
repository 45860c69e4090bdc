"""The byline grammar: one line (or two) of credits -> authors, outlet, place, via, date.

A byline is a short line made of *fields* split by commas, bars or spaced dashes:

    [By] AUTHORS [, ROLE] , OUTLET [, reporting from VIA] [, PLACE] , DATE

It needs a date, or an opening "By". Every field must read like a name (capitalised
words, a few name particles), which is what keeps ordinary sentences that mention a date
out. Authors are the leading fields that read like people; the next field is the outlet
and any further ones name the place. A lone name before the date credits an
organisation unless it reads like a person (the gold corpus' convention).
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from ..lexicons import (
    CONJUNCTIONS,
    COPY_DATE_LEADS,
    DATE_LEADS,
    EDITION_WORDS,
    NAME_SUFFIXES,
    PLACES,
    VIA_WORDS,
    WEEKDAYS,
)
from ..text import literal_alternation
from .credit import (
    FIELD_SEP,
    bracketed,
    credited_name,
    may_open_with_credit,
    opening_credit,
    published_in,
    split_fields,
)
from .credit_fields import counted, paged, reshaped, translated
from .dates import find_dates
from .names import (
    is_person,
    is_post_nominal,
    is_role,
    is_single_surname,
    known_person,
    name_like,
    residence,
    role_outlet,
    split_people,
)
from .parsed import ParsedByline

__all__ = ["MAX_BYLINE_CHARS", "ParsedByline",
           "names_authors", "parse_byline", "split_people"]

MAX_BYLINE_CHARS = 200  # bylines are short; longer lines are never parsed
# "the" before a person's style ("By the Hon. V. Grosvenor", "BY THE REV. J. SMITH"): the
# style stays with the name, the article goes. Bound: anchored by the sub's count and a
# literal; one capped letter run, a full stop, then a lookahead of one character.
_THE = "the "
_STYLED = regex.compile(r"^the\s(?=\p{Lu}\p{L}{1,5}\.\s)", regex.IGNORECASE)
_MAX_FIELDS = 6

# Every pattern here is compiled once and only ever sees one byline candidate (at most
# two lines of 200 characters). Each "Bound:" note says why matching stays linear.



# Words that announce a date ("Published: June 3, 2015", "publié le 3 mars 2015"),
# stripped before the date (lexicons/date_leads.txt).
# Bound: each attempt starts at a word boundary with an alternation of literals; the
# trailing space runs, optional colon and end anchor are fixed steps.
_DATE_LEAD = regex.compile(
    rf"\b(?P<lead>{literal_alternation(DATE_LEADS)})\s?:?\s*$", regex.IGNORECASE)
_LEAD_ENDS = frozenset(w.split()[-1] for w in DATE_LEADS)  # the test before the pattern
# A field that names an original source: "reporting from X", "via X", "from X"
# (lexicons/via_words.txt).
# Bound: literals, then .+ to the end of the field (no second repeat to trade with).
_VIA = regex.compile(rf"(?:{literal_alternation(VIA_WORDS)})\s+(?P<via>.+)", regex.I)
_VIA_FIRST = frozenset(w.split()[0] for w in VIA_WORDS)  # the test before the pattern
# Text before a date that leaves it a field of its own: it ends with a separator or a
# space. Bound: one class or literal, then one run of spaces to the end.
_OPEN_END = regex.compile(r"(?:[,|•·;–—]|\s[-/]|\s)\s*$")
# Text before a date lead ("..., Published:") that ends with a field separator.
_SEP_END = regex.compile(r"[,|•·;–—]\s*$|\s[-/]\s*$")


def _find_date(s: str) -> tuple[dt.date | None, str, str, bool] | None:
    """Split ``s`` around its date: ``(date, before, after, dated)``.

    A line without a date gives ``(None, s, "", False)``; a numeric date whose day and
    month could be either, ``(None, before, after, True)``. Returns ``None`` when the
    dates in ``s`` do not stand where a byline puts them (at the end, or as a whole
    field).
    """
    found = find_dates(s)
    if not found:
        return None, s, "", False
    if len(found) > 1:
        return None
    m = found[0]
    before, after = s[: m.start], s[m.end :]
    tail = after.strip(" .)")
    if tail and not FIELD_SEP.match(after):
        return None
    if before.strip() and not _OPEN_END.search(before):
        return None
    return m.date, before, after, True


def parse_byline(line: str, *, credit_only: bool = False) -> ParsedByline | None:
    """Parse one line as a byline, or return ``None`` when it is not one.

    >>> b = parse_byline("by Eli Clifton and Ali Gharib, Lobelog, June 21, 2015")
    >>> b.authors, b.outlet, str(b.date)
    (('Eli Clifton', 'Ali Gharib'), 'Lobelog', '2015-06-21')
    >>> parse_byline("The meeting was held on June 24, 2015.") is None
    True
    >>> parse_byline("Maria Ortiz, Chair, Riverside Tenants Union") is None
    True

    With ``credit_only`` (the line after a "By NAME" line) no field is read as an author:
    the first names the outlet and the rest the place.
    """
    s = " ".join(line.split())
    if not s or len(s) > MAX_BYLINE_CHARS:
        return None
    if (inner := bracketed(s)) is not None:
        return _bracketed(inner, credit_only)
    has_by = False
    # the test before the call: most lines open with no credit word and hold no label
    if may_open_with_credit(s):
        credit = opening_credit(s)
        if credit is None:
            return None
        s, has_by = credit
    return _parse_credit(s, has_by, credit_only)


def _bracketed(s: str, credit_only: bool) -> ParsedByline | None:
    """A byline in brackets ("(By Kate Zernike)", "[Von Ana Costa]"): only one that
    opens with a credit word; other lines in brackets are asides and captions."""
    credit = opening_credit(s) if may_open_with_credit(s) else None
    if credit is None or not credit[1]:
        return None
    return _parse_credit(credit[0], True, credit_only)


def names_authors(line: str) -> bool:
    """Whether ``line`` reads as a byline that names authors ("By Ana Costa, Harbour
    City"; not "The Harbour Times, 3 May 2024")."""
    parsed = parse_byline(line)
    return parsed is not None and bool(parsed.authors)


def _parse_credit(s: str, has_by: bool, credit_only: bool) -> ParsedByline | None:
    """parse_byline once its credit word or label (``has_by``) is taken off ``s``; the
    translator's note, the length and the page are read apart from the other fields."""
    if has_by and s[:4].casefold() == _THE:
        s = _STYLED.sub("", s, count=1)  # "By the Hon. Victoria Grosvenor"
    s, translators = translated(s)
    s, length = counted(s)
    dated = _find_date(s)
    if dated is None:
        return None
    date, before, after, has_date = dated
    if not has_date and not has_by:
        return None
    rest = _around_date(before, after) if has_date else s
    if rest is None:
        return None
    fields, page = paged(split_fields(rest))
    found = _read_fields(fields, ";" in rest and "," not in rest, date, has_by, credit_only)
    if found is None or not (translators or length or page):
        return found
    return attrs.evolve(found, page=page, length=length, translators=translators)


def _read_fields(fields: list[str], semicolons: bool, date: dt.date | None, has_by: bool,
                 credit_only: bool) -> ParsedByline | None:
    """What the byline's ``fields`` (split by ``semicolons`` alone, if so) name."""
    fields, has_by = reshaped(fields, has_by)
    if len(fields) > _MAX_FIELDS or (has_by and not fields):
        return None
    if len(fields) == 1 and (outlet := _outlet_alone(fields[0], has_by)):
        return ParsedByline(outlet=outlet, date=date, has_by=has_by)
    # "BYLINE: A; B; C": names listed with semicolons alone are all people
    listed = len(fields) if has_by and semicolons else _listed(fields)
    return _assign(fields, date, has_by, credit_only=credit_only, listed=listed)


def _listed(fields: list[str]) -> int:
    """How many leading ``fields`` list people with a joining word after the last comma
    ("EUGENE H. COWLES, ALFRED H. COWLES, AND CHARLES F. MABERY"): that field loses
    its joining word; 0 when they list none."""
    for k, field in enumerate(fields[1:], 1):
        word, _, rest = field.partition(" ")
        if word.casefold() not in CONJUNCTIONS:
            continue
        if split_people(rest) is not None and all(
                split_people(f) is not None for f in fields[:k]):
            fields[k] = rest
            return k + 1
        return 0
    return 0


def _outlet_alone(field: str, has_by: bool) -> str | None:
    """The publication a byline's one field names without a person: after a credit
    phrase ("For the Independent Journal"), or, after "By", a role at it ("By the
    Correspondent of The London Times")."""
    if has_by:  # a post, a link word and a name: three words at least
        role, outlet = role_outlet(field) if field.count(" ") >= 2 else (False, None)
        return outlet if role else None
    return _credited(field)


def _credited(field: str) -> str | None:
    """The outlet a credit field names ("Courtesy of the Lakeside Times", "in The Times")."""
    name = credited_name(field) or published_in(field)
    return name if name is not None and name_like(name) else None


def _around_date(before: str, after: str) -> str | None:
    """The byline's text without its date (``before`` and ``after`` it), or ``None`` when
    a label stands before the date ("Posting Date: ..."): metadata, not a byline."""
    last = before.rstrip(" :").rpartition(" ")[2].casefold()
    lead = _DATE_LEAD.search(before) if last in _LEAD_ENDS else None
    if lead:
        before = before[: lead.start()]
        if not before.strip() and " ".join(lead["lead"].split()).casefold() in COPY_DATE_LEADS:
            return None  # "Last updated June 3, 2015": a copy's date, not the article's
        if before.strip() and not _SEP_END.search(before):
            return None  # "Posting Date: ...": the lead is part of a label
    elif before.rstrip().endswith(":"):
        return None  # "Posting Date: ..." and other labelled metadata
    # After the date a weekday or an edition is no outlet or place ("..., Thursday,
    # FINAL EDITION").
    if not after.strip(" .)"):
        return before
    tail = [f for f in split_fields(after) if not _is_edition(f)]
    return before + (", " + ", ".join(tail) if tail else "")


def _is_edition(field: str) -> bool:
    """A weekday or a newspaper's edition: "Thursday", "FINAL EDITION", "Late Edition"."""
    words = [w.strip(".").casefold() for w in field.split()]
    return bool(words) and all(w in WEEKDAYS or w in EDITION_WORDS for w in words)


def _assign(fields: list[str], date: dt.date | None, has_by: bool, *,
            credit_only: bool = False, listed: int = 0) -> ParsedByline | None:
    """Give each field its part: authors, outlet, via, place. ``listed``: how many
    leading fields are a list of names, each read as people where it can be."""
    fields, homes = _trimmed(fields)
    head, via, tail = _split_via(fields)
    head, held = _without_roles(head, dated=date is not None)  # "professeur à la Sorbonne"
    tail = held + tail
    via_at = len(head) if via is not None else None
    if not all(name_like(f) for f in head + tail):
        return None
    found = _authors(head, has_by, via_at is not None, credit_only, listed)
    if found is None:
        return None
    authors, i = found
    outlet, places = _outlet_and_places(head[i:], tail + homes,
                                        bool(authors) and via_at is None and len(head) >= 2)
    authors = authors or _named_last(places)
    place = ", ".join(places) if places else None
    return ParsedByline(tuple(authors), outlet, date, place, via, has_by)


def _without_roles(fields: list[str], *, dated: bool) -> tuple[list[str], list[str]]:
    """``fields`` without those naming a job or a role; a role at a publication leaves
    that publication ("Correspondent of The Times" -> "The Times"). Unless a date closes
    the byline (the outlet before it), the fields after another role name where it is
    held ("Scholar of New College, Oxford"): places, returned apart."""
    kept: list[str] = []
    for n, f in enumerate(fields):
        if is_role(f):
            continue
        role, outlet = role_outlet(f) if n else (False, None)
        if not role:
            kept.append(f)
        elif outlet is not None:
            kept.append(outlet)
        elif not dated:
            return kept, fields[n + 1 :]
    return kept, []


def _outlet_and_places(rest: list[str], more: list[str],
                       credited: bool) -> tuple[str | None, list[str]]:
    """The outlet (the first of the ``rest`` after the authors) and the places; a lone
    known place after ``credited`` people is their place, not an outlet, and a known
    place in brackets after the outlet's name is its place ("Le Monde (Paris)")."""
    outlet = rest[0] if rest else None
    places = rest[1:] + more
    if outlet and outlet.endswith(")"):  # "Le Monde (Paris)"
        name, bracket, where = outlet.removesuffix(")").partition(" (")
        if bracket and where.casefold() in PLACES:
            outlet, places = name, [where, *places]
    if outlet and not places and credited and outlet.casefold() in PLACES:
        return None, [outlet]
    return outlet, places


def _named_last(places: list[str]) -> list[str]:
    """The author a credit names last, after the outlet and the date ("Le Monde (Paris),
    5 May 2020, Ana Costa"), taken out of ``places``; none when the last is no person's."""
    if places and known_person(places[-1]) and is_person(places[-1]):
        return [places.pop()]
    return []


def _trimmed(fields: list[str]) -> tuple[list[str], list[str]]:
    """``fields`` without the degrees after a name ("M.E.") and the places an author is
    from ("of Cork"), a generational suffix joined to its name ("WHITE JUN."), and those
    places ("of Paris, France": a known place after a home goes on with it)."""
    kept, homes = fields[:1], []
    for n, f in enumerate(fields[1:], 1):
        if (stop := NAME_SUFFIXES.get(f.casefold())) is not None:
            kept[-1] = f"{kept[-1]} {f}{'.' if stop else ''}"  # "MATTHEW WHITE JUN."
        elif (home := residence(f)) is not None:
            homes.append(home)
        elif homes and residence(fields[n - 1]) is not None and f.casefold() in PLACES:
            homes[-1] = f"{homes[-1]}, {f}"
        elif not is_post_nominal(f):
            kept.append(f)
    return kept, homes


def _split_via(fields: list[str]) -> tuple[list[str], str | None, list[str]]:
    """The fields before a "via NAME" field (a publication they credit read as its name:
    "für die Zeit" -> "Zeit"), the name, and the fields after it."""
    via_at = _via_field(fields)
    head, via, tail = fields, None, []
    if via_at is not None:
        m = _VIA.fullmatch(fields[via_at])
        assert m is not None
        head, via, tail = fields[:via_at], str(m["via"]), fields[via_at + 1 :]
    # a publication credited after the names: "Von Katrin Vogel, für die Zeit"
    return head[:1] + [_credited(f) or f for f in head[1:]], via, tail


def _via_field(fields: list[str]) -> int | None:
    """The position of the first "via NAME" field after the first, if any."""
    for i, f in enumerate(fields[1:], 1):
        if f.split(None, 1)[0].casefold() not in _VIA_FIRST:
            continue
        m = _VIA.fullmatch(f)
        if m and name_like(m["via"]):
            return i
    return None


def _authors(head: list[str], has_by: bool, via: bool, credit_only: bool,
             listed: int = 0) -> tuple[list[str], int] | None:
    """The people among the leading fields of ``head`` (the fields before a "via"), and
    how many fields they take; ``None`` when a "By" field names no one."""
    authors: list[str] = []
    i = 0
    if has_by and head:
        people = split_people(head[0])
        if people is None and not is_single_surname(head[0]):
            return None
        authors.extend(people or (head[0],))
        i = 1
    # Leading fields that read like people are authors, but a byline with an outlet
    # keeps its last field for it unless that field is itself a list of people.
    while i < len(head) and not credit_only:
        people = split_people(head[i])
        if people is None or not (i < listed or _more_people(people, i, len(head), has_by,
                                                             via)):
            break
        authors.extend(people)
        i += 1
    return authors, i


def _more_people(people: tuple[str, ...], i: int, n: int, has_by: bool, via: bool) -> bool:
    """Whether field ``i`` of ``n``, which reads as ``people``, is taken as authors."""
    is_last = i == n - 1
    if is_last and i > 0 and len(people) == 1 and not via:
        return False  # the last field of several: the outlet
    if is_last and i == 0 and via:
        return False
    if is_last and i == 0 and not has_by and not all(known_person(x) for x in people):
        return False  # a lone name before the date: a person only when it surely is one
    # a further name without "and" may be the outlet ("El Diario Libre")
    return not (i > 0 and len(people) == 1 and not known_person(people[0]))
