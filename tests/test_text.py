"""Line predicates of segmenter.text."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from segmenter.text import URL_LINE, URL_RE, may_hold_url

# The URL patterns as first written, with the case flag: the spelt-out case variants
# must find exactly what these find.
_URL_RE_FLAGGED = regex.compile(r"(?:https?://|www\.)[^\s<>\"“”]{2,2000}", regex.IGNORECASE)
_URL_LINE_FLAGGED = regex.compile(r"(?:https?://|www\.)\S{2,2000}", regex.IGNORECASE)


@given(st.lists(st.sampled_from(["http", "HTTPS", "hTtPſ", "://", "www.", "WwW.", "x.org",
                                 "/a", " ", "\n", "<", "“", "w", "s"]), max_size=12))
def test_url_patterns_match_any_case_as_the_flagged_ones(parts: list[str]) -> None:
    text = "".join(parts)
    assert [m.span() for m in URL_RE.finditer(text)] == [
        m.span() for m in _URL_RE_FLAGGED.finditer(text)]
    assert (URL_LINE.fullmatch(text) is None) == (_URL_LINE_FLAGGED.fullmatch(text) is None)


def test_url_in_capitals_is_found() -> None:
    assert URL_RE.search("see HTTPS://Example.ORG/a now")[0] == "HTTPS://Example.ORG/a"
    assert URL_LINE.fullmatch("WWW.example.org")


@given(st.lists(st.sampled_from(["http", "HTTPS", "hTtPſ", "://", "www.", "WwW.", "x.org",
                                 "/a", " ", "w", "W", "s", "."]), max_size=12),
       st.integers(0, 20), st.integers(0, 40))
def test_may_hold_url_never_misses_a_url(parts: list[str], start: int, end: int) -> None:
    text = "".join(parts)
    if URL_RE.search(text, start, end) is not None:
        assert may_hold_url(text, start, end)
