"""The pipeline: text -> lines -> artifacts -> content -> layout -> boundaries -> articles
-> report, window by window; ``analyze_window`` is the one place the order is written."""

from __future__ import annotations

import array
import bisect
from collections.abc import Iterable, Iterator, Sequence

import attrs

from .assembly.assemble import Assembled, assemble, with_known_authors
from .assembly.backmatter import before_notices
from .assembly.numbering import without_list_numbers
from .assembly.outliers import Listed, length_outliers, near_credit_warnings
from .assembly.reflow import Vocabulary, keep_hyphen
from .assembly.report import artifacts, line_roles, preamble, preamble_span
from .assembly.windows import (
    DEFAULT_WINDOW,
    GROWTH,
    MAX_GROWTH,
    Buffer,
    Carry,
    carry_open,
    carry_over,
    continued,
    head_start,
    inherit_marks,
    paragraph_cut,
)
from .collector import collector_paused
from .errors import log_warnings
from .formats import READERS, FormatReader, recognise
from .grammar.bylines import names_authors
from .grammar.credit import surnames_first
from .grammar.dates import NumericOrder
from .lines import Lines, LineStyle, split_lines
from .marking.artifacts import Mark, read_artifacts
from .marking.boilerplate import end_of_text
from .marking.content import Content, read_content
from .marking.counters import Counters, count_warnings
from .marking.drift import field_drift
from .marking.fields import FieldLine, body_labels, field_warnings, find_fields
from .marking.styled import styled_marks
from .model import Article, Artifact, Document, LineRole, Span
from .starts.boundaries import find_starts
from .starts.byline_search import BylineSearch, may_hold_byline
from .starts.layout import Layout, measure, type_sizes
from .starts.rules import CONTINUED, Context, Start

__all__ = ["Piece", "aligned", "analyze_text", "analyze_window", "iter_articles", "iter_pieces",
           "segment_text"]

_MAX_TAIL = 256 * 1024  # the text after an end-of-text line read whole up to this size
_NOTICES = Mark("boilerplate", "a publisher's notices: adverts, subscription terms")
_START = Carry()  # the first window: at the start of the text, nothing inherited


@attrs.frozen
class Piece:
    """What one window contributes: everything before the article it leaves to the next."""

    articles: list[Article]
    artifacts: list[Artifact]
    roles: list[LineRole]
    preamble: str
    preamble_span: Span | None
    warnings: list[str]
    carry: Carry | None  # None for the last window
    open: bool = False  # the last article goes on in the next window
    continues: bool = False  # the first article goes on from the window before
    mid_paragraph: bool = False  # with ``open``: the window ends inside a paragraph
    counters: Counters = attrs.field(factory=Counters)  # the window's document counters
    format: str | None = None  # the export format the text is read as
    first_article: int = 0  # articles of the text before the window's first
    contents: tuple[tuple[int, str], ...] = ()  # an opening contents list: line, entry


@collector_paused
def analyze_window(text: str, styles: Sequence[LineStyle | None] | None = None, *,
                   carry: Carry = _START, final: bool = True, roles: bool = True,
                   reader: FormatReader | None = None,
                   lines: Lines | None = None) -> Piece | None:
    """Run every stage over one window of the text, in order.

    ``styles`` (from a PDF) align with the whole text's lines; ``carry`` says where the
    window starts and which article it opens with; ``final`` that it reaches the end of
    the text. All its articles but the last are final unless ``final``. ``None`` when a
    window that is not the last holds fewer than two articles: it must grow. ``reader``
    reads the document's export format, when it is in one. ``lines``: the window's lines,
    when they are already split.
    """
    if lines is None:
        lines = split_lines(text, page=carry.page, after_form_feed=carry.after_form_feed)
    artifact_marks, counters = read_artifacts(lines)
    fields = find_fields(lines, text)
    if reader is not None and (more := reader.fields(lines)):
        fields = sorted([*fields, *more], key=lambda f: f.lines[0])
    if styles is not None:
        styles = styles[carry.line : carry.line + len(lines)]
        artifact_marks |= styled_marks(styles, lines.texts, templates=reader is None,
                                       credit=names_authors)
    marks = inherit_marks(_marks(lines, reader, artifact_marks, fields), carry.head)
    content = read_content(text, lines, marks, offset=carry.offset, first_line=carry.line,
                           has_pages=carry.paged or any(lines.after_form_feeds),
                           labels=body_labels(fields))
    layout = measure(content)
    sizes = type_sizes(content, styles)
    ctx = Context(content, layout, sizes, BylineSearch(content, layout), reader, counters,
                  tuple(f.lines[0] for f in fields))
    found = find_starts(ctx, head_start(content, carry.head, open_=carry.open))
    starts = found.starts
    if not final and len(starts) < 2:
        return None
    starts, ads = before_notices(content, starts, last=final, export=reader is not None)
    made = _articles(content, layout, starts, final, fields, counters, ads)
    all_marks = _closing_marks(marks, made, content, ads)
    cut = len(lines) if final else content.index[starts[-1].first]
    pre, pre_span = preamble(content, starts)
    continues, base = _continued(carry, starts)
    return Piece(
        articles=[a.article for a in made],
        artifacts=artifacts(content, all_marks, cut),
        roles=line_roles(content, all_marks, starts, made, base.article, found.refused, cut)
        if roles else [],
        preamble=pre,
        preamble_span=pre_span,
        warnings=[*found.warnings, *field_warnings(fields),
                  *near_credit_warnings(made, content, base.article)],
        carry=None if final else carry_over(content, marks, base, starts[-1], len(made)),
        continues=continues,
        counters=counters,
        first_article=base.article,
        format=reader.name if reader is not None else None,
        contents=tuple(found.contents),
    )


