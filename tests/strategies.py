"""Hypothesis strategies that lay out compilation-style dumps, with what they contain.

A generated dump comes with its expected articles (title and byline fields), so tests
can check both invariants (nothing lost) and metamorphic relations (two dumps joined).
"""

from __future__ import annotations

import datetime as dt
import textwrap

import attrs
from hypothesis import strategies as st

GIVEN = ["Jane", "Omar", "Lena", "Peter", "Sara", "Karim", "Maria", "Tom", "Amira", "Hans"]
FAMILY = ["Doe", "Haddad", "Berg", "Hall", "Kim", "Saleh", "Lopez", "Price", "Nasser", "Meyer"]
OUTLETS = ["Reuters", "The Daily Star", "Rudaw", "Al Jazeera", "Radio Farda", "The Guardian",
           "Global Voices", "Der Spiegel"]
PLACES = ["London", "Baghdad", "Paris", "Tirana", "Erbil", "Geneva"]
TITLE_WORDS = ["Iran", "Deal", "Talks", "Resume", "Camp", "Group", "Moves", "Albania", "New",
               "Report", "Warns", "Over", "Future", "Of", "The", "Aid", "Plan", "Vote", "City",
               "Council", "Water", "Crisis", "Deepens", "Elections", "Delayed"]
BODY_WORDS = ["the", "group", "said", "on", "monday", "that", "its", "members", "would",
              "leave", "camp", "officials", "in", "council", "voted", "to", "delay", "water",
              "supply", "talks", "were", "held", "after", "weeks", "of", "tension", "and",
              "several", "reports", "about", "a", "new", "plan", "for", "residents",
              "information", "capabilities", "government", "international", "organisation"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SUBHEADS = ["Background", "What Comes Next", "A Divided Council", "Reactions Abroad"]


@attrs.frozen
class Expected:
    """What one generated article should come back as."""

    title: str
    authors: tuple[str, ...]
    outlet: str | None
    date: dt.date


@attrs.frozen
class Dump:
    """A generated dump and its expected articles."""

    text: str
    articles: tuple[Expected, ...]


person = st.builds(lambda g, f: f"{g} {f}", st.sampled_from(GIVEN), st.sampled_from(FAMILY))
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def date_text(draw: st.DrawFn, d: dt.date) -> str:
    """One of the written forms of ``d``."""
    month = MONTHS[d.month - 1]
    return draw(st.sampled_from([
        f"{month} {d.day}, {d.year}", f"{d.day} {month} {d.year}", d.isoformat(),
        f"{month[:3]}. {d.day}, {d.year}", f"{d:%A}, {month} {d.day}, {d.year}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
    ]))


@st.composite
def byline(draw: st.DrawFn) -> tuple[list[str], tuple[str, ...], str | None, dt.date]:
    """Byline lines in one of several styles, with the authors, outlet and date they say."""
    d = draw(dates)
    ds = draw(date_text(d))
    a, b = draw(person), draw(person)
    o = draw(st.sampled_from(OUTLETS))
    style = draw(st.integers(0, 5))
    if style == 0:
        return [f"{a}, {o}, {ds}"], (a,), o, d
    if style == 1:
        return [f"{o}, {ds}"], (), o, d
    if style == 2:
        return [f"by {a} and {b}, {o}, {ds}"], (a, b), o, d
    if style == 3:
        return [f"By {a} | {o} | {ds}"], (a,), o, d
    if style == 4:
        return [f"By {a}", f"{o} — {ds}"], (a,), o, d
    place = draw(st.sampled_from(PLACES))
    return [f"{o}, reporting from Alsabah Aljadid, {place}, {ds}"], (), o, d


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(BODY_WORDS), min_size=5, max_size=16))
    return " ".join(words).capitalize() + "."


@st.composite
def article(draw: st.DrawFn, width: int) -> tuple[list[str], Expected]:
    """The lines of one article (blank lines as ''), and what it should parse to."""
    title = " ".join(draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=2, max_size=8)))
    by_lines, authors, outlet, d = draw(byline())
    lines = [title, "", *by_lines, ""]
    paragraphs = draw(st.lists(st.lists(sentence(), min_size=1, max_size=5), min_size=1,
                               max_size=5))
    for k, para in enumerate(paragraphs):
        if k and draw(st.booleans()) and draw(st.booleans()):
            lines += [draw(st.sampled_from(SUBHEADS)), ""]
        lines += textwrap.wrap(" ".join(para), width=width, break_on_hyphens=False)
        lines.append("")
    return lines, Expected(title, authors, outlet, d)


