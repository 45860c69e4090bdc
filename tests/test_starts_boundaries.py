"""Article starts: the golden dumps of tests/cases/boundaries.json, and the START_RULES
table that finds them."""

from __future__ import annotations

from typing import Any

import pytest

import segmenter
from segmenter.lines import split_lines
from segmenter.marking.content import read_content
from segmenter.starts.boundaries import START_RULES, find_starts
from segmenter.starts.byline_search import BylineSearch
from segmenter.starts.layout import measure, type_sizes
from segmenter.starts.rules import Context, Found, Start, StartRule

from .conftest import load_cases

CASES = load_cases("boundaries")
_BLANK = " \t\f\r"


def _text_and_offsets(lines: list[str]) -> tuple[str, list[int]]:
    """The dump the case's lines make, and where the text of each line starts in it."""
    offsets, at = [], 0
    for line in lines:
        offsets.append(at + len(line) - len(line.lstrip(_BLANK)))
        at += len(line) + 1
    return "\n".join(lines) + ("\n" if lines else ""), offsets


def _rule(doc: segmenter.Document, article: segmenter.Article) -> str | None:
    """The rule named in the reason of an article's first title line."""
    for role in doc.lines:
        if role.span.start <= article.span.start < role.span.end + 1 and role.role == "title":
            return role.reason.split("(", 1)[1].split(" rule)", 1)[0]
    return None


def test_case_file_has_enough_cases() -> None:
    """At least 40 labelled dumps, a good share of them with lines that must start nothing."""
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if c.get("not_starts")) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_boundary_case(case: dict[str, Any]) -> None:
    """Articles start exactly at the marked lines (1-based), never at the lines marked
    as no start, and were found by the rules named."""
    text, offsets = _text_and_offsets(case["lines"])
    doc = segmenter.analyze(text)
    found = [a.span.start for a in doc.articles]
    assert found == [offsets[n - 1] for n in case["starts"]]
    for n in case.get("not_starts", []):
        assert offsets[n - 1] not in found
    if "rules" in case:
        assert [_rule(doc, a) for a in doc.articles] == case["rules"]


def test_every_rule_has_a_unique_name_and_a_docstring() -> None:
    """The table is what --explain names: one entry per rule, each documented."""
    names = [r.name for r in START_RULES]
    assert len(names) == len(set(names))
    assert all(r.find.__doc__ for r in START_RULES)
    # anchors first: the rules after learn from them
    assert names[:4] == ["format", "counter", "numbered", "byline"]
    assert [r.name for r in START_RULES if r.anchors] == [
        "format", "counter", "numbered", "byline"]
    assert [r.name for r in START_RULES if r.alone] == ["format", "counter", "numbered"]


def test_a_start_taken_by_an_earlier_rule_is_not_taken_again() -> None:
    """Two rules finding the same line give one start, the earlier rule's."""
    def twice(ctx: Context, found: Found) -> list[Start]:
        return [Start((0,), (), None, "again", "a second look")]

    text = "Bridge plan delayed\nJane Doe, Rudaw, June 24, 2015\n\nThe council met.\n"
    lines = split_lines(text)
    content = read_content(text, lines, {})
    layout = measure(content)
    ctx = Context(content, layout, type_sizes(content, None), BylineSearch(content, layout))
    got = find_starts(ctx, rules=(*START_RULES[:4], StartRule("again", twice)))
    assert [(s.first, s.rule) for s in got.starts] == [(0, "byline")]
