"""Lexical cohesion: does a stretch of text carry on the topic of the text before it?

A sub-heading's section keeps using the article's own vocabulary (the river, the council,
the vote); a new article's first paragraphs do not. Words shared by most articles of the
document ("said", "would", "which") are weighed down by how many articles use them, so
that no stop list is needed and any language written with letters works.

This is weak evidence, used only where a document's layout cannot tell a title from a
sub-heading (text extracted from a typeset PDF, where the type size is gone).
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter
from collections.abc import Iterable, Sequence, Set

import regex

__all__ = ["FoldedLines", "Vocabularies", "topic_words"]

# A word of four letters or more; shorter ones are mostly function words. Linear: one
# pass, no nesting.
_WORD = regex.compile(r"\p{L}{4,}")
# Words are compared by their first letters, a crude stem ("fisheries" ~ "fishermen").
_STEM = 5
_stem = operator.itemgetter(slice(None, _STEM))  # w[:_STEM], mapped in C


def topic_words(text: str) -> frozenset[str]:
    """The distinct word stems of ``text`` that can carry a topic.

    >>> sorted(topic_words("The fishermen and the fisheries ministry"))
    ['fishe', 'minis']
    """
    return frozenset(map(_stem, _WORD.findall(text.casefold())))


class FoldedLines:
    """Lines case-folded and joined once, so that the topic words of any run of them are
    found in place: no text is copied or folded again per run.

    >>> lines = FoldedLines(["The River", "rose.", "Bees and flowers"])
    >>> sorted(lines.words(0, 2)), sorted(lines.words(2, 3))
    (['river', 'rose'], ['bees', 'flowe'])
    """

    def __init__(self, lines: Sequence[str]) -> None:
        folded = list(map(str.casefold, lines))  # folding may lengthen a line ("ß" -> "ss")
        self._text = "\n".join(folded)  # no word spans a line break
        self._offsets = [0, *itertools.accumulate(
            map(operator.add, map(len, folded), itertools.repeat(1)))]

    def words(self, first: int, end: int) -> frozenset[str]:
        """``topic_words`` of lines ``first`` to ``end`` (excluded), joined."""
        found = _WORD.findall(self._text, self._offsets[first], self._offsets[end])
        return frozenset(map(_stem, found))


class Vocabularies:
    """How many of a document's known articles use each word stem."""

    def __init__(self, articles: Iterable[Set[str]]) -> None:
        self.count = 0
        self.df: Counter[str] = Counter()
        for words in articles:
            self.count += 1
            self.df.update(words)  # counted in C
        self._weights = _Weights(self)

    def weight(self, word: str) -> float:
        """Rare in the document's articles: heavy; used by all of them: nothing."""
        return math.log((self.count + 1) / (self.df.get(word, 0) + 1))

    def carried_over(self, before: Set[str], after: Set[str]) -> float:
        """Share of ``after``'s weight carried by words already used in ``before`` (0 to 1).

        Text made only of words every article uses brings nothing new: 1.0.

        >>> v = Vocabularies([topic_words("river water council"), topic_words("bees meadow")])
        >>> v.carried_over(topic_words("the river council"), topic_words("council river"))
        1.0
        >>> v.carried_over(topic_words("the river council"), topic_words("bees flowers"))
        0.0
        >>> common = Vocabularies([topic_words("said that")] * 2)
        >>> common.carried_over(frozenset(), topic_words("said"))
        1.0
        """
        weight = self._weights.__getitem__  # each word's weight worked out once
        total = sum(map(weight, after))
        if total <= 0:
            return 1.0
        return sum(map(weight, after & before)) / total


class _Weights(dict[str, float]):
    """``Vocabularies.weight`` of each word asked for, worked out on first asking."""

    def __init__(self, vocabularies: Vocabularies) -> None:
        super().__init__()
        self._weight = vocabularies.weight

    def __missing__(self, word: str) -> float:
        w = self[word] = self._weight(word)
        return w
