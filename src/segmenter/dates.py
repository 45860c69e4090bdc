"""Date expressions as bylines write them, parsed to ``datetime.date``.

The grammar is built from named fragments, each compiled once at import. Every
fragment is a bounded sequence of literals, character classes with fixed repeat bounds
and an alternation of month names, so matching time is linear in the line length.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from ._lexicons import MONTHS, WEEKDAYS

__all__ = ["DateMatch", "find_dates", "parse_date"]

# A month name or abbreviation, longest first so "June" wins over "Jun"; an
# abbreviation may end in a period ("Jun.", "Sept.").
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# An optional weekday and comma before the date ("Wednesday, June 24, 2015").
_WEEKDAY = "(?:(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s{0,3})?"
# A day of the month with an optional English ordinal suffix.
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
# A four-digit year between 1600 and 2199.
_YEAR = r"(?:1[6-9]|2[01])\d\d"

# "June 24, 2015", "June9 , 2015", "June 6,2015", "June15, 2015", "December 05 2021".
_MDY = rf"(?P<m1>{_MONTH})\s{{0,3}}(?P<d1>{_DAY})\s{{0,3}},?\s{{0,3}}(?P<y1>{_YEAR})"
# "24 June 2015", "24th of June, 2015".
_DMY = rf"(?P<d2>{_DAY})\s{{1,3}}(?:of\s{{1,3}})?(?P<m2>{_MONTH}),?\s{{1,3}}(?P<y2>{_YEAR})"
# "2015-06-24", "2021/03/03", "2015.06.24".
_YMD = r"(?P<y3>(?:1[6-9]|2[01])\d\d)(?P<sep>[-/.])(?P<m3>[01]?\d)(?P=sep)(?P<d3>[0-3]?\d)"

# What a date can open with: a digit or the first letter of a weekday or month. Tried
# first, it turns most word starts away at once (twice as fast on a byline line).
_OPENS = "0-9" + regex.escape("".join(sorted({w[0] for w in (*MONTHS, *WEEKDAYS)})))
# Bound: see the module note; the look-behind and look-aheads are one character wide.
_DATE = regex.compile(
    rf"(?<![\w-])(?=[{_OPENS}]){_WEEKDAY}(?:{_MDY}|{_DMY}|{_YMD})(?![\w-]|[/.]\d)",
    regex.IGNORECASE | regex.VERSION0,
)


# The most a date can hold before its year: a weekday with its period, comma and spaces,
# then month and day with theirs (as _MDY and _DMY spell them; _YMD opens with its year).
_BEFORE_YEAR = max(map(len, WEEKDAYS), default=0) + 5 + max(
    max(map(len, MONTHS)) + 1 + 3 + 4 + 3 + 1 + 3,  # _MDY: "September. 30th , "
    4 + 3 + 2 + 3 + max(map(len, MONTHS)) + 1 + 1 + 3,  # _DMY: "30th of September., "
)
# Every date holds a year: the scan for dates starts shortly before the first one.
# Bound: fixed width.
_ANY_YEAR = regex.compile(_YEAR)


@attrs.frozen
class DateMatch:
    """A date found in a string: the date and where it stands."""

    date: dt.date
    start: int
    end: int


def _to_date(m: regex.Match[str]) -> dt.date | None:
    if y := m["y1"]:  # groups read one by one: a dict of all of them costs more
        mo, d = MONTHS[m["m1"].rstrip(".").casefold()], m["d1"]
    elif y := m["y2"]:
        mo, d = MONTHS[m["m2"].rstrip(".").casefold()], m["d2"]
    else:
        y, mo, d = m["y3"], int(m["m3"]), m["d3"]
    day = int(d.rstrip("stndrh").rstrip("STNDRH"))
    try:
        return dt.date(int(y), int(mo), day)
    except ValueError:
        return None


def find_dates(s: str) -> list[DateMatch]:
    """Every valid date expression in ``s``, left to right.

    >>> [str(m.date) for m in find_dates("Nejat Society, June9 , 2015")]
    ['2015-06-09']
    >>> find_dates("Covid-19, part 1")
    []
    """
    year = _ANY_YEAR.search(s)
    if year is None:
        return []
    found = []
    # No date starts before the first year less _BEFORE_YEAR; the look-behind still
    # sees the text before where the scan starts.
    for m in _DATE.finditer(s, max(0, year.start() - _BEFORE_YEAR)):
        d = _to_date(m)
        if d is not None:
            found.append(DateMatch(d, m.start(), m.end()))
    return found


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
