"""Repeated heads: an article's body lines -> those that open a page it runs on to by
repeating its credit lines (a press archive's head over every page of one article),
taken out of the text and reported as running headers."""

from __future__ import annotations

from ..marking.artifacts import Mark
from ..marking.content import Content
from ..starts.rules import Start

__all__ = ["without_page_heads"]

_PAGE_HEAD = Mark("running_header", "opens a page the article runs on to by repeating its "
                  "credit")


def without_page_heads(content: Content, start: Start, body: list[int], headings: set[int],
                        closing: dict[int, Mark]) -> tuple[list[int], set[int]]:
    """``body`` and ``headings`` without the article's page heads (``_page_heads``),
    which join the ``closing`` lines reported as artifacts."""
    heads = _page_heads(content, start, body)
    if not heads:
        return body, headings
    closing.update(heads)
    index = content.index
    return ([p for p in body if index[p] not in heads],
            {p for p in headings if index[p] not in heads})


def _page_heads(content: Content, start: Start, body: list[int]) -> dict[int, Mark]:
    """The lines of ``body`` that open a page by repeating the article's credit lines
    (a press archive's head over every page of one article), with why (line index ->
    mark)."""
    texts, index = content.texts, content.index
    heads: dict[int, Mark] = {}
    if not body or not any(content.lines.after_form_feeds[
            content.before(body[0]).start:index[body[-1]] + 1]):
        return heads  # no page break over the article's text: asked in one pass in C
    credit = {texts[p] for p in start.byline}
    if credit.isdisjoint(map(texts.__getitem__, body)):
        return heads
    for k, p in enumerate(body):
        if texts[p] in credit and (content.new_page(p) or (
                k and index[body[k - 1]] in heads)):
            heads[index[p]] = _PAGE_HEAD
    return heads
