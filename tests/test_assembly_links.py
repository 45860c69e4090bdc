"""Closing links and footers: a media-monitoring alert's "Read more: <link>" under each
item and a newsletter's footer ("You are receiving this email because...",
"Unsubscribe", "View in browser") are boilerplate artifacts, never body text (issue 28)."""

from __future__ import annotations

import pytest

import segmenter

_ITEMS = [
    ("Port authority approves new ferry terminal", "The Harbour Times - 3 March 2021",
     "The port authority approved a new ferry terminal on Tuesday after a two-year review.",
     "Read more: https://harbourtimes.example/news/ferry-terminal"),
    ("Fishermen protest quota cuts", "Coastal Daily - 3 March 2021",
     "About 200 fishermen gathered outside the ministry to protest cuts to the quotas.",
     "Weiterlesen: https://coastaldaily.example/fishing/quota-protest"),
    ("City council delays bridge vote", "Lakeside Post - 2 March 2021",
     "The city council postponed its vote on the old bridge until April, citing costs.",
     "Read the full story at https://lakesidepost.example/city/bridge-vote"),
]
_FOOTER = ("You are receiving this email because you subscribed to Harbour Media Monitor.\n"
           "Unsubscribe: https://monitor.example/unsubscribe\nView in browser\n")


def _alert(footer: str = _FOOTER) -> str:
    items = "\n\n".join(f"{t}\n{c}\n{b}\n{m}" for t, c, b, m in _ITEMS)
    return f"HARBOUR MEDIA MONITOR - Daily Alert - 3 March 2021\n\n{items}\n\n{footer}"


def test_read_more_links_and_a_newsletter_footer_are_boilerplate() -> None:
    """Regression: each item's body ended "... Read more: https://...", and the last
    one held the newsletter's footer."""
    doc = segmenter.analyze(_alert())
    assert [a.title for a in doc.articles] == [t for t, *_ in _ITEMS]
    for article, (_, _, body, _) in zip(doc.articles, _ITEMS, strict=True):
        assert article.body == body
    removed = "\n".join(x.text for x in doc.artifacts if x.kind == "boilerplate")
    for line in [m for *_, m in _ITEMS] + _FOOTER.splitlines():
        assert line in removed


@pytest.mark.parametrize("last", ["Read more about the plan in the council's report.",
                                  "See also the harbour master's statement."])
def test_a_sentence_that_opens_like_a_link_stays_text(last: str) -> None:
    """A sentence opening with "Read more" or "See also" is the article's own text."""
    text = _alert(footer="").replace(_ITEMS[2][3], last)
    assert segmenter.segment(text)[-1].body.endswith(last)
