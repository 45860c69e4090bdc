"""Factiva: the text of a Factiva export ("Article Format", one block a line) -> each
article's start with its headline, author, date and publication, its head's metadata
and the "Document ID" trailers as artifacts.

An article's head, from its first line: an optional section ("News"), the headline,
the author (when there is one), the word count ("808 words", "808 Wörter"), the date,
the publication, its code ("HARBT"), an optional page and section ("1; National"), the
language and a copyright line. The head is read from the non-blank lines, so an HTML
page's blocks (a blank line after each) read as the text's lines do. Whether the export
prints a section above every headline is learned from its heads: section names repeat,
headlines do not; then the lines under the headline are all the author's ("By ALAN
RIDING", "Special to The New York Times", or a code: "GCA"). The text follows; the
publication's name may close it, then "Document <ID>" ends the article. A masthead and
a closing copyright notice of Factiva itself are the preamble and boilerplate.
Factiva's coded layout (each field under its code: "HD", "PD", "SN", ...) is read by
``factiva_codes``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ..grammar.bylines import ParsedByline
from ..grammar.credit import field_authors, may_open_with_credit, opening_credit
from ..grammar.dates import parse_date_line
from ..grammar.names import field_people
from ..lines import Lines
from ..marking.artifacts import Mark
from ..marking.fields import FieldLine
from ..starts.rules import Context, Start
from ..text import COPYRIGHT_LINE
from .factiva_codes import Coded, read_codes

__all__ = ["Factiva"]

# The trailer of an article: "Document HARBT00020171113edbd0002r" ("文件 ..." in the
# Chinese interface). Bound: anchored literals, then one capped class repeat.
_DOCUMENT = regex.compile(r"(?:(?:document|dokument)\s|(?:文件|文档)\s?)[A-Za-z0-9]{16,40}",
                          regex.IGNORECASE)
# The word count of an article's head ("808 words", "808 字" in the Chinese interface).
# Bound: anchored, capped digits and literals.
# "Wörter" read from Latin-1 bytes declared as UTF-8 is "W\ufffdrter": the replacement
# character stands for the letter.
_WORDS = regex.compile(r"[\d.,]{1,7}(?:\s(?:words|w[ö\ufffd]rter|mots|palabras|parole|woorden)"
                       r"|\s?字)", regex.IGNORECASE)
# A publication's code ("HARBT", "WSJO"). Bound: one capped class repeat.
_CODE = regex.compile(r"[A-Z0-9]{2,8}")
_HEAD = Mark("field", "Factiva: metadata of an article's head")
_TRAILER = Mark("boilerplate", "Factiva: the document number that ends an article")
_CLOSING = Mark("boilerplate", "Factiva: the publisher's name or Factiva's notice by a trailer")
_MAX_BEFORE = 3  # section, headline and author stand this close above the word count
_MAX_SECTION = 30  # a section's name is short ("Foreign Desk; A", "Forum & Leserbriefe")
_MAX_HEAD = 5  # ... in a sectioned export, with an author's two lines: this close
# Factiva's masthead above the first head ("Dow Jones Factiva", "Factiva", "Dow Jones").
_MASTHEAD = frozenset({"factiva", "dow jones", "dow jones factiva"})
_MAX_AFTER = 6  # date, publication, code, page, language and copyright lines


class Factiva:
    """Reads a Factiva export (see the module note)."""

    name = "factiva"

    def recognise(self, head: str) -> bool:
        """A "Document <ID>" trailer line, or Factiva's masthead and a word count."""
        lines = [t.strip() for t in head.splitlines()]
        if any(_DOCUMENT.fullmatch(t) for t in lines):
            return True
        return "Factiva" in head and any(_WORDS.fullmatch(t) for t in lines)

    def marks(self, lines: Lines) -> dict[int, Mark]:
        """The trailers, and each head's word count, code, page, language and
        copyright lines (its date and publication lines make its byline)."""
        read = _read(lines)
        coded, at, texts, sections = read.coded, read.at, read.texts, read.sections
        out = coded.marks() if coded is not None else {}
        trailers = [k for k, t in enumerate(texts) if _DOCUMENT.fullmatch(t)]
        out.update(dict.fromkeys((at[k] for k in trailers), _TRAILER))
        holders = set()
        for w in read.counts:
            out[at[w]] = _HEAD
            for k in _head_metadata(texts, w):
                out[at[k]] = _HEAD
                if COPYRIGHT_LINE.match(texts[k]):
                    holders.add(_holder(texts[k]))
            section = _head_lines(texts, w, sections=sections)[0]
            if section is not None:
                out[at[section]] = _HEAD
        for k in trailers:  # the publisher closing the text; Factiva's own notice
            if k > 0 and texts[k - 1] in holders:
                out[at[k - 1]] = _CLOSING
            if k + 1 < len(texts) and COPYRIGHT_LINE.match(texts[k + 1]):
                out[at[k + 1]] = _CLOSING
        return out

    def fields(self, lines: Lines) -> list[FieldLine]:
        """The metadata fields of the coded layout, if the lines are in it."""
        coded = _read(lines).coded
        return coded.metadata(lines.texts) if coded is not None else []

    def starts(self, ctx: Context) -> Sequence[Start]:
        """Each article at its headline, its author, date and publication as byline."""
        c = ctx.content
        read = _read(c.lines)
        if read.coded is not None:
            return read.coded.starts(ctx)
        at, texts = read.at, read.texts
        pos = {k: c.position[i] for k, i in enumerate(at) if i in c.position}
        out = []
        for w in read.counts:
            start = _start(pos, texts, w, sections=read.sections)
            if start is not None:
                out.append(start)
        return out


