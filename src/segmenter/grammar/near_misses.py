"""Near misses: a line that looks like a credit (it opens with a credit word, or names a
date after a name) but reads as none -> why, so that a credit the grammar refused is
said, not silently left in the text."""

from __future__ import annotations

from .bylines import MAX_BYLINE_CHARS, parse_byline
from .credit import may_open_with_credit, opening_credit, split_fields
from .dates import find_dates
from .names import name_like

__all__ = ["near_miss"]

_MAX_FIELDS = 6  # a credit has at most this many fields
_MAX_WORDS = 12  # and is short: a longer line opening with "By" is a sentence
# What makes a line look like a credit, by (credit word, date).
_WHAT = {(True, True): "a credit word and a date", (True, False): "a credit word",
         (False, True): "a date after a name", (False, False): "nothing"}


def near_miss(line: str) -> str | None:
    """Why ``line``, shaped as a credit, is read as none; ``None`` when it parses as a
    byline or looks like no credit at all.

    >>> near_miss("By Ana Costa, our woman on the quay, 5 May 2020")
    "a credit word and a date, but 'our woman on the quay' reads as no name"
    >>> near_miss("By Ana Costa, Le Monde, 5 May 2020") is None
    True
    >>> near_miss("By the end of the year, the works will be done.") is None
    True
    """
    shaped = _credit_shape(" ".join(line.split()).lstrip("—–- "))
    if shaped is None:
        return None
    what, fields = shaped
    if len(fields) > _MAX_FIELDS:
        return f"{what}, but {len(fields)} fields, more than a credit holds"
    bad = next((f for f in fields if not name_like(f) and not find_dates(f)
                and not f.isdigit()), None)
    if bad is None:
        return None  # every field reads as a name or a date: no credit, no sentence
    return f"{what}, but {bad!r} reads as no name"


def _credit_shape(s: str) -> tuple[str, list[str]] | None:
    """What makes ``s`` look like a credit (a credit word, a date after a name) and its
    fields, when it does, it names someone first and does not parse; else ``None``."""
    if not s or len(s) > MAX_BYLINE_CHARS or len(s.split()) > _MAX_WORDS:
        return None
    credit = opening_credit(s) if may_open_with_credit(s) else None
    has_by = credit is not None and credit[1]
    dates = find_dates(s)
    if not (has_by or (dates and "," in s)) or parse_byline(s) is not None:
        return None
    fields = split_fields(credit[0] if credit is not None else s)
    if not fields or not name_like(fields[0]) or find_dates(fields[0]):
        return None  # a credit names someone first: "By the end of the year, ..." is prose
    return _WHAT[has_by, bool(dates)], fields
