"""List numbers: the articles of a window -> the same articles, their titles without the
item numbers of a numbered list ("1. Council approves the bridge", "2. ...") where
neighbouring articles are numbered in sequence."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .assemble import Assembled

__all__ = ["without_list_numbers"]

# An item number opening a title: digits, a full stop or a bracket, a space. Bound:
# anchored by match; one capped digit run, one character, one capped space run.
_ITEM = regex.compile(r"(?P<n>\d{1,4})[.)]\s{1,3}(?=\S)")


def without_list_numbers(made: Sequence[Assembled]) -> list[Assembled]:
    """``made``, each title that opens with an item number one more than the title
    before it, or one less than the title after it, without that number: a press
    review's list, not the titles' words ("10 years on" alone keeps its number)."""
    numbers = [_number(m.article.title) for m in made]
    out = []
    for k, m in enumerate(made):
        n = numbers[k]
        listed = n is not None and (
            (k > 0 and numbers[k - 1] == n - 1)
            or (k + 1 < len(made) and numbers[k + 1] == n + 1))
        if listed and m.article.title is not None:
            title = _ITEM.sub("", m.article.title, count=1)
            m = attrs.evolve(m, article=attrs.evolve(m.article, title=title))
        out.append(m)
    return out


def _number(title: str | None) -> int | None:
    """The item number ``title`` opens with, if any."""
    if not title or not title[:1].isdigit():
        return None  # the test before the pattern
    m = _ITEM.match(title)
    return int(m["n"]) if m else None