@attrs.frozen(eq=False)
class _Read:
    """What the reader reads of a window's lines once for its marks, fields and starts:
    the coded layout, if the export is in it; the non-blank lines (their indexes and
    texts); the word-count lines of the heads (none in the coded layout); the sections
    the heads name."""

    coded: Coded | None
    at: list[int]
    texts: list[str]
    counts: list[int]
    sections: frozenset[str]


@functools.lru_cache(maxsize=1)
def _read(lines: Lines) -> _Read:
    """``_Read`` of the window ``lines`` (the last window's kept: the pipeline asks for
    its marks, fields and starts one after the other)."""
    coded = read_codes(lines)
    at, texts = _dense(lines.texts)
    counts = _word_counts(texts) if coded is None else []
    return _Read(coded, at, texts, counts, _sections(texts, counts))


def _dense(texts: list[str]) -> tuple[list[int], list[str]]:
    """The non-blank lines: their indexes, and their texts. The head is read from these,
    so that a blank line after each paragraph (as an HTML or DOCX export is read) moves
    no field from its place."""
    at = [i for i, t in enumerate(texts) if t]
    return at, [texts[i] for i in at]


def _word_counts(texts: list[str]) -> list[int]:
    return [i for i, t in enumerate(texts) if len(t) < 30 and _WORDS.fullmatch(t)]


def _head_metadata(texts: list[str], w: int) -> list[int]:
    """The lines after the date and publication lines of the head at word count ``w``:
    the code, page and section, language and copyright lines (up to the copyright)."""
    out = []
    for k in range(w + 3, min(w + 3 + _MAX_AFTER, len(texts))):
        t = texts[k]
        if not t:
            continue
        out.append(k)
        if COPYRIGHT_LINE.match(t):
            break
        if not (_CODE.fullmatch(t) or len(t) <= 30):
            out.pop()
            break
    return out


def _holder(copyright_line: str) -> str:
    """Who a copyright line names: "(c) 2017 Harbour Media Limited" -> the name."""
    words = COPYRIGHT_LINE.sub("", copyright_line, count=1).split()
    return " ".join(w for w in words if not w.isdigit())


def _block(texts: list[str], w: int) -> list[int]:
    """The head's lines above the word count on line ``w`` (of the non-blank ``texts``):
    up to ``_MAX_HEAD`` of them, back to the previous article's trailer or Factiva's
    masthead."""
    block: list[int] = []
    k = w - 1
    while k >= 0 and len(block) < _MAX_HEAD:
        t = texts[k]
        if _DOCUMENT.fullmatch(t) or t.casefold() in _MASTHEAD:
            break
        block.append(k)
        k -= 1
    return block[::-1]


