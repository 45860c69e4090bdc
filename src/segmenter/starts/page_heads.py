"""Page heads: a window's starts in order -> the starts where a credit printed at the head
of a page (outlet, section, date, without an author) is the head of the titled start
under it, and where it repeats, on a page the article runs on to, the credit of the
article it continues.

An archive prints each article on pages of its own, every page under the same head
("Harbour Times CITY Friday, 5 May 2023"). The byline rule reads that head as a credit,
and a credit with no title over it opens an article of its own at a page's top: the
article's first page then gave a tiny article (the head) before the titled one, and
each page it runs on to a new one. Here the head goes with the title under it, and a
head repeating the credit of the article before, with no title under it, starts
nothing (the assembly takes it out of the body as the page's running head).
"""

from __future__ import annotations

from ..grammar.bylines import ParsedByline
from ..marking.content import Content
from .rules import Refusal, Start

__all__ = ["page_heads"]

# Between a page's head and the title under it: at most so many lines (the edition and
# page, the article's address, a rubric, a place), each short and ending no sentence.
_MAX_BETWEEN = 6
_MAX_BETWEEN_CHARS = 80
_MAX_SIGN_OFF = 30  # a line this short may close an article: its signature, a source
_REPEATED = "a page's head repeating the credit of the article it continues"


def page_heads(c: Content, starts: list[Start], refused: list[Refusal]) -> list[Start]:
    """``starts`` (in order), each page head over a titled start folded into it, each
    repeating the credit of the article before it and titling nothing dropped (and
    ``refused``)."""
    out: list[Start] = []
    k = 0
    while k < len(starts):
        st = starts[k]
        nxt = starts[k + 1] if k + 1 < len(starts) else None
        k += 1
        if not _credit_only(st):
            out.append(st)
        elif nxt is not None and nxt.title and _over(c, st, nxt):
            out.append(_folded(c, st, nxt))
            k += 1
        elif _repeats(c, st, out):
            refused.append(Refusal(st.first, st.rule, _REPEATED))
        else:
            out.append(st)
    return out


def _credit_only(st: Start) -> bool:
    """A byline start of a credit without an author and without a title."""
    p = st.parsed
    return (st.rule == "byline" and not st.title and p is not None and not p.authors
            and bool(p.outlet or p.date))


def _repeats(c: Content, head: Start, before: list[Start]) -> bool:
    """The credit ``head`` repeats the credit of the last of the starts ``before`` it,
    and the text it interrupts runs on over it: the line before ends no sentence and is
    no short line (a signature, an agency's initials closing the article)."""
    last = before[-1] if before else None
    if last is None or not last.byline or c.texts[head.byline[0]] != c.texts[last.byline[0]]:
        return False
    p = head.first - 1
    return p > last.head_end and not c.ends[p] and len(c.texts[p]) > _MAX_SIGN_OFF


def _over(c: Content, head: Start, titled: Start) -> bool:
    """The credit ``head`` stands over ``titled``'s head: the few lines between them
    are short and end no sentence."""
    between = range(head.head_end + 1, titled.first)
    return len(between) <= _MAX_BETWEEN and all(
        len(c.texts[p]) <= _MAX_BETWEEN_CHARS and not c.ends[p] for p in between)


def _folded(c: Content, head: Start, titled: Start) -> Start:
    """``titled`` headed by the credit ``head``: the credit's lines and those between
    go to its byline; its outlet, date and place where ``titled``'s own byline has none,
    the authors from that byline."""
    assert head.parsed is not None
    parsed = (titled.parsed or ParsedByline()).filled(head.parsed)  # a head names no one
    lines = (*range(head.first, titled.first), *titled.byline)
    line = c.first_line + c.index[head.first] + 1
    return Start(titled.title, lines, parsed, titled.rule,
                 f"{titled.evidence}; under the page's head on line {line}")
