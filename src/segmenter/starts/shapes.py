"""Title and heading shape: a content line -> whether it looks like (part of) a title, a
sub-heading, or running prose, from its text and its neighbours."""

from __future__ import annotations

import regex

from ..lexicons import TITLE_ABBREVIATIONS, TITLE_END_WORDS
from ..marking.content import Content
from ..text import has_inner_sentence, is_url_line, starts_upper
from .layout import Layout

__all__ = [
    "MAX_HEADING_CHARS",
    "MAX_TITLE_LINES",
    "continues_title",
    "heading_like",
    "is_prose",
    "page_at_end",
    "part_number",
    "runs_on",
    "title_block",
    "title_like",
    "wraps_into",
]

MAX_TITLE_LINES = 4  # a title wraps over at most this many lines
_MAX_TITLE_CHARS = 150
_MAX_TITLE_WORDS = 25
MAX_HEADING_CHARS = 120  # a sub-heading is shorter than a title may be
_MIN_CAPITALS = 4  # a heading in capitals holds at least this many letters
_MAX_CAPITALS_LINE = 100  # a wrapped line of a title in capitals
# A title in title case: most of its words of four letters or more capitalised.
_TITLE_WORD, _TITLE_CASE_SHARE, _MAX_TITLE_CASE_WORDS = 4, 0.75, 12
# A part's number alone ("II", "3", "XIV"). Bound: one capped class repeat or digits.
_PART_NUMBER = regex.compile(r"[IVXLC]{1,7}|\d{1,3}")
# A title line at least this share of the wrap width long was cut by the wrap, so it
# may go on in the next line.
_WRAPPED_TITLE_SHARE = 0.5
# A table's row: this many cell dividers, or a figure after a column's gap of spaces.
_TABLE_CELLS, _COLUMN_GAP = 2, "    "
# A title may end with an abbreviation's period ("U.S.", "Inc.", "Jr.").
# Bound: each attempt is a fixed two-character unit repeated, or a literal, then $.
_ABBREV_END = regex.compile(
    r"(?:\b\p{Lu}\.)+$|\b(?:" + "|".join(map(regex.escape, TITLE_ABBREVIATIONS)) + r")\.$")


def title_like(text: str, *, continuation: bool = False) -> bool:
    """A line that could be (a line of) a title: short, no closing comma or full stop
    (but after an abbreviation, or in a line of capitals).

    A title's first line starts with a capital or digit; a ``continuation`` line of a
    wrapped title may start lower case.

    >>> title_like("Officials meet in Geneva"), title_like("Officials met in Geneva.")
    (True, False)
    >>> title_like("the talks resume", continuation=True)
    True
    """
    if not text or len(text) > _MAX_TITLE_CHARS or len(text.split()) > _MAX_TITLE_WORDS:
        return False
    if not (continuation or starts_upper(text)) or is_url_line(text):
        return False
    if text[0] == "[" and text[-1] == "]":
        return False  # an editor's note ("[TO BE CONTINUED.]"), not a title
    t = text.rstrip("\"'”’)]» _*")
    if not t or t[-1] in ",;:":
        return False
    # a heading in capitals may close with a full stop ("A SALT-WATER AQUARIUM."); a
    # table's row is none (asked last: few lines get so far)
    return (not (t[-1] == "." and not _ABBREV_END.search(t) and not _capitals(t))
            and not _tabular(text))


def _tabular(text: str) -> bool:
    """A table's row: cells divided by bars ("Paddle | 1879 | 0.686"), or a figure set off
    in a column ("Total.        $700").

    >>> _tabular("Paddle | 1879 | 0.686"), _tabular("Total.      $700"), _tabular("A Title")
    (True, True, False)
    """
    if "|" in text and text.count("|") >= _TABLE_CELLS:
        return True
    if _COLUMN_GAP not in text:
        return False  # most lines: the test before the split
    return any(ch.isdigit() for ch in text.partition(_COLUMN_GAP)[2])


def _capitals(text: str) -> bool:
    """Every letter of ``text`` is a capital, and it has a few ("THE IDLE HOUR")."""
    return text.isupper() and sum(ch.isalpha() for ch in text) >= _MIN_CAPITALS


def heading_like(text: str) -> bool:
    """Title-like and no sentence ends inside it ("Officials met. The vote" is prose).

    >>> heading_like("What comes next"), heading_like("Officials met. The vote")
    (True, False)
    """
    return title_like(text) and not has_inner_sentence(text)


def continues_title(content: Content, a: int, b: int) -> bool:
    """Line ``b`` surely continues title line ``a``: ``a`` is left unfinished.

    A lower-case start alone is no proof here: running text does the same.
    """
    ta = content.texts[a]
    last = ta.rsplit(None, 1)[-1].casefold() if ta.split() else ""
    return last in TITLE_END_WORDS or ta.count("(") > ta.count(")")


