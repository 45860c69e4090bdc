"""Page templates: a saved page's lines with the classed blocks each stands in -> the
lines the page's template prints again in every record (a label, a button, a rights
line, a sidebar made of them), which are no article's text.

A page that lists many records (an archive's search results saved whole, a portal's
articles one under the other) prints each record through one template: the same block
(``div.document-infos``) holds the same fixed text ("Source", "Save", "Back to top") in
every record, around the record's own values. Such a line is recognised by what the
page itself shows, not by its words: its text stands in the same block of at least half
of that block's records, three times at least. A block whose records hold many such
lines and no line of prose, inside a block that does hold prose (a sidebar of labels and
their short values beside the article), is template as a whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

__all__ = ["Place", "template_lines"]

# The classed blocks a line stands in, outermost first: each block's tag and class
# ("div.infos") and which of the page's blocks it is (a running number).
Place = tuple[tuple[str, int], ...]

_MIN_RECORDS = 3  # a template prints a line in at least this many records
_MAX_SHORT = 100  # characters: a longer line is prose, which no sidebar holds
_MIN_LINES = 3  # lines per record of a block that is template as a whole (a sidebar)


def template_lines(texts: Sequence[str], places: Sequence[Place | None],
                   furniture: Sequence[bool]) -> set[int]:
    """The lines of a page (``texts``, each with its ``place``, ``None`` for a blank
    line or one in no classed block) that the page's template prints in every record.
    ``furniture``: the lines already known to be furniture, which count as template
    when a whole block is weighed.

    >>> texts, places = [], []
    >>> for n in range(3):
    ...     record = ("div.record", 10 * n)
    ...     info, body = ("div.info", 10 * n + 1), ("div.text", 10 * n + 2)
    ...     for text, block in [("Source", info), (f"{n + 1} May", info), ("Save", info),
    ...                         (f"Body of article {n}. " * 9, body)]:
    ...         texts.append(text)
    ...         places.append((record, block))
    >>> sorted(template_lines(texts, places, [False] * len(texts)))
    [0, 1, 2, 4, 5, 6, 8, 9, 10]
    """
    fixed = _fixed_lines(texts, places)
    blocks: dict[tuple[str, ...], _Block] = defaultdict(_Block)
    for i, place in enumerate(places):
        if not place:
            continue
        path: tuple[str, ...] = ()
        held = i in fixed or furniture[i]
        for key, number in place:
            path += (key,)
            blocks[path].add(number, len(texts[i]), held)
    # (a block around prose is a record or an article, never a sidebar beside one)
    whole = {path for path, block in blocks.items()
             if block.is_template() and len(path) > 1 and blocks[path[:-1]].longest > _MAX_SHORT}
    if not whole:
        return fixed
    for i, place in enumerate(places):
        if place and i not in fixed:
            path = ()
            for key, _ in place:
                path += (key,)
                if path in whole:
                    fixed.add(i)
                    break
    return fixed


def _fixed_lines(texts: Sequence[str], places: Sequence[Place | None]) -> set[int]:
    """The lines whose text stands in the same innermost block of at least half of that
    block's records (three at least)."""
    records: dict[tuple[str, ...], set[int]] = defaultdict(set)
    holders: dict[tuple[tuple[str, ...], str], set[int]] = defaultdict(set)
    keyed: dict[int, tuple[tuple[str, ...], str]] = {}
    for i, place in enumerate(places):
        if not place:
            continue
        path = tuple(key for key, _ in place)
        number = place[-1][1]
        records[path].add(number)
        keyed[i] = (path, texts[i])
        holders[keyed[i]].add(number)
    return {i for i, k in keyed.items()
            if len(holders[k]) >= _MIN_RECORDS and 2 * len(holders[k]) >= len(records[k[0]])}


class _Block:
    """What the records of one block hold: how many, their lines, how many of those are
    template, and the longest."""

    __slots__ = ("held", "lines", "longest", "records")

    def __init__(self) -> None:
        self.records: set[int] = set()
        self.lines = self.held = self.longest = 0

    def add(self, record: int, chars: int, held: bool) -> None:
        self.records.add(record)
        self.lines += 1
        self.held += held
        self.longest = max(self.longest, chars)

    def is_template(self) -> bool:
        """A sidebar of labels and short values: in three records at least, three lines
        each on average, a third of them template, none of them prose."""
        n = len(self.records)
        return (n >= _MIN_RECORDS and self.lines >= _MIN_LINES * n
                and 3 * self.held >= self.lines and self.longest <= _MAX_SHORT)