def _section_name(text: str) -> str:
    """A section line's name, its page aside ("Foreign Desk; A" -> "foreign desk")."""
    return "".join(c for c in text.split(";")[0].casefold() if not c.isdigit()).strip()


def _sections(texts: list[str], counts: list[int]) -> frozenset[str]:
    """The section names an export prints above each headline, when it does: the first
    lines of most heads of two lines or more name a section that other heads name too
    ("News", "Foreign Desk; A"); empty when they do not. Headlines seldom repeat;
    sections do."""
    firsts = [_section_name(texts[b[0]]) for w in counts if len(b := _block(texts, w)) >= 2]
    seen: dict[str, int] = {}
    for name in firsts:
        seen[name] = seen.get(name, 0) + 1
    # a section's name is short: a long first line that repeats is a headline printed
    # twice (the same article exported twice)
    repeated = frozenset(n for n, k in seen.items() if k >= 2 and len(n) <= _MAX_SECTION)
    return repeated if 2 * sum(n in repeated for n in firsts) >= len(firsts) else frozenset()


def _head_lines(texts: list[str], w: int, *,
                sections: frozenset[str]) -> tuple[int | None, int | None, tuple[int, ...]]:
    """The section, headline and author lines above the word count on line ``w``, the
    section and headline None when the head has none. In an export that prints
    ``sections`` the first line is the section, the next the headline and the
    rest the authors ("By ALAN RIDING", "Special to The New York Times"); otherwise (or
    when the window holds too few heads to tell) the line above the word count is the
    author when it names people (and, of two lines, is the shorter), the one above it
    the headline, and a short one above that the section."""
    above = _block(texts, w)
    if sections and len(above) >= 2:
        first = texts[above[0]]
        if _section_name(first) in sections or (above[0] > 0 and len(first) <= _MAX_SECTION):
            return above[0], above[1], tuple(above[2:])
        # a head without its section: the window opens at the headline, or it has none
        return None, above[0], tuple(above[1:])
    above = above[-_MAX_BEFORE:]
    if not above:
        return None, None, ()
    by = next((j for j in range(1, len(above)) if _credited(texts[above[j]])), None)
    if by is None:
        by = len(above) - 1 if _named(texts, above) else len(above)
    # "By ALAN RIDING" and the lines after it credit the article, the headline above
    section = above[by - 2] if by >= 2 and len(texts[above[by - 2]]) <= _MAX_SECTION else None
    return section, above[by - 1], tuple(above[by:])


def _named(texts: list[str], above: list[int]) -> bool:
    """The last of a head's lines ``above`` the word count names its author: it names
    people, under a line (of two, the headline is the longer: a section or an
    author's name is short)."""
    last = texts[above[-1]]
    return len(above) >= 2 and bool(field_people(last)) and (
        len(above) > 2 or len(last) <= len(texts[above[-2]]))


def _credited(text: str) -> bool:
    """The line opens with a credit word ("By ", "VON ")."""
    found = opening_credit(text) if may_open_with_credit(text) else None
    return found is not None and found[1]


def _start(pos: dict[int, int], texts: list[str], w: int, *,
           sections: frozenset[str]) -> Start | None:
    """The start of the article whose word count stands on line ``w`` (of the non-blank
    ``texts``; ``pos``: the content position of each of them that is content), in an
    export that prints ``sections`` (empty: none)."""
    date_at, outlet_at = w + 1, w + 2
    if date_at not in pos or outlet_at not in pos:
        return None
    date = parse_date_line(texts[date_at])
    _, title_at, authors = _head_lines(texts, w, sections=sections)
    if date is None or title_at not in pos:
        return None
    authors = tuple(k for k in authors if k in pos)
    people = tuple(p for k in authors for p in field_authors(texts[k]) or ())
    parsed = ParsedByline(authors=people, outlet=texts[outlet_at], date=date)
    byline = tuple(pos[k] for k in (*authors, date_at, outlet_at))
    return Start((pos[title_at],), byline, parsed, "format",
                 "Factiva article: headline above its word count, date and publication")