@st.composite
def dumps(draw: st.DrawFn, max_articles: int = 4) -> Dump:
    """A whole dump: articles laid out with page furniture, spacing and line-end styles."""
    width = draw(st.integers(40, 100))
    arts = draw(st.lists(article(width), min_size=1, max_size=max_articles))
    separator = draw(st.sampled_from(["", "* * *", "-----", "___"]))
    lines: list[str] = []
    for k, (alines, _) in enumerate(arts):
        if k:
            lines += ["", separator, ""] if separator else [""]
        lines += alines
    furniture = draw(st.sampled_from(["none", "bare", "page", "dashes", "url", "feed"]))
    every = draw(st.integers(8, 30))
    lines = _paginate(lines, furniture, every)
    if draw(st.booleans()):  # double spacing: a blank line after every line
        lines = [x for line in lines for x in (line, "")]
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    text = eol.join(lines).replace("\f" + eol, "\f") + eol
    return Dump(text, tuple(e for _, e in arts))


def _paginate(lines: list[str], furniture: str, every: int) -> list[str]:
    """Insert a page break inside running text every ``every`` lines."""
    if furniture == "none":
        return lines
    out: list[str] = []
    page = 1
    since = 0
    for k, line in enumerate(lines):
        out.append(line)
        since += 1
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        # break only between two lines of running text, so a sentence is interrupted
        if since >= every and line and nxt and nxt[:1].islower() and not line.endswith("."):
            out += _furniture(furniture, page)
            page += 1
            since = 0
    return out


def _furniture(kind: str, page: int) -> list[str]:
    if kind == "bare":
        return ["", str(page), ""]
    if kind == "page":
        return ["", f"Page {page}", ""]
    if kind == "dashes":
        return ["", f"- {page} -", ""]
    if kind == "url":
        return ["", "http://www.example.org/digest/", str(page), ""]
    return ["", str(page), "\f"]


# One or a few lines of each kind the pipeline recognises, for floods and interleavings.
# A unit ends with its line break; several hold a form feed (a page break). "{n}" is a
# number that rises from one use of a unit to the next (page numbers, counters, lines
# that differ), so that repeated lines meet different neighbours, as furniture does.
LINE_UNITS = {
    "running header": "Weekly Digest of the Press\n",
    "page number": "{n}\n",
    "short line": "w{n}\n",
    "page marker": "Page 3 of 9\n",
    "number at a page break": "{n}\n\f",
    "form feed": "\f",
    "counter": "{n} of 120 DOCUMENTS\n",
    "document counter": "Document {n} of 900\n",
    "byline": "Jane Doe, Reuters, June 3, 2015\n",
    "by-line": "By Jane Doe\n",
    "credit line": "Reuters, June 3, 2015\n",
    "heading": "A Heading Of Several Words\n",
    "numbered line": "Text line {n}\n",
    "sub-heading": "Background\n",
    "title": "Council Delays Its Vote On The Bridge\n",
    "separator": "* * *\n",
    "rule": "----------------------------------------\n",
    "field label": "LENGTH: 886 words\n",
    "field block": "SECTION: World\nLOAD-DATE: June 4, 2015\n",
    "URL": "https://example.org/news/story-{n}\n",
    "domain footer": "digest.example/archive\n",
    "body line": "the council met on day {n} to discuss the plan for the\n",
    "sentence end": "Members said the vote would come later.\n",
    "hyphenated end": "the capabili-\n",
    "dateline": "GENEVA (Reuters) - The talks resumed.\n",
    "link list": "Related posts\n",
    "tags": "Tags: news\n",
    "blank": "\n",
    "blank lines": "\n\n\n",
    "indented": "    An indented paragraph opens here\n",
    "carriage return": "line with a carriage return\r\n",
    "stray quote": "“\n",
    "capital": "A\n",
}


@st.composite
def line_patterns(draw: st.DrawFn) -> list[list[str]]:
    """One to three phases, each a short pattern of line units: one kind repeated (a
    flood) or several kinds in turn (an interleaving); ``flood`` repeats each phase over
    its share of any size (what one part of a file does can change the next part)."""
    phase = st.lists(st.tuples(st.sampled_from(sorted(LINE_UNITS)), st.integers(1, 3)),
                     min_size=1, max_size=4)
    phases = draw(st.lists(phase, min_size=1, max_size=3))
    return [[LINE_UNITS[kind] for kind, n in runs for _ in range(n)] for runs in phases]


def flood(phases: list[list[str]], size: int) -> str:
    """Each phase's pattern repeated over an equal share of ``size`` characters, each
    "{n}" numbered anew (the numbers rise through the whole text)."""
    out: list[str] = []
    n = 0
    for pattern in phases:
        length = 0
        while length < size // len(phases):
            for unit in pattern:
                n += 1
                line = unit.replace("{n}", str(n))
                out.append(line)
                length += len(line)
    return "".join(out)
