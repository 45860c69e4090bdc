"""Contents lists: a labelled contents list among a text's first lines -> the headings in
the text after it that its entries name, each the start of an article (the list confirms
and names them; a heading it names is no sub-heading)."""

from __future__ import annotations

from .frontmatter import folded, is_contents_label, numbered_entries
from .rules import Context, Found, Start
from .shapes import MAX_HEADING_CHARS, title_like

__all__ = ["CONTENTS_RULE", "contents_starts"]

CONTENTS_RULE = "contents"  # the rule's name, as START_RULES and the evidence give it

_MAX_LABEL_LINE = 300  # the label stands among the text's first content lines
_MAX_ENTRY_LINES = 150  # a list holds at most this many lines
_LIST_GAP = 3  # blank lines this many, after some entries, end the list
_MIN_FOUND = 3  # entries found again as headings before the list is trusted
_MIN_ENTRY_CHARS = 8  # a shorter entry may be found by chance
_PART = "--"  # sets apart the parts of an entry: section, title, author, description


def contents_starts(ctx: Context, found: Found) -> list[Start]:
    """Starts at the headings a contents list names: the first line after the list that
    reads the same as an entry (case, punctuation, a page number and notes in brackets
    aside), or as a part of it its dashes set apart ("Wire Rope Towage.--Treating of
    ..." names "WIRE ROPE TOWAGE."); none unless three entries are found so."""
    c = ctx.content
    if c.first_line or found.head is not None:
        return []  # a contents list opens the text
    label = next((p for p in range(min(len(c.index), _MAX_LABEL_LINE))
                  if is_contents_label(c.texts[p])), None)
    if label is None:
        return []
    entries, end = _entries(ctx, label)
    claimed = {p for st in found.starts for p in st.title}
    heads = _headings(ctx, end)
    out: dict[int, Start] = {}
    named = set()
    for line, entry in entries:  # in page order or not (a list grouped by subject)
        p = _named(heads, entry)
        if p is None or p in named:
            continue
        named.add(p)
        if p not in claimed:
            out[p] = Start((p,), (), None, CONTENTS_RULE,
                           f"named by the contents entry on line {line}")
    return [out[p] for p in sorted(out)] if len(named) >= _MIN_FOUND else []


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
    """The short title-like lines after content ``end`` that are no byline, by their
    folded text."""
    c = ctx.content
    out: dict[str, list[int]] = {}
    for p in range(end + 1, len(c.index)):
        t = c.texts[p]
        if (len(t) <= MAX_HEADING_CHARS and c.upper[p] and title_like(t)
                and ctx.bylines.at(p) is None):
            out.setdefault(folded(t), []).append(p)
    return out


def _named(heads: dict[str, list[int]], entry: str) -> int | None:
    """The first heading that reads as ``entry``, or as one of the parts its dashes
    set apart ("ENGINEERING.--The Windmill.--By J. HILL" names "THE WINDMILL.")."""
    keys = {folded(part) for part in (entry, *entry.split(_PART))}
    found = [heads[k][0] for k in keys if len(k) >= _MIN_ENTRY_CHARS and k in heads]
    return min(found, default=None)
