"""Credit words and labels: a byline candidate -> the text after the credit word ("By",
"Von", "Par") or credit label ("BYLINE:", "AUTOR:") it opens with, and whether it had
one; a label that credits no one ("LENGTH:", "Last Updated:") marks metadata, no byline.
Also how a byline splits into its fields, a credit phrase -> the publication it names
("From the New York Packet.", "in The London Times"), and an export's credit field -> the
people it names (roles, outlets, addresses and handles after them aside)."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..lexicons import (
    ARTICLES,
    CONJUNCTIONS,
    CREDIT_LABELS,
    CREDIT_WORDS,
    CREDIT_WORDS_STRICT,
    DATE_LABELS,
    NAME_PARTICLES,
    ORG_WORDS,
    OUTLET_CREDITS,
    PLACES,
    PUBLICATION_LINKS,
)
from ..text import literal_alternation
from .names import field_people, is_person, is_role, known_person, people_parts

__all__ = [
    "FIELD_SEP",
    "OUTLET_CREDIT_STARTS",
    "OUTLET_CREDIT_WORDS",
    "bracketed",
    "credited_name",
    "field_authors",
    "leading_people",
    "may_open_with_credit",
    "opening_credit",
    "published_in",
    "sender",
    "split_fields",
    "surnames_first",
]

# A credit word of any language at the start of the line: "By ", "BY:", "Written by ",
# "Von ", "Par " (lexicons/credit_words.txt).
# Bound: used with match (anchored); an alternation of literals, then runs of spaces.
_BY = regex.compile(rf"(?:{literal_alternation(CREDIT_WORDS)})\s*:?\s+", regex.IGNORECASE)
# A label before a colon at the start of the line: "BYLINE:", "Last Updated:", "AUTOR:".
# Bound: anchored; at most three letter runs, each ended by a space run or the colon.
_LABEL = regex.compile(r"(?P<label>\p{L}[\p{L}\-]{0,24}(?:\s{1,3}\p{L}[\p{L}\-]{0,24}){0,2})"
                       r"\s{0,3}:\s*")
_MAX_LABEL = 80  # a label and its colon stand within the line's first characters
# The first two letters of the credit words: a line opening otherwise has none.
_CREDIT_STARTS = frozenset(p[:2] for p in CREDIT_WORDS)
# A mail address after a name ("Jane Doe <jd@example.org>"), dropped from a credit.
# Bound: one class repeat between fixed brackets, capped.
_ADDRESS = regex.compile(r"\s*<[^<>\s]{1,100}>")
# A mail address, bracketed or bare ("<jd@example.org>", "rsalonga@mercurynews.com").
# Bound: two capped runs of one class around the "@", brackets optional.
_EMAIL = regex.compile(r"<?[^\s<>@]{1,64}@[^\s<>@]{1,255}>?")
# A word in capitals and a colon opening a credit: what kind of piece it credits, or a
# credit label ("INTERVIEW: ...", "BYLINE: ..."). Bound: anchored; one capped class run.
_KIND = regex.compile(r"\p{Lu}[\p{Lu}\-]{2,20}:\s")
_MAX_NAME_WORDS = 3  # a longer "name" in a credit field is a name and its role or outlet
# A social-media handle and where it is ("@GaryKlien on Twitter"). Bound: one capped
# class run, then an optional literal phrase of capped words.
_HANDLE = regex.compile(r"@\w{1,40}(?:\s{1,3}on\s{1,3}\w{1,20})?")
# Field separators: comma, bar, bullet, semicolon; a hyphen or a slash only with spaces
# around it (names keep theirs: "Sepahpor-Ulrich", "AC/DC"); en and em dashes with or
# without spaces. Bound: three alternatives, each a single class or literal between
# space runs.
FIELD_SEP = regex.compile(r"\s*[,|•·;]\s*|\s+[-/]\s+|\s*[–—]\s*")


# A credit line naming the publication: "For the Independent Journal.", "From the New
# York Packet.", "Special to The Times" (lexicons/outlet_credits.txt, articles.txt).
# The name is the outlet, an emphasis mark before it aside ("From _Punch_").
# Bound: anchored by fullmatch; literal alternations, then a lazy outlet capped at 60.
_CREDIT = regex.compile(
    rf"(?:{literal_alternation(OUTLET_CREDITS)})\s+"
    rf"(?-i:(?:{literal_alternation(ARTICLES)})\s+)?[_*]?(?P<outlet>\p{{Lu}}.{{0,60}}?)\.?",
    regex.IGNORECASE,
)
# The first words of the outlet credits ("from", "reprinted"): the test before the pattern.
OUTLET_CREDIT_WORDS = frozenset(w.split()[0] for w in OUTLET_CREDITS)
OUTLET_CREDIT_STARTS = frozenset(w[:2] for w in OUTLET_CREDITS)  # and their first letters


_BRACKETS = {"(": ")", "[": "]"}  # a credit may stand in brackets, whole
# A quoted title in a credit, whose commas split no field ("Author of "Aunt Diana,"").
# Bound: one capped negated class run between quote literals.
_QUOTED_COMMA = regex.compile(r"[\"“][^\"“”]{1,80}[\"”]")
_KEPT_COMMA = "\x00"  # a comma inside quotes while the fields are split


def bracketed(s: str) -> str | None:
    """What the brackets or parentheses holding ``s`` whole hold ("(By Kate Zernike)",
    "[From Punch.]"), or ``None`` when none hold it whole."""
    if s[:1] in _BRACKETS and s.endswith(_BRACKETS[s[0]]):
        return s[1:-1].strip()
    return None


def credited_name(field: str) -> str | None:
    """What follows the credit phrase ``field`` opens with ("Courtesy of the Lakeside
    Times" -> "Lakeside Times"; a lower-case article dropped), whether or not it reads
    as a name; ``None`` when ``field`` opens with no credit phrase."""
    if (field[:2].casefold() not in OUTLET_CREDIT_STARTS
            or field.partition(" ")[0].casefold() not in OUTLET_CREDIT_WORDS):
        return None  # the tests before the pattern: the phrase's first letters, its word
    credit = _CREDIT.fullmatch(field)
    return str(credit["outlet"]).replace("_", "").replace("*", "") if credit else None


def published_in(field: str) -> str | None:
    """The publication a byline field names after a linking word ("in The London
    Times" -> "The London Times", lexicons/publication_links.txt): a name opening with an
    article and no known place; ``None`` for any other field.

    >>> published_in("in The London Times"), published_in("in Paris")
    ('The London Times', None)
    """
    if not field[:1].islower():
        return None  # the test before the split: a link word is written in lower case
    link, _, name = field.partition(" ")
    words = name.split()
    if (link.casefold() not in PUBLICATION_LINKS or len(words) < 2
            or words[0].casefold() not in ARTICLES or not words[1][:1].isupper()):
        return None
    if words[0].islower():
        name = " ".join(words[1:])  # "in der Zeit": the article goes, as after "From the"
    return name if name.casefold() not in PLACES else None


def may_open_with_credit(s: str) -> bool:
    """The cheap test before :func:`opening_credit`: ``s`` opens with the first letters
    of a credit word, or holds a colon where a label would end."""
    return s[:2].casefold() in _CREDIT_STARTS or s.find(":", 0, _MAX_LABEL) >= 0


def split_fields(s: str) -> list[str]:
    """The fields of a byline, split by commas, bars, bullets, semicolons and dashes
    (not inside quotes: "Author of "Aunt Diana," etc." is one field), each without the
    emphasis around it ("**Jane Doe**").

    >>> split_fields("**Jane Doe** | Rudaw - June 24, 2015.")
    ['Jane Doe', 'Rudaw', 'June 24', '2015']
    """
    quoted = '"' in s or "“" in s
    if quoted:
        s = _QUOTED_COMMA.sub(lambda m: m.group().replace(",", _KEPT_COMMA), s)
    fields = [f for f in (f.strip(" ._*") for f in FIELD_SEP.split(s)) if f]
    return [f.replace(_KEPT_COMMA, ",") for f in fields] if quoted else fields


def opening_credit(s: str) -> tuple[str, bool] | None:
    """``s`` without the credit word or credit label it opens with, and whether it had
    one; ``None`` when it opens with a label that is no credit ("LENGTH:", "Last
    Updated:"): metadata, never a byline. A date label ("Published:") stays."""
    label = _LABEL.match(s) if ":" in s[:_MAX_LABEL] else None
    if label is not None:
        return _labelled_credit(s, label)
    by = _BY.match(s)
    if by is None:
        return s, False
    rest = s[by.end() :]
    word = s[: by.end()].rstrip(" :").casefold()
    first = split_fields(rest)[:1]
    if word in NAME_PARTICLES and (not first or len(first[0].split()) < 2):
        return s, False  # "Di Maria, ...", "Von Trapp, ...": a name, not a credit
    if word in CREDIT_WORDS_STRICT and not (first and known_person(first[0])):
        return s, False  # "Door Prizes Awarded": a word of another language
    return rest, True


def _labelled_credit(s: str, label: regex.Match[str]) -> tuple[str, bool] | None:
    """``_credit`` of a line that opens with ``label``."""
    name = " ".join(label["label"].split()).casefold()
    if name in DATE_LABELS:
        return s, False
    if name not in CREDIT_LABELS:
        return None
    s = _ADDRESS.sub("", s[label.end() :])
    by = _BY.match(s)  # "Byline: BY JANE DOE"
    s = s[by.end() :] if by else s
    fields = split_fields(s)
    if len(fields) == 2 and (turned := _surname_first(*fields)):
        return turned, True  # "AUTOR: Vogel, Katrin": one person
    if not fields or len(fields[0].split()) < 2:
        return None  # "Author: Various": no name to be sure of
    return s, True


def _surname_first(surname: str, given: str) -> str | None:
    """"Vogel", "Katrin" -> "Katrin Vogel", where the second is a known given name and the
    first a single capitalised word that names no organisation or place."""
    if len(surname.split()) != 1 or len(given.split()) != 1:
        return None
    name = f"{given} {surname}"
    return name if known_person(name) and is_person(name) else None


def sender(value: str) -> str | None:
    """The name a mail header gives its sender, before the address: whatever it is, a
    handle included ("alicexbt <alicexbt@example.org>"); None without one.

    >>> sender('"Fabian" <fjahr@example.org>'), sender("fjahr@example.org")
    ('Fabian', None)
    """
    m = _EMAIL.search(value)
    name = value[: m.start()].strip(' "\'') if m and value[m.start()] == "<" else ""
    return name or None


def field_authors(value: str, *, surnames_first: bool = False) -> tuple[str, ...] | None:
    """The people an export's credit field names, mail addresses and handles aside, when
    it opens with people: a list ("Kate Mather, Marisa Gerber"), after a credit word ("By
    Robert Salonga"), surnames first between semicolons ("Dohmen, Frank; Neubacher,
    Alexander"), each name before a role or an outlet ("Patrik Jonsson Staff writer",
    "By Gary Klien The Marin Independent Journal"); None when its first entry names
    anything but people ("Jane Doe, Reuters": the byline grammar reads those). In a dump
    whose credits put ``surnames_first``, "Albrecht, Bernhard" is Bernhard Albrecht.

    >>> field_authors("Dohmen, Frank; Neubacher, Alexander")
    ('Frank Dohmen', 'Alexander Neubacher')
    >>> field_authors("By Jane Doe jdoe@example.org")
    ('Jane Doe',)
    >>> field_authors("Pat Beall and Lena Moser Harbour Post Staff Writers")
    ('Pat Beall', 'Lena Moser')
    """
    plain = _unaddressed(value).strip(" ;,")
    if kind := _KIND.match(plain):  # "INTERVIEW: ...", "BYLINE: ...": then the people
        plain = plain[kind.end() :]
    listed = _surnames_first_list(plain)
    if listed:
        return listed
    found: list[str] = []
    for n, entry in enumerate(e.strip(" ,") for e in plain.split(";")):
        people = _entry_people(entry, surnames_first) if entry else None
        if people is None and n == 0:
            return None
        found += people or ()
    return tuple(found) or None


def leading_people(value: str) -> tuple[str, ...]:
    """The people a credit field opens with, up to its first part that names no one ("Ana
    Costa, with files from ...", "Jo Lind and Li Wei, The Harbour Times"): for a field
    the byline grammar found no author in.

    >>> leading_people("Ana Costa, with files from Tom Baker")
    ('Ana Costa',)
    """
    names: list[str] = []
    for part in people_parts(_after_credit(_unaddressed(value))):
        name = _leading_person(part)
        if name is None:
            break
        names.append(name)
    return tuple(names)


def _surnames_first_list(value: str) -> tuple[str, ...] | None:
    """A list of two people or more, each "Surname, Given" between semicolons ("Böll,
    Sven; Müller, Martin U.; Rohr, Mathieu von"): the list's own shape says which name
    is which, so no given name needs to be a known one; None for any other field."""
    entries = [e.strip() for e in value.split(";") if e.strip()]
    if len(entries) < 2:
        return None
    names = [_turned(entry) for entry in entries]
    return None if None in names else tuple(n for n in names if n)


def _turned(entry: str) -> str | None:
    """"Surname, Given" -> "Given Surname" when the entry has that shape (one capitalised
    surname; a given name, its initials and particles after it) and reads as a person."""
    parts = [p.strip() for p in entry.split(",")]
    words = parts[1].split() if len(parts) == 2 else []
    if not (words and len(parts[0].split()) == 1 and parts[0][:1].isupper()
            and words[0][:1].isupper() and words[0].casefold() not in PLACES
            and parts[0].casefold() not in ORG_WORDS
            and all(w.casefold() in NAME_PARTICLES or _initial(w) for w in words[1:])):
        return None  # ("Reuters, London": a place where a given name would stand)
    name = f"{parts[1]} {parts[0]}"
    return name if is_person(name) else None


def surnames_first(values: Iterable[str]) -> bool:
    """Whether a dump's credit fields (``values``) write surnames first: one of them at
    least lists two people or more so ("Böll, Sven; Müller, Peter"). Learned per dump,
    it settles a credit of one such entry ("Albrecht, Bernhard"), which alone could be a
    name and a place.

    >>> surnames_first(["Albrecht, Bernhard", "Böll, Sven; Müller, Peter"])
    True
    """
    return any(_surnames_first_list(_unaddressed(v)) for v in values)


def _initial(word: str) -> bool:
    """A name's initial ("U.", "U")."""
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _unaddressed(value: str) -> str:
    """``value`` without its mail addresses and handles, spaces normalised."""
    return " ".join(_HANDLE.sub(" ", _EMAIL.sub(" ", value)).split())


def _entry_people(entry: str, surnames_first: bool) -> tuple[str, ...] | None:
    """The people one entry of a credit field names (see ``field_authors``)."""
    turned = _entry_turned(entry, surnames_first)
    if turned is not None:
        return (turned,)
    whole = field_people(entry)
    if whole is not None and all(len(p.split()) <= _MAX_NAME_WORDS for p in whole):
        return whole
    rest = _after_credit(entry)
    words = rest.split()
    if words and words[0].casefold() in CONJUNCTIONS:  # "and reported by Julie Tate"
        rest = _after_credit(" ".join(words[1:]))
    names = [_leading_person(p) for p in people_parts(rest)]
    return tuple(n for n in names if n) if names and all(names) else whole


def _entry_turned(entry: str, surnames_first: bool) -> str | None:
    """The person of a "Surname, Given" entry: one whose given name is a known one, or
    any in a dump that writes ``surnames_first``."""
    parts = [p.strip() for p in entry.split(",")]
    if len(parts) != 2:
        return None
    return _surname_first(*parts) or (_turned(entry) if surnames_first else None)


def _after_credit(text: str) -> str:
    """``text`` without the credit word it opens with ("By", "reported by")."""
    found = opening_credit(text)
    return found[0] if found else text


def _leading_person(part: str) -> str | None:
    """The person a part of a credit opens with, before a role or an outlet: its first
    two words, or more with initials between ("Keith L. Alexander", "Mary B. W. Tabor"),
    when they read as a person and what follows is a role ("World Staff Writer"), a name
    in capitals ("The Marin Independent Journal") or the name is a known one."""
    if is_person(part) and len(part.split()) <= _MAX_NAME_WORDS:
        return part
    words = part.split()
    k = 1  # the given name, its initials ("Mary B. W. Tabor"), the surname
    while k < len(words) - 1 and _initial(words[k]):
        k += 1
    name, rest = " ".join(words[: k + 1]), words[k + 1 :]
    if not is_person(name):
        return None
    if not rest:  # a name with initials, longer than a name's usual words
        return name if k > 1 else None
    capitals = all(w[:1].isupper() for w in rest)
    role = any(is_role(" ".join(rest[j:])) for j in range(len(rest)))
    return name if capitals or role or known_person(name) else None
