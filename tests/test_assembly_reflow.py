"""Re-flow helpers: the hyphenation vocabulary answers as if every word had been listed."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from segmenter.assembly.reflow import Vocabulary, _join_marked, join_lines

# The definition of a word the vocabulary follows, written out independently.
_WORD = regex.compile(r"\p{L}+(?:[-'’]\p{L}+)*")
_ALPHABET = "abAB-'’ .\nßİé\u0345\u0301"


def _listed(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


@given(st.text(_ALPHABET, max_size=60), st.lists(st.text("abAB-'ßé", max_size=5), max_size=80))
def test_vocabulary_search_agrees_with_listing_every_word(text: str, words: list[str]) -> None:
    """The first questions are searched for, later ones looked up in a list of all the
    words: either way the answer is the list's."""
    vocabulary = Vocabulary(text)
    listed = _listed(text)
    for word in words:
        assert (word in vocabulary) == (bool(word) and word.casefold() in listed), word


def test_vocabulary_whole_words_only() -> None:
    vocabulary = Vocabulary("The anti-Iran capabilities; Washington-based rock’n roll")
    assert "capabilities" in vocabulary and "CAPABILITIES" in vocabulary
    assert "anti-iran" in vocabulary and "Washington-based" in vocabulary
    for part in ("iran", "anti", "washington", "based", "rock", "capabilit", ""):
        assert part not in vocabulary, part
    assert 3 not in vocabulary


def test_vocabulary_word_met_often_inside_others_is_still_answered() -> None:
    """A word found thousands of times inside longer words uses up the searches'
    allowance; the answer then comes from the full list, and is the same."""
    text = "abab " * 5000 + "ab"
    assert "ab" in Vocabulary(text)
    assert "ab" not in Vocabulary(text[:-2])


@given(st.lists(st.text("ab -\u00ad–—", min_size=1, max_size=6).map(str.strip).filter(bool),
                min_size=1, max_size=6), st.booleans())
def test_join_lines_fast_path_agrees_with_the_line_by_line_join(lines: list[str],
                                                                keep: bool) -> None:
    """Paragraphs with no hyphen or dash before a space are joined with plain spaces;
    the result is the line-by-line join's either way."""
    assert join_lines(lines, lambda a, b: keep) == _join_marked(lines, lambda a, b: keep)
