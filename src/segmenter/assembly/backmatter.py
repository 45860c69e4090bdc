"""Back matter: a window's last content lines and starts -> where a periodical's closing
notices begin (subscription terms, a catalogue offered gratis, adverts), and an article's
body lines -> where adverts under an "ADVERTISEMENTS" heading begin in it."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import regex

from ..lexicons import ADVERT_LABELS, NOTICE_PHRASES
from ..marking.content import Content
from ..starts.rules import Start
from ..text import label_line, literal_alternation

__all__ = ["adverts_at", "back_matter", "before_notices", "notices"]

# A phrase of a publisher's notice (lexicons/notice_phrases.txt), as whole words.
# Bound: an alternation of literals between word boundaries; each start tries each
# literal once, and the space runs inside them are capped at three.
_NOTICE = regex.compile(rf"\b(?:{literal_alternation(NOTICE_PHRASES)})\b", regex.IGNORECASE)
_MIN_NOTICE_PHRASES = 3  # distinct phrases that make a piece a publisher's notice
# A notice takes a page or two (the longest in the dev magazines: 3,400 characters); a
# longer piece is not read as one, so that a window of one huge piece is not searched.
_MAX_NOTICE_CHARS = 30_000
# A price: a currency sign before digits ("$1.50", "£2"). Bound: one sign, a space at
# most, then one capped digit run.
_PRICE = regex.compile(r"[$£€¥]\s?\d{1,7}")
_MIN_PRICES = 2  # an advert-like piece prices things at least this often
_MAX_LABEL = 40  # an adverts heading is short
_MIN_LABEL = min(map(len, ADVERT_LABELS))  # no shorter line can be one
# An adverts heading alone on its line ("*Adverts*", "ADVERTISEMENTS.").
_LABEL = label_line(ADVERT_LABELS)


def _is_label(text: str) -> bool:
    return _MIN_LABEL <= len(text) <= _MAX_LABEL and _LABEL.fullmatch(text) is not None


def adverts_at(c: Content, body: Sequence[int]) -> int | None:
    """Where adverts start among an article's ``body`` lines (content positions): at a
    heading of their own ("ADVERTISEMENTS.", lexicons/advert_labels.txt), running to the
    body's end; None when no such heading stands there."""
    lengths, texts = c.lengths, c.texts
    for k, p in enumerate(body):  # a loop, not a generator: most bodies are short
        if _MIN_LABEL <= lengths[p] <= _MAX_LABEL and _LABEL.fullmatch(texts[p]):
            return k
    return None


def _notice(texts: Sequence[str]) -> bool:
    """Whether a piece's lines are a publisher's notice: under an adverts heading, or
    holding three distinct phrases of subscription terms and offers."""
    if texts and _is_label(texts[0]):
        return True
    joined = " ".join(texts)
    if len(joined) > _MAX_NOTICE_CHARS:
        return False  # an article's length, not a notice's
    seen = {" ".join(m.group().casefold().split()) for m in _NOTICE.finditer(joined)}
    return len(seen) >= _MIN_NOTICE_PHRASES


def notices(c: Content, starts: Sequence[Start], *, last: bool) -> list[tuple[int, int]]:
    """The content ranges (first position, position after) that a publisher's notices
    take among a window's ``starts`` (in order): an article titled by an adverts heading
    and the articles after it holding notices or prices; and, in the ``last`` window of a
    text, the notices that close it."""
    ranges = _adverts(c, starts, last=last)
    back = back_matter(c, starts) if last else None
    if back is not None:
        ranges = [r for r in ranges if r[1] <= back] + [(back, len(c.index))]
    return ranges


def _adverts(c: Content, starts: Sequence[Start], *, last: bool) -> list[tuple[int, int]]:
    """The ranges of articles under an adverts heading and the advert-like ones after it;
    none reaches the last start of a window that is not the ``last``."""
    firsts = [st.first for st in starts]
    bounds = [*firsts, len(c.index)] if last else firsts
    found: list[tuple[int, int]] = []
    k = 0
    while k + 1 < len(bounds):
        if not (starts[k].title and _is_label(c.texts[starts[k].title[0]])):
            k += 1
            continue
        end = k + 1
        while end + 1 < len(bounds) and _advert_like(c.texts[bounds[end] : bounds[end + 1]]):
            end += 1
        found.append((bounds[k], bounds[end]))
        k = end
    return found


def _advert_like(texts: Sequence[str]) -> bool:
    """A piece of adverts: a notice, or one that prices things ("$1.12", "$3.75")."""
    joined = " ".join(texts)
    return _notice(texts) or len(_PRICE.findall(joined)) >= _MIN_PRICES


def back_matter(c: Content, starts: Sequence[Start]) -> int | None:
    """The content position where the notices closing the text begin, if its last pieces
    are notices: the pieces are its articles (from ``starts``, in order) and the untitled
    items after separators; walking back from the last, each that is a notice belongs to
    the back matter, up to the first that is not. None when no notice closes the text
    or the first article would go too."""
    if not starts:
        return None
    floor = starts[0].head_end
    cuts = sorted({st.first for st in starts[1:]}
                  | {p for p in c.after_artifacts("separator") if floor < p < len(c.index)})
    bounds = [floor + 1, *cuts, len(c.index)]
    begin = None
    for lo, hi in reversed(list(itertools.pairwise(bounds))):
        if hi <= lo or not _notice(c.texts[lo:hi]):
            break
        begin = lo
    return begin if begin is not None and begin > floor + 1 else None


def before_notices(content: Content, starts: list[Start], *, last: bool,
                   export: bool) -> tuple[list[Start], list[tuple[int, int]]]:
    """The ``starts`` outside a publisher's notices in a text in no ``export`` format,
    and the content ranges those notices take (``last``: the window reaches the text's
    end)."""
    ranges = notices(content, starts, last=last) if not export else []
    if not ranges:
        return starts, []
    firsts = [lo for lo, _ in ranges]
    kept = [st for st in starts
            if not (k := bisect.bisect_right(firsts, st.first)) or st.first >= ranges[k - 1][1]]
    return kept, ranges
