"""E-book wrappers: a Project Gutenberg header before the text is the preamble, and the
licence after it one boilerplate artifact outside every article (issue 16)."""

from __future__ import annotations

import pytest

import segmenter
from segmenter.pipeline import analyze_text

_HEADER = """The Project Gutenberg EBook of Harbour Essays, by Various

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.

Title: Harbour Essays

Posting Date: March 3, 2012 [EBook #99999]
Release Date: May, 1999
Last Updated: July 10, 2004

Language: English


*** START OF THIS PROJECT GUTENBERG EBOOK HARBOUR ESSAYS ***



"""
_ESSAY = """Essay on the Harbour Number {n}

By Maria Keller, The Harbour Times, June {n}, 2015

The ferry operator cancelled crossings again this week, and the port authority said
it would look into the timetable before the summer season begins in earnest.

Passengers waited on the quay for hours while the company said nothing at all.


"""
_LICENCE = """End of the Project Gutenberg EBook of Harbour Essays, by Various

*** END OF THIS PROJECT GUTENBERG EBOOK HARBOUR ESSAYS ***

Updated editions will replace the previous one--the old editions
will be renamed.

""" + "Section 1.  General Terms of Use and Redistributing Project Gutenberg-tm\n\n" * 200


def _book(essays: int = 6) -> str:
    return _HEADER + "".join(_ESSAY.format(n=n) for n in range(1, essays + 1)) + _LICENCE


def test_gutenberg_header_is_the_preamble_and_starts_no_article() -> None:
    """Regression: the header's "Posting Date:"/"Last Updated:" lines and the text up to
    "*** START OF" were read as an article (issue 16)."""
    doc = segmenter.analyze(_book())
    assert doc.preamble.startswith("The Project Gutenberg EBook")
    assert doc.preamble.endswith("HARBOUR ESSAYS ***")
    assert [a.title for a in doc.articles] == [
        f"Essay on the Harbour Number {n}" for n in range(1, 7)]


@pytest.mark.parametrize("window", [2_000, 5_000, 128 * 1024])
def test_gutenberg_licence_is_one_artifact_outside_every_article_span(window: int) -> None:
    """Regression: the licence ran inside the last article's span, and when the text
    was read in windows a window cut inside it carried the rest into an article."""
    text = _book()
    end = text.index("End of the Project Gutenberg")
    doc = analyze_text(text, window=window)
    assert len(doc.articles) == 6
    assert all(a.span.end <= end for a in doc.articles)
    assert all("Gutenberg" not in a.body for a in doc.articles)
    [licence] = [a for a in doc.artifacts if a.span.start >= end]
    assert licence.kind == "boilerplate" and (licence.span.start, licence.span.end) == (
        end, len(text.rstrip()))


def test_a_long_text_after_an_end_line_is_read_in_bounded_windows() -> None:
    """Regression: a window holding an end-of-text line read all the rest of the text at
    once, however long (a flood after the line took 58 times its size in memory)."""
    import tracemalloc

    text = "x\n" * 150_000 + "End of the Project Gutenberg EBook\n" + "x\n" * 150_000
    tracemalloc.start()
    segmenter.segment(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 30 * len(text)
