"""Contents lists: a contents list among a text's first lines (labelled, or a block of
titles most of which are found again) -> the headings in the text after it that its
entries name, each the start of an article (the list confirms and names them; a heading
it names is no sub-heading); and a run of starts whose titles end with rising page
numbers -> contents entries, refused."""

from __future__ import annotations

import itertools

from ..marking.content import Content
from .frontmatter import folded, is_contents_label, numbered_entries
from .rules import Context, Found, Refusal, Start
from .shapes import MAX_HEADING_CHARS, page_at_end, title_like

__all__ = ["CONTENTS_RULE", "contents_starts", "without_contents"]

CONTENTS_RULE = "contents"  # the rule's name, as START_RULES and the evidence give it

_MAX_LABEL_LINE = 300  # the label stands among the text's first content lines
_MAX_ENTRY_LINES = 150  # a list holds at most this many lines
_LIST_GAP = 3  # blank lines this many, after some entries, end the list
_MIN_FOUND = 3  # entries found again as headings before the list is trusted
_MIN_ENTRY_CHARS = 8  # a shorter entry may be found by chance
_MIN_CONTENTS = 2  # a contents list has at least this many entries with a byline
# between an entry's byline and the next start: at most so many lines, each short
_MAX_UNDER_LINES, _MAX_UNDER_CHARS = 12, 80
# Of a contents list's entries, at least these shares have nothing under them, and only
# short lines.
_EMPTY_SHARE, _SHORT_SHARE = 1 / 3, 2 / 3
_MAX_PAGE_DIGITS = 4
_PROSE_CHARS = 60  # a sentence this long ends the lines opening a text: prose begins
_PART = "--"  # sets apart the parts of an entry: section, title, author, description


def contents_starts(ctx: Context, found: Found) -> list[Start]:
    """Starts at the headings a contents list names: the first line after the list that
    reads the same as an entry (case, punctuation, a page number and notes in brackets
    aside), or as a part of it its dashes set apart ("Wire Rope Towage.--Treating of
    ..." names "WIRE ROPE TOWAGE."); none unless three entries are found so, and, for
    a list without a label, most of its lines."""
    c = ctx.content
    if c.first_line or found.head is not None:
        return []  # a contents list opens the text
    label = next((p for p in range(min(len(c.index), _MAX_LABEL_LINE))
                  if is_contents_label(c.texts[p])), None)
    entries, end = _entries(ctx, label) if label is not None else _front_lines(ctx, found)
    if len(entries) < _MIN_FOUND:
        return []  # too few to be trusted: the text's headings are not looked for
    named = _found_again(_headings(ctx, end), entries)
    # a list without a label: most of its lines are found again, not a masthead's few
    enough = len(named) >= _MIN_FOUND and (label is not None or 2 * len(named) >= len(entries))
    claimed = {p for st in found.starts for p in st.title}
    return [Start((p,), (), None, CONTENTS_RULE, f"named by the contents entry on line {line}")
            for p, line in sorted(named.items()) if p not in claimed] if enough else []


def _found_again(heads: dict[str, list[int]],
                 entries: list[tuple[int, str]]) -> dict[int, int]:
    """The headings the ``entries`` (line, text) name, each with the first entry's line
    naming it; in page order or not (a list grouped by subject)."""
    named: dict[int, int] = {}
    for line, entry in entries:
        p = _named(heads, entry)
        if p is not None and p not in named:
            named[p] = line
    return named


def _front_lines(ctx: Context, found: Found) -> tuple[list[tuple[int, str]], int]:
    """A contents list without a label, as a clipping service's first page prints one:
    the short title-like lines opening the text, up to its first paragraph of prose, its
    first start, or a gap wider than those between its lines (and the last line read),
    each with its line number."""
    c, gaps = ctx.content, ctx.layout.gaps
    first = min((st.first for st in found.starts), default=len(c.index))
    out: list[tuple[int, str]] = []
    inner = -1  # the widest gap between two of its lines so far
    p = 0
    while p < min(first, _MAX_LABEL_LINE) and not (c.ends[p] and c.lengths[p] > _PROSE_CHARS):
        if len(out) > 1 and gaps[p] > inner:
            break  # the list ends where a wider gap than its own sets it apart
        if c.lengths[p] <= MAX_HEADING_CHARS and title_like(c.texts[p]):
            inner = max(inner, gaps[p]) if out else inner
            out.append((c.index[p] + c.first_line + 1, c.texts[p]))
        p += 1
    return out, p - 1


