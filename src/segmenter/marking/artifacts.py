"""Artifact marking: a window's lines -> a mark (kind, evidence, printed page number) on
each line of page furniture, separator or end-of-text boilerplate.

A page number is a number *at a page edge*: a line that interrupts a sentence, sits
beside a form feed, says "Page 3", or takes its place in a rising sequence of such
lines. A running header or footer is a short line that repeats and stands at page edges
in at least half of its occurrences. Numbers and repeated lines anywhere else stay in
the text (a salutation or a signature repeated in every article is not furniture).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

import attrs
import regex

from ..lexicons import (
    CAPTION_LABELS,
    FOOTNOTE_LABELS,
    PAGE_LABELS,
    PAGE_OF_WORDS,
    SERIAL_NOTES,
)
from ..lines import Lines
from ..text import (
    RULE_SYMBOLS,
    ends_sentence,
    first_letter,
    has_inner_sentence,
    is_separator,
    is_url_line,
    literal_alternation,
)
from .boilerplate import FROM_START, TO_END, MayOpenEnd
from .counters import Counters, find_counters
from .edges import Nearest, edge_runs, first_after_break, running_text, title_headers
from .repeats import varied_repeats

__all__ = ["Mark", "caption_words", "inline_page_markers", "mark_artifacts", "read_artifacts"]

# Patterns: compiled once; each "Bound:" says why matching stays linear in the line.
# Explicit page markers: "Page 3", "page 3 of 12", "p. 3", "- 3 -", "3 of 12", "3/12",
# and a transcription's "{346}", "[Pg 23]", "[p. 12]", in every language of
# lexicons/page_labels.txt and page_of_words.txt ("Seite 3 von 12").
# Bound: only tried on lines of at most 20 characters; every repeat is capped and the
# words are alternations of literals.
_PAGE_OF = rf"(?:{literal_alternation(PAGE_OF_WORDS)}|/)"
_EXPLICIT_PAGE = regex.compile(
    rf"(?:{literal_alternation(PAGE_LABELS)})\s{{0,3}}(?P<n>\d{{1,4}})"
    rf"(?:\s{{0,3}}{_PAGE_OF}\s{{0,3}}\d{{1,4}})?"
    r"|[-–—]\s{0,3}(?P<n>\d{1,4})\s{0,3}[-–—]"
    rf"|(?P<n>\d{{1,4}})\s{{0,3}}{_PAGE_OF}\s{{0,3}}\d{{1,4}}"
    r"|\{\s{0,2}(?P<n>\d{1,4})\s{0,2}\}"
    rf"|\[\s{{0,2}}(?:{literal_alternation(PAGE_LABELS)})\s{{0,3}}(?P<n>\d{{1,4}})\s{{0,2}}\]",
    regex.IGNORECASE,
)


def _bracket_opener(labels: frozenset[str]) -> regex.Pattern[str]:
    """A line opening a bracketed note with one of ``labels`` ("[Illustration: ...]",
    "[Illustration]", "[Footnote 1: ...]"). Bound: used with match; a literal
    alternation, then one character class."""
    return regex.compile(rf"\[\s?(?:{literal_alternation(labels)})(?:[\]:.,\s]|$)",
                         regex.IGNORECASE)


# A transcription's page marker inside a line of text ("the {346} word", "end.[Pg 23]"),
# never a subscript's braces ("KNO_{3}": a word character or "^" before it).
# Bound: one capped digit run between literals and capped space runs; the labels are
# an alternation of literals; the lookbehind is one character.
_INLINE_PAGE = regex.compile(
    r"(?<![\w^])(?:\{\s{0,2}(?P<n>\d{1,4})\s{0,2}\}"
    rf"|\[\s{{0,2}}(?:{literal_alternation(PAGE_LABELS)})\s{{0,3}}(?P<n>\d{{1,4}})\s{{0,2}}\])",
    regex.IGNORECASE)


def inline_page_markers(text: str) -> list[tuple[int, int, int]]:
    """The page markers inside a line of text, as (start, end, page number).

    >>> inline_page_markers("the grotto {346} opens"), inline_page_markers("KNO_{3}")
    ([(11, 16, 346)], [])
    """
    if "{" not in text and "[" not in text:
        return []  # the test before the pattern
    return [(m.start(), m.end(), int(m["n"])) for m in _INLINE_PAGE.finditer(text)]


_MAX_CAPTION = 12  # a caption runs over at most this many lines
# A bare domain name in a footer ("nejatngo.org"): lower case, but not running text.
# Bound: fixed width around the dot; each attempt is a few steps.
_DOMAIN = regex.compile(r"\w\.(?:org|com|net|info|gov|edu|int|[a-z]{2})\b")
# A web address without its scheme, alone on a line ("digest.example/archive"): a
# domain of two to five labels and perhaps a path. Bound: used with fullmatch; capped
# class runs, a capped repeat of a dot and a label, then one capped run.
_BARE_ADDRESS = regex.compile(r"[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}(?:/\S{0,200})?")
# Digits folded to one symbol, so "Digest, page 3" and "Digest, page 4" repeat.
# Bound: one digit run.
_DIGITS = regex.compile(r"\d+")
_MAX_RUNNING = 100  # running headers and footers are short lines
@attrs.frozen
class Mark:
    """Why one line is an artifact: its kind and the evidence; for a page number, the
    number it prints."""

    kind: str
    reason: str
    number: int | None = None
    ends_text: bool = False  # the text ends here: no article's span reaches over it


_CAPTION = _bracket_opener(CAPTION_LABELS)
# The bracketed notes a transcription sets where a picture or a footnote stood.
_BRACKETED = ((_CAPTION, Mark("caption", "the caption of a picture")),
              (_bracket_opener(FOOTNOTE_LABELS),
               Mark("footnote", "a footnote set apart in brackets")),
              (_bracket_opener(SERIAL_NOTES),
               Mark("serial_note", "a serial's note on where it begins or goes on")))
_SEPARATOR = Mark("separator", "a rule of repeated symbols")
_TITLE_HEADER = Mark("running_header", "opens a page by repeating a title printed before")

def caption_words(text: str) -> str:
    """The words of a caption, without its brackets and label.

    >>> caption_words("[Illustration: OUR POST-OFFICE BOX.]"), caption_words("[Illustration]")
    ('OUR POST-OFFICE BOX.', '')
    """
    m = _CAPTION.match(text)
    return (text[m.end():] if m else text).strip(" :]")


def _form(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text.casefold()).split())


def _reads_as_prose(text: str) -> bool:
    """A fragment of running text: it starts lower case, ends a sentence or holds a break.

    Such a line is never a running header or footer, however often it repeats. ``text``
    is not empty.
    """
    if ends_sentence(text):
        return True
    first = text[0] if text[0].isalnum() else first_letter(text)  # starts_lower, unrolled
    return (first.islower() and not ("." in text and (
        _DOMAIN.search(text) or _BARE_ADDRESS.fullmatch(text)))) or has_inner_sentence(text)


def _page_number(text: str) -> tuple[int, bool] | None:
    """The number of a page-marker line and whether the marker is explicit."""
    if text.isdecimal():  # what \d matches; no explicit marker is digits alone
        # a bare number of up to four digits: a page number only with evidence from
        # position or sequence
        return (int(text), False) if len(text) <= 4 else None
    m = _EXPLICIT_PAGE.fullmatch(text)
    if m:
        return int(m["n"]), True
    return None


def _place_kinds(lines: Lines, run: list[int], numbers: dict[int, tuple[int, bool]],
                 marks: dict[int, Mark], reason: str) -> None:
    """Name each line of an edge cluster: footers before the break, headers after."""
    feed = next((k for k, i in enumerate(run) if lines.after_form_feeds[i]), None)
    number = next((k for k, i in enumerate(run) if i in numbers), None)
    if feed is not None:
        pivot = feed - 0.5
    elif number is not None:
        pivot = number
    else:
        page_break = first_after_break(lines, run)
        pivot = -1 if page_break is None else bisect.bisect_left(run, page_break)
    for k, i in enumerate(run):
        if i in numbers:
            marks[i] = Mark("page_number", reason, numbers[i][0])
        elif is_url_line(lines.texts[i]) and len(run) == 1 and feed is None:
            marks[i] = Mark("stray_url", reason)
        else:
            marks[i] = Mark("running_footer" if k < pivot else "running_header", reason)


@attrs.define(eq=False)
class _Scan:
    """What one pass over the lines finds: separators (or, after an end-of-text line,
    the boilerplate to the end), page-number lines, URL lines, and the repeatable form
    of each short line with how often each form occurs."""

    marks: dict[int, Mark] = attrs.Factory(dict)
    numbers: dict[int, tuple[int, bool]] = attrs.Factory(dict)
    urls: set[int] = attrs.Factory(set)
    forms: dict[int, str] = attrs.Factory(dict)
    counts: Counter[str] = attrs.Factory(Counter)
    ended: bool = False  # an end-of-text line was found: the rest is marked
    started: bool = False  # a start-of-text line was found: the lines before are marked


def _short_facts(texts: list[str]) -> dict[str, tuple[tuple[int, bool] | None, str]]:
    """Each short line's page number and form ("" when it reads as prose), by its text:
    a line repeated by the thousand (a stray quote on each line) is read once."""
    return {t: (_page_number(t) if len(t) <= 20 else None,
                "" if t.isdigit() or _reads_as_prose(t) else _form(t))
            for t in set(texts) if t and len(t) <= _MAX_RUNNING}


def _set_apart(lines: Lines, i: int, marks: dict[int, Mark]) -> bool:
    """Mark line ``i`` when it is a separator (a rule of symbols) or opens a caption."""
    t = lines.texts[i]
    if t[0] in RULE_SYMBOLS and is_separator(t):
        marks[i] = _SEPARATOR
        return True
    return t[0] == "[" and _caption(lines, i, marks)


def _caption(lines: Lines, i: int, marks: dict[int, Mark]) -> bool:
    """Mark a picture's caption or a footnote opening on line ``i`` ("[Illustration:
    ...]", "[Footnote 1: ...]", over a few lines up to its closing bracket); False when
    the line opens neither."""
    texts = lines.texts
    mark = next((m for opener, m in _BRACKETED if opener.match(texts[i])), None)
    if mark is None:
        return False
    end = next((k for k in range(i, min(i + _MAX_CAPTION, len(texts))) if "]" in texts[k]), i)
    for k in range(i, end + 1):
        if texts[k]:
            marks[k] = mark
    return True


def _wrapper_line(lines: Lines, i: int, scan: _Scan) -> bool:
    """Mark the lines a wrapper's line ``i`` closes off: the rest of the text after an
    end-of-text line (True: the scan ends), the text before a start-of-text line."""
    t = lines.texts[i]
    if TO_END.fullmatch(t):
        _mark_to_end(lines, i, scan.marks)
        scan.ended = True
        return True
    if not scan.started and FROM_START.fullmatch(t):
        _mark_from_start(lines, i, scan)
    return False


def _mark_from_start(lines: Lines, last: int, scan: _Scan) -> None:
    """Mark every non-blank line up to ``last`` as boilerplate before a start of text (an
    e-book's header), forgetting what the scan found among them."""
    before = Mark("boilerplate", f"up to start-of-text line {lines.texts[last]!r}")
    blanks = lines.blanks
    for k in range(last + 1):
        if not blanks[k]:
            scan.marks[k] = before
            scan.forms.pop(k, None)
            scan.numbers.pop(k, None)
    scan.urls.difference_update(range(last + 1))
    scan.started = True


def _mark_to_end(lines: Lines, first: int, marks: dict[int, Mark]) -> None:
    """Mark every non-blank line from ``first`` on as boilerplate after an end of text."""
    after_end = Mark("boilerplate", f"after end-of-text line {lines.texts[first]!r}",
                     ends_text=True)
    blanks = lines.blanks
    for k in range(first, len(lines)):
        if not blanks[k]:
            marks[k] = after_end  # one Mark for all


def _scan(lines: Lines) -> _Scan:
    """Read every line once (see ``_Scan``)."""
    scan = _Scan()
    marks, numbers, urls, forms, counts = (
        scan.marks, scan.numbers, scan.urls, scan.forms, scan.counts)
    may_end = MayOpenEnd()
    short = _short_facts(lines.texts)
    for i, t in enumerate(lines.texts):
        n = len(t)
        if not n or n > 2000:
            continue
        c = t[0]
        if (c in RULE_SYMBOLS or c == "[") and _set_apart(lines, i, marks):
            continue
        if may_end[c] and n <= 200 and _wrapper_line(lines, i, scan):
            break
        if c in "hHwW" and is_url_line(t):  # the test before the call: most lines fail it
            urls.add(i)
        if n <= _MAX_RUNNING:
            pn, f = short[t]
            if pn is not None:
                numbers[i] = pn
            if f:
                forms[i] = f
    counts.update(forms.values())  # counted at once, not line by line
    return scan


def mark_artifacts(lines: Lines) -> dict[int, Mark]:
    """Find separators, page numbers, running headers/footers, document counters and
    end-of-text boilerplate."""
    return read_artifacts(lines)[0]


def read_artifacts(lines: Lines) -> tuple[dict[int, Mark], Counters]:
    """``mark_artifacts``, and the document counters among the marks, with the total
    they state."""
    scan = _scan(lines)
    counters = find_counters(lines, scan.forms, scan.counts)
    for i in counters.numbers:  # a counter is no running header
        scan.counts[scan.forms.pop(i)] -= 1
    if not scan.ended:
        _mark_furniture(lines, scan)
        for i in title_headers(lines, scan.marks):
            scan.marks[i] = _TITLE_HEADER
    for i, n in counters.numbers.items():
        scan.marks[i] = Mark("counter", f"document counter {n}, rising in sequence", n)
    return scan.marks, counters


def _mark_furniture(lines: Lines, scan: _Scan) -> None:
    """Mark page numbers and running headers and footers (``scan.marks``)."""
    numbers, forms, counts = scan.numbers, scan.forms, scan.counts
    repeated, edge_runs = _repeated_and_edges(lines, scan)
    # A repeated line is furniture when at least half of its occurrences stand at edges.
    at_edge: Counter[str] = Counter(forms[i] for run, _ in edge_runs for i in run if i in forms)
    running = {f for f, n in at_edge.items() if n >= 2 and 2 * n >= counts[f]}
    marks = scan.marks
    for run, reason in edge_runs:
        keep = [i for i in run if i not in repeated or forms[i] in running]
        if keep:
            _place_kinds(lines, keep, numbers, marks, reason)
    _mark_running(lines, scan, repeated, running, at_edge)


def _repeated_and_edges(lines: Lines,
                        scan: _Scan) -> tuple[set[int], list[tuple[list[int], str]]]:
    """The repeated lines that may be furniture, and the clusters of candidate lines
    that stand at page edges with their evidence."""
    repeated = varied_repeats(lines, scan.forms, scan.counts, set(scan.numbers) | scan.urls)
    if not (repeated or scan.numbers or scan.urls):
        return repeated, []  # nothing that could be furniture
    nonblank = Nearest(lines, set())
    repeated -= running_text(lines, scan.numbers, scan.urls, repeated, nonblank)
    return repeated, edge_runs(lines, scan.numbers, scan.urls, repeated, nonblank)


def _printed_number(text: str, kind: str) -> int | None:
    """The number a page-number line prints (its first digits)."""
    digits = _DIGITS.search(text) if kind == "page_number" else None
    return int(digits.group()) if digits else None


def _mark_running(lines: Lines, scan: _Scan, repeated: set[int], running: set[str],
                  at_edge: Counter[str]) -> None:
    """Mark every occurrence of a running header or footer, wherever it stands, with
    the kind most of its occurrences at page edges have."""
    marks, texts = scan.marks, lines.texts
    by_form: dict[str, list[int]] = defaultdict(list)
    for i, f in scan.forms.items():
        if f in running:
            by_form[f].append(i)
    for f, idxs in by_form.items():
        kinds = Counter(marks[i].kind for i in idxs if i in marks)
        kind = kinds.most_common(1)[0][0] if kinds else "running_header"
        reason = f"repeats at page edges ({at_edge[f]} of {scan.counts[f]} times)"
        for i in idxs:
            if i in repeated and i not in marks:
                marks[i] = Mark(kind, reason, _printed_number(texts[i], kind))


