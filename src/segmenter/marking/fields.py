"""Fields: a window's lines -> the labelled metadata fields that exports print around
their articles ("HEADLINE: ...", "BYLINE: ...", "LENGTH: 886 words", "Publication title:
..."), each with its label, value, kind and lines.

A field line opens with a label of lexicons/field_labels.txt and a colon. One such line
alone proves little ("Source: the ministry" may open a sentence); a field stands in a
*block*, next to another field line (blank lines between allowed). The lines right
after a field line, up to the next field line of its block, carry on its value (a
wrapped BYLINE, a long SUBJECT list). In a message's headers ("From:" and "Subject:"
together, as mail digests print them) the subject titles the message and the sender is
its author. A label of kind ``body`` on a line of its own ("BODY:", "Body") opens the body and is a
field line too; the lines after it are the body. Before text on its line ("Full text: For
politicians..."), only the label is a field: the text is the body's first line.

A known label that stands alone, outside any block, is a field when the export prints it
so in three documents or more, each time with a short value ("Load-Date: May 3, 2002"
after each body).

A label the lexicon lacks is learned from the dump itself: one that stands, in three
documents or more, inside the field blocks of known labels (a known field line before it
and after it: "Publication year:" in a ProQuest export) or at their edge with the same
value each time ("ZEITUNGS-CODE: spox") is a field wherever it stands next to a known
one. A label at a block's edge whose value changes ("Full text:" opening a body, "Q:"
opening an interview) is never learned: it may be text.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection

import attrs
import regex

from ..lexicons import FIELD_LABELS
from ..lines import Lines
from ..text import ends_sentence, literal_alternation

__all__ = ["FieldLine", "body_labels", "field_warnings", "find_fields"]

_MAX_LABEL = 40  # a label and its colon stand within a line's first characters
# In a message's headers the subject is its title and the sender its author.
_MAIL_KINDS = {"subject": "title", "from": "byline"}
_NEAR = 4  # field lines of one block stand at most this many lines apart
_MAX_WRAP = 150  # a field's value wraps over at most this many lines after its own (a
# GRAPHIC field of forty captions)
_CREDIT_LINES = 2  # a picture's credit under its caption: at most this many lines
_MIN_CAPTION = 2  # a value of captions runs over this many lines at least before one ends
_WRAPPED = 60  # a line of a field's value this long may have wrapped onto the next
# A numbered entry of a list ("2. Port plans"). Bound: capped digits, then literals.
_LISTED = regex.compile(r"\d{1,4}[.)]\s")
# A label the lexicon may lack: one to four words of letters (hyphens inside), the first
# capitalised ("Publication year", "Language of publication", "ZEITUNGS-CODE").
# Bound: fullmatch of at most four capped letter runs, each after a capped space run.
_LABEL_SHAPE = regex.compile(r"\p{Lu}[\p{L}\-]{0,24}(?:\s{1,3}[\p{L}\-]{1,24}){0,3}")
_MIN_LEARNED = 3  # a label is learned once it stands among known fields this many times
_SHORT_VALUE = 40  # a field printed alone in every document has a value this short
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
    # where the body's text starts on the line after an inline body label ("Full text:
    # For politicians..."): only the label is the field; 0 when it takes its whole lines
    text_at: int = 0
    learned: bool = False  # its label is none of the lexicon's: the dump taught it


def body_labels(fields: list[FieldLine]) -> dict[int, int]:
    """Where the text goes on after each inline body label among ``fields``, by line."""
    return {f.lines[0]: f.text_at for f in fields if f.text_at}


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
    found, others = _field_lines(lines, text)
    # the lines shaped like a label the lexicon lacks, where an export's fields stand
    # (a dump without them pays no pattern for its colon lines)
    labelled = _label_shaped(others, texts) if len(found) >= _MIN_LEARNED else {}
    apart = _after_blank(labelled, blanks)
    learned = _learned(found, labelled, apart, lines)
    found |= learned
    found |= _bodies_alone(found, texts)
    # a value wraps up to the next field, or to a label the lexicon lacks after a blank
    # line ("PUB-SUBJECT:" after a long SUBJECT list; inside a value, "PHOTOGRAPHER:"
    # carries a GRAPHIC field on)
    blocked = _blocked(found, found.keys() | apart, texts, blanks)
    blocked |= _recurring(found, blocked)
    mail = _mail_headers(found, blocked)
    ends = blocked | (apart - found.keys())
    out: list[FieldLine] = []
    for i in sorted(blocked):
        label, value, kind = found[i]
        kind = _MAIL_KINDS.get(label.casefold(), kind) if i in mail else kind
        if kind == "body":  # the body opens: on the next line, or after the label
            at = len(texts[i]) - len(value) if value else 0
            out.append(FieldLine(label, "", kind, (i,), text_at=at))
            continue
        more = (_wrapped(i, ends, texts, blanks) if value
                else _value_below(i, blocked, texts, blanks))
        if more:
            value = " ".join([value, *(texts[j] for j in more)]).strip()
        out.append(FieldLine(label, value, kind, (i, *more), learned=i in learned))
    return out


def field_warnings(fields: list[FieldLine]) -> list[str]:
    """A warning for each label the lexicon lacks among ``fields``: the dump taught it,
    and a reader may want to know an export printed something new."""
    labels = dict.fromkeys(" ".join(f.label.split()) for f in fields if f.learned)
    return [f"learned a field label the word lists lack: {label!r}" for label in labels]


def _label_shaped(others: Collection[int], texts: list[str]) -> dict[int, tuple[str, str]]:
    """The lines among ``others`` shaped like a label and its value, by line."""
    return {i: shaped for i in others if (shaped := _shaped(texts[i])) is not None}


def _after_blank(at: Collection[int], blanks: list[bool]) -> set[int]:
    """The lines of ``at`` that a blank line stands before."""
    return {i for i in at if i > 0 and blanks[i - 1]}


def _bodies_alone(found: dict[int, tuple[str, str, str]], texts: list[str]
                  ) -> dict[int, tuple[str, str, str]]:
    """"Body" alone on its line up to four lines after a field: the body opens."""
    out = {}
    for i in found:
        for j in range(i + 1, min(i + _NEAR + 1, len(texts))):
            if FIELD_LABELS.get(texts[j].casefold()) == "body":
                out[j] = (texts[j], "", "body")
    return out


def _blocked(found: dict[int, tuple[str, str, str]], stops: Collection[int],
             texts: list[str], blanks: list[bool]) -> set[int]:
    """The field lines of ``found`` that stand in a block: a few lines at most from the
    end of the value of the field line before (wrapped up to one of the ``stops``), or
    from the next field line."""
    at = sorted(found)
    ends = [(_wrapped(i, stops, texts, blanks) or [i])[-1] for i in at]
    return {i for k, i in enumerate(at)
            if (k > 0 and i - ends[k - 1] <= _NEAR)
            or (k + 1 < len(at) and at[k + 1] - ends[k] <= _NEAR)}


def _recurring(found: dict[int, tuple[str, str, str]], blocked: set[int]) -> set[int]:
    """The known field lines outside blocks that an export prints alone in every
    document ("Load-Date: May 3, 2002" between the body and the document's end): a label
    standing alone at least ``_MIN_LEARNED`` times, each time with a short value (in
    prose, "Source:" opens a sentence)."""
    alone: dict[str, list[int]] = {}
    for i, (label, _, kind) in found.items():
        if i not in blocked and kind != "body":
            alone.setdefault(label.casefold(), []).append(i)
    return {i for at in alone.values() if len(at) >= _MIN_LEARNED
            and all(len(found[i][1]) <= _SHORT_VALUE for i in at) for i in at}


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


def _field_lines(lines: Lines, text: str) -> tuple[dict[int, tuple[str, str, str]], set[int]]:
    """Each field line of ``text``, by line index, and the other lines with a colon near
    their start (a label the lexicon lacks, perhaps): found from the colons of the text
    (a few hundred in a megabyte of prose)."""
    found: dict[int, tuple[str, str, str]] = {}
    others: set[int] = set()
    starts, texts = lines.starts, lines.texts
    pos = text.find(":")
    while pos >= 0:
        if pos - text.rfind("\n", 0, pos) <= _MAX_LABEL + 8:
            i = bisect.bisect_right(starts, pos) - 1
            if i not in found and (f := _field_at(texts[i])) is not None:
                found[i] = f
            elif i not in found:
                others.add(i)
        pos = text.find(":", pos + 1)
    return found, others


def _shaped(text: str) -> tuple[str, str] | None:
    """(label, value) when ``text`` opens with a label of a few words and a colon, not a
    web address's scheme ("https://")."""
    colon = text.find(":", 0, _MAX_LABEL)
    if colon <= 0 or text[colon + 1 : colon + 2] == "/":
        return None
    label = text[:colon].rstrip()
    return (label, text[colon + 1 :].strip()) if _LABEL_SHAPE.fullmatch(label) else None


def _learned(found: dict[int, tuple[str, str, str]], unknown: dict[int, tuple[str, str]],
             apart: set[int], lines: Lines) -> dict[int, tuple[str, str, str]]:
    """The field lines the dump itself teaches: a label the lexicon lacks that stands
    next to the field blocks of known labels (one that is no body label a few lines
    away) at least ``_MIN_LEARNED`` times, as an export prints it in every document,
    inside a block (a known field before it and after it): its lines next to a known
    field are fields of kind ``other``; so is a line set apart between two known field
    lines, the first time. At a block's edge only the same label and value
    three times is learned, those lines alone ("ZEITUNGS-CODE: spox" closing each
    document); a label there whose value changes ("Full text:" opening a body, "Q:"
    opening an interview) stays text. ``unknown``: the lines shaped like a label (label,
    value), by line, ``apart`` those after a blank line; a known field is near them from
    its label to its value's end."""
    known = [i for i, f in found.items() if f[2] != "body"]
    if len(known) < _MIN_LEARNED or not unknown:
        return {}  # no export's field blocks: nothing to learn from (most texts)
    stops, texts, blanks = found.keys() | apart, lines.texts, lines.blanks
    near = sorted({k for i in known for k in (i, *_wrapped(i, stops, texts, blanks))})
    inside, beside, values, sandwiched = _placed(near, unknown)
    recurring = [at for name, at in beside.items() if inside.get(name, 0) >= _MIN_LEARNED]
    # the same line by the fields of three documents: metadata
    repeated = [at for (_, value), at in values.items() if value and len(at) >= _MIN_LEARNED]
    learned = set(sandwiched).union(*recurring, *repeated)
    return {i: (*unknown[i], "other") for i in sorted(learned)}


_Placed = tuple[dict[str, int], dict[str, list[int]], dict[tuple[str, str], list[int]],
                list[int]]


def _placed(near: list[int], unknown: dict[int, tuple[str, str]]) -> _Placed:
    """Of the label-shaped lines ``unknown`` that stand a few lines from a known field
    line (``near``, in order): how often each label stands inside a block (a known line
    before it and after), the lines of each label, the lines of each label and value,
    the lines set apart between two known field lines."""
    inside: dict[str, int] = {}
    beside: dict[str, list[int]] = {}
    values: dict[tuple[str, str], list[int]] = {}
    sandwiched: list[int] = []
    for i, (label, value) in unknown.items():
        k = bisect.bisect_left(near, i)  # the first known field after it
        before = k > 0 and near[k - 1] >= i - _NEAR
        after = k < len(near) and near[k] <= i + _NEAR
        if not before and not after:
            continue  # no known field near it
        name = " ".join(label.split()).casefold()
        beside.setdefault(name, []).append(i)
        inside[name] = inside.get(name, 0) + (before and after)
        values.setdefault((name, " ".join(value.split()).casefold()), []).append(i)
        if before and after and near[k - 1] != i - 1 and near[k] != i + 1:
            sandwiched.append(i)  # a field block's line, set apart as its fields are
    return inside, beside, values, sandwiched


def _value_below(i: int, fields: Collection[int], texts: list[str],
                 blanks: list[bool]) -> list[int]:
    """The line that gives the value of label ``i`` printed alone ("CORRECTION:", a blank
    line, the correction): the next line, a blank before it allowed, when one of the
    ``fields`` lines follows it (a blank between allowed)."""
    j = i + 1 if i + 1 < len(blanks) and not blanks[i + 1] else i + 2
    if j >= len(blanks) or blanks[j] or j in fields:
        return []
    return [j] if _field_next(j + 1, fields, blanks) else []


def _wrapped(i: int, fields: Collection[int], texts: list[str],
             blanks: list[bool]) -> list[int]:
    """The lines after field line ``i`` that carry on its value, up to the next of the
    ``fields`` lines (a blank line before it allowed): the line right after it, and
    more while the line before ran to the wrap width (a long SUBJECT list) or ended in a
    separator (a HEADLINE's parts: "A BOND WITH THE COMMUNITY;"); past a sentence
    ended on a short line, on to where its captions end (``_captions_end``). A list's
    first entry ("2. Port plans") carries on nothing."""
    run: list[int] = []
    j = i + 1
    while (j < len(blanks) and not blanks[j] and j not in fields and len(run) < _MAX_WRAP
           and (not run or len(texts[j - 1]) >= _WRAPPED or texts[j - 1][-1] in ";,")):
        if not run and _LISTED.match(texts[j]):
            return []
        run.append(j)
        j += 1
    if run and not _field_next(j, fields, blanks):
        more = _captions_end(j, fields, texts, blanks,
                             len(run) >= _MIN_CAPTION and ends_sentence(texts[j - 1]))
        run += range(j, more)
        j = more
    return run if run and _field_next(j, fields, blanks) else []


def _captions_end(j: int, fields: Collection[int], texts: list[str], blanks: list[bool],
                  credited: bool) -> int:
    """Where a value of paragraphs set close ends (a GRAPHIC field's captions, each
    ending a sentence on a short line) that stopped at line ``j``: at the blank line
    before the next field, or, where no blank line sets paragraphs apart, at the field
    after a credit line or two when the value so far is ``credited`` (a caption's
    sentence ended); ``j`` when neither follows."""
    more = j
    while (more < len(blanks) and not blanks[more] and more not in fields
           and more - j < _MAX_WRAP and not _LISTED.match(texts[more])):
        more += 1
    if more < len(blanks) and ((blanks[more] and _field_next(more, fields, blanks))
                               or (credited and more in fields
                                   and more - j <= _CREDIT_LINES)):
        return more
    return j


def _field_next(j: int, fields: Collection[int], blanks: list[bool]) -> bool:
    """One of the ``fields`` lines stands at line ``j``, or right after it when ``j`` is
    blank."""
    return j in fields or (j + 1 < len(blanks) and blanks[j] and j + 1 in fields)