def _closing_marks(marks: dict[int, Mark], made: Sequence[Assembled], content: Content,
                   ads: Sequence[tuple[int, int]]) -> dict[int, Mark]:
    """``marks`` and those of the lines closing the articles ``made`` (a list of links,
    an export's trailer: ``Assembled.closing``) and of the notices in ranges ``ads``."""
    closing = {i: m for a in made for i, m in a.closing.items()}
    for lo, hi in ads:
        closing.update((i, _NOTICES) for i in content.index[lo:hi])
    return marks | closing if closing else marks


def _marks(lines: Lines, reader: FormatReader | None, marks: dict[int, Mark],
           fields: Sequence[FieldLine]) -> dict[int, Mark]:
    """The artifact marks of a window's lines: the generic ``marks`` and the metadata
    ``fields`` (but for lines of boilerplate: "Title:" in an e-book's header), then the
    format's."""
    for f in fields:  # (an inline body label's line is text: only the label goes)
        mark = Mark("field", f"{f.label} field of an export")
        for i in () if f.text_at else f.lines:
            if i not in marks or marks[i].kind != "boilerplate":  # a wrapper's header
                marks[i] = mark
    if reader is not None:
        marks |= reader.marks(lines)  # the format knows its own furniture best
    return marks


def _articles(content: Content, layout: Layout, starts: list[Start], final: bool,
              fields: Sequence[FieldLine] = (), counters: Counters | None = None,
              ads: Sequence[tuple[int, int]] = ()) -> list[Assembled]:
    """The articles of a window: those of all its ``starts``, or (unless ``final``) of
    all but the last, which the next window reads again; each with the ``fields`` that
    stand among its lines (from its counter on, for a document found by one); each ends
    where a publisher's notices begin (content ranges ``ads``)."""
    vocabulary = Vocabulary(content.text)
    order = NumericOrder(content.text)
    turned = surnames_first(f.value for f in fields if f.kind == "byline")

    def keep(left: str, right: str) -> bool:
        return keep_hyphen(left, right, vocabulary)

    firsts = [f.lines[0] for f in fields]
    opening = [_opening_line(content, st, counters) for st in starts]
    ends, untils = _ends(content, starts, opening, ads)
    made = []
    for n, start in enumerate(starts if final else starts[:-1]):
        lo = bisect.bisect_left(firsts, opening[n])
        hi = bisect.bisect_left(firsts, opening[n + 1] if n + 1 < len(starts)
                                else len(content.lines))
        made.append(assemble(content, layout, start, list(range(start.head_end + 1, ends[n])),
                             keep, order, fields[lo:hi], untils[n], surnames_first=turned))
    return without_list_numbers(with_known_authors(made, content))


def _ends(content: Content, starts: Sequence[Start], opening: Sequence[int],
          ads: Sequence[tuple[int, int]]) -> tuple[list[int], list[int | None]]:
    """Where each of the ``starts`` ends (content position: the next start, or the
    publisher's notices ``ads`` after it), and the line its span may not reach (where
    the next document opens, its ``opening`` line; the notices; the end of the text, an
    e-book's licence)."""
    ends = [st.first for st in starts[1:]] + [len(content)]
    text_end = next((i for i, m in content.marks.items() if m.ends_text), None)
    untils: list[int | None] = [*opening[1:], text_end]
    firsts = [st.first for st in starts]
    for begin, _ in ads:
        k = bisect.bisect_right(firsts, begin) - 1  # the article the notices follow
        if k >= 0 and begin < ends[k]:
            ends[k], untils[k] = begin, content.index[begin]
    return ends, untils


