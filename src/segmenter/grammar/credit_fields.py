"""Credit fields: a byline's fields -> the same fields without those that are no author,
outlet or place (a count of words, a page or an issue number, a translator's note), each
of those read apart (the length in words, the page, the translators), and with what one
field holds of two set apart (a person and the outlet they wrote for, a credit word that
opens a later field)."""

from __future__ import annotations

import regex

from ..lexicons import ISSUE_LABELS, LENGTH_WORDS, PAGE_LABELS, TRANSLATION_NOTES
from ..text import literal_alternation
from .credit import may_open_with_credit, opening_credit
from .names import known_person, name_like, split_people

__all__ = ["counted", "paged", "reshaped", "translated"]

# A field that counts the document's words ("812 words", "1,204 words", "540 Wörter",
# "853w.": lexicons/length_words.txt), dropped with the separator before it. Bound:
# capped digit runs and groups, a capped space run, a literal alternation, an optional
# full stop, then a lookahead of one separator character or the end.
_LENGTH = regex.compile(
    rf"(?:^|\s*[,|•·;])\s*(?P<n>\d{{1,3}}(?:[,.\u00a0 ]?\d{{3}}){{0,4}})\s{{0,3}}"
    rf"(?:{literal_alternation(LENGTH_WORDS)})\.?\s*(?=[,|•·;]|$)", regex.IGNORECASE)
# A digit, blanks and a length word: where _LENGTH may match. Bound: one digit, a capped
# space run, a literal alternation.
_LENGTH_HINT = regex.compile(rf"\d\s{{0,3}}(?:{literal_alternation(LENGTH_WORDS)})",
                             regex.IGNORECASE)
# A translator's note in brackets closing a credit ("(translated by Sam Okafor)":
# lexicons/translation_notes.txt). Bound: a capped space run, a literal alternation, a
# negated class capped at 80 characters and anchored at the end.
_TRANSLATION = regex.compile(
    rf"\s{{0,3}}[(\[](?:{literal_alternation(TRANSLATION_NOTES)})[\s:]\s{{0,3}}"
    rf"(?P<who>[^()\[\]]{{1,80}})[)\]]\s*$", regex.IGNORECASE)
# A field that numbers the page or the issue ("p. 12", "S. 5", "Nr. 82", "pp. 4-5":
# lexicons/page_labels.txt, issue_labels.txt). Bound: fullmatch of a literal
# alternation, capped space and digit runs and one optional capped range.
_NUMBER_FIELD = regex.compile(
    rf"(?:{literal_alternation(PAGE_LABELS | ISSUE_LABELS)})\s{{0,3}}\d{{1,6}}"
    rf"(?:\s{{0,2}}[-–/]\s{{0,2}}\d{{1,6}})?", regex.IGNORECASE)
_MAX_NUMBER_FIELD = 20  # characters: "Ausgabe 12345", "pp. 1234-1235"
# A page field's label ("p. ", "S. ", "pp."). Bound: used with match; a literal
# alternation and a capped space run.
_PAGE = regex.compile(rf"(?:{literal_alternation(PAGE_LABELS)})\s{{0,3}}", regex.IGNORECASE)


def reshaped(fields: list[str], has_by: bool) -> tuple[list[str], bool]:
    """``fields`` with a person's name and the outlet written in one field apart ("Maria
    Lopez for The Harbour Times", "Maria Lopez (The Harbour Times)"), and a later field
    opening with a credit word first ("Published: 3 March 2024 | By Maria Lopez"): the
    names it credits are the authors (the second value: whether a credit word opens).

    >>> reshaped(["Maria Lopez for The Harbour Times"], False)
    (['Maria Lopez', 'The Harbour Times'], False)
    >>> reshaped(["Published", "By Maria Lopez"], False)
    (['Maria Lopez', 'Published'], True)
    """
    out: list[str] = []
    for field in fields:
        credit = opening_credit(field) if not has_by and may_open_with_credit(field) else None
        if credit is not None and credit[1] and credit[0]:
            out.insert(0, credit[0])
            has_by = True
            continue
        out += _person_and_outlet(field)
    return out, has_by


def _person_and_outlet(field: str) -> list[str]:
    """A field naming a known person and the outlet they wrote for, split in two."""
    for joint in (" for ", " (") if (" for " in field or field.endswith(")")) else ():
        person, _, outlet = field.partition(joint)
        outlet = outlet.removesuffix(")") if joint == " (" else outlet
        if known_person(person) and name_like(outlet) and "(" not in outlet:
            return [person, outlet]
    return [field]


def paged(fields: list[str]) -> tuple[list[str], str | None]:
    """``fields`` but those numbering the page or the issue, and the page the first page
    field names ("p. 12" -> "12", "pp. 4-5" -> "4-5").

    >>> paged(["Le Monde", "p. 12", "Nr. 82"])
    (['Le Monde'], '12')
    """
    kept = [f for f in fields if not _numbering(f)]
    if len(kept) == len(fields):
        return fields, None
    label = next((m for f in fields if _numbering(f) and (m := _PAGE.match(f))), None)
    return kept, label.string[label.end():].replace(" ", "") if label else None


def _numbering(field: str) -> bool:
    """A field that numbers the page or the issue: "p. 12", "Nr. 82" are no outlet,
    place or author.

    >>> _numbering("p. 12"), _numbering("Nr. 82"), _numbering("No. 10 Downing Street")
    (True, True, False)
    """
    return (len(field) <= _MAX_NUMBER_FIELD and field[-1:].isdigit()  # the cheap test first
            and _NUMBER_FIELD.fullmatch(field) is not None)


def counted(s: str) -> tuple[str, int | None]:
    """``s`` without a field counting the document's words ("812 words", "853w."), and
    that count: a length is no outlet, place or author.

    >>> counted("Le Monde, 5 May 2020, 1,204 words")
    ('Le Monde, 5 May 2020', 1204)
    """
    m = _LENGTH.search(s) if _LENGTH_HINT.search(s) else None  # the cheap test first
    if m is None:
        return s, None
    return s[: m.start()] + s[m.end():], int("".join(ch for ch in m["n"] if ch.isdigit()))


def translated(s: str) -> tuple[str, tuple[str, ...]]:
    """``s`` without the translator's note in brackets closing it, and the translators
    it names: a translator is no author, outlet or place.

    >>> translated("Ana Costa, Le Monde, 5 May 2020 (translated by Sam Okafor)")
    ('Ana Costa, Le Monde, 5 May 2020', ('Sam Okafor',))
    """
    m = _TRANSLATION.search(s) if s.endswith((")", "]")) else None  # the cheap test first
    if m is None:
        return s, ()
    people = split_people(m["who"].strip(" .")) or ()
    return s[: m.start()], tuple(people)
