"""Heads: the content lines that open a document of an export after its counter -> the
document's byline (its publication, date and edition lines) and its title.

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

from .bylines import ParsedByline
from .content import Content
from .dates import parse_date_line
from .shapes import MAX_TITLE_LINES, title_like
from .starts import Context, Start
from .text import COPYRIGHT_LINE

__all__ = ["counted_start"]

_HEAD_BLOCK = 6  # a head's block of lines without a blank (copyright, outlet, date, edition)
_HEAD_LINE = 80  # each of its lines is short
_HEAD_REACH = 16  # a head up to a field line reaches at most this many lines
_TITLE_LINE = 200  # a line of a head's title is at most this long


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


def _titles(c: Content, para: list[int]) -> bool:
    """Whether the lines ``para`` can title a document: a few, the first opening as a
    title does."""
    first = c.texts[para[0]]
    return len(para) <= MAX_TITLE_LINES and (
        title_like(first) or title_like(first.rstrip(";:,") or first))
