"""Boilerplate: a line -> whether it ends the text (a licence, "End of Document"), and an
article's last lines -> where a closing list of links ("Related posts", "Tags:") starts."""

from __future__ import annotations

import regex

from ..lexicons import BOILERPLATE

__all__ = ["FROM_START", "TO_END", "MayOpenEnd", "boilerplate_block", "end_of_text"]

# End-of-text lines from lexicons/boilerplate.txt, one alternation per scope (one match
# per line, not one per pattern). Bound: tried with fullmatch only on lines of at most
# 200 characters (100 for "block" lines); the patterns in the file are literals with
# fixed options, capped runs of one character class ("-{3,40}", a link's "\S{1,90}")
# and at most one trailing ".*".


def _scope(name: str) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for scope, p in BOILERPLATE if scope == name),
                         regex.IGNORECASE)


TO_END = _scope("to_end")
FROM_START = _scope("from_start")
_BLOCK = _scope("block")


# An end-of-text line opens with these words, after blanks and asterisks at most ("End
# of the Project Gutenberg EBook", "*** END OF ...", "End of Harbour-dev Digest"), in
# one of the two cases these lines are printed in.
_END_CASES, _END_LEAD = ("End of", "END OF"), " \t*"
_MAX_END_LINE = 200  # an end-of-text line is short
_MAX_BLOCK_LINE = 100  # so is a line opening a closing block ("Read more: <link>")


def end_of_text(text: str) -> int | None:
    """Where the first end-of-text line of ``text`` starts (a ``TO_END`` line), if any.

    >>> end_of_text("Body.\\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\\nLicence\\n")
    6
    """
    found = []
    for words in _END_CASES:  # finding each case costs less than lowering the text
        at = text.find(words)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            if not text[start:at].strip(_END_LEAD):  # "end of" opens the line
                end = text.find("\n", at)
                line = text[start : end if end >= 0 else len(text)].strip()
                if len(line) <= _MAX_END_LINE and TO_END.fullmatch(line):
                    found.append(start)
                    break
            at = text.find(words, at + 1)
    if found:
        return min(found)
    return None


class MayOpenEnd(dict[str, bool]):
    """First character -> whether a line opening with it may be an end-of-text line or a
    start-of-text line (asked of ``TO_END`` and ``FROM_START`` once per character, so
    most lines skip the full patterns)."""

    def __missing__(self, c: str) -> bool:
        opens = self[c] = (TO_END.fullmatch(c, partial=True) is not None
                           or FROM_START.fullmatch(c, partial=True) is not None)
        return opens


def boilerplate_block(texts: list[str]) -> int | None:
    """Where a trailing block of page boilerplate starts in an article's body lines.

    The block is a line such as "Related posts" followed only by short lines (a list of
    links) up to the end of the article. Returns its position in ``texts`` or ``None``.

    >>> boilerplate_block(["Body text.", "Related posts", "A link", "Another link"])
    1
    """
    # Only short lines may follow the block: it opens after the last long line. (Asking
    # each candidate about all the lines after it cost time quadratic in their number.)
    last_long = len(texts) - 1  # walked back: the last line is most often long
    while last_long >= 0 and len(texts[last_long]) <= 100:
        last_long -= 1
    refused: set[str] = set()  # a line repeated by the thousand is tried once
    for k in range(last_long + 1, len(texts)):
        t = texts[k]
        if len(t) <= _MAX_BLOCK_LINE and t not in refused and _MAY_OPEN_BLOCK[t[:_LEAD]]:
            if _BLOCK.fullmatch(t):
                return k
            refused.add(t)
    return None


class _MayOpenBlock(dict[str, bool]):
    """A line's first characters -> whether a line opening with them may open a closing
    block (asked of ``_BLOCK`` once per lead, so that most lines of prose skip it)."""

    def __missing__(self, lead: str) -> bool:
        opens = self[lead] = _BLOCK.fullmatch(lead, partial=True) is not None
        return opens


_LEAD = 3  # characters
_MAY_OPEN_BLOCK = _MayOpenBlock()
