"""Assembly: one article start and the content lines after it -> an ``Article`` (title,
parsed byline, re-flowed body, dateline, stray URLs, pages, span)."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from ..grammar.bylines import ParsedByline, parse_byline
from ..grammar.credit import field_authors, leading_people, sender
from ..grammar.dates import NumericOrder, find_dates, parse_date
from ..grammar.names import name_like
from ..marking.artifacts import Mark
from ..marking.boilerplate import boilerplate_block
from ..marking.content import Content
from ..marking.fields import FieldLine
from ..model import Article, Byline, Field, Span
from ..starts.layout import Layout, body_layout
from ..starts.rules import Start
from ..text import COPYRIGHT_LINE, FOOTNOTE_ANCHOR, URL_RE, is_url_line, may_hold_url
from .backmatter import adverts_at
from .credits import (
    SIGN_OFF_DASHES,
    closing_byline,
    dateless_credit,
    known_author_line,
    near_credits,
    opening_byline,
    opening_source,
    sign_off,
)
from .reflow import find_headings, join_lines, paragraphs
from .repeated_heads import without_page_heads

__all__ = ["Assembled", "assemble", "with_known_authors"]

# A dateline opening a body: a place in capitals, an optional "(Agency)", then a dash.
# Bound: used with match at the start of a paragraph; every repeat is capped (40, 40,
# 30 characters), so one attempt costs at most a few thousand steps.
_DATELINE = regex.compile(
    r"(?P<dl>\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}\p{Lu}(?:,\s{0,3}[\p{L}\p{M}'’.\- ]{2,40}?)?"
    r"(?:\s{0,3}\([^()]{1,30}\))?)\s{0,3}[–—-]{1,2}\s"
)
_MIN_DATELINE_WORD = 3  # a dateline's place holds a word of capitals at least this long
_LINK_LIST = Mark("boilerplate", "a closing block of boilerplate ends the article (a list "
                   "of links, a digest's end line)")
_TRAILER = Mark("boilerplate", "copyright lines close the export's document")
_ADVERTS = Mark("boilerplate", "adverts, under their heading")
_TRAILER_LINES = 3  # an export's copyright trailer: at most this many lines
_TRAILER_LINE = 100  # each of them short
_URL_TRAIL = ".,;:)]”’\"'"  # punctuation after a URL in prose, not part of it


@attrs.frozen(eq=False)
class Assembled:
    """An article, and what its lines turned out to be: body lines (content positions,
    the lines closing it left out), sub-headings among them, and the closing lines that
    are boilerplate (a list of links, an export's copyright trailer) with why (line
    index -> mark)."""

    article: Article
    body: list[int]
    headings: set[int]
    closing: dict[int, Mark] = attrs.field(factory=dict)
    # the content positions of the credits read from the text that left it for the
    # byline (after the text, set off by a dash; alone under the title, without a date;
    # a source credit under the head)
    signed: tuple[int, ...] = ()
    # lines where a credit stands that look like one but read as none, each with why
    near: tuple[tuple[int, str], ...] = ()


def assemble(content: Content, layout: Layout, start: Start, body: list[int],
             keep: Callable[[str, str], bool], order: NumericOrder,
             fields: Sequence[FieldLine] = (), until: int | None = None, *,
             surnames_first: bool = False) -> Assembled:
    """The article that ``start`` opens, with ``body`` (consecutive content positions
    after its head); ``keep`` decides line-end hyphens, ``order`` reads a byline's date
    such as "03/05/2012" the way the text's other numeric dates are written; ``fields``:
    the export's metadata fields among its lines, which give the title and byline when
    its start did not (``surnames_first``: the export's credit fields write them so);
    ``until``: the line where the next document opens, if known."""
    texts = content.texts
    body, closing = _closing(content, body, export=bool(fields) or
                                          start.rule == "counter")
    body, signed, signed_at = _signed_off(content, body, export=bool(fields))
    bl = body_layout(content, layout, body)
    headings = find_headings(content, layout, body, bl)
    if start.byline and content.has_pages:
        body, headings = without_page_heads(content, start, body, headings, closing)
    paras = paragraphs(content, layout, body, headings, bl, keep)
    begin, end = _extent(content, start, body, until)
    article = Article(
        title=_title(join_lines([texts[p] for p in start.title], keep)) if start.title
        else start.named,
        byline=_filled(_byline(content, start, order) if start.byline else None, signed),
        body="\n\n".join(paras),
        span=content.span(begin, end),
        paragraphs=tuple(paras),
        headings=tuple(texts[p] for p in body if p in headings) if headings else (),
        dateline=_dateline(paras[0]) if paras else None,
        urls=_urls(content.text, begin, end) if may_hold_url(content.text, begin, end) else (),
        pages=_pages(content, begin, end) if content.has_pages else (),
    )
    if fields:
        article = _with_fields(article, content, start, fields, surnames_first)
    article, sourced_at = _sourced(article, content, body, export=bool(fields))
    article, credited_at = _credited(article, content, body, signed_at)
    return Assembled(article, body, headings, closing, (*sourced_at, *credited_at),
                     near_credits(content, body, article.byline))


def with_known_authors(made: list[Assembled], content: Content) -> list[Assembled]:
    """``made``, each article no credit names an author of given the author its first
    lines name without a credit word, when the window's other articles credit that
    author ("Von Ana Costa, Dresden" in one, "Ana Costa, Dresden" in the next)."""
    known = frozenset(a for m in made if m.article.byline for a in m.article.byline.authors)
    if not known:
        return made
    out = []
    for m in made:
        byline = m.article.byline
        found = None if byline and byline.authors else known_author_line(content, m.body, known)
        out.append(attrs.evolve(m, article=attrs.evolve(
            m.article, byline=_filled(byline, found))) if found else m)
    return out


def _credited(article: Article, content: Content, body: list[int],
              signed_at: int | None) -> tuple[Article, tuple[int, ...]]:
    """``article`` with what its first or closing lines credit (an author line under a
    standfirst, a credit without a date alone under the title, a signature, a source
    after the last sentence) filling in its byline; and the position of the line that
    left the text for the byline, if one did (``signed_at``: one that did already)."""
    byline = article.byline
    signed = () if signed_at is None else (signed_at,)
    if not body or (byline is not None and byline.authors and byline.outlet):
        return article, signed  # nothing left to fill in
    unsigned = byline is None or not byline.authors
    dateless = dateless_credit(content, body) if unsigned else None
    if dateless is not None and article.paragraphs[:1] == (dateless.raw,):
        # the credit under the title is the byline's, not the text's
        return attrs.evolve(_without_first_paragraph(article),
                            byline=_filled(article.byline, dateless)), (body[0],)
    opened = opening_byline(content, body) if unsigned else None
    if opened is not None and opened.raw in article.paragraphs:
        article, at = _opened(article, content, body, opened)
        return article, (*signed, at)
    found = opened or closing_byline(content, body, signed=unsigned)
    if found is None:
        return article, signed
    return attrs.evolve(article, byline=_filled(article.byline, found)), signed


def _opened(article: Article, content: Content, body: list[int],
            opened: Byline) -> tuple[Article, int]:
    """``article`` with the author line ``opened`` names, a paragraph of its own among
    its first, out of its text and in its byline; and that line's position."""
    paragraphs = [t for t in article.paragraphs if t != opened.raw]
    at = next(p for p in body if content.texts[p] == opened.raw)
    return _with_paragraphs(article, paragraphs, byline=_filled(article.byline, opened)), at


def _title(text: str) -> str:
    """A title without the footnote anchor closing it ("EUTEXIA.[1]" -> "EUTEXIA.")."""
    return FOOTNOTE_ANCHOR.sub("", text) if text.endswith("]") else text


def _signed_off(content: Content, body: list[int], *,
                export: bool) -> tuple[list[int], Byline | None, int | None]:
    """``body`` without the credit that signs it off after its text (not in an
    ``export``, whose fields credit it), the byline that credit gives and its line."""
    if export or not body or not content.texts[body[-1]].startswith(SIGN_OFF_DASHES):
        return body, None, None  # the test before the call: most texts end with no dash
    signed = sign_off(content, body)
    if signed is None:
        return body, None, None
    return body[:-1], signed, body[-1]  # the credit's line is the byline's, not the text's


def _sourced(article: Article, content: Content, body: list[int], *,
             export: bool) -> tuple[Article, tuple[int, ...]]:
    """``article`` with the source credit under its head (not in an ``export``, whose
    fields credit it) out of its text and in its byline, and that credit's line."""
    found = None if export else opening_source(content, body,
                                                   bylined=article.byline is not None)
    if found is None or found[1].raw not in article.paragraphs[:_OPENING_PARAGRAPHS]:
        return article, ()
    paras = list(article.paragraphs)
    paras.remove(found[1].raw)
    return (_with_paragraphs(article, paras, byline=_filled(article.byline, found[1])),
            (found[0],))


_OPENING_PARAGRAPHS = 3  # a source credit stands among an article's first paragraphs


def _closing(content: Content, body: list[int], *,
             export: bool) -> tuple[list[int], dict[int, Mark]]:
    """``body`` without the lines that close it, and those lines (line index -> why they
    are boilerplate): a closing list of links, adverts under their heading, an
    ``export``'s copyright trailer."""
    closing: dict[int, Mark] = {}
    if export and (cut := _copyright_trailer(content, body)) < len(body):
        closing.update((content.index[p], _TRAILER) for p in body[cut:])
        body = body[:cut]
    if (ads := adverts_at(content, body)) is not None:
        closing.update((content.index[p], _ADVERTS) for p in body[ads:])
        body = body[:ads]
    found = boilerplate_block([content.texts[p] for p in body])
    if found is not None:
        closing.update((content.index[p], _LINK_LIST) for p in body[found:])
        body = body[:found]
    return body, closing


def _copyright_trailer(content: Content, body: list[int]) -> int:
    """Where the copyright lines closing an export's document start in ``body`` (its
    length when none do): a last paragraph of a few short lines opening with one
    ("Copyright 2013 Harbour Media", "All Rights Reserved")."""
    index, texts = content.index, content.texts
    cut = len(body)
    while (cut > 0 and len(body) - cut < _TRAILER_LINES
           and len(texts[body[cut - 1]]) <= _TRAILER_LINE):
        cut -= 1
        opens = cut == 0 or index[body[cut]] != index[body[cut - 1]] + 1
        if opens:
            return cut if COPYRIGHT_LINE.match(texts[body[cut]]) else len(body)
    return len(body)


def _with_fields(article: Article, content: Content, start: Start,
                 fields: Sequence[FieldLine], surnames_first: bool) -> Article:
    """``article`` with its export ``fields``: kept, its span stretched over them, and
    the title and byline they give where the start gave none (a document found by its
    counter, or the whole text)."""
    lines = content.lines
    kept = tuple(Field(f.label, f.value, content.span(lines.text_start(f.lines[0]),
                                                      lines.text_end(f.lines[-1])))
                 for f in fields)
    by_kind: dict[str, Field] = {}
    for f, field in zip(fields, kept, strict=True):
        if field.value:
            by_kind.setdefault(f.kind, field)
    span = Span(min(article.span.start, kept[0].span.start),
                max(article.span.end, kept[-1].span.end))
    article = attrs.evolve(article, fields=kept, span=span)
    if "title" in by_kind and (article.title is None or not start.byline) and not _same_words(
            article.title, by_kind["title"].value):
        article = _titled(article, by_kind["title"].value)
    if article.paragraphs and is_url_line(article.paragraphs[0]):
        article = _without_first_paragraph(article)  # the document's link, in its urls
    given = _field_byline(by_kind, surnames_first)
    # the start's byline comes first; else the fields', the lines above them filling in
    byline = (_filled(article.byline, given) if start.byline
              else _filled(given, article.byline))
    return attrs.evolve(article, byline=byline)


def _same_words(title: str | None, field: str) -> bool:
    """The title the text prints and a title field spell the same but for spaces (a
    vendor's field can split a word: "an assass in decide"): the printed one stands."""
    return title is not None and "".join(title.split()).casefold() == "".join(
        field.split()).casefold()


def _filled(byline: Byline | None, other: Byline | None) -> Byline | None:
    """``byline`` filled in from ``other`` where it is silent (either may be None)."""
    if byline is None or other is None:
        return byline or other
    b = byline
    return attrs.evolve(b, authors=b.authors or other.authors, outlet=b.outlet or other.outlet,
                        date=b.date or other.date, place=b.place or other.place,
                        page=b.page or other.page, length=b.length or other.length,
                        translators=b.translators or other.translators)


def _with_paragraphs(article: Article, paragraphs: Sequence[str], **changes: Any) -> Article:
    """``article`` with other ``paragraphs`` (its body made of them) and ``changes``."""
    return attrs.evolve(article, paragraphs=tuple(paragraphs), body="\n\n".join(paragraphs),
                        **changes)


def _without_first_paragraph(article: Article) -> Article:
    return _with_paragraphs(article, article.paragraphs[1:])


def _titled(article: Article, title: str) -> Article:
    """``article`` titled by its title field. The line its start took for the title
    names the publication (an export's outlet line above its fields), and a first
    paragraph that is a date alone dates it; both become its byline's."""
    paragraphs = list(article.paragraphs)
    dated = parse_date(paragraphs[0]) if paragraphs else None
    if dated is not None:
        paragraphs.pop(0)
    outlet = article.title if article.title and name_like(article.title) else None
    byline = article.byline
    if byline is None and (outlet or dated):
        byline = Byline(article.title or "", article.span, (), outlet, dated)
    return _with_paragraphs(article, paragraphs, title=title, byline=byline)


def _field_byline(by_kind: dict[str, Field], surnames_first: bool) -> Byline | None:
    """The byline the fields give: authors from the credit field, the outlet, date and
    place from theirs (or from the credit); None when they give none of these."""
    credit, outlet = by_kind.get("byline"), by_kind.get("outlet")
    date, place = by_kind.get("date"), by_kind.get("place")
    anchor = credit or outlet or date or place
    if anchor is None:
        return None
    found = _credit(credit, surnames_first) if credit else ParsedByline()
    return Byline(
        anchor.value, anchor.span, found.authors,
        outlet.value if outlet else found.outlet,
        _field_date(date.value) if date else found.date,
        place.value if place else found.place,
        found.via,
    )


def _credit(credit: Field, surnames_first: bool) -> ParsedByline:
    """What a credit field gives: its people when it names people only (a mail's sender
    by any name), else what the byline grammar reads in it."""
    people = field_authors(credit.value, surnames_first=surnames_first)
    if not people and credit.label.casefold() == "from":  # a mail's sender
        people = (name,) if (name := sender(credit.value)) else None
    if people:
        return ParsedByline(authors=people)
    parsed = parse_byline(f"{credit.label}: {credit.value}") or ParsedByline()
    if parsed.authors:
        return parsed
    return attrs.evolve(parsed, authors=leading_people(credit.value))  # "A, with files..."


def _field_date(value: str) -> dt.date | None:
    """The date a date field gives ("Sep 20, 2024", "May 31, 2015 Sunday")."""
    found = find_dates(value)
    return found[0].date if found else None


def _byline(content: Content, start: Start, order: NumericOrder) -> Byline:
    """The article's byline: its lines' text and span, and the fields parsed from them;
    a numeric date whose day and month could be either is read in ``order``, if any."""
    pb = start.parsed
    assert pb is not None
    raw = "\n".join(content.texts[p] for p in start.byline)
    date = pb.date
    if date is None and (found := find_dates(raw)) and found[-1].date is None:
        date = order.settle(raw[found[-1].start : found[-1].end])
    span = content.span(content.lines.text_start(content.index[start.byline[0]]),
                        content.lines.text_end(content.index[start.byline[-1]]))
    return Byline(raw, span, pb.authors, pb.outlet, date, pb.place, pb.via, pb.page,
                  pb.length, pb.translators)


def _urls(text: str, begin: int, end: int) -> tuple[str, ...]:
    """The URLs in ``text[begin:end]``, without the punctuation that follows them."""
    return tuple(m.group().rstrip(_URL_TRAIL) for m in URL_RE.finditer(text, begin, end))


def _dateline(paragraph: str) -> str | None:
    """The dateline opening a body's first ``paragraph`` ("GENEVA (Reuters) - ...")."""
    m = _DATELINE.match(paragraph)
    if m and any(len(w) >= _MIN_DATELINE_WORD and w.isupper() for w in m["dl"].split()):
        return str(m["dl"].strip())
    return None


def _pages(content: Content, begin: int, end: int) -> tuple[int, ...]:
    """The pages the non-blank lines between window offsets ``begin`` and ``end`` are on."""
    lines = content.lines
    lo = bisect.bisect_right(lines.starts, begin) - 1
    hi = bisect.bisect_left(lines.starts, end)
    return tuple(sorted(set(itertools.compress(
        lines.pages[lo:hi], map(operator.not_, lines.blanks[lo:hi])))))


def _extent(content: Content, start: Start, body: list[int],
            until: int | None = None) -> tuple[int, int]:
    """Window offsets of an article: its first line to its last, trailing artifacts
    included up to line ``until`` (where the next document opens, its counter, or the
    text ends: an e-book's licence)."""
    lines = content.lines
    first = start.first
    begin = lines.text_start(content.index[first])
    last_pos = body[-1] if body else max(start.head_end, first)
    last_line = content.index[last_pos]
    # trailing artifacts before the next article belong to this article's span
    nxt = content.index[last_pos + 1] if last_pos + 1 < len(content.index) else len(lines)
    if until is not None:
        nxt = min(nxt, until)
    blanks = lines.blanks
    for i in range(nxt - 1, last_line, -1):
        if not blanks[i]:
            last_line = i
            break
    return begin, lines.text_end(last_line)
