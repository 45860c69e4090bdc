"""Fields: a window's lines -> the labelled metadata fields that exports print around
their articles ("HEADLINE: ...", "BYLINE: ...", "LENGTH: 886 words", "Publication title:
..."), each with its label, value, kind and lines.

A field line opens with a label of lexicons/field_labels.txt and a colon. One such line
alone proves little ("Source: the ministry" may open a sentence); a field stands in a
*block*, next to another field line (blank lines between allowed). A single line
between two field lines of a block carries on the value of the field above it (a
wrapped BYLINE). In a message's headers ("From:" and "Subject:" together, as mail
digests print them) the subject titles the message and the sender is its author. A
label of kind ``body`` on a line of its own ("BODY:", "Body") opens the body and is a
field line too; the lines after it are the body.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from ._lexicons import FIELD_LABELS
from .lines import Lines
from .text import literal_alternation

__all__ = ["FieldLine", "find_fields"]

_MAX_LABEL = 40  # a label and its colon stand within a line's first characters
# In a message's headers the subject is its title and the sender its author.
_MAIL_KINDS = {"subject": "title", "from": "byline"}
_NEAR = 4  # field lines of one block stand at most this many lines apart
# A numbered entry of a list ("2. Port plans"). Bound: capped digits, then literals.
_LISTED = regex.compile(r"\d{1,4}[.)]\s")
# A field line: a label, spaces, a colon, the value. Bound: used with match at the start
# of a stripped line; an alternation of literals, a capped space run, then the rest.
_FIELD = regex.compile(
    rf"(?P<label>{literal_alternation(FIELD_LABELS)})\s{{0,3}}:\s*(?P<value>.*)",
    regex.IGNORECASE | regex.DOTALL)


@attrs.frozen
class FieldLine:
    """A field of a window: its label as printed, value (a wrapped value joined), kind
    (lexicons/field_labels.txt), and its lines (the label's first)."""

    label: str
    value: str
    kind: str
    lines: tuple[int, ...]


def _field_at(text: str) -> tuple[str, str, str] | None:
    """(label, value, kind) when ``text`` (a stripped line) is a field line."""
    colon = text.find(":", 0, _MAX_LABEL)
    if colon <= 0:
        return None
    m = _FIELD.match(text)
    if m is None or m.end("label") > colon:
        return None
    kind = FIELD_LABELS[" ".join(m["label"].split()).casefold()]
    return m["label"], m["value"].strip(), kind


def find_fields(lines: Lines, text: str) -> list[FieldLine]:
    """The fields of ``lines`` (the lines of ``text``) that stand in blocks, in order.

    >>> from segmenter.lines import split_lines
    >>> text = "SECTION: A1\\nLENGTH: 90 words\\n"
    >>> [(f.label, f.value) for f in find_fields(split_lines(text), text)]
    [('SECTION', 'A1'), ('LENGTH', '90 words')]
    """
    texts, blanks = lines.texts, lines.blanks
    found = _field_lines(lines, text)
    for i in list(found):  # "Body" alone, right after a field: the body opens
        for j in range(i + 1, min(i + _NEAR, len(texts))):
            kind = FIELD_LABELS.get(texts[j].casefold())
            if kind == "body":
                found[j] = (texts[j], "", kind)
    at = sorted(found)
    blocked = {i for k, i in enumerate(at)
               if (k > 0 and i - at[k - 1] <= _NEAR) or (k + 1 < len(at)
                                                          and at[k + 1] - i <= _NEAR)}
    mail = _mail_headers(found, blocked)
    out: list[FieldLine] = []
    for i in sorted(blocked):
        label, value, kind = found[i]
        kind = _MAIL_KINDS.get(label.casefold(), kind) if i in mail else kind
        more = _wrapped(i, blocked, texts, blanks) if value and kind != "body" else []
        if more:
            value = " ".join([value, *(texts[j] for j in more)]).strip()
        out.append(FieldLine(label, value, kind, (i, *more)))
    return out


def _mail_headers(found: dict[int, tuple[str, str, str]], blocked: set[int]) -> set[int]:
    """The field lines of the blocks that are a message's headers: a "From:" and a
    "Subject:" line within a few lines of each other."""
    heads: set[int] = set()
    at = sorted(blocked)
    for i in at:
        if found[i][0].casefold() == "from":  # its neighbours, found by bisection
            near = at[bisect.bisect_left(at, i - 2 * _NEAR) : bisect.bisect_right(
                at, i + 2 * _NEAR)]
            if any(found[j][0].casefold() == "subject" for j in near):
                heads.update(near)
    return heads


def _field_lines(lines: Lines, text: str) -> dict[int, tuple[str, str, str]]:
    """Each field line of ``text``, by line index: found from the colons of the text (a
    few hundred in a megabyte of prose), each near the start of its line."""
    found: dict[int, tuple[str, str, str]] = {}
    starts, texts = lines.starts, lines.texts
    pos = text.find(":")
    while pos >= 0:
        if pos - text.rfind("\n", 0, pos) <= _MAX_LABEL + 8:
            i = bisect.bisect_right(starts, pos) - 1
            if i not in found and (f := _field_at(texts[i])) is not None:
                found[i] = f
        pos = text.find(":", pos + 1)
    return found


def _wrapped(i: int, blocked: set[int], texts: list[str], blanks: list[bool]) -> list[int]:
    """The line after field line ``i`` that carries on its value: one non-blank line
    before the next field line of the block, a blank line between them allowed (a
    value wraps once, not more)."""
    j = i + 1
    if j + 1 >= len(blanks) or blanks[j] or j in blocked or _LISTED.match(texts[j]):
        return []  # "2. Port plans": an entry of a list, not a value wrapped
    follows = j + 1 in blocked or (blanks[j + 1] and j + 2 in blocked)
    return [j] if follows else []
