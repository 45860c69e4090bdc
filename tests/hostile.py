"""Hostile inputs (issue 5), built to any size; shared by the tests and the benchmark.

Each is what a real archive can hold by accident: a file without line breaks, a CSV row
pasted whole, a text of blank lines, an export that repeats its byline, a column of page
numbers, a date list, a formula gone wrong, a list of tags.
"""

from __future__ import annotations

__all__ = ["hostile_inputs"]

_BYLINE = "Jane Doe, Reuters, June 3, 2015\n"
_DATE = "June 24, 2015 "
_TAGS = "Tags: news\n"  # each opens a block of page boilerplate, until a long line


def hostile_inputs(size: int, filler: str = "") -> dict[str, str]:
    """Inputs of about ``size`` characters each, by name.

    ``filler`` pads the commas case to ``size`` with ordinary text (the comma line itself
    is 100,000 characters whenever ``size`` allows, as the issue asks).
    """
    commas = min(100_000, size)
    return {
        "one long line": ("word " * (size // 5 + 1))[:size],
        "100,000 commas": "," * commas + "\n" + (filler * (size // max(1, len(filler)) + 1)
                                                 )[: max(0, size - commas - 1)],
        "newlines only": "\n" * size,
        "all bylines": _BYLINE * (size // len(_BYLINE)),
        "bare numbers": "".join(f"{i % 1000}\n" for i in range(size // 4)),
        "dates without end": _DATE * (size // len(_DATE)),
        "nested brackets": "(" * (size // 2) + ")" * (size // 2),
        "boilerplate lines": _TAGS * (size // len(_TAGS)) + "x" * 200 + "\n",
    }