def _opening_line(content: Content, start: Start, counters: Counters | None) -> int:
    """The line a document opens with: the one its start says, its counter for a start
    found by one (the fields between the counter and the start are the document's),
    else its first."""
    if start.opens >= 0:
        return start.opens
    line = content.index[start.first]
    if start.rule == "counter" and counters is not None and counters.numbers:
        k = bisect.bisect_left(counters.lines, line) - 1
        if k >= 0:
            return counters.lines[k]
    return line


def _pieces(chunks: Iterable[str], styles: Sequence[LineStyle | None] | None = None, *,
            roles: bool, window: int, readers: Sequence[FormatReader]) -> Iterator[Piece]:
    """Run the pipeline window by window over text arriving in ``chunks``, in the format
    the first of ``readers`` recognises from the first window (or in none).

    Each window runs to the end of a line past ``window`` characters. All its articles
    but the last are final; the next window starts at the last one's first line and is
    told that an article starts there, so no article is ever cut in two. A window with
    fewer than two articles grows until it holds two, reaches the end, or reaches
    ``MAX_GROWTH`` times ``window``: then it is cut at a paragraph end inside its last
    article, which the next window carries on (``_joined`` makes it one article again).
    """
    buf = Buffer(chunks)
    carry = _START
    size = window
    reader: FormatReader | None = None
    while True:
        text, final = buf.window(size)
        if not final and end_of_text(text) is not None:
            # the text ends inside the window (a licence follows): the rest, read whole
            # when no longer than a licence is, is one artifact no article's span reaches
            more, whole = buf.window(size + _MAX_TAIL)
            if whole:
                text, final = more, whole
        if carry is _START:
            reader = recognise(text, readers)
        if not final and size >= window * MAX_GROWTH:
            piece = _open_piece(text, styles, carry, roles, reader)  # grown enough
        elif (not final and styles is None and reader is None
                and not may_hold_byline(text)):
            piece = None  # no byline, so no second article: skip reading it twice
        else:
            piece = analyze_window(text, styles, carry=carry, final=final, roles=roles,
                                   reader=reader)
        if piece is None:
            size *= GROWTH
            continue
        yield piece
        if piece.carry is None:
            return
        buf.advance(piece.carry.offset - carry.offset)
        carry = piece.carry
        # the window must hold the article's head
        size = max(window, carry.head.extent) if carry.head is not None else window


def _open_piece(text: str, styles: Sequence[LineStyle | None] | None, carry: Carry,
                roles: bool, reader: FormatReader | None) -> Piece | None:
    """A window cut at a paragraph end inside its last article, which stays open; None
    when the window is one line, which cannot be cut."""
    lines = split_lines(text, page=carry.page, after_form_feed=carry.after_form_feed)
    found = paragraph_cut(lines)
    if found is None:
        return None
    cut, mid_paragraph = found
    # a form feed right before the cut counts: the open article goes on to the next page
    paged = carry.paged or any(lines.after_form_feeds[: cut + 1])
    piece = analyze_window(text[: lines.starts[cut]], styles,
                           carry=attrs.evolve(carry, paged=paged), final=True, roles=roles,
                           reader=reader, lines=lines.head(cut))
    assert piece is not None
    base = attrs.evolve(carry, article=piece.first_article)
    return attrs.evolve(piece, carry=carry_open(lines, base, cut, len(piece.articles), paged),
                        open=True, mid_paragraph=mid_paragraph)


def _continued(carry: Carry, starts: Sequence[Start]) -> tuple[bool, Carry]:
    """Whether the window's first article continues the one the window before left open,
    and ``carry`` numbered from the window's first article."""
    continues = bool(starts) and starts[0].rule == CONTINUED
    # the article left open ended where this window starts: its first start is a new one
    ended = carry.open and bool(starts) and not continues
    return continues, attrs.evolve(carry, article=carry.article + 1) if ended else carry


def _joined(pieces: Iterable[Piece]) -> Iterator[Piece]:
    """``pieces`` with each article left open by a window joined to its rest, which opens
    the next window (or the ones after), and given out with the piece that completes it.
    The parts are joined once, when the article completes."""
    parts: list[tuple[Article, bool]] = []  # an open article's parts; cut inside a paragraph?
    for piece in pieces:
        articles = list(piece.articles)
        if parts:
            parts = _carried(parts, piece, articles)
        if piece.open and articles:
            parts = [(_bare(articles.pop()), piece.mid_paragraph)]
        yield attrs.evolve(piece, articles=articles, open=False)


