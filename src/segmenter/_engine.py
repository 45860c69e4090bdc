"""The pipeline: lines -> artifacts -> layout -> boundaries -> bylines -> reflow -> Document."""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

import attrs
import regex

from .artifacts import Mark, boilerplate_block, mark_artifacts
from .bylines import ParsedByline, parse_byline
from .lines import Lines, LineStyle, line_end, split_lines
from .model import Article, Artifact, Byline, Document, LineRole, Span
from .reflow import Vocabulary, join_lines, keep_hyphen
from .text import (
    URL_RE,
    ends_sentences,
    first_letters,
    has_inner_sentence,
    is_url_line,
    may_hold_url,
    starts_upper,
)
from .topics import FoldedLines, Vocabularies

__all__ = ["analyze_text", "iter_articles", "segment_text"]

# Long texts are read in windows of about this many characters, each cut after its
# last complete article (see _pieces): memory follows the window and the largest
# article, not the whole text.
WINDOW = 128 * 1024
# A window that holds fewer than two articles is read again this many times larger: the
# text read again costs at most 1 / (_GROWTH - 1) of the text.
_GROWTH = 4

_MAX_TITLE_LINES = 4
_MAX_TITLE_CHARS = 150
_MAX_TITLE_WORDS = 25
_MAX_HEADING_CHARS = 120
# Patterns: compiled once; each "Bound:" says why matching stays linear in the line.
# A line worth trying as a byline holds a year (every date form the byline grammar reads
# has one) or opens with "by" ("Written by"). Two patterns: an anchor inside an
# alternation would be tried at every position of the line.
# Bound: a fixed four characters; an anchored match of at most 10 letters and 3 spaces.
_YEAR_HINT = regex.compile(r"(?:1[6-9]|2[01])\d\d")
_BY_HINT = regex.compile(r"(?:\w{1,10}\s{1,3})?by\b", regex.IGNORECASE)
# The word "by" anywhere: where a line may open with "by", and with _YEAR_HINT whether a
# window has any line worth trying as a byline. Bound: a two-letter literal.
_BY_WORD = regex.compile(r"by\b", regex.IGNORECASE)
# A title's type is at least this much larger than the body's (sub-headings are not).
_TITLE_SIZE_RATIO = 1.2
# Articles found by their bylines needed before their layout teaches anything.
_MIN_LEARNED_STARTS = 3
_NO_MARK = Mark("", "")
_HEADING_ROLE = ("heading", "short title-like line standing alone between paragraphs")
# One blank line sets off sub-headings as often as titles: it proves nothing alone.
_MIN_ARTICLE_GAP = 2
# Paragraph gaps to observe before the gap rule may say anything.
_MIN_OBSERVED = 3
# Distinct words each side needs before their overlap says anything about topic.
_MIN_TOPIC_WORDS = 15
# Sub-headings are mostly one to three words ("Background", "What comes next"): a title
# recognised by its topic alone must be longer (and as long as the document's shortest).
_MIN_TOPIC_TITLE_WORDS = 4
# Below this share of carried-over vocabulary, the text after a heading is a new topic.
_TOPIC_SHIFT = 0.1
# Words that leave a wrapped title line unfinished ("... gathering (letter to").
_FUNCTION_WORDS = frozenset({
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
    "over", "than", "that", "the", "to", "under", "with",
})
# A title may end with an abbreviation's period ("U.S.", "Inc.", "Jr.").
# Bound: each attempt is a fixed two-character unit repeated, or a literal, then $.
_ABBREV_END = regex.compile(r"(?:\b\p{Lu}\.)+$|\b(?:Inc|Ltd|Jr|Sr|Co|Corp|St|Dr|Mr|Mrs|Ms)\.$")
# The number in a page-number line ("Page 3 of 12" -> 3). Bound: one digit run.
_DIGITS = regex.compile(r"\d+")
# A dateline opening a body: a place in capitals, an optional "(Agency)", then a dash.
# Bound: used with match at the start of a paragraph; every repeat is capped (40, 40,
# 30 characters), so one attempt costs at most a few thousand steps.
_DATELINE = regex.compile(
    r"(?P<dl>\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}\p{Lu}(?:,\s{0,3}[\p{L}\p{M}'’.\- ]{2,40}?)?"
    r"(?:\s{0,3}\([^()]{1,30}\))?)\s{0,3}[–—-]{1,2}\s"
)


@attrs.frozen
class _Head:
    """The article that opens a window, as the window before found it: its title and
    byline lines (counted from the window's first line) and what marks its lines had."""

    title: tuple[int, ...]
    byline: tuple[int, ...]
    parsed: ParsedByline | None
    reason: str
    marks: tuple[tuple[int, Mark], ...]
    extent: int  # characters from the window start to the end of its last line


@attrs.frozen
class _Carry:
    """Where a window starts in the whole text, and what it inherits from the one before."""

    offset: int = 0  # characters before the window
    line: int = 0  # lines before the window
    article: int = 0  # articles before the window
    page: int = 1  # page of the window's first line
    after_form_feed: bool = False  # whether a form feed ends the line before it
    paged: bool = False  # whether a form feed was seen before the window's end
    head: _Head | None = None


@attrs.frozen
class _Piece:
    """What one window contributes: everything before the article it leaves to the next."""

    articles: list[Article]
    artifacts: list[Artifact]
    roles: list[LineRole]
    preamble: str
    preamble_span: Span | None
    warnings: list[str]
    carry: _Carry | None  # None for the last window