def _entries(ctx: Context, label: int) -> tuple[list[tuple[int, str]], int]:
    """The entries under ``label`` (line number, text without a page number and notes in
    brackets) and the list's last content position: in a list with page numbers, the
    numbered entries (an entry's wrapped lines with it, its sub-lines aside); else each
    line up to a wide gap or a separator."""
    c, gaps = ctx.content, ctx.layout.gaps
    number = c.first_line + 1
    numbered = numbered_entries(c, label)
    if numbered is not None:
        return [(c.index[p] + number, t) for p, t in numbered[0]], numbered[1]
    out: list[tuple[int, str]] = []
    p = label + 1
    while p < min(len(c.index), label + _MAX_ENTRY_LINES):
        if out and (gaps[p] >= _LIST_GAP or c.separator_before(p)):
            break
        out.append((c.index[p] + number, c.texts[p].split(" (")[0]))
        p += 1
    return out, p - 1


def _headings(ctx: Context, end: int) -> dict[str, list[int]]:
    """The short title-like lines after content ``end`` that stand alone (a blank line
    under them: no paragraph's first line) and are no byline, by their folded text."""
    c, gaps = ctx.content, ctx.layout.gaps
    out: dict[str, list[int]] = {}
    last = len(c.index) - 1
    for p in range(end + 1, last):
        t = c.texts[p]
        if (len(t) <= MAX_HEADING_CHARS and c.upper[p] and gaps[p + 1] > 0
                and title_like(t) and ctx.bylines.at(p) is None):
            out.setdefault(folded(t), []).append(p)  # a line of its own, a paragraph's
    return out


def _named(heads: dict[str, list[int]], entry: str) -> int | None:
    """The first heading that reads as ``entry``, or as one of the parts its dashes
    set apart ("ENGINEERING.--The Windmill.--By J. HILL" names "THE WINDMILL.")."""
    keys = {folded(part) for part in (entry, *entry.split(_PART))}
    found = [heads[k][0] for k in keys if len(k) >= _MIN_ENTRY_CHARS and k in heads]
    return min(found, default=None)


def without_contents(c: Content, found: list[Start | Refusal]) -> list[Start | Refusal]:
    """``found`` with the entries of a contents list refused: three starts or more in a
    row whose titles end with a page number, the numbers rising, under most of which only
    a few short lines stand (entries without a byline, a subtitle) and, under many,
    nothing ("COMMON SENSE ABOUT THE WAR 11", "_By George Bernard Shaw_", the next)."""
    entries: set[int] = set()
    run: list[tuple[int, int, int, bool, bool]] = []
    for entry in [*_entry_starts(c, found), None]:
        if entry is not None and (not run or (entry[1] == run[-1][1] + 1
                                              and entry[2] >= run[-1][2])):
            run.append(entry)
            continue
        if _contents(run):
            entries.update(e[0] for e in run)
        run = [entry] if entry is not None else []
    if not entries:
        return found
    return [Refusal(st.first, "byline", "a contents entry: its title ends with a page "
                    "number, as the entries around it do")
            if n in entries and isinstance(st, Start) else st for n, st in enumerate(found)]


def _contents(run: list[tuple[int, int, int, bool, bool]]) -> bool:
    """Whether a ``run`` of entries is a contents list: long enough, many with nothing
    under them, most with only short lines, the pages rising (not one number repeated:
    the year closing a flood of bylines)."""
    rising = sum(b[2] > a[2] for a, b in itertools.pairwise(run))
    return (len(run) >= _MIN_CONTENTS and _EMPTY_SHARE * len(run) <= sum(e[3] for e in run)
            and _SHORT_SHARE * len(run) <= sum(e[4] for e in run)
            and 2 * rising >= len(run) - 1)


def _entry_starts(c: Content,
             found: list[Start | Refusal]) -> list[tuple[int, int, int, bool, bool]]:
    """The starts of ``found`` that may be contents entries, their titles ending with a
    page number: (index in ``found``, index among its starts, page, whether nothing
    stands under it, whether only a few short lines do)."""
    starts = [(n, st) for n, st in enumerate(found) if isinstance(st, Start)]
    out = []
    for k, (n, st) in enumerate(starts):
        page = page_at_end(c.texts[st.title[-1]], _MAX_PAGE_DIGITS) if st.title else None
        if page is None:
            continue
        last = k + 1 == len(starts)  # what stands under it is not known here
        end = st.head_end + 1 if last else starts[k + 1][1].first
        short = end - st.head_end - 1 <= _MAX_UNDER_LINES and all(
            c.lengths[p] <= _MAX_UNDER_CHARS for p in range(st.head_end + 1, end))
        out.append((n, k, page, not last and end == st.head_end + 1, short))
    return out
