"""Names: a byline field -> whether it reads as a name at all, a person, a list of people,
a job title, or a lone surname, by capitals, name particles and the lexicons."""

from __future__ import annotations

import regex

from ..lexicons import (
    ARTICLES,
    CONJUNCTIONS,
    CONNECTORS,
    CREDIT_WORDS,
    GIVEN_NAMES,
    JOB_TITLE_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    OUTLET_CREDITS,
    PLACES,
    POST_NOMINALS,
    PRESS_ROLES,
    RESIDENCE_WORDS,
    ROLE_NOUNS,
)
from ..text import literal_alternation

__all__ = ["FIELD_WORDS", "field_people", "is_person", "is_post_nominal", "is_role",
           "is_single_surname", "known_person", "name_like", "people_parts", "residence",
           "role_outlet", "signature", "split_people"]

FIELD_WORDS = NAME_PARTICLES | CONNECTORS  # lower-case words a name field may hold
_MAX_FIELD_WORDS = 8


# Splits a list of people: "A, B and C", "A & B", "A AND B", "A und B" (the joining
# words of every language, lexicons/conjunctions.txt).
# Bound: a separator literal between space runs.
_PEOPLE_SEP = regex.compile(rf"\s*[,;]\s*|\s+(?:{literal_alternation(CONJUNCTIONS)})\s+|\s*&\s*",
                            regex.IGNORECASE)
# One word of a name: letters with inner apostrophes, hyphens or periods ("O'Neil",
# "Sepahpor-Ulrich", "U.S."), or an initial ("J.").
# Bound: one character class repeat per alternative, used with fullmatch on one word.
_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’.\-]*\.?|\p{Lu}\.|\d+[\p{L}]*")
# A part in brackets: "(Paris)". Bound: a capped run that cannot pass a bracket.
_BRACKETED = regex.compile(r"\(([^()]{1,40})\)")
# An initial: "J.". Bound: two characters.
_INITIAL = regex.compile(r"\p{Lu}\.")
# One or more initials ("D.", "H.G."). Bound: a capped repeat of a two-character unit.
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,4}")
_MAX_SIGNATURE_WORDS = 5
_MAX_POST_NOMINALS = 30  # degrees after a name: a short field
_ROLE_REACH = 4  # a post's noun stands among a role's first words ("Late German Colonial
# Secretary of State")
# The words after a post at a publication that name it ("Correspondent of", "Redakteur
# für", "Korrespondentin der")
_PRESS_LINKS = RESIDENCE_WORDS | ARTICLES | frozenset(w for w in OUTLET_CREDITS if " " not in w)
# Honours in dotted capitals after a name ("F.R.S.L.", "M.D."), three letters at least.
# Bound: a capped repeat of a two-character unit, used with fullmatch.
_DOTTED_HONOURS = regex.compile(r"(?:\p{Lu}\.){2,6}\p{Lu}\.?")


def _words(field: str) -> list[str]:
    return field.split()


def _is_cap(word: str) -> bool:
    first = word.lstrip("(\"'“‘")[:1]
    return first.isupper() or first.isdigit()


def name_like(field: str, *, allow_lower_start: bool = False) -> bool:
    """A field reads like a name: capitalised words, particles, at most one other word."""
    words = _words(field)
    if not words or len(words) > _MAX_FIELD_WORDS or len(field) > 60:
        return False
    if not all(w.isalpha() or w == "&" or _NAME_WORD.fullmatch(w.strip("()\"'“”‘’"))
               for w in words):  # letters alone read as a name word: no pattern needed
        return False
    if not allow_lower_start and not _is_cap(words[0]):
        return False
    stray = [w for w in words[1:] if not _is_cap(w) and w.casefold() not in FIELD_WORDS]
    return len(stray) <= 1 and (len(stray) == 0 or len(words) >= 2)


def is_role(field: str) -> bool:
    words = [w.casefold().strip(".") for w in _words(field)]
    return bool(words) and words[0] != "the" and all(
        w in JOB_TITLE_WORDS or w in FIELD_WORDS for w in words
    ) and any(w in JOB_TITLE_WORDS for w in words)


def role_outlet(field: str) -> tuple[bool, str | None]:
    """Whether a byline ``field`` after the authors names their role, a post's noun
    before a lower-case word ("President of the United States", "Professor in the
    College de France"), and the publication it names when the post is at one
    ("Correspondent of The London Daily Mail" -> "The London Daily Mail")."""
    words = field.split()
    for k, word in enumerate(words[: min(_ROLE_REACH, len(words) - 1)]):
        noun = word.casefold().strip(".,")
        link = words[k + 1]
        if noun not in ROLE_NOUNS or not link[:1].islower():
            continue
        rest = words[k + 2 :]
        if noun in PRESS_ROLES and link.casefold() in _PRESS_LINKS and rest:
            outlet = " ".join(rest)
            return True, outlet if name_like(outlet) and outlet.casefold() not in PLACES else None
        return True, None
    return False, None


