"""Date expressions as bylines write them, parsed to ``datetime.date``.

The grammar is built from named fragments, each compiled once at import. Every
fragment is a bounded sequence of literals, character classes with fixed repeat bounds
and an alternation of month names, so matching time is linear in the line length.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Literal

import attrs
import regex

from ..lexicons import DATE_CONNECTORS, EDITION_WORDS, MONTHS, ORDINALS, WEEKDAYS
from ..text import literal_alternation

__all__ = ["DateMatch", "NumericOrder", "find_dates", "parse_date", "parse_date_line"]

# A month name or abbreviation of any language the lexicons hold (CLDR); an abbreviation
# may end in a period ("Jun.", "Sept.", "janv.").
_MONTH = f"(?:{literal_alternation(MONTHS)})\\.?"
_WEEKDAY_NAME = f"(?:{literal_alternation(WEEKDAYS)})\\.?"
# An optional weekday before the date, set off by a period, a comma or a space
# ("Wednesday, June 24, 2015", "Mi., 24. Juni 2015").
_WEEKDAY_SEP = r"(?:\.,?\s{0,3}|,\s{0,3}|\s{1,3})"
_WEEKDAY = rf"(?:(?:{literal_alternation(WEEKDAYS)}){_WEEKDAY_SEP})?"
# A word between the parts of a date written out ("of", "de"), and its spaces.
_JOIN = rf"(?:(?:{literal_alternation(DATE_CONNECTORS)})\s{{1,3}})?"
# Day-of-month ordinals: English "24th", French "1er", Spanish and Portuguese "1º"
# (lexicons/ordinals.txt).
_ORDINAL = f"(?:{literal_alternation(ORDINALS)})?"


def _day(name: str) -> str:
    """A day of the month (its digits in group ``name``) with an optional ordinal."""
    return rf"(?P<{name}>0?[1-9]|[12][0-9]|3[01]){_ORDINAL}"


# A four-digit year between 1600 and 2199.
_YEAR = r"(?:1[6-9]|2[01])\d\d"

# "June 24, 2015", "June9 , 2015", "June 6,2015", "June15, 2015", "December 05 2021".
_MDY = rf"(?P<m1>{_MONTH})\s{{0,3}}{_day('d1')}\s{{0,3}},?\s{{0,3}}(?P<y1>{_YEAR})"
# "24 June 2015", "24th of June, 2015", "27. Februar 2012", "1er juin 2015",
# "3 de marzo de 2024".
_DMY = (rf"{_day('d2')}\.?\s{{1,3}}{_JOIN}(?P<m2>{_MONTH}),?\s{{1,3}}{_JOIN}"
        rf"(?P<y2>{_YEAR})")
# "2015-06-24", "2021/03/03", "2015.06.24"; an ISO time may follow ("T10:15:00Z"). Or
# written in Chinese and Japanese: "2017年11月14日", a space allowed around each sign.
_YMD = (r"(?P<y3>(?:1[6-9]|2[01])\d\d)(?:(?P<sep>[-/.])(?P<m3>[01]?\d)(?P=sep)(?P<d3>[0-3]?\d)"
        r"(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?"
        r"| ?年 ?(?P<m5>[01]?\d) ?月 ?(?P<d5>[0-3]?\d) ?日)")
# "14/03/2024", "05.03.2012", "03-05-2012": day and month in an order the numbers decide
# (see _to_date).
_NUMERIC = r"(?P<a>[0-3]?\d)(?P<nsep>[-/.])(?P<b>[0-3]?\d)(?P=nsep)(?P<y4>(?:1[6-9]|2[01])\d\d)"
# After a date: a time ("10:15 AM", "14.30 Uhr" reads as "14.30") with a zone in
# capitals ("EST", "UTC+1"), and a weekday ("July 1, 2015 Wednesday").
_TIME = (r"(?:,?\s{1,3}(?:[01]?\d|2[0-3])[:.]\d\d(?::\d\d)?(?:\s{0,2}[ap]\.?\s?m\.?)?"
         r"(?:\s{1,3}(?-i:[A-Z]{2,5}(?:[+-]\d{1,2})?))?)?")
_WEEKDAY_AFTER = rf"(?:,?\s{{1,3}}{_WEEKDAY_NAME})?"
# A clock time among the words after a date line's date ("10:45", "14.30"). Bound: used
# with fullmatch on one word or search in a date's text; capped digit runs, no repeat.
_CLOCK = regex.compile(r"(?:[01]?\d|2[0-3])[:.]\d\d")
_MERIDIEM = frozenset(("am", "pm", "a.m", "p.m", "uhr", "h"))
# A time zone after a clock time: up to four letters, an offset after them or alone
# ("est", "gmt+1", "utc-05:00", "+0100"). Bound: used with fullmatch on one word; capped
# class runs, one optional group.
_ZONE = regex.compile(r"[a-z]{0,4}(?:[+\-]\d{1,2}(?::?\d\d)?)?")
_DASHES = frozenset("-–—")

# The fragments above spell the grammar exactly (tests/test_grammar_dates.py checks the scan
# below against them). The scan itself reads a month as any short word, looked up in
# MONTHS afterwards, and the weekdays around a date apart: a hundred month names and
# seventy weekdays in one alternation, tried at every word, cost a byline a third more.
_MONTH_WORD = rf"\p{{L}}{{3,{max(map(len, MONTHS))}}}+\.?"  # possessive: a whole word
_MDY_SCAN = _MDY.replace(_MONTH, _MONTH_WORD)
_DMY_SCAN = _DMY.replace(_MONTH, _MONTH_WORD)
# Bound: see the module note; the look-behind and look-ahead are one character wide and
# the month word is capped.
# What a date can open with: a digit or the first letter of a month. Tried first, it
# turns most word starts away at once.
_OPENS = "0-9" + regex.escape("".join(sorted({c for w in MONTHS for c in (w[0], w[0].upper())})))
_DATE = regex.compile(
    rf"(?<![\w-])(?=[{_OPENS}])(?:(?=\d)(?:{_DMY_SCAN}|{_YMD}|{_NUMERIC})|{_MDY_SCAN}){_TIME}"
    r"(?![\w-]|[/.]\d)",
    regex.IGNORECASE | regex.VERSION0,
)
# A weekday right before a date (anchored at the end of the text before it) and right
# after it (anchored at the end of the date). Bound: anchored; one capped letter run.
_LONGEST_WEEKDAY = max(map(len, WEEKDAYS))
_WEEKDAY_ENDS = frozenset(w[-3:] for w in WEEKDAYS)  # what the text before must end with
_WEEKDAY_BEFORE = regex.compile(
    rf"(?<![\w-])(?P<w>\p{{L}}[\p{{L}}\-]{{1,{_LONGEST_WEEKDAY}}}){_WEEKDAY_SEP}$",
    regex.IGNORECASE | regex.VERSION0)
_WEEKDAY_NEXT = regex.compile(
    rf",?\s{{1,3}}(?P<w>\p{{L}}[\p{{L}}\-]{{1,{_LONGEST_WEEKDAY}}})\.?(?![\w-]|[/.]\d)",
    regex.IGNORECASE | regex.VERSION0)


# The most the scan's date can hold before its year: the day, month and the words and
# spaces between them (as _MDY, _DMY and _NUMERIC spell them; _YMD opens with its year;
# a weekday before is looked for apart).
_LONGEST_MONTH = max(map(len, MONTHS)) + 1
_LONGEST_JOIN = max(map(len, DATE_CONNECTORS), default=0) + 3
_BEFORE_YEAR = max(
    _LONGEST_MONTH + 3 + 2 + 2 + 3 + 1 + 3,  # _MDY: "September. 30th , "
    2 + 2 + 1 + 3 + _LONGEST_JOIN + _LONGEST_MONTH + 1 + 3 + _LONGEST_JOIN,  # _DMY
    2 + 1 + 2 + 1,  # _NUMERIC: "14/03/"
)
# A numeric date written with slashes or dashes ("14/03/2024", "3-14-2024"): its first
# two parts, whose order the text's other such dates may settle.
# Bound: digits with fixed repeat bounds, a separator and its back-reference; no repeat
# can trade characters with another.
_SLASHED = regex.compile(
    r"(?<![\w/.-])(?P<a>[0-3]?\d)(?P<sep>[-/])(?P<b>[0-3]?\d)(?P=sep)(?:1[6-9]|2[01])\d\d"
    r"(?![\w-]|[/.]\d)")
# Every date holds a year: the scan for dates starts shortly before the first one.
# Bound: fixed width.
_ANY_YEAR = regex.compile(_YEAR)


@attrs.frozen
class DateMatch:
    """A date found in a string: the date and where it stands."""

    date: dt.date | None  # None: day and month could be either ("03/05/2012")
    start: int
    end: int


def _to_date(m: regex.Match[str]) -> dt.date | Literal[False] | None:
    """The date ``m`` spells; ``None`` when there is no such day (June 31); ``False`` for
    a numeric date whose day and month could be either ("03/05/2012")."""
    if y := m["y1"]:  # groups read one by one: a dict of all of them costs more
        mo, d = MONTHS.get(m["m1"].rstrip(".").casefold()), m["d1"]
    elif y := m["y2"]:
        mo, d = MONTHS.get(m["m2"].rstrip(".").casefold()), m["d2"]
    elif y := m["y3"]:
        mo, d = int(m["m3"] or m["m5"]), m["d3"] or m["d5"]
    else:
        y, a, b = m["y4"], int(m["a"]), int(m["b"])
        if m["nsep"] == "." or a > 12:
            d, mo = a, b  # "05.03.2012" is day first wherever it is written
        elif b > 12 or a == b:
            d, mo = b, a
        else:
            return False  # never a guess: the raw text stays, the date does not
    if mo is None:
        return None  # a word in a month's place that is no month
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def find_dates(s: str) -> list[DateMatch]:
    """Every date expression in ``s``, left to right; a numeric one whose day and month
    could be either comes with ``date`` None.

    >>> [str(m.date) for m in find_dates("Nejat Society, June9 , 2015")]
    ['2015-06-09']
    >>> find_dates("Covid-19, part 1")
    []
    >>> [m.date for m in find_dates("Jane Doe, 03/05/2012")]
    [None]
    """
    year = _ANY_YEAR.search(s)
    if year is None:
        return []
    found = []
    # No date starts before the first year less _BEFORE_YEAR; the look-behind still
    # sees the text before where the scan starts.
    pos: int | None = max(0, year.start() - _BEFORE_YEAR)
    while pos is not None:
        restart = None
        for m in _DATE.finditer(s, pos):
            d = _to_date(m)
            if d is None:  # no such date: a date may still start inside what was read
                restart = m.start() + 1
                break
            start, end = _with_weekdays(s, m.start(), m.end())
            found.append(DateMatch(d if d is not False else None, start, end))
        pos = restart
    return found


def _in_word(c: str) -> bool:
    return c.isalpha() or c == "-"


def _with_weekdays(s: str, start: int, end: int) -> tuple[int, int]:
    """The date at ``s[start:end]`` widened to a weekday right before or after it. The
    word beside it is looked up first: the patterns run only on a weekday."""
    head = s[max(0, start - _LONGEST_WEEKDAY - 6) : start].rstrip(" ,.")
    if head[-3:].casefold() in _WEEKDAY_ENDS:
        before = _WEEKDAY_BEFORE.search(s, max(0, start - _LONGEST_WEEKDAY - 6), start)
        if before is not None and before["w"].casefold() in WEEKDAYS:
            start = before.start()
    if end < len(s) and s[end] in ", ":
        tail = s[end : end + _LONGEST_WEEKDAY + 6].lstrip(" ,")
        word = "".join(itertools.takewhile(_in_word, tail))
        if word.casefold() in WEEKDAYS:
            after = _WEEKDAY_NEXT.match(s, end)
            if after is not None and after["w"].casefold() in WEEKDAYS:
                end = after.end()
    return start, end


class NumericOrder:
    """Whether the numeric dates of a text write the day or the month first, read from
    the text on first use and only then.

    A date such as "03/05/2012" could be either; when the text's other slashed or dashed
    dates all put a part over 12 on the same side ("14/03/2012", "25-12-2011"), that
    order settles it. Dates that disagree settle nothing.

    >>> NumericOrder("Filed 14/03/2012. Jane Doe, 03/05/2012").settle("03/05/2012")
    datetime.date(2012, 5, 3)
    >>> NumericOrder("Jane Doe, 03/05/2012").settle("03/05/2012") is None
    True
    """

    def __init__(self, text: str) -> None:
        self._text: str | None = text
        self._day_first: bool | None = None

    def day_first(self) -> bool | None:
        """True when the text's numeric dates put the day first, False when the month,
        None when they do not say or disagree."""
        if self._text is not None:
            seen = {int(m["a"]) > 12 for m in _SLASHED.finditer(self._text)
                    if (int(m["a"]) > 12) != (int(m["b"]) > 12)}
            self._day_first = seen.pop() if len(seen) == 1 else None
            self._text = None  # read once; the text is not kept
        return self._day_first

    def settle(self, s: str) -> dt.date | None:
        """The date of the one numeric date in ``s`` read in the text's order; None when
        ``s`` holds no such date or the order is not settled."""
        m = _SLASHED.search(s)
        if m is None or (day_first := self.day_first()) is None:
            return None
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if day_first else (b, a)
        try:
            return dt.date(int(m.group()[-4:]), month, day)
        except ValueError:
            return None


def parse_date(s: str) -> dt.date | None:
    """Parse ``s`` when it is one date expression and nothing else.

    >>> parse_date("Wednesday, June 24, 2015")
    datetime.date(2015, 6, 24)
    >>> parse_date("2021/03/03")
    datetime.date(2021, 3, 3)
    >>> parse_date("June 24, 2015 was hot") is None
    True
    """
    s = s.strip()
    found = find_dates(s)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s.rstrip(". ")):
        return found[0].date
    return None


def parse_date_line(s: str) -> dt.date | None:
    """The date of a line that holds a date and nothing else but a weekday and an
    edition ("November 27, 2013 Wednesday, FINAL EDITION", "27. Februar 2012 Montag").

    >>> parse_date_line("May 31, 2015 Sunday, Final Edition")
    datetime.date(2015, 5, 31)
    >>> parse_date_line("Ferries cancelled on May 31, 2015") is None
    True
    """
    found = find_dates(s)
    if len(found) != 1 or s[: found[0].start].strip():
        return None
    rest = [w.strip(".").casefold() for w in s[found[0].end :].replace(",", " ").split()]
    timed = _CLOCK.search(s, found[0].start, found[0].end) is not None
    return found[0].date if _edition_words(rest, timed=timed) else None


def _edition_words(words: list[str], *, timed: bool = False) -> bool:
    """Whether ``words`` (casefolded) after a date are a weekday, an edition and a time
    only: edition words and the one word naming each ("Home Edition", "Late Edition -
    Final"), weekdays, dashes, a clock time with its "pm" and zone ("10:45 PM EST";
    ``timed``: the date ends with the time)."""
    after_clock = 0 if timed else 3  # words since a clock time (its "pm" and zone follow it)
    for n, w in enumerate(words):
        after_clock += 1
        if _CLOCK.fullmatch(w):
            after_clock = 0
        elif not (w in EDITION_WORDS or w in WEEKDAYS or w in _DASHES
                  or (after_clock == 1 and w in _MERIDIEM)
                  or (after_clock <= 2 and w and _ZONE.fullmatch(w) is not None)
                  or (n + 1 < len(words) and words[n + 1] in EDITION_WORDS)):
            return False
    return True
