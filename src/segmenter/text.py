"""Small, pure predicates on a line's text, shared by every stage."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

__all__ = [
    "COPYRIGHT_LINE",
    "FOOTNOTE_ANCHOR",
    "RULE_SYMBOLS",
    "URL_LINE",
    "URL_RE",
    "ends_sentence",
    "ends_sentences",
    "first_letter",
    "first_letters",
    "first_sentence",
    "has_inner_sentence",
    "is_separator",
    "is_url_line",
    "label_line",
    "literal_alternation",
    "may_hold_url",
    "numbered",
    "starts_lower",
    "starts_upper",
]

# Closing quotes and brackets that may follow a sentence's final punctuation.
_CLOSERS = "\"'”’)]»"
_STRIP_END = _CLOSERS + " "
_SENTENCE_ENDS = (".", "!", "?", "…")
# Patterns: compiled once; each "Bound:" says why matching stays linear in the line.
# Where a URL starts: a scheme or "www.", in any case; it runs to the next space. The
# case variants are spelt out ("ſ" is the one other letter that IGNORECASE would let
# stand for one of them): without the flag the whole-text search runs about 3x faster.
# Bound: a literal start, then one class repeat capped at 2,000 characters.
_URL_START = r"(?:[hH][tT][tT][pP][sSſ]?://|[wW][wW][wW]\.)"
URL_RE = regex.compile(_URL_START + r"[^\s<>\"“”]{2,2000}")
# A copyright line's opening ("Copyright 2015 ...", "© 2018 ...", "(c) 2017 ..."), as
# exports print one under an article's head. Bound: used with match; literals only.
COPYRIGHT_LINE = regex.compile(r"(?:copyright\b|©|\(c\)\s)", regex.IGNORECASE)
# A footnote anchor closing a line or a title ("[A]", "[12]"). Bound: anchored at the
# end; an optional space, then a capped class run between literals.
FOOTNOTE_ANCHOR = regex.compile(r"\s?\[[\p{Lu}\d]{1,3}\]$")
# A line that is a URL and nothing else. Bound: as URL_RE, with fullmatch.
URL_LINE = regex.compile(_URL_START + r"\S{2,2000}")
_URL_OPENINGS = frozenset(("htt", "www"))  # the test before the pattern, as _URL_START opens


def is_url_line(text: str) -> bool:
    """True when ``text`` is a URL and nothing else (the pattern only for lines opening
    as a URL does, with "htt" or "www").

    >>> is_url_line("https://example.org/a"), is_url_line("see https://example.org")
    (True, False)
    """
    return text[:3].lower() in _URL_OPENINGS and URL_LINE.fullmatch(text) is not None


def may_hold_url(text: str, start: int = 0, end: int | None = None) -> bool:
    """False only when ``text[start:end]`` surely holds no URL_RE match: neither "://"
    nor "ww" in any case. A few substring searches, much cheaper than the pattern's.

    >>> may_hold_url("see WWW.example.org"), may_hold_url("no link here")
    (True, False)
    """
    find = text.find  # the cues one after another: no generator for a short text
    return (find("://", start, end) >= 0 or find("ww", start, end) >= 0
            or find("WW", start, end) >= 0 or find("wW", start, end) >= 0
            or find("Ww", start, end) >= 0)


# A rule between articles or sections: three or more of the same few symbols, spaces
# allowed between them ("* * *", "-----", "_ _ _", "===="), and nothing else.
# Symbols may stand up to ten spaces apart ("*       *       *", as transcriptions set
# them). Bound: each repeat must consume one symbol (spaces are not symbols), capped at 400,
# and the pattern is only used with fullmatch.
RULE_SYMBOLS = "-_*=~#•·+⁂◆■●"
_SEPARATOR = regex.compile(rf"(?:[{regex.escape(RULE_SYMBOLS)}]\s{{0,10}}){{3,400}}")


def ends_sentence(s: str) -> bool:
    """True when ``s`` ends with ., ! or ? (closing quotes and brackets allowed after).

    >>> ends_sentence("he said.”"), ends_sentence("airport –")
    (True, False)
    """
    return s.rstrip(_STRIP_END).endswith(_SENTENCE_ENDS)


def ends_sentences(texts: Iterable[str]) -> list[bool]:
    """``ends_sentence`` of each text, in one pass."""
    return [t.rstrip(_STRIP_END).endswith(_SENTENCE_ENDS) for t in texts]


# A sentence ending inside a line and the next one starting: "met. The vote".
# Bound: fixed width (at most 8 characters) from each starting letter.
_INNER_SENTENCE = regex.compile(r"\p{Ll}[.!?][\"”’)]?\s{1,3}[\"“‘(]?\p{Lu}")
_MAX_LEAD, _LEAD_REACH = 200, 40  # a lead is this short; a sentence end is sought so far


def has_inner_sentence(s: str) -> bool:
    """True when a sentence ends inside ``s`` and another begins: prose, not a heading.

    >>> has_inner_sentence("Officials met. The vote failed"), has_inner_sentence("U.S. Aid")
    (True, False)
    """
    # the pattern only when its punctuation is there: most lines lack all three marks
    return ("." in s or "?" in s or "!" in s) and _INNER_SENTENCE.search(s) is not None


def first_sentence(text: str) -> str:
    """The first sentence of ``text``; when none ends within its first 200 characters,
    those cut at a word's end, with an ellipsis.

    >>> first_sentence("The ferry did not sail. The port said so.")
    'The ferry did not sail.'
    >>> first_sentence("U.S. aid arrived on Monday")
    'U.S. aid arrived on Monday'
    """
    head = " ".join(text[: _MAX_LEAD + _LEAD_REACH].split())
    m = _INNER_SENTENCE.search(head) if ("." in head or "?" in head or "!" in head) else None
    if m is not None and m.start() < _MAX_LEAD:
        return head[: m.start() + len(m.group().split()[0])]
    if len(head) <= _MAX_LEAD:
        return head
    return head[:_MAX_LEAD].rsplit(" ", 1)[0] + "…"


def first_letter(s: str) -> str:
    """The first letter or digit of ``s``, after quotes and marks ("" when none soon).

    >>> first_letter("“(Iran")
    'I'
    """
    for ch in s[:8]:
        if ch.isalnum():
            return ch
    return ""


def first_letters(texts: Iterable[str]) -> list[str]:
    """``first_letter`` of each text, in one pass (most start with their letter)."""
    return [t[0] if t[:1].isalnum() else first_letter(t) for t in texts]


def starts_lower(s: str) -> bool:
    """True when the first letter (after quotes and marks) is lower case."""
    c = s[:1]  # most lines open with their letter: no loop
    return c.islower() if c.isalnum() else first_letter(s).islower()


def starts_upper(s: str) -> bool:
    """True when the first letter or digit (after quotes and marks) is upper case or a digit."""
    ch = first_letter(s)
    return ch.isupper() or ch.isdigit()


def is_separator(s: str) -> bool:
    """True for a rule line such as ``* * *`` or ``_ _ _ _``.

    >>> is_separator("_ _ _ _ _ _ _"), is_separator("..."), is_separator("- 3 -")
    (True, False, False)
    """
    return len(s) <= 1000 and s[:1] in RULE_SYMBOLS and _SEPARATOR.fullmatch(s) is not None


def literal_alternation(words: Iterable[str]) -> str:
    """A pattern alternation of ``words`` as literals, longest first (so "June" wins over
    "Jun"), any run of one to three spaces allowed where a word has a space.

    >>> print(literal_alternation({"jun", "june", "written by"}))
    written\\s{1,3}by|june|jun
    """
    return "|".join(r"\s{1,3}".join(map(regex.escape, w.split()))
                    for w in sorted(words, key=lambda w: (-len(w), w)))


def label_line(labels: Iterable[str]) -> regex.Pattern[str]:
    """A pattern for a line that is one of ``labels`` alone, case aside, markup and
    punctuation around it ("TABLE OF CONTENTS", "*Advertisements*", "ADVERTISEMENTS.").
    Bound: used with fullmatch; a literal alternation between two runs of one class."""
    return regex.compile(rf"[*_ .:]*(?:{literal_alternation(labels)})[*_ .:]*",
                         regex.IGNORECASE)


def numbered(numbers: Sequence[int], total: int, noun: str, verbs: tuple[str, str],
             most: int = 10) -> str:
    """The items ``numbers`` of ``total`` named, the first ``most`` listed, with the verb
    agreeing (``verbs``: singular, plural).

    >>> numbered([7], 25, "document", ("lacks", "lack"))
    'document 7 of 25 lacks'
    >>> numbered(list(range(1, 13)), 900, "article", ("has", "have"), most=2)
    'articles 1, 2, ... of 900 have'
    """
    listed = ", ".join(map(str, numbers[:most]))
    if len(numbers) == 1:
        return f"{noun} {listed} of {total} {verbs[0]}"
    more = ", ..." if len(numbers) > most else ""
    return f"{noun}s {listed}{more} of {total} {verbs[1]}"