def _bare(article: Article) -> Article:
    """A part of an open article, held without its body (its paragraphs say it all, and
    ``continued`` joins them once): a long article is not held twice over."""
    return attrs.evolve(article, body="")


def _carried(parts: list[tuple[Article, bool]], piece: Piece,
             articles: list[Article]) -> list[tuple[Article, bool]]:
    """The parts of the article still open after ``piece``, whose first article may be
    its next part; when the article ends in ``piece``, it is put first in ``articles``
    (the piece's articles) and no part is left."""
    if articles and piece.continues:
        part = articles.pop(0)
        if piece.open and not articles:
            return [*parts, (_bare(part), piece.mid_paragraph)]
        parts = [*parts, (_bare(part), False)]
    elif piece.open and not articles:
        return [*parts[:-1], (parts[-1][0], False)]  # a window of blank lines between parts
    articles.insert(0, continued(parts))
    return []


def iter_pieces(chunks: Iterable[str], *, window: int = DEFAULT_WINDOW,
                readers: Sequence[FormatReader] = READERS,
                styles: Sequence[LineStyle | None] | None = None) -> Iterator[Piece]:
    """What each window of the text ``chunks`` make up gives, its articles complete and
    without line roles; ``readers``: export formats; ``styles``: one per line of it."""
    seen: set[str] = set()
    for piece in _counted(_joined(_pieces(chunks, styles, roles=False, window=window,
                                          readers=readers))):
        log_warnings(piece.warnings, seen)
        yield piece


def _counted(pieces: Iterable[Piece]) -> Iterator[Piece]:
    """``pieces``, the last (given out once the next is known to be none) also warning
    when the export's counters miss documents, its documents lack a field others print,
    or an article has no text or many times the median length."""
    counters, last, labels = [], None, []  # labels: each export document's field labels
    lengths = array.array("I")  # each article's text length, 4 bytes each
    listed = Listed()  # a contents list's entries, and the titles that may name them
    for piece in pieces:
        if last is not None:
            yield last
        counters.append(piece.counters)
        lengths.extend(len(a.body) for a in piece.articles)
        listed.add(piece.contents, piece.articles)
        if piece.format is not None:
            labels += [frozenset(f.label for f in a.fields) for a in piece.articles]
        last = piece
    if last is not None:
        counted = [*count_warnings(counters), *field_drift(labels), *length_outliers(lengths),
                   *listed.warnings()]
        yield attrs.evolve(last, warnings=[*last.warnings, *counted]) if counted else last


def iter_articles(chunks: Iterable[str], *, window: int = DEFAULT_WINDOW,
                  readers: Sequence[FormatReader] = READERS,
                  styles: Sequence[LineStyle | None] | None = None) -> Iterator[Article]:
    """The articles of the text ``chunks`` make up, as windows of about ``window``
    characters complete (see :func:`iter_pieces`)."""
    for piece in iter_pieces(chunks, window=window, readers=readers, styles=styles):
        yield from piece.articles


def segment_text(text: str, styles: Sequence[LineStyle | None] | None = None, *,
                 window: int = DEFAULT_WINDOW,
                 readers: Sequence[FormatReader] = READERS) -> list[Article]:
    """The articles of ``text`` (what ``analyze_text`` finds, without line roles);
    ``styles`` (from a PDF or an HTML page) align with its lines."""
    return list(iter_articles([text], window=window, readers=readers,
                              styles=aligned(text, styles)))


def aligned(text: str, styles: Sequence[LineStyle | None] | None
             ) -> Sequence[LineStyle | None] | None:
    """``styles`` when there is one for each line of ``text`` (as many as ``split_lines``
    makes), else None: misaligned hints are worse than none."""
    return styles if styles is None or len(styles) == len(text.splitlines()) else None


def analyze_text(text: str, styles: Sequence[LineStyle | None] | None = None, *,
                 window: int = DEFAULT_WINDOW,
                 readers: Sequence[FormatReader] = READERS) -> Document:
    """Run the whole pipeline over ``text``; ``styles`` (from a PDF) align with its lines."""
    pieces = list(_counted(_joined(_pieces([text], aligned(text, styles), roles=True,
                                           window=window, readers=readers))))
    warnings = list(dict.fromkeys(w for p in pieces for w in p.warnings))
    log_warnings(warnings, set())
    span = preamble_span(p.preamble_span for p in pieces)
    return Document(
        articles=tuple(a for p in pieces for a in p.articles),
        artifacts=tuple(a for p in pieces for a in p.artifacts),
        preamble=text[span.start : span.end] if span else "",
        preamble_span=span,
        lines=tuple(r for p in pieces for r in p.roles),
        warnings=tuple(warnings),
        text=text,
        format=pieces[0].format,
    )
