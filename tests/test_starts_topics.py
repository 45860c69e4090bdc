"""Topic words of segmenter.starts.topics."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from segmenter.starts.topics import FoldedLines, topic_words

# Letters whose case folding changes a line's length ("ß" -> "ss", "ﬁ" -> "fi"), a
# combining mark, digits and punctuation between words.
_LINES = st.lists(st.text("abcßﬁİΣ\u0301 1-,", max_size=14), max_size=8)


@given(_LINES, st.data())
def test_folded_lines_find_the_words_of_the_joined_lines(lines: list[str],
                                                         data: st.DataObject) -> None:
    folded = FoldedLines(lines)
    first = data.draw(st.integers(0, len(lines)))
    end = data.draw(st.integers(first, len(lines)))
    assert folded.words(first, end) == topic_words(" ".join(lines[first:end]))
