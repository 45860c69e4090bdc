"""Outliers: an article without text, or many times the median length, is named in
``Document.warnings`` (issue 28: no silent loss, no empty article left unsaid)."""

from __future__ import annotations

import segmenter
from segmenter.assembly.outliers import length_outliers

_PARA = ("The council met on Monday to discuss the plan for the {w}, and the mayor said\n"
         "the {w} work would begin in the spring if the money for it were found.\n\n")


def _article(n: int, w: str, paragraphs: int = 2) -> str:
    return (f"The {w.title()} Plan Is Delayed\nJane Doe, Rudaw, June {n}, 2015\n\n"
            + _PARA.format(w=w) * paragraphs)


def test_an_article_of_a_title_and_a_credit_alone_is_named() -> None:
    """Regression: a title and its credit with no text under them (the text went to a
    neighbour, or the page held nothing more) came back as an empty article without a
    word said."""
    text = (_article(1, "ferry") + _article(2, "pier") + "The Tunnel Plan Is Delayed\n"
            "Jane Doe, Rudaw, June 3, 2015\n\n\n" + _article(4, "market") + _article(5, "bridge"))
    doc = segmenter.analyze(text)
    assert [a.body == "" for a in doc.articles] == [False, False, True, False, False]
    assert "article 3 of 5 has no text: a title or a credit alone" in doc.warnings


def test_an_article_many_times_the_median_length_is_named() -> None:
    """An article twenty times as long as the others: starts may have been missed."""
    words = ["ferry", "pier", "tunnel", "market", "bridge", "canal"]
    text = "".join(_article(n, w, 40 if n == 4 else 2) for n, w in enumerate(words, 1))
    doc = segmenter.analyze(text)
    assert any(w.startswith("article 4 of 6 has ") and "median" in w for w in doc.warnings)


def test_articles_of_ordinary_lengths_raise_nothing() -> None:
    assert length_outliers([900, 1000, 1100, 950, 1200, 5000]) == []
    assert length_outliers([]) == []
    assert segmenter.analyze("".join(_article(n, w) for n, w in
                                     enumerate(["ferry", "pier", "tunnel"], 1))).warnings == ()