class _LineFlags(Protocol):
    """What is known of each content line, by content position."""

    ends: list[bool]  # a sentence ends with it
    lower: list[bool]  # it starts lower case
    lengths: list[int]  # its stripped text's length
    indented: list[bool]  # blanks stand before its text


@attrs.define
class _Layout:
    """What the document's spacing says: gaps (double spacing undone), width, indents."""

    gaps: list[int]  # by content position: blank lines before the line (normalised)
    raw_gaps: list[int]  # by content position: blank lines before the line (as written)
    width: int
    indent_paragraphs: bool


@attrs.define
class _BodyLayout:
    """Spacing of one article's body: gaps by content position, and its wrap width."""

    gap: Sequence[int] | dict[int, int]
    width: int


@attrs.define
class _Start:
    """An article start: its title lines, byline lines and parsed byline."""

    title: list[int]
    byline: list[int]
    parsed: ParsedByline | None
    reason: str
    at: int = -1  # first content position when the article has neither title nor byline

    @property
    def first(self) -> int:
        return (self.title or self.byline or [self.at])[0]

    @property
    def head_end(self) -> int:
        """Position (in content order) of the last title/byline line, or just before."""
        return (self.byline or self.title or [self.at - 1])[-1]


def _title_like(text: str, *, continuation: bool = False) -> bool:
    """A line that could be (a line of) a title: short, no closing comma or full stop.

    A title's first line starts with a capital or digit; a ``continuation`` line of a
    wrapped title may start lower case.
    """
    if not text or len(text) > _MAX_TITLE_CHARS or len(text.split()) > _MAX_TITLE_WORDS:
        return False
    if not (continuation or starts_upper(text)) or is_url_line(text):
        return False
    t = text.rstrip("\"'”’)]» ")
    if not t or t[-1] in ",;:":
        return False
    return not (t[-1] == "." and not _ABBREV_END.search(t))


def _heading_like(text: str) -> bool:
    """Title-like and no sentence ends inside it ("Officials met. The vote" is prose)."""
    return _title_like(text) and not has_inner_sentence(text)


def _measure(lines: Lines, marks: dict[int, Mark], flags: _LineFlags) -> _Layout:
    """Measure spacing: gaps between content lines (the lines neither blank nor marked),
    double spacing, width, indents. ``flags`` describes the content lines (by content
    position)."""
    raw_gaps: list[int] = []  # furniture between content lines passed over
    prev_nonblank = -1
    run = 0
    gap_since_content: int | None = None
    for i, blank in enumerate(lines.blanks):
        if blank:
            run += 1
            continue
        if i in marks:
            gap_since_content = run if gap_since_content is None else min(gap_since_content, run)
        else:
            g = run if gap_since_content is None else min(gap_since_content, run)
            raw_gaps.append(g if prev_nonblank >= 0 else 0)
            gap_since_content = None
        prev_nonblank = i
        run = 0
    double = _double_spaced(raw_gaps, flags.ends, flags.lower)
    gaps = [max(0, g - 1) for g in raw_gaps] if double else raw_gaps
    width = _wrap_width(flags.lengths)
    indented = sum(flags.indented)
    indent_paragraphs = 0 < indented < 0.5 * len(raw_gaps)
    return _Layout(gaps, raw_gaps, width, indent_paragraphs)


def _double_spaced(gaps: Sequence[int], ends: Sequence[bool], lower: Sequence[bool]) -> bool:
    """True when a blank line follows nearly every line and sentences wrap across them.

    The three sequences describe the same lines in order: blank lines before each,
    whether each ends a sentence, whether each starts lower case.
    """
    followed = len(gaps) - 1 - gaps[1:].count(0) if gaps else 0  # lines after a blank
    if followed < 0.8 * max(1, len(gaps) - 1):
        return False  # most text: decided without a loop over its lines
    wrapped = [0, 0]  # sentence wraps across no blank line and across one
    for k in range(1, len(gaps)):
        g = gaps[k]
        if g <= 1 and not ends[k - 1] and lower[k]:
            wrapped[g] += 1
    return wrapped[1] >= 1 and wrapped[1] > 2 * wrapped[0]


def _wrap_width(lengths: Iterable[int]) -> int:
    """The width text was wrapped at: the 90th percentile of its line lengths."""
    lengths = sorted(n for n in lengths if n >= 10)
    return max(lengths[int(len(lengths) * 0.9)] if lengths else 80, 20)


