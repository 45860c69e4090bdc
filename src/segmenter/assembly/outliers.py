"""Outliers: the text lengths of a document's articles -> a warning for those that look
wrong, an article without text (a title or a credit standing alone) and one many times
longer than the median (starts missed inside it); and the lines an article left in its
text that almost read as its credit -> a warning each. A wrong cut or a refused credit
is said, not left for a reader to find."""

from __future__ import annotations

from collections.abc import Sequence

from ..marking.content import Content
from ..model import Article
from ..starts.frontmatter import folded
from ..text import numbered
from .assemble import Assembled

__all__ = ["Listed", "length_outliers", "near_credit_warnings"]

_LONG = 10  # an article this many times the median length is suspicious ...
_MIN_ARTICLES = 5  # ... among this many articles at least
_MIN_LONG = 5000  # characters: ... and when it is this long
_MAX_LISTED = 10  # articles named in one warning


def length_outliers(lengths: Sequence[int]) -> list[str]:
    """Warnings for the articles (``lengths``: each one's text, in characters, in order)
    without text, and for those ``_LONG`` times the median or more, numbered from 1.

    >>> for warning in length_outliers([900, 0, 1000, 1100, 40000, 950]):
    ...     print(warning)
    article 2 of 6 has no text: a title or a credit alone
    article 5 of 6 has 40 times the median article's length: starts may be missing inside
    """
    n = len(lengths)
    out = []
    empty = [k + 1 for k, size in enumerate(lengths) if size == 0]
    if empty:
        out.append(f"{_articles(empty, n)} no text: a title or a credit alone")
    median = sorted(lengths)[n // 2] if n >= _MIN_ARTICLES else 0
    long = [k + 1 for k, size in enumerate(lengths)
            if median and size >= max(_MIN_LONG, _LONG * median)]
    if long:
        most = max(lengths[k - 1] for k in long) // median
        times = f"{most} times" if len(long) == 1 else f"{_LONG} to {most} times"
        out.append(f"{_articles(long, n)} {times} the median article's length: starts may "
                   "be missing inside")
    return out


def _articles(numbers: list[int], n: int) -> str:
    """"article 7 of 25 has", "articles 3, 9 of 900 have": the first few named."""
    return numbered(numbers, n, "article", ("has", "have"), _MAX_LISTED)


def near_credit_warnings(made: Sequence[Assembled], content: Content,
                         first_article: int) -> list[str]:
    """A warning for each line the articles ``made`` (the first numbered
    ``first_article`` + 1) left in their text that almost read as their credit."""
    number = content.first_line + 1  # line numbers count from 1 in the whole text
    return [f"line {content.index[p] + number} looks like a credit of article "
            f"{first_article + k + 1} but was not read: {why}"
            for k, m in enumerate(made) for p, why in m.near]


class Listed:
    """The entries of a contents list opening a document and the titles of its articles,
    gathered window by window, for the entries no article title answers. Only the
    contents' entries are kept whole; each title is checked against them as it comes."""

    def __init__(self) -> None:
        self.entries: dict[str, int] = {}  # folded entry -> its line number
        self.texts: dict[str, str] = {}  # folded entry -> as printed
        self.found: set[str] = set()

    def add(self, entries: Sequence[tuple[int, str]], articles: Sequence[Article]) -> None:
        """One window's contents ``entries`` (line, text) and ``articles``."""
        for line, text in entries:
            if (key := folded(text)) and key not in self.entries:
                self.entries[key], self.texts[key] = line, text
        if not self.entries:
            return
        for a in articles:
            title = folded(a.title or "")
            if title:
                self.found.update(k for k in self.entries if k not in self.found
                                  and (title in k or k in title))

    def warnings(self) -> list[str]:
        """A warning naming the entries no article title answers, the first few."""
        missing = [k for k in self.entries if k not in self.found]
        if not missing:
            return []
        shown = ", ".join(f"{self.texts[k]!r} (line {self.entries[k]})"
                          for k in missing[:_MAX_LISTED])
        more = ", ..." if len(missing) > _MAX_LISTED else ""
        return [f"{len(missing)} of {len(self.entries)} contents entries match no article "
                f"title: {shown}{more}"]
