"""Hostile inputs (issue 5), built to any size; shared by the tests and the benchmark.

Each is what a real archive can hold by accident: a file without line breaks, a CSV row
pasted whole, a text of blank lines, an export that repeats its byline, a column of page
numbers, a date list, a formula gone wrong, a list of tags.
"""

from __future__ import annotations

import random
import string

__all__ = ["hostile_inputs", "line_floods"]

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
        # A header above every number, then above every word: the walk from each header
        # to the text before it once crossed every header and number before (issue 13).
        "a header before every number": _headers(size),
        # Numbered pages, past page 9999 (no page number has five digits): the walk back
        # from each line header crossed all the numbered pages before it (issue 13).
        "page numbers past 9999": _pages_past_9999(size),
        # Lines of capitalised words set apart like headings inside one article: the
        # topic rule once kept a copy of the article's words for each (issue 13: 280 kB,
        # 20 s and 5.8 GB).
        "headings of random words": _random_headings(size),
    }


def _random_headings(size: int) -> str:
    rnd = random.Random(13)
    letters = string.ascii_lowercase

    def word() -> str:
        return rnd.choice(string.ascii_uppercase) + "".join(
            rnd.choice(letters) for _ in range(rnd.randint(4, 9)))

    head = ("Big News Today\nJane Doe, Reuters, June 3, 2015\n\n"
            "Body text of the first article runs on here and ends.\n\n")
    tail = "".join(f"Title {k}\nJohn Roe, Reuters, June {k + 4}, 2015\n\n"
                   "Body text runs on here and ends.\n\n" for k in range(3))
    lines = "".join(" ".join(word() for _ in range(5)) + "\n\n" for _ in range(size // 45))
    return head + lines + tail


def _headers(size: int) -> str:
    k = size // 14
    return "Head\n7\n" * k + "".join(f"Head\nw{i}\n" for i in range(k))


def _pages_past_9999(size: int) -> str:
    n = size // 20
    return "".join(f"Text line {i}\n{i if i < n // 2 else 10_000 + i}\n\f" for i in range(n))


# One kind of line (or a short pattern of lines) repeated without end: each floods one
# stage of the pipeline with its favourite input.
_FLOOD_UNITS = {
    "separators": "* * *\n",
    "separated articles": "* * *\nA Title Here\nJane Doe, Reuters, June 3, 2015\nBody text.\n\n",
    "a repeated header": "Weekly Digest\nBody text runs on and on\n",
    "page markers": "Page 3\n",
    "URL lines": "https://example.org/a\n",
    "hyphenated line ends": "the exam-\nple of a hyphen-\nated word runs on\n",
    "spaced headings": "A Long Heading Of Many Words Here\n\n\nbody text runs on here.\n\n\n",
    "articles with sub-headings": ("Big News Today Here\nJane Doe, Reuters, June 3, 2015\n\n"
                                   "Body text runs on here and ends.\n\nA Sub Heading Here\n\n"
                                   "More body text here that ends.\n\n\n"),
    "form feeds": "text line\f",
    "numbers at page breaks": "Body text runs on and\n3\n\fcontinues here.\n",
    "by-lines alone": "By Jane Doe\n",
    "by-lines with credit lines": "By Jane Doe\nReuters, June 3, 2015\n",
    "double spacing": "Body text runs on and\n\nends here.\n\n",
    "carriage returns": "line one\rline two\r\n",
    "datelines": "WASHINGTON (Reuters) - text\n",
    "link lists": "Related posts\nA link\n",
    "a stray quote on every line": "“\n",
    "one capital on every line": "A\n",
    # the second probe's shapes (issue 26): each once cost 10 to 36 times an ordinary dump
    "by-lines of several names": "By Jane Doe\nBy Ana Costa\nBy Li Wei\nBy Tom Baker\n",
    "lines of different numbers": "48213\n7\n90210\n315\n6\n2024\n",
    "the same number on every line": "7\n",
    "export heads without bodies": ("A Title\n312 words\n3 March 2015\n"
                                    "Document THT0000020150303eb3300001\n"),
    "exports saved one after another": (
        "1 of 2 DOCUMENTS\n\nThe Harbour Times\n\nMay 31, 2015\n\nFerry fares rise\n\n"
        "BYLINE: Jane Doe\n\nLENGTH: 12 words\n\nBODY:\n\nFares rise in June, the port "
        "said.\n\n2 of 2 DOCUMENTS\n\nThe Harbour Times\n\nJune 1, 2015\n\nQuay closed"
        "\n\nLENGTH: 9 words\n\nBODY:\n\nThe north quay is closed for repairs.\n\n"),
}


def line_floods(size: int) -> dict[str, str]:
    """Texts of about ``size`` characters, each one unit of lines repeated, by name; one
    more holds an end-of-text line halfway."""
    floods = {name: unit * (size // len(unit)) for name, unit in _FLOOD_UNITS.items()}
    half = "x\n" * (size // 4)
    floods["after an end-of-text line"] = half + "End of the Project Gutenberg EBook\n" + half
    return floods