class _Analysis:
    """One run of the pipeline over one text."""

    def __init__(self, text: str, styles: Sequence[LineStyle | None] | None = None, *,
                 carry: _Carry = _Carry(), final: bool = True, roles: bool = True) -> None:
        self.text = text
        self.carry = carry
        self.final = final  # the window reaches the end of the text
        self.want_roles = roles
        self.lines = split_lines(text, page=carry.page, after_form_feed=carry.after_form_feed)
        self.line_starts = self.lines.starts  # for bisecting offsets to lines
        self.styles = None
        if styles is not None:  # aligned with the whole text's lines
            self.styles = list(styles[carry.line : carry.line + len(self.lines)])
        self.has_pages = carry.paged or any(self.lines.after_form_feeds)
        self.marks: dict[int, Mark] = mark_artifacts(self.lines)
        if carry.head is not None:  # the opening article's lines keep their first reading
            head = carry.head
            for i in range(max((*head.title, *head.byline)) + 1):
                self.marks.pop(i, None)
            self.marks.update(head.marks)
        self.content = [i for i, blank in enumerate(self.lines.blanks)
                        if not blank and i not in self.marks]
        self.texts = list(map(self.lines.texts.__getitem__, self.content))  # by content position
        # line index -> content position
        self.position = dict(zip(self.content, range(len(self.content)), strict=True))
        self._text_at = self.texts.__getitem__
        # What the stages ask of each content line again and again, computed once.
        self.ends = ends_sentences(self.texts)
        letters = first_letters(self.texts)
        self.lower = [c.islower() for c in letters]
        self.upper = [c.isupper() or c.isdigit() for c in letters]
        self.lengths = list(map(len, self.texts))
        # leading blanks: the raw line starts otherwise than its stripped text
        raws = self.lines.raws
        self.indented = [raws[i][0] != t[0] for i, t in zip(self.content, self.texts, strict=True)]
        self.layout = _measure(self.lines, self.marks, self)
        self.roles: dict[int, tuple[str, str]] = {}
        self.warnings: list[str] = []
        self.vocabulary = Vocabulary(text)
        self.body_size = self._body_size()
        self._bylines: dict[int, tuple[ParsedByline, list[int]] | None] = {}
        self._hint: set[int] | None = None
        self._parsed: dict[tuple[str, bool], ParsedByline | None] = {}

    def _span(self, start: int, end: int) -> Span:
        """A span in the whole text from offsets in this window."""
        return Span(start + self.carry.offset, end + self.carry.offset)

    # -- type sizes (PDF input) -------------------------------------------------------

    def _body_size(self) -> float | None:
        """The type size most of the text is set in, weighted by line length."""
        if self.styles is None:
            return None
        weight: dict[float, int] = {}
        for i in self.content:
            st = self.styles[i]
            if st is not None:
                weight[st.size] = weight.get(st.size, 0) + len(self.lines.texts[i])
        return max(weight, key=lambda k: weight[k]) if weight else None

    def _large(self, pos: int) -> bool:
        """Set clearly larger than the body (a title, not a bold sub-heading)."""
        if self.styles is None or self.body_size is None:
            return False
        st = self.styles[self.content[pos]]
        return st is not None and st.size >= _TITLE_SIZE_RATIO * self.body_size

    def typeset_starts(self, starts: list[_Start]) -> list[_Start]:
        """Articles without a byline whose title is set in larger type than the body."""
        if self.body_size is None:
            return []
        claimed = {p for st in starts for p in (*st.title, *st.byline)}
        found = []
        p = 0
        while p < len(self.content):
            if p in claimed or not self._large(p) or not _heading_like(self._text_at(p)) or (
                    p > 0 and self._large(p - 1) and p - 1 not in claimed):
                p += 1
                continue
            title = [p]
            while (title[-1] + 1 < len(self.content) and len(title) < _MAX_TITLE_LINES
                   and title[-1] + 1 not in claimed and self._large(title[-1] + 1)):
                title.append(title[-1] + 1)
            after = title[-1] + 1
            if after < len(self.content) and after not in claimed:
                found.append(_Start(title, [], None,
                                    "title without byline: set larger than the body text"))
            p = after
        return found

    # -- boundaries -----------------------------------------------------------------

    def _gap(self, pos: int) -> int:
        return self.layout.gaps[pos]

    def _before(self, pos: int) -> range:
        """Indexes of the lines between content ``pos`` and the content line before it."""
        return range(self.content[pos - 1] + 1 if pos > 0 else 0, self.content[pos])

    def _separated_before(self, pos: int) -> bool:
        """True when an artifact (separator, page break) stands right before content ``pos``."""
        return any(k in self.marks for k in self._before(pos))

    def _separator_before(self, pos: int) -> bool:
        """True when a separator line stands right before content ``pos``."""
        return any(self.marks.get(k, _NO_MARK).kind == "separator" for k in self._before(pos))

    def _page_break_before(self, pos: int) -> bool:
        """True when a form feed or an artifact stands between ``pos`` and the line before."""
        feeds = self.lines.after_form_feeds
        return self._separated_before(pos) or feeds[self.content[pos]] or any(
            feeds[k] for k in self._before(pos))

    def _byline_at(self, pos: int) -> tuple[ParsedByline, list[int]] | None:
        """The byline starting at content ``pos`` (one or two lines), parsed once."""
        if pos not in self._bylines:
            self._bylines[pos] = self._parse_byline_at(pos)
        return self._bylines[pos]

    def _hints(self) -> set[int]:
        """Content positions of the lines that could be a byline's (first) line, as they
        hold a year (every date form of the byline grammar has one) or open with "by".
        Found by scanning the window once, not each line."""
        if self._hint is None:
            pos_of = self.position
            self._hint = hint = set()
            line_starts = self.line_starts
            for m in _YEAR_HINT.finditer(self.text):
                p = pos_of.get(bisect.bisect_right(line_starts, m.start()) - 1)
                if p is not None:
                    hint.add(p)
            for m in _BY_WORD.finditer(self.text):
                p = pos_of.get(bisect.bisect_right(line_starts, m.start()) - 1)
                if p is not None and p not in hint and _BY_HINT.match(self.texts[p]):
                    hint.add(p)
        return self._hint

    def _parse(self, text: str, *, credit_only: bool = False) -> ParsedByline | None:
        """parse_byline, once per distinct line of the window (exports repeat bylines)."""
        key = (text, credit_only)
        if key not in self._parsed:
            self._parsed[key] = parse_byline(text, credit_only=credit_only)
        return self._parsed[key]

    def _parse_byline_at(self, pos: int) -> tuple[ParsedByline, list[int]] | None:
        t = self._text_at(pos)
        if len(t) > 200:
            return None
        hints = self._hints()
        if pos not in hints:
            if pos + 1 in hints:
                return self._wrapped_byline_at(pos)
            return None
        parsed = self._parse(t)
        if parsed is None:
            return self._wrapped_byline_at(pos)
        if parsed.people_only and pos + 1 < len(self.content) and self._gap(pos + 1) <= 1:
            second = self._parse(self._text_at(pos + 1), credit_only=True)
            if second and not second.has_by and (second.date or second.outlet):
                return parsed.merged(second), [pos, pos + 1]
        return parsed, [pos]

    def _wrapped_byline_at(self, pos: int) -> tuple[ParsedByline, list[int]] | None:
        """A byline wrapped over two lines in a narrow column ("..., The Lakeside" /
        "Times, 12 May 2022"): it counts only when the joined line parses with a date."""
        nxt = pos + 1
        t = self._text_at(pos)
        if nxt >= len(self.content) or self._gap(nxt) > 0 or self.ends[pos]:
            return None
        if not any(sep in t for sep in ",|•"):
            return None  # the first half of a byline already holds a field separator
        joined = f"{t} {self._text_at(nxt)}"
        if len(joined) > 200:
            return None
        parsed = self._parse(joined)
        if parsed is None or parsed.date is None or not (parsed.outlet or parsed.authors):
            return None
        return parsed, [pos, nxt]

    def _title_block(self, pos: int, floor: int) -> list[int]:
        """Content positions of the title lines right before the byline at ``pos``."""
        block: list[int] = []
        k = pos - 1
        while k > floor and len(block) < _MAX_TITLE_LINES and _title_like(
                self._text_at(k), continuation=True):
            if block and (self._gap(block[0]) > 0 or not self._wraps_into(k, block[0])):
                break
            block.insert(0, k)
            k -= 1
        while block and not self.upper[block[0]]:
            block.pop(0)
        # A block glued to a sentence that runs on into it keeps only lines that wrap.
        while len(block) > 1:
            first = block[0]
            before = first - 1
            delimited = (
                before <= floor
                or self._gap(first) > 0
                or self.ends[before]
                or self._separated_before(first)
            )
            if delimited:
                break
            block.pop(0)
        return block

    def _wraps_into(self, a: int, b: int) -> bool:
        """Whether title line ``a`` plausibly wraps into line ``b`` (one title, not two)."""
        ta = self._text_at(a)
        return (
            self._continues_title(a, b)
            or self.lower[b]
            or ta[-1:] in "-(,–—/&"
            or len(ta) >= 0.5 * self.layout.width
        )

    def _head_start(self) -> list[_Start]:
        """The article the window before left to this one, at its first line."""
        head = self.carry.head
        if head is None:
            return []
        pos = self.position
        return [_Start([pos[i] for i in head.title], [pos[i] for i in head.byline],
                       head.parsed, head.reason)]

    def find_starts(self) -> list[_Start]:
        starts = self._head_start()
        floor = starts[0].head_end if starts else -1  # last position claimed by a head
        # Only a line with a hint, or the line before one (a wrapped byline), can start a
        # byline: the others are never tried.
        hints = self._hints()
        tryable = sorted({q for p in hints for q in (p - 1, p) if q > floor})
        k = 0
        while k < len(tryable):
            pos = tryable[k]
            k += 1
            found = self._byline_at(pos)
            if found is None:
                continue
            parsed, byline = found
            title = self._title_block(pos, floor)
            if not title and not (pos == 0 or self._separated_before(pos) or pos - 1 == floor):
                self.roles[self.content[pos]] = (
                    "body", "byline-shaped, but no title stands before it")
                continue
            if pos - 1 == floor and not title and starts:
                continue  # a byline right after another article's head: not a new article
            reason = f"byline on line {self.content[pos] + 1 + self.carry.line}"
            starts.append(_Start(title, byline, parsed, reason))
            floor = byline[-1]
            k = bisect.bisect_right(tryable, floor)
        return starts

    def bylineless_starts(self, starts: list[_Start]) -> list[_Start]:
        """Articles without a byline, found by how this document sets its articles apart.

        The articles found by their bylines teach two rules. If each of them (after the
        first) follows a separator and no paragraph does, a title-like line after a
        separator starts an article. If the blank gap usual before their titles is wider
        than any gap before a paragraph, a title-like line after such a gap starts one.
        Sub-headings stay in the body: they are refused whenever these rules are unclear.
        """
        if len(starts) < _MIN_LEARNED_STARTS:
            return []
        later = [s.first for s in starts[1:]]
        bodies: list[int] = []
        for n, st in enumerate(starts):
            end = starts[n + 1].first if n + 1 < len(starts) else len(self.content)
            bodies.extend(range(st.head_end + 2, end))  # the first body line never qualifies
        heads = set(later)
        lines = [p for p in bodies if p not in heads]
        # Paragraphs: the lines among those that show themselves prose. Each rule asks
        # about few of them, so they are not all looked at.
        by_separator = all(self._separator_before(p) for p in later) and not any(
            self._separator_before(p) and self._is_prose(p) for p in lines)
        gaps = sorted(self._gap(p) for p in later)
        usual = gaps[len(gaps) // 2]
        by_gap = (
            usual >= _MIN_ARTICLE_GAP
            and not any(self._gap(p) >= usual and self._is_prose(p) for p in lines)
            and len(list(itertools.islice(filter(self._is_prose, lines), _MIN_OBSERVED)))
            == _MIN_OBSERVED
        )
        if not (by_separator or by_gap):
            return self._topic_starts(starts, bodies, usual)
        found = []
        if self._opens_with_article(starts[0].first, usual if by_gap else None, by_separator):
            found.append(_Start([0], [], None, "first article, without byline: set apart "
                                "from the next as articles are here"))
        for p in bodies:
            if p + 1 >= len(self.content) or not self.upper[p] or not _heading_like(
                    self._text_at(p)):
                continue
            if self._runs_on(p) and not self._continues_title(p, p + 1):
                continue  # a paragraph's first line, not a title
            if self._byline_at(p) is not None:
                continue
            if by_separator and self._separator_before(p):
                reason = "title without byline: after a separator, as each article here"
            elif by_gap and self._gap(p) >= usual:
                reason = (f"title without byline: {self._gap(p)} blank lines before it, "
                          "as before each article")
            else:
                continue
            title = [p]
            nxt = p + 1
            while (nxt < len(self.content) and len(title) < _MAX_TITLE_LINES
                   and self._gap(nxt) == 0 and _title_like(self._text_at(nxt), continuation=True)
                   and self._continues_title(title[-1], nxt)):
                title.append(nxt)
                nxt += 1
            if nxt < len(self.content):
                found.append(_Start(title, [], None, reason))
        return found

    def _topic_starts(self, starts: list[_Start], bodies: list[int], usual: int) -> list[_Start]:
        """Titles without a byline that layout cannot tell from sub-headings: a heading set
        apart as the titles are, as long as the document's shortest title and longer than
        most sub-headings, after which the text leaves the article's vocabulary."""
        firsts = [st.first for st in starts]
        title_words = [len(" ".join(self._text_at(t) for t in st.title).split())
                       for st in starts if st.title]
        shortest = max(_MIN_TOPIC_TITLE_WORDS, min(title_words, default=0))
        gaps, last = self.layout.gaps, len(self.content) - 1
        candidates = [
            p for p in bodies
            if gaps[p] >= usual and p < last
            and len(self._text_at(p).split()) >= shortest
            and _heading_like(self._text_at(p)) and not self._runs_on(p)
            and self._byline_at(p) is None
        ]
        if not candidates:
            return []
        # Each stretch between two cuts (article starts, candidates) is read once; words
        # never cross lines, so an article's words are the union of its stretches.
        cuts = sorted(set(firsts) | set(candidates))
        ends = [*cuts[1:], len(self.content)]
        starts_at = set(firsts)
        folded = FoldedLines(self.texts)
        # A candidate's stretch is its own line and the text after it, read apart:
        # the text after it is weighed on its own below.
        after = {c: folded.words(c + 1, e)
                 for c, e in zip(cuts, ends, strict=True) if c not in starts_at}
        stretch = {c: (folded.words(c, e) if c in starts_at
                       else folded.words(c, c + 1) | after[c])
                   for c, e in zip(cuts, ends, strict=True)}
        so_far: dict[int, frozenset[str]] = {}  # candidate -> words of its article before it
        articles: list[frozenset[str]] = []
        for c in cuts:
            if c in starts_at:
                articles.append(frozenset())
            else:
                so_far[c] = articles[-1]
            articles[-1] |= stretch[c]
        vocab = Vocabularies(articles)
        found = []
        for p in cuts:
            if p in starts_at:
                continue
            before = so_far[p]
            if min(len(before), len(after[p])) < _MIN_TOPIC_WORDS:
                continue
            kept = vocab.carried_over(before, after[p])
            if kept < _TOPIC_SHIFT:
                found.append(_Start([p], [], None, (
                    f"title without byline: its text shares {kept:.0%} of its vocabulary "
                    "with the article before (a sub-heading's carries on)")))
        return found

    def _opens_with_article(self, first: int, usual: int | None, by_separator: bool) -> bool:
        """Whether the text before the first byline article is itself an article.

        It is when it is set apart from that article the way articles are set apart here,
        opens with a title-like line and holds running prose; otherwise it is preamble.
        """
        if first < 2 or not _title_like(self._text_at(0)):
            return False
        apart = (by_separator and self._separator_before(first)) or (
            usual is not None and self._gap(first) >= usual)
        prose = sum(1 for p in range(1, first) if self.ends[p]
                    and len(self._text_at(p)) > 40)
        return apart and prose >= 1 and self._byline_at(0) is None

    def _is_prose(self, p: int) -> bool:
        """Line ``p`` shows itself running text: a sentence ends in it, or the next line
        continues it in lower case."""
        if self.ends[p] or has_inner_sentence(self._text_at(p)):
            return True
        return self._runs_on(p)

    def _runs_on(self, p: int) -> bool:
        """The next line continues ``p`` in lower case, across at most one blank line
        (so whether the text is double-spaced does not matter) or across page furniture."""
        nxt = p + 1
        return (nxt < len(self.content) and self.lower[nxt] and (
            self.layout.raw_gaps[nxt] <= 1 or self._separated_before(nxt)))

    def _continues_title(self, a: int, b: int) -> bool:
        """Line ``b`` surely continues title line ``a``: ``a`` is left unfinished.

        A lower-case start alone is no proof here: running text does the same.
        """
        ta = self._text_at(a)
        last = ta.rsplit(None, 1)[-1].casefold() if ta.split() else ""
        return last in _FUNCTION_WORDS or ta.count("(") > ta.count(")")

    def fallback_start(self) -> list[_Start]:
        """No byline anywhere: the whole text is one article, titled by a title-like head."""
        if not self.content:
            return []
        self.warnings.append("no byline found: the text is read as one article")
        first = 0
        t = self._text_at(first)
        titled = (
            len(self.content) > 1
            and _title_like(t)
            and (self._gap(1) > 0 or len(t) < 0.7 * self.layout.width)
        )
        return [_Start([first] if titled else [], [], None, "start of text, no byline cues", first)]

    # -- articles -------------------------------------------------------------------

    def build(self) -> _Piece | None:
        """The window's articles, artifacts and line roles, up to the article it leaves
        to the next window (all of them in the last window). ``None`` when a window
        that is not the last holds fewer than two articles: it must grow."""
        starts = self.find_starts()
        if starts:
            extra = self.bylineless_starts(starts)
            known = {st.first for st in extra}
            extra += [st for st in self.typeset_starts(starts) if st.first not in known]
            starts = sorted(starts + extra, key=lambda st: st.first)
        else:
            starts = self.fallback_start()
        if not self.final and len(starts) < 2:
            return None
        kept = starts if self.final else starts[:-1]
        firsts = [s.first for s in starts]
        articles = []
        for n, start in enumerate(kept):
            end = firsts[n + 1] if n + 1 < len(starts) else len(self.content)
            articles.append(self._article(n + self.carry.article, start,
                                          list(range(start.head_end + 1, end))))
        cut = len(self.lines) if self.final else self.content[starts[-1].first]
        preamble, preamble_span = self._preamble(starts)
        return _Piece(articles, self._artifacts(cut), self._roles(cut) if self.want_roles else [],
                      preamble, preamble_span, self.warnings,
                      None if self.final else self._carry_over(starts[-1], len(articles)))

    def _carry_over(self, last: _Start, kept: int) -> _Carry:
        """What the next window needs: where it starts, and the article it opens with."""
        cut = self.content[last.first]
        ln = self.lines[cut]
        lines = [self.content[p] for p in (*last.title, *last.byline)]
        marks = tuple((i - cut, self.marks[i]) for i in range(cut, max(lines) + 1)
                      if i in self.marks)
        head = _Head(tuple(self.content[p] - cut for p in last.title),
                     tuple(self.content[p] - cut for p in last.byline),
                     last.parsed, last.reason, marks, self.lines[max(lines)].end - ln.start)
        c = self.carry
        return _Carry(c.offset + ln.start, c.line + cut, c.article + kept, ln.page,
                      ln.after_form_feed, self.has_pages, head)

    def _article(self, n: int, start: _Start, body: list[int]) -> Article:
        byline = None
        if start.byline:
            raw = "\n".join(self._text_at(p) for p in start.byline)
            pb = start.parsed
            assert pb is not None
            span = self._span(self.lines.text_start(self.content[start.byline[0]]),
                              self.lines.text_end(self.content[start.byline[-1]]))
            byline = Byline(raw, span, pb.authors,
                            pb.outlet, pb.date, pb.place, pb.via)
        cut = boilerplate_block([self._text_at(p) for p in body])
        if cut is not None:
            for p in body[cut:]:
                self.marks[self.content[p]] = Mark(
                    "boilerplate", "a list of links ends the article")
            body = body[:cut]
        layout = self._body_layout(body)
        headings = self._headings(body, layout)
        paragraphs = self._paragraphs(body, headings, layout)
        if self.want_roles:
            self._head_roles(n, start)
            body_role = ("body", f"body of article {n + 1}")  # one reason for all its lines
            for p in body:
                if p in headings:
                    self.roles[self.content[p]] = _HEADING_ROLE
                else:
                    self.roles.setdefault(self.content[p], body_role)
        title = None
        if start.title:
            title = join_lines([self._text_at(p) for p in start.title], self._keep)
        begin, end = self._extent(start.first, start, body)
        urls = tuple(m.group().rstrip(".,;:)]”’\"'") for m in URL_RE.finditer(
            self.text, begin, end)) if may_hold_url(self.text, begin, end) else ()
        dateline = None
        if paragraphs:
            m = _DATELINE.match(paragraphs[0])
            if m and any(len(w) >= 3 and w.isupper() for w in m["dl"].split()):
                dateline = m["dl"].strip()
        pages: tuple[int, ...] = ()
        if self.has_pages:
            lo, hi = self._line_range(begin, end)
            pages = tuple(sorted(set(itertools.compress(
                self.lines.pages[lo:hi], map(operator.not_, self.lines.blanks[lo:hi])))))
        return Article(
            title=title,
            byline=byline,
            body="\n\n".join(paragraphs),
            span=self._span(begin, end),
            paragraphs=tuple(paragraphs),
            headings=tuple(self._text_at(p) for p in body if p in headings),
            dateline=dateline,
            urls=urls,
            pages=pages,
        )

    def _head_roles(self, n: int, start: _Start) -> None:
        """Say why the title and byline lines of article ``n`` (from 0) are what they are."""
        for pos in start.title:
            self.roles[self.content[pos]] = ("title", f"title of article {n + 1}: {start.reason}")
        pb = start.parsed
        for pos in start.byline:
            assert pb is not None
            self.roles[self.content[pos]] = (
                "byline", f"byline of article {n + 1}: authors={list(pb.authors)} "
                f"outlet={pb.outlet!r} date={pb.date} place={pb.place!r} via={pb.via!r}")

    def _line_range(self, begin: int, end: int) -> tuple[int, int]:
        starts = self.line_starts
        return bisect.bisect_right(starts, begin) - 1, bisect.bisect_left(starts, end)

    def _extent(self, first: int, start: _Start, body: list[int]) -> tuple[int, int]:
        """Window offsets of an article: its first line to its last, trailing artifacts
        included."""
        begin = self.lines.text_start(self.content[first])
        last_pos = body[-1] if body else max(start.head_end, first)
        last_line = self.content[last_pos]
        # trailing artifacts before the next article belong to this article's span
        nxt = self.content[last_pos + 1] if last_pos + 1 < len(self.content) else len(self.lines)
        blanks = self.lines.blanks
        for i in range(nxt - 1, last_line, -1):
            if not blanks[i]:
                last_line = i
                break
        return begin, self.lines.text_end(last_line)

    def _keep(self, left: str, right: str) -> bool:
        return keep_hyphen(left, right, self.vocabulary)

    def _body_layout(self, body: list[int]) -> _BodyLayout:
        """Spacing and width of one article: digests mix sources laid out differently.
        ``body``: consecutive content positions."""
        if not body:
            return _BodyLayout(self.layout.raw_gaps, self.layout.width)
        lo, hi = body[0], body[-1] + 1
        assert hi - lo == len(body)
        gaps = self.layout.raw_gaps[lo:hi]
        if _double_spaced(gaps, self.ends[lo:hi], self.lower[lo:hi]):
            return _BodyLayout({p: max(0, g - 1) for p, g in zip(body, gaps, strict=True)},
                               _wrap_width(self.lengths[lo:hi]))
        return _BodyLayout(self.layout.raw_gaps, _wrap_width(self.lengths[lo:hi]))

    def _headings(self, body: list[int], bl: _BodyLayout) -> set[int]:
        found: set[int] = set()
        lay = self.layout
        width = bl.width
        for k in range(1, len(body) - 1):
            p, prev, nxt = body[k], body[k - 1], body[k + 1]
            # the cheap conditions first: most lines fail one of them
            if not (self.upper[p] and self.upper[nxt]):
                continue
            if not (bl.gap[p] > 0 or self.ends[prev] or prev in found):
                continue  # nothing opens a heading here
            t = self._text_at(p)
            if len(t) > _MAX_HEADING_CHARS or not _heading_like(t) or t.rstrip()[-1:] in "?!":
                continue
            nt = self._text_at(nxt)
            closes = bl.gap[nxt] > 0 or (lay.indent_paragraphs and self.indented[nxt]) or (
                len(t) < 0.75 * width)
            substantial = len(nt) >= min(0.5 * width, 80) or (
                k + 2 < len(body) and bl.gap[body[k + 2]] == 0 and not self.ends[nxt])
            if closes and substantial:
                found.add(p)
        return found

    def _paragraphs(self, body: list[int], headings: set[int], bl: _BodyLayout) -> list[str]:
        if not body:
            return []
        texts, lengths, ends_at, lower_at, upper_at = (
            self.texts, self.lengths, self.ends, self.lower, self.upper)
        gap = bl.gap
        indent_paragraphs = self.layout.indent_paragraphs
        short_end, short = 0.8 * bl.width, 0.6 * bl.width
        paragraphs: list[list[str]] = [[texts[body[0]]]]
        for prev, p in itertools.pairwise(body):
            ends, lower = ends_at[prev], lower_at[p]
            new = (
                gap[p] > 0
                or p in headings
                or prev in headings
                or (indent_paragraphs and self.indented[p] and not lower
                    and not self._separated_before(p))
                or (ends and lengths[prev] < short_end and not lower)
                or (lengths[prev] < short and upper_at[p] and not texts[prev].endswith("-"))
            ) and not (not ends and lower and self._page_break_before(p))  # runs on
            if new:
                paragraphs.append([texts[p]])
            else:
                paragraphs[-1].append(texts[p])
        return [lines[0] if len(lines) == 1 else join_lines(lines, self._keep)
                for lines in paragraphs]

    # -- the document ---------------------------------------------------------------

    def _preamble(self, starts: Sequence[_Start]) -> tuple[str, Span | None]:
        """Text before the first article (all the text when there is none)."""
        blanks = self.lines.blanks
        last = self.content[starts[0].first] if starts else len(blanks)
        pre = [i for i in range(last) if not blanks[i]]
        if starts:
            for i in pre:
                if i not in self.marks:
                    self.roles[i] = ("preamble", "before the first article")
        if not pre:
            return "", None
        begin, end = self.lines[pre[0]].text_start, self.lines[pre[-1]].text_end
        return self.text[begin:end], self._span(begin, end)

    def _roles(self, cut: int) -> list[LineRole]:
        """The role of each line before line ``cut``."""
        roles = []
        lines = self.lines
        for i in range(cut):
            if lines.blanks[i]:
                role, reason = "blank", ""
            elif i in self.marks:
                role, reason = self.marks[i].kind, self.marks[i].reason
            else:
                role, reason = self.roles.get(i, ("preamble", "no article claims it"))
            roles.append(LineRole(i + 1 + self.carry.line,
                                  self._span(lines.starts[i], lines.ends[i]), role, reason))
        return roles

    def _artifacts(self, cut: int) -> list[Artifact]:
        """One artifact per marked line before line ``cut``; consecutive boilerplate
        lines make one block."""
        out: list[Artifact] = []
        lines = self.lines
        number = self.carry.line + 1  # line numbers count from 1 in the whole text
        first = last = -1  # the boilerplate block being gathered, by line index

        def flush() -> None:
            nonlocal first
            if first >= 0:
                begin, end = lines.text_start(first), lines.text_end(last)
                out.append(Artifact("boilerplate", self.text[begin:end], self._span(begin, end),
                                    first + number, self._page(first)))
                first = -1

        for i in sorted(k for k in self.marks if k < cut):
            kind = self.marks[i].kind
            if kind == "boilerplate":
                if first >= 0 and not all(lines.blanks[last + 1 : i]):
                    flush()  # text between: a new block
                if first < 0:
                    first = i
                last = i
                continue
            flush()
            text = lines.texts[i]
            page = self._page(i)
            if kind == "page_number" and not self.has_pages:
                digits = _DIGITS.search(text)
                page = int(digits.group()) if digits else None
            begin = lines.text_start(i)
            out.append(Artifact(kind, text, self._span(begin, begin + len(text)), i + number,
                                page))
        flush()
        return out

    def _page(self, i: int) -> int | None:
        """The page of line ``i``, when the text has pages."""
        return self.lines.pages[i] if self.has_pages else None


class _Buffer:
    """Text arriving in chunks, held from the current window's start on."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = iter(chunks)
        self._text = ""
        self._start = 0  # where the current window starts in ``_text``
        self.ended = False  # every chunk has been read

    def _fill(self, size: int) -> None:
        """Read until more than ``size`` characters follow the window start, or the end."""
        have = len(self._text) - self._start
        if have > size or self.ended:
            return
        parts = [self._text[self._start :]]
        while have <= size:
            chunk = next(self._chunks, None)
            if chunk is None:
                self.ended = True
                break
            parts.append(chunk)
            have += len(chunk)
        parts = [p for p in parts if p]
        self._text = parts[0] if len(parts) == 1 else "".join(parts)  # one chunk: no copy
        self._start = 0

    def window(self, size: int) -> tuple[str, bool]:
        """The next window: at least ``size`` characters (fewer only at the end of the
        text), up to the end of a line; and whether it reaches the end of the text."""
        while True:
            self._fill(size)
            end = line_end(self._text, self._start + size, complete=self.ended)
            if end is not None:
                return self._text[self._start : end], self.ended and end == len(self._text)
            size = len(self._text) - self._start  # no line end yet: read on

    def advance(self, n: int) -> None:
        """Move the window start ``n`` characters on."""
        self._start += n


def _may_hold_byline(text: str) -> bool:
    """False only when no line of ``text`` is worth trying as a byline. Without one, a
    window holds at most one article (the one it opens with, or the whole text)."""
    return _YEAR_HINT.search(text) is not None or _BY_WORD.search(text) is not None


def _pieces(chunks: Iterable[str], styles: Sequence[LineStyle | None] | None = None, *,
            roles: bool) -> Iterator[_Piece]:
    """Run the pipeline window by window over text arriving in ``chunks``.

    Each window runs to the end of a line past ``WINDOW`` characters. All its articles
    but the last are final; the next window starts at the last one's first line and is
    told that an article starts there, so no article is ever cut in two. A window with
    fewer than two articles grows until it holds two or reaches the end.
    """
    buf = _Buffer(chunks)
    carry = _Carry()
    size = WINDOW
    while True:
        text, final = buf.window(size)
        if not final and styles is None and not _may_hold_byline(text):
            size *= _GROWTH  # no byline, so no second article: skip reading it twice
            continue
        piece = _Analysis(text, styles, carry=carry, final=final, roles=roles).build()
        if piece is None:
            size *= _GROWTH
            continue
        yield piece
        if piece.carry is None:
            return
        buf.advance(piece.carry.offset - carry.offset)
        carry = piece.carry
        assert carry.head is not None
        size = max(WINDOW, carry.head.extent)  # the window must hold the article's head


def iter_articles(chunks: Iterable[str]) -> Iterator[Article]:
    """The articles of the text that ``chunks`` make up when joined, as windows complete."""
    for piece in _pieces(chunks, roles=False):
        yield from piece.articles


def segment_text(text: str) -> list[Article]:
    """The articles of ``text`` (what ``analyze_text`` finds, without line roles)."""
    return list(iter_articles([text]))


def analyze_text(text: str, styles: Sequence[LineStyle | None] | None = None) -> Document:
    """Run the whole pipeline over ``text``; ``styles`` (from a PDF) align with its lines."""
    if styles is not None and len(styles) != len(split_lines(text)):
        styles = None  # misaligned hints are worse than none
    pieces = list(_pieces([text], styles, roles=True))
    warnings = list(dict.fromkeys(w for p in pieces for w in p.warnings))
    return Document(
        articles=tuple(a for p in pieces for a in p.articles),
        artifacts=tuple(a for p in pieces for a in p.artifacts),
        preamble=pieces[0].preamble,
        preamble_span=pieces[0].preamble_span,
        lines=tuple(r for p in pieces for r in p.roles),
        warnings=tuple(warnings),
        text=text,
    )
