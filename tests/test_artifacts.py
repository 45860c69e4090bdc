"""Page furniture and boilerplate: the shortcuts of mark_artifacts find what the patterns do."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from segmenter.artifacts import _TO_END, mark_artifacts
from segmenter.lines import split_lines

_END_LINES = ["End of the Project Gutenberg EBook", "*** END OF THIS PROJECT GUTENBERG EBOOK",
              "end of project gutenberg's text", "***end of the project gutenberg"]


@given(st.sampled_from(_END_LINES), st.sampled_from([str.upper, str.lower, str.title, str]),
       st.text("ab. ", max_size=5))
def test_an_end_of_text_line_opens_with_a_character_that_may_open_one(
        line: str, case: Callable[[str], str], tail: str) -> None:
    """mark_artifacts tries the end-of-text pattern only on lines whose first character
    can open a match (asked with a partial match); no line the pattern takes is passed by."""
    text = case(line) + tail
    if _TO_END.fullmatch(text):
        assert _TO_END.fullmatch(text[0], partial=True)


def test_end_of_text_line_marks_the_rest_as_boilerplate() -> None:
    lines = split_lines("Body text.\n*** END OF THIS PROJECT GUTENBERG EBOOK ***\nLicence\n")
    marks = mark_artifacts(lines)
    assert sorted(marks) == [1, 2]
    assert {m.kind for m in marks.values()} == {"boilerplate"}
