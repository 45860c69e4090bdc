"""Heads: the content lines that open a document of an export after its counter, or an
article after its numbered heading -> its byline (publication, date, edition, author
lines) and its title.

Exports print a document's head in one of two ways, and both are read here by where the
date line stands rather than by vendor. In a block of short lines with no blank between
them (a copyright line, the publication, the date with its weekday, an edition) the
publication is the line above the date and the title comes from a labelled field
(``HEADLINE:``). When the head runs on, blank lines between, up to the document's first
field line (the text of an HTML export: publication, date, then the headline, then
``BYLINE:`` and ``SECTION:``), the paragraph after the date's block is the title; a
title may wrap over a few lines.
"""

from __future__ import annotations

import bisect
import datetime as dt

from ..grammar.bylines import ParsedByline, parse_byline
from ..grammar.dates import parse_date_line
from ..lexicons import ARTICLES, CONJUNCTIONS, OUTLET_CREDITS
from ..marking.content import Content
from ..text import COPYRIGHT_LINE
from .rules import Context, Start
from .shapes import MAX_TITLE_LINES, title_like

__all__ = ["counted_start", "numbered_start"]

_HEAD_BLOCK = 6  # a head's block of lines without a blank (copyright, outlet, date, edition)
_HEAD_LINE = 80  # each of its lines is short
_HEAD_REACH = 16  # a head up to a field line reaches at most this many lines
_TITLE_LINE = 200  # a line of a head's title is at most this long
_NUMBERED_HEAD = 16  # a numbered article's head: at most this many lines after its number
_MAX_OUTLET_WORDS = 6  # a publication's name after a credit phrase
_MAX_NAME_WORDS = 4  # a name on an author line in capitals


def counted_start(ctx: Context, k: int, evidence: str) -> Start:
    """The start of the document at content line ``k``, right after its counter: its
    head's byline lines and title when the head holds a date line alone, else the line
    at ``k`` as its title when it reads as one."""
    c = ctx.content
    head = _head(ctx, k)
    paras = _paragraphs(c, head) if head else [_block(c, k)]
    for n, para in enumerate(paras):
        dated = _dated(c, para)
        if dated is None:
            continue
        lines = [p for q in paras[: n + 1] for p in q]
        named = [p for p in lines if p < dated[0] and not COPYRIGHT_LINE.match(c.texts[p])]
        if not named:
            break
        title = paras[n + 1] if n + 1 < len(paras) and _titles(c, paras[n + 1]) else []
        parsed = ParsedByline(outlet=c.texts[named[-1]], date=dated[1])
        return Start(tuple(title), tuple(lines), parsed, "counter",
                     evidence + "; publication and date lines", k)
    return Start((k,) if title_like(c.texts[k]) else (), (), None, "counter", evidence, k)


def _dated(c: Content, para: list[int]) -> tuple[int, dt.date] | None:
    """The first line of ``para`` that is a short date line, and its date."""
    return next(((p, d) for p in para if len(c.texts[p]) <= _HEAD_LINE
                 and (d := parse_date_line(c.texts[p])) is not None), None)


def _head(ctx: Context, k: int) -> list[int]:
    """The content lines from ``k`` up to the document's first field line, when one
    stands within reach and no longer line comes between; else none."""
    c, fields = ctx.content, ctx.fields
    line = c.index[k]
    f = bisect.bisect_left(fields, line)
    if f == len(fields) or fields[f] - line > _HEAD_REACH:
        return []
    head = []
    for p in range(k, len(c.index)):
        if c.index[p] > fields[f]:
            break
        if len(c.texts[p]) > _TITLE_LINE:
            return []
        head.append(p)
    return head


def _block(c: Content, k: int) -> list[int]:
    """The lines from ``k`` on that follow one another, no blank or artifact between."""
    block = [k]
    while (block[-1] + 1 < len(c.index) and len(block) < _HEAD_BLOCK
           and c.index[block[-1] + 1] == c.index[block[-1]] + 1):
        block.append(block[-1] + 1)
    return block


