"""Credits in the text: an article's first body lines -> the author line under its
standfirst; its last body lines -> the byline they give, a signature in capitals over
its place and date, or a source credit glued to the last sentence."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from ..grammar.bylines import ParsedByline, parse_byline
from ..grammar.credit import bracketed, may_open_with_credit, published_in
from ..grammar.dates import find_dates
from ..grammar.names import is_person, known_person, name_like, signature
from ..grammar.near_misses import near_miss
from ..grammar.sources import closing_source, may_be_source, source_credit
from ..lexicons import PLACES
from ..marking.content import Content
from ..model import Byline

__all__ = ["SIGN_OFF_DASHES", "closing_byline", "closing_credit", "dateless_credit",
           "known_author_line", "near_credits", "opening_byline", "opening_source",
           "sign_off"]

_OPENING_LINES = 3  # an author line under a standfirst: among the text's first lines
# ...or, with a credit word and standing alone (a sentence ends before it, a paragraph
# opens after it), under a page's head, a rubric, a title and a standfirst of a few lines
_OPENING_HEAD = 16
_MAX_OPENING = 80  # and short
_MAX_SIGNED_PLACE = 60  # the place and date line under a signature is short
_MAX_FILLER_LINES = 12  # after the signature's separator, a filler item this short
_CREDIT_LINES = 3  # a credit glued to the last sentence wraps over at most so many lines
SIGN_OFF_DASHES = ("—", "–", "--", "- ")  # a dash setting a credit off after the text
_SIGN_OFF_LEAD = "".join(dict.fromkeys("".join(SIGN_OFF_DASHES)))  # what lstrip takes off


def closing_byline(content: Content, body: list[int], *, signed: bool) -> Byline | None:
    """What the last lines of ``body`` credit: a signature (when ``signed`` ones are
    sought) or a source (glued to the last sentence, or on a line of its own); at the
    body's end, or before the separator that a short untitled filler item follows
    ("ALICE D. LE PLONGEON.", her place and date, a separator, then a paragraph on
    another subject)."""
    for end in (len(body), _before_filler(content, body)):
        part = body[:end]
        found = ((signed and _signature(content, part)) or closing_credit(content, part)
                 or _closing_source(content, part))
        if found:
            return found
    return None


def _closing_source(content: Content, body: list[int]) -> Byline | None:
    """The source credit on the last line of ``body``, a paragraph of its own after the
    text ("Reprinted from _The London Daily Express_ (Copyright).")."""
    if len(body) < 2 or not content.blank_before(body[-1]):
        return None
    t = content.texts[body[-1]]
    parsed = source_credit(t) if may_be_source(t) else None
    return _parsed_byline(content, body[-1], parsed) if parsed is not None else None


def sign_off(content: Content, body: list[int]) -> Byline | None:
    """The credit a dash sets off on the last line of ``body``, a paragraph of its own
    ("— Sofia Rossi, The Irish Times, 1 June 2021" after the last sentence): a byline
    naming authors, or an outlet and a date."""
    if len(body) < 2:
        return None
    p = body[-1]
    t = content.texts[p]
    if not t.startswith(SIGN_OFF_DASHES) or not (content.ends[body[-2]]
                                                 or content.blank_before(p)):
        return None
    parsed = parse_byline(t.lstrip(_SIGN_OFF_LEAD))
    if parsed is None or not (parsed.authors or (parsed.outlet and parsed.date)):
        return None
    return _parsed_byline(content, p, parsed)


def dateless_credit(content: Content, body: list[int]) -> Byline | None:
    """A credit without a date on the first line of ``body``, a paragraph of its own:
    a known person and the outlet they wrote for ("Ana Costa, Le Monde", "SIDNEY LOW, in
    The London Times."). Only two fields, the first a person whose given name is known
    (or any person's name, "in" an outlet after it), the second a name that is no place
    and no known person: a missing outlet beats a wrong one."""
    if len(body) < 2:
        return None
    p = body[0]
    t = content.texts[p]
    if len(t) > _MAX_OPENING or t.count(",") != 1 or not content.blank_before(body[1]):
        return None  # too long to be a credit, or opening a paragraph of text
    person, outlet = (part.strip(" .") for part in t.split(","))
    linked = published_in(outlet)  # "SIDNEY LOW, in The London Times."
    if content.ends[p] and linked is None:
        return None  # a sentence
    outlet = linked or outlet
    if not ((known_person(person) or linked) and is_person(person) and name_like(outlet)
            and not known_person(outlet) and outlet.casefold() not in PLACES):
        return None
    return attrs.evolve(_line_byline(content, p, (person,)), outlet=outlet)


def opening_source(content: Content, body: list[int], *,
                   bylined: bool) -> tuple[int, Byline] | None:
    """The source credit among the first lines of ``body``, a paragraph of its own
    ("[From The London Times, March 3, 1915.]" under the byline or a standfirst), and
    the outlet, date and place it gives; under a byline (``bylined``), "From the Revue
    des Deux Mondes." credits too, without brackets, date or a publication's word."""
    for k, p in enumerate(body[:_OPENING_LINES]):
        t = content.texts[p]
        if (len(t) > _MAX_OPENING or not may_be_source(t)  # the test before the call
                or not (k == 0 or content.blank_before(p))):
            continue
        if k + 1 < len(body) and not content.blank_before(body[k + 1]):
            continue  # the line opens a paragraph of text
        parsed = source_credit(t, loose=bylined)
        if parsed is not None:
            return p, _parsed_byline(content, p, parsed)
    return None


def opening_byline(content: Content, body: list[int]) -> Byline | None:
    """The authors an author line among the first lines of ``body`` names, when it opens
    with a credit word ("By Ana Costa, Harbour City", "Von Stefan Locke, Dresden" under
    a standfirst); the place or outlet after the names is not read (no date says which).
    A credit to a role at a publication names that outlet ("[By the Correspondent of
    The London Times.]")."""
    for p, t in _opening_lines(content, body, _OPENING_HEAD, credited=True):
        if may_open_with_credit(t.lstrip("[(")) and (  # the cheap test first: most open
                p in body[:_OPENING_LINES] or _alone(content, p)):  # with none
            parsed = parse_byline(t)
            if parsed is not None and parsed.has_by and parsed.authors:
                return _line_byline(content, p, parsed.authors)
            if parsed is not None and parsed.has_by and parsed.outlet:
                return _parsed_byline(content, p, parsed)  # "[By the Correspondent of X.]"
    return None


def _alone(content: Content, p: int) -> bool:
    """Content line ``p`` stands alone: the line before ends a sentence, the line after
    opens one."""
    texts = content.texts
    return (0 < p < len(texts) - 1 and content.ends[p - 1] and not content.lower[p + 1]
            and texts[p + 1][:1].isalpha())


def known_author_line(content: Content, body: list[int],
                      known: frozenset[str]) -> Byline | None:
    """An author line without a credit word among the first lines of ``body`` ("Ana
    Costa, Harbour City" under a standfirst), naming one of the ``known`` authors (those
    the window's other articles credit): the name alone, or with a place after it."""
    for p, t in _opening_lines(content, body):
        name, _, place = t.partition(",")
        if name.strip() in known and "," not in place:
            return _line_byline(content, p, (name.strip(),))
    return None


def _opening_lines(content: Content, body: list[int], first: int = _OPENING_LINES, *,
                   credited: bool = False) -> Iterator[tuple[int, str]]:
    """The ``first`` lines of ``body`` short enough to be an author line and ending no
    sentence (or in brackets whole, "[By ...]"; or, ``credited``, opening with a credit
    word: "BY JAMES MASON."), with their texts."""
    texts, ends = content.texts, content.ends
    for p in body[:first]:
        t = texts[p]
        if len(t) <= _MAX_OPENING and (not ends[p] or bracketed(t) is not None
                                       or (credited and may_open_with_credit(t))):
            yield p, texts[p]


def _line_byline(content: Content, p: int, authors: tuple[str, ...]) -> Byline:
    """A byline of ``authors`` made of content line ``p``, its text and span."""
    lines, i = content.lines, content.index[p]
    return Byline(content.texts[p], content.span(lines.text_start(i), lines.text_end(i)),
                  authors)


def _parsed_byline(content: Content, p: int, parsed: ParsedByline) -> Byline:
    """The byline content line ``p`` gives, ``parsed``."""
    return attrs.evolve(_line_byline(content, p, parsed.authors), outlet=parsed.outlet,
                        date=parsed.date, place=parsed.place, via=parsed.via,
                        page=parsed.page, length=parsed.length,
                        translators=parsed.translators)


def _before_filler(content: Content, body: list[int]) -> int:
    """Where a short filler item after a separator starts among the last lines of
    ``body``: the one separator there (0 when there is none, or more than one)."""
    index = content.index
    first = max(1, len(body) - _MAX_FILLER_LINES)
    # asked only where lines are set apart by more than a blank line: a separator's
    # blank lines and its row stand there, and the window's marks are many
    tail = [k for k in range(first, len(body)) if index[body[k]] - index[body[k - 1]] > 2
            and content.separator_before(body[k])]
    return tail[0] if len(tail) == 1 else 0


def _signature(content: Content, body: list[int]) -> Byline | None:
    texts = content.texts
    if not body or not any(texts[p].isupper() for p in body[-2:]):
        return None  # a signature is in capitals
    last = body[-1]
    if len(body) > 1 and find_dates(texts[last]) and len(texts[last]) <= _MAX_SIGNED_PLACE:
        last = body[-2]  # "Port Ellen, June 2, 1884." under the signature
    name = signature(texts[last])
    return _line_byline(content, last, (name,)) if name is not None else None


def closing_credit(content: Content, body: list[int]) -> Byline | None:
    """The source a piece credits after its last sentence (``closing_source``: "--_La
    Nature._"), read in the last lines of its last paragraph."""
    last = body[-_CREDIT_LINES:]
    if not last:
        return None
    texts, index = content.texts, content.index
    if not any("--" in texts[p] or "—" in texts[p] or "–" in texts[p] for p in last):
        return None  # the test before the pattern: no dash sets a credit off
    while len(last) > 1 and index[last[0]] + len(last) - 1 != index[last[-1]]:
        last = last[1:]  # only the lines of the last paragraph
    lines = content.lines
    begin = lines.text_start(index[last[0]])
    text = content.text[begin : lines.text_end(index[last[-1]])]
    found = closing_source(text)
    if found is None:
        return None
    span = content.span(begin + found.start, begin + found.end)
    return Byline(found.raw, span, (found.author,) if found.author else (), found.outlet)


def near_credits(content: Content, body: list[int],
                 byline: Byline | None) -> tuple[tuple[int, str], ...]:
    """The lines of ``body`` standing where a credit does (the first and the last, each a
    paragraph of its own) that look like a credit but read as none, each with why
    (``grammar.near_misses``), for an article without a ``byline``: a credit refused is
    said, not left silently in the text."""
    if byline is not None or not body:
        return ()
    out: list[tuple[int, str]] = []
    for p in dict.fromkeys(body[:1] + body[-1:]):
        alone = ((p == body[0] or content.blank_before(p))
                 and (p == body[-1] or content.blank_before(p + 1)))
        if alone and (why := near_miss(content.texts[p])) is not None:
            out.append((p, why))
    return tuple(out)