def wraps_into(content: Content, layout: Layout, a: int, b: int) -> bool:
    """Whether title line ``a`` plausibly wraps into line ``b`` (one title, not two)."""
    ta = content.texts[a]
    return (
        continues_title(content, a, b)
        or content.lower[b]
        or ta[-1:] in "-(,–—/&"
        or len(ta) >= _WRAPPED_TITLE_SHARE * layout.width
    )


def runs_on(content: Content, layout: Layout, p: int) -> bool:
    """The next line continues ``p`` in lower case, across at most one blank line
    (so whether the text is double-spaced does not matter) or across page furniture."""
    nxt = p + 1
    return (nxt < len(content.index) and content.lower[nxt] and (
        layout.raw_gaps[nxt] <= 1 or content.separated_before(nxt)))


def is_prose(content: Content, layout: Layout, p: int) -> bool:
    """Line ``p`` shows itself running text: a sentence ends in it, or the next line
    continues it in lower case. A table's row ("Jan. | 545 | 429 |") is none."""
    t = content.texts[p]
    if t.count("|") >= _TABLE_CELLS:
        return False
    if content.ends[p] or has_inner_sentence(t):
        return not _heading_alone(content, layout, p)
    return runs_on(content, layout, p)


def part_number(text: str) -> bool:
    """A part's number alone ("II.", "XIV", "3:"): a sub-heading of an article.

    >>> part_number("II."), part_number("II. The Senate")
    (True, False)
    """
    return _PART_NUMBER.fullmatch(text.rstrip(".:")) is not None


def page_at_end(text: str, digits: int) -> int | None:
    """The page number a contents line ends with, after some text, in at most ``digits``
    digits ("... THE WAR 11", "Chinoline.   8118"); None when it ends otherwise.

    >>> page_at_end("THE WAR 11", 4), page_at_end("1885", 4), page_at_end("A 12345", 4)
    (11, None, None)
    """
    head, _, last = text.rpartition(" ")
    return int(last) if last.isdecimal() and len(last) <= digits and head.strip() else None


def _heading_alone(content: Content, layout: Layout, p: int) -> bool:
    """Line ``p`` is a paragraph of its own shaped as a heading, though it ends a
    sentence: a part's number ("II.", "3."), a heading in capitals ("CAMELLIAS.") or a
    title in title case ("Are We Barbarians?", "Capt. Mark Haggard's Death in
    Battle")."""
    if p + 1 < len(content.index) and layout.gaps[p + 1] == 0:
        return False
    t = content.texts[p].rstrip(".")
    if part_number(t) or _capitals(t):
        return True
    words = [w for w in t.split() if len(w) >= _TITLE_WORD]
    return (len(t.split()) <= _MAX_TITLE_CASE_WORDS and len(words) >= 2
            and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words))


def title_block(content: Content, layout: Layout, pos: int, floor: int) -> list[int]:
    """Content positions of the title lines right before a byline at ``pos`` (none at or
    above ``floor``; none a page break away: a title stands right over its credit)."""
    c, gaps = content, layout.gaps
    block: list[int] = []
    if pos > 0 and (_cut_word(c.texts[pos - 1]) or c.new_page(pos)):
        return block  # a page break, or a word cut at the line's end, runs into the credit
    k = pos - 1
    while k > floor and len(block) < MAX_TITLE_LINES and (
            title_like(c.texts[k], continuation=True) or _wrapped_capitals(c, k, block)):
        if block and (gaps[block[0]] > 0 or not wraps_into(c, layout, k, block[0])):
            break
        block.insert(0, k)
        k -= 1
    while block and not c.upper[block[0]]:
        block.pop(0)
    return _unglued(content, layout, block, floor)


def _wrapped_capitals(c: Content, k: int, block: list[int]) -> bool:
    """Line ``k``, above the title lines ``block``, is a line of a title in capitals
    wrapped after a comma ("ON THE REDUCTION OF THE OXIDES OF BORON,")."""
    t = c.texts[k]
    return bool(block) and t.endswith(",") and t.isupper() and len(t) <= _MAX_CAPITALS_LINE


def _unglued(c: Content, layout: Layout, block: list[int], floor: int) -> list[int]:
    """A title ``block`` glued to a sentence that runs on into it (no gap, no sentence
    end, no artifact between) keeps only its last line."""
    gaps = layout.gaps
    while len(block) > 1:
        first = block[0]
        before = first - 1
        if before <= floor or gaps[first] > 0 or c.ends[before] or c.separated_before(first):
            break
        block.pop(0)
    return block


def _cut_word(text: str) -> bool:
    """A word cut at the line's end, carried on at the next line: a lower-case letter
    and a hyphen ("Urteils-"; "pro- and anti-" cuts no word, a space follows its
    hyphen)."""
    return text.endswith("-") and len(text) > 1 and text[-2].islower()
