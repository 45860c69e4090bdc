"""Report: the stages' results for a window -> its artifacts, preamble and the role of
each line with the reason for it (what ``--explain`` prints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..marking.artifacts import Mark
from ..marking.content import Content
from ..model import Artifact, LineRole, Span
from ..starts.rules import Refusal, Start
from .assemble import Assembled

__all__ = ["artifacts", "line_roles", "preamble", "preamble_span"]

def preamble_span(spans: Iterable[Span | None]) -> Span | None:
    """Where the text before the first article lies, given each window's share of it.
    Only windows read before any article starts have text before their first start: a
    preamble longer than a window is theirs together."""
    found = [s for s in spans if s is not None]
    return Span(found[0].start, found[-1].end) if found else None


_HEADING_ROLE = ("heading", "short title-like line standing alone between paragraphs")
_UNCLAIMED_ROLE = ("preamble", "no article claims it")
_PREAMBLE_ROLE = ("preamble", "before the first article")


def preamble(content: Content, starts: Sequence[Start]) -> tuple[str, Span | None]:
    """Text before the first article (all the text when there is none): before its
    first line, or the line it opens with when that is above."""
    lines = content.lines
    last = len(lines)
    if starts:
        first = content.index[starts[0].first]
        last = min(starts[0].opens, first) if starts[0].opens >= 0 else first
    pre = [i for i in range(last) if not lines.blanks[i]]
    if not pre:
        return "", None
    begin, end = lines.text_start(pre[0]), lines.text_end(pre[-1])
    return content.text[begin:end], content.span(begin, end)


def _claims(content: Content, marks: Mapping[int, Mark], starts: Sequence[Start],
            articles: Sequence[Assembled], first_article: int,
            refused: Sequence[Refusal]) -> dict[int, tuple[str, str]]:
    """What each line that articles claim is, by line index. Written from the weakest
    claim to the strongest: body, refused start, sub-heading, title and byline, preamble."""
    index = content.index
    roles: dict[int, tuple[str, str]] = {}
    for n, a in enumerate(articles, first_article + 1):
        body_role = ("body", f"body of article {n}")  # one reason for all its lines
        for p in a.body:
            roles[index[p]] = body_role
    for r in refused:
        roles[index[r.pos]] = ("body", f"not a start ({r.rule} rule): {r.evidence}")
    for a in articles:
        for p in a.headings:
            roles[index[p]] = _HEADING_ROLE
    roles |= _near_misses(index, articles, first_article)
    for n, (start, made) in enumerate(zip(starts, articles, strict=False), first_article + 1):
        for pos in made.signed:
            roles[index[pos]] = ("byline", f"credit of article {n} read from its text: "
                                 "after it, set off by a dash, alone under its title, or "
                                 "a source credit under its head")
        for pos in start.title:
            roles[index[pos]] = ("title",
                                 f"title of article {n} ({start.rule} rule): {start.evidence}")
        pb = start.parsed
        for pos in start.byline:
            assert pb is not None
            roles[index[pos]] = ("byline", f"byline of article {n}: {pb.described}")
    if starts:
        blanks = content.lines.blanks
        for i in range(index[starts[0].first]):
            if not blanks[i] and i not in marks:
                roles[i] = _PREAMBLE_ROLE
    return roles


def _near_misses(index: Sequence[int], articles: Sequence[Assembled],
                 first_article: int) -> dict[int, tuple[str, str]]:
    """The roles of the lines that almost read as an article's credit, with why."""
    return {index[pos]: ("body", f"almost a credit of article {n}, not read: {why}")
            for n, made in enumerate(articles, first_article + 1) for pos, why in made.near}


def line_roles(content: Content, marks: Mapping[int, Mark], starts: Sequence[Start],
               articles: Sequence[Assembled], first_article: int,
               refused: Sequence[Refusal], cut: int) -> list[LineRole]:
    """The role of each line before line ``cut``: blank, an artifact's kind, what an
    article made of it, or preamble. ``articles`` are those of the first ``starts``;
    ``first_article`` counts the articles of the text before the window."""
    roles = _claims(content, marks, starts, articles, first_article, refused)
    out = []
    lines = content.lines
    number = content.first_line + 1  # line numbers count from 1 in the whole text
    for i in range(cut):
        if lines.blanks[i]:
            role, reason = "blank", ""
        elif i in marks:
            role, reason = marks[i].kind, marks[i].reason
        else:
            role, reason = roles.get(i, _UNCLAIMED_ROLE)
        out.append(LineRole(i + number, content.span(lines.starts[i], lines.ends[i]), role,
                            reason))
    return out


def artifacts(content: Content, marks: Mapping[int, Mark], cut: int) -> list[Artifact]:
    """One artifact per marked line before line ``cut``; consecutive boilerplate lines
    (blank lines between them allowed) make one block."""
    out: list[Artifact] = []
    lines = content.lines
    number = content.first_line + 1  # line numbers count from 1 in the whole text
    first = last = -1  # the boilerplate block being gathered, by line index

    def flush() -> None:
        nonlocal first
        if first >= 0:
            begin, end = lines.text_start(first), lines.text_end(last)
            out.append(Artifact("boilerplate", content.text[begin:end],
                                content.span(begin, end), first + number, content.page(first)))
            first = -1

    for i in sorted(k for k in marks if k < cut):
        kind = marks[i].kind
        if kind == "boilerplate":
            if first >= 0 and not all(lines.blanks[last + 1 : i]):
                flush()  # text between: a new block
            if first < 0:
                first = i
            last = i
            continue
        flush()
        text = lines.texts[i]
        page = content.page(i)
        if kind == "page_number" and not content.has_pages:
            page = marks[i].number  # the page is known only from the number printed
        begin = lines.text_start(i)
        out.append(Artifact(kind, text, content.span(begin, begin + len(text)), i + number,
                            page))
    flush()
    if content.inline or content.labels:
        out.extend(_inline(content, cut))
        out.extend(_labels(content, cut))
        out.sort(key=lambda a: a.span.start)
    return out


def _labels(content: Content, cut: int) -> list[Artifact]:
    """The body labels taken out of lines of text before line ``cut`` ("Full text:")."""
    lines = content.lines
    out = []
    for i, at in content.labels.items():
        if i < cut:
            begin = lines.text_start(i)
            label = lines.texts[i][:at].rstrip()
            out.append(Artifact("field", label, content.span(begin, begin + len(label)),
                                i + content.first_line + 1, content.page(i)))
    return out


def _inline(content: Content, cut: int) -> list[Artifact]:
    """The page markers taken out of lines of text before line ``cut`` ("{346}")."""
    lines = content.lines
    out = []
    for i, markers in content.inline.items():
        if i >= cut:
            continue
        begin = lines.text_start(i)
        for start, end, number in markers:
            page = content.page(i) if content.has_pages else number
            out.append(Artifact("page_number", lines.texts[i][start:end],
                                content.span(begin + start, begin + end),
                                i + content.first_line + 1, page))
    return out