def _paragraphs(c: Content, head: list[int]) -> list[list[int]]:
    """``head`` cut into runs of lines that follow one another."""
    paras: list[list[int]] = []
    for p in head:
        if paras and c.index[p] == c.index[paras[-1][-1]] + 1:
            paras[-1].append(p)
        else:
            paras.append([p])
    return paras


def _titles(c: Content, para: list[int], *, continued: bool = False) -> bool:
    """Whether the lines ``para`` can title a document: a few, the first opening as a
    title does (or, ``continued``, carrying on a title above it)."""
    first = c.texts[para[0]]
    return len(para) <= MAX_TITLE_LINES and (
        title_like(first, continuation=continued)
        or title_like(first.rstrip(";:,") or first, continuation=continued))


def numbered_start(ctx: Context, p: int, evidence: str, until: int) -> Start:
    """The start of the article whose numbered heading is content line ``p`` (the next
    article's at ``until``): the heading and the title paragraphs after it ("General
    Introduction", a wrapped subtitle in brackets) are its title; the credit lines after
    them, each a paragraph of its own, its byline: a publication line ("For the
    Independent Journal.", "From the New York Packet. Friday, February 1, 1788."), a
    date line, an author line in capitals ("HAMILTON AND MADISON"). The text starts at
    the first paragraph that is neither."""
    c = ctx.content
    paras = _paragraphs(c, list(range(p + 1, min(until, p + 1 + _NUMBERED_HEAD))))
    title, byline = [p], []
    found = ParsedByline()
    for para in paras:
        credit = _credit(c.texts[para[0]]) if len(para) == 1 else None
        if credit is not None:
            byline.append(para[0])
            found = found.filled(credit)
        elif byline or len(para) > MAX_TITLE_LINES or not _titles(c, para,
                                                                   continued=len(title) > 1):
            break
        else:
            title.extend(para)
    if not byline:
        title = title[:1] + (paras[0] if paras and title[1:] else [])
        return Start(tuple(title), (), None, "numbered", evidence)
    return Start(tuple(title), tuple(byline), found, "numbered",
                 evidence + "; its credit lines")


def _credit(text: str) -> ParsedByline | None:
    """What a credit line of a numbered article's head gives: a publication (and date),
    a date, or authors in capitals; None for any other line."""
    if len(text) > _HEAD_LINE:
        return None
    parsed = parse_byline(text)
    if parsed is not None and (parsed.outlet or parsed.date) and not parsed.authors:
        return parsed
    outlet = _outlet_line(text)
    if outlet is not None:
        return ParsedByline(outlet=outlet)
    people = _people_in_capitals(text)
    return ParsedByline(authors=people) if people else None


def _outlet_line(text: str) -> str | None:
    """The publication a line names after a credit phrase ("For the Independent
    Journal." -> "Independent Journal")."""
    words = text.rstrip(".").split()
    for n in (3, 2, 1):
        if " ".join(words[:n]).casefold() in OUTLET_CREDITS and len(words) > n:
            rest = words[n:]
            if rest[0].casefold() in ARTICLES and len(rest) > 1:
                rest = rest[1:]
            if rest[0][:1].isupper() and len(rest) <= _MAX_OUTLET_WORDS:
                return " ".join(rest)
    return None


def _people_in_capitals(text: str) -> tuple[str, ...]:
    """The names of an author line in capitals ("HAMILTON", "HAMILTON AND MADISON",
    "HAMILTON OR MADISON": both, the attribution in doubt)."""
    t = text.rstrip(".")
    if not t.isupper() or any(ch.isdigit() for ch in t):
        return ()
    names: list[str] = []
    name: list[str] = []
    for w in t.replace(",", " , ").split():
        if w == "," or w.casefold() in CONJUNCTIONS:
            names.append(" ".join(name))
            name = []
        else:
            name.append(w)
    names.append(" ".join(name))
    names = [n for n in names if n]
    if not names or any(len(n.split()) > _MAX_NAME_WORDS for n in names):
        return ()
    return tuple(names)