def is_post_nominal(field: str) -> bool:
    """A field of degrees or honours after a name ("M.E", "Assoc. R.S.M", "PhD",
    "F.R.S.L"): each word one of them, and the field holding a full stop or no word
    under three letters (a state's code, "Portland, ME", stays); or honours in dotted
    capitals, three letters at least."""
    if len(field) > _MAX_POST_NOMINALS:
        return False
    if _DOTTED_HONOURS.fullmatch(field):
        return True
    words = [w.replace(".", "").casefold() for w in field.split()]
    return bool(words) and all(w in POST_NOMINALS for w in words) and (
        "." in field or all(len(w) >= 3 for w in words))


def residence(field: str) -> str | None:
    """Where the author is from, in a field such as "of Cork" or "aus Hamburg"."""
    word, _, rest = field.partition(" ")
    if word in RESIDENCE_WORDS and rest and name_like(rest):
        return rest
    return None


def is_person(name: str) -> bool:
    """Two to five capitalised words with no organisation, role or place word, and no
    place in brackets: "Le Monde (Paris)" is a newspaper and its city."""
    words = _words(name)
    if not 2 <= len(words) <= 5 or words[0].casefold() == "the":
        return False
    if "(" in name and any(m[1].strip().casefold() in PLACES for m in _BRACKETED.finditer(name)):
        return False
    folded = [w.casefold().strip(".,") for w in words]
    if any(w in ORG_WORDS for w in folded) or name.casefold() in PLACES:
        return False
    if all(w in JOB_TITLE_WORDS or w in NAME_PARTICLES for w in folded):
        return False
    return all(_is_cap(w) or f in NAME_PARTICLES for w, f in zip(words, folded, strict=True))


def is_single_surname(name: str) -> bool:
    """A lone capitalised word, as in "By Smith" or an author line "HAMILTON"."""
    words = _words(name)
    return (
        len(words) == 1
        and _is_cap(words[0])
        and words[0].casefold() not in ORG_WORDS
        and words[0].casefold() not in PLACES
    )


def known_person(name: str) -> bool:
    """A person's name whose first word is a known given name or an initial."""
    first = name.split()[0] if name.split() else ""
    return bool(_INITIAL.fullmatch(first)) or first.casefold() in GIVEN_NAMES


def signature(text: str) -> str | None:
    """The name a piece is signed with at its end, in capitals ("SAMUEL HICKSON.",
    "ALICE D. LE PLONGEON.", "H.G. WELLS."): two to five words, one an initial or the
    first a known given name; None for any other line.

    >>> signature("ALICE D. LE PLONGEON."), signature("THE END.")
    ('ALICE D. LE PLONGEON', None)
    """
    t = text.strip().rstrip(".").strip()
    words = t.split()
    if (not 2 <= len(words) <= _MAX_SIGNATURE_WORDS or not t.isupper()
            or any(ch.isdigit() for ch in t)):
        return None
    if any(_INITIALS.fullmatch(w) for w in words) or words[0].casefold() in GIVEN_NAMES:
        return t
    return None


def people_parts(field: str) -> list[str]:
    """``field`` split at its separators and conjunctions, spaces normalised."""
    words = field.split()
    if "," not in field and ";" not in field and "&" not in field and not any(
            w.casefold() in CONJUNCTIONS for w in words[1:-1]):
        return [" ".join(words)] if words else []  # nothing to split at: no pattern run
    return [" ".join(p.split()) for p in _PEOPLE_SEP.split(field) if p.strip()]


def split_people(field: str) -> tuple[str, ...] | None:
    """Split a list of people; ``None`` unless every part reads like a person.

    >>> split_people("Eli Clifton and Ali Gharib")
    ('Eli Clifton', 'Ali Gharib')
    >>> split_people("Nejat Society") is None
    True
    """
    parts = people_parts(field)
    if parts and all(is_person(p) for p in parts):
        return tuple(parts)
    if len(parts) > 1 and "," not in field and ";" not in field and is_person(field):
        return (" ".join(field.split()),)  # "Maria Sousa e Silva": one name holding "e"
    return None


def field_people(field: str) -> tuple[str, ...] | None:
    """The people an export's author field names, after a credit word it may open with
    (Factiva's "BY" often holds "By Clara Mendes"); ``None`` unless all read like people.

    >>> field_people("By Clara Mendes and Jo Lind")
    ('Clara Mendes', 'Jo Lind')
    >>> field_people("Von Trapp")
    ('Von Trapp',)
    """
    words = field.split()
    for n in (1, 2):  # the credit phrases have one or two words ("written by")
        if len(words) > n and " ".join(words[:n]).rstrip(":").casefold() in CREDIT_WORDS:
            people = split_people(" ".join(words[n:]))
            if people is not None:
                return people
    return split_people(field)
