"""Re-flow hard-wrapped lines into paragraphs and undo line-end hyphenation by evidence."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ._lexicons import COMPOUND_PREFIXES, COMPOUND_SUFFIXES

__all__ = ["Vocabulary", "join_lines"]

# A word broken at the line end: letters, then a hyphen (or a soft hyphen) at the end.
# Bound: one letter run, then a fixed ending; _HEAD is anchored at the start.
_BROKEN_TAIL = regex.compile(r"(\p{L}+)(-|\u00ad)$")
_HEAD = regex.compile(r"^(\p{Ll}\p{L}*)")
# Words (with inner hyphens and apostrophes) counted for the hyphenation evidence.
# Bound: each repeat of the group must consume a hyphen or apostrophe first, so the
# letter runs never trade characters with each other.
_WORD = regex.compile(r"\p{L}+(?:[-'’]\p{L}+)*")
_DASHES = "—–"


class Vocabulary:
    """Word counts of one document, built on first use (most dumps never need them)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = set(map(str.casefold, set(_WORD.findall(self._text))))
        return isinstance(word, str) and word.casefold() in self._words


def keep_hyphen(left: str, right: str, vocabulary: Vocabulary) -> bool:
    """Decide whether ``left-`` + ``right`` at a line break is a real hyphenated compound.

    The document's own words decide first ("capabilities" attested: join; "anti-Iran"
    attested: keep); then a capitalised first part or a compound prefix or suffix keeps
    the hyphen; otherwise the hyphen was the typesetter's and goes.
    """
    if (left + right) in vocabulary and f"{left}-{right}" not in vocabulary:
        return False
    if f"{left}-{right}" in vocabulary:
        return True
    return (
        left[:1].isupper()
        or left.casefold() in COMPOUND_PREFIXES
        or right.casefold() in COMPOUND_SUFFIXES
    )


def join_lines(lines: Sequence[str], keep: Callable[[str, str], bool]) -> str:
    """Join the stripped lines of one paragraph into one line.

    >>> join_lines(["the capabili-", "ties of"], lambda a, b: False)
    'the capabilities of'
    >>> join_lines(["a Washington-", "based group"], lambda a, b: True)
    'a Washington-based group'
    """
    parts: list[str] = []
    prev = ""
    for line in lines:
        if not parts:
            parts.append(line)
            prev = line
            continue
        broken = prev[-1] in "-\u00ad"  # the pattern only when it can match: it is slow
        tail = _BROKEN_TAIL.search(prev[-64:]) if broken else None
        head = _HEAD.match(line) if tail else None
        if tail and head:
            if tail[2] == "\u00ad" or not keep(tail[1], head[1]):
                parts[-1] = parts[-1][: len(parts[-1]) - 1]
            parts.append(line)
        elif prev[-1] in _DASHES and len(prev) > 1 and not prev[-2].isspace():
            parts.append(line)
        else:
            parts.append(" " + line)
        prev = line
    return "".join(parts)
