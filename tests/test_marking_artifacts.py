"""Page furniture and boilerplate: the shortcuts of mark_artifacts find what the patterns do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import segmenter
from segmenter.lines import split_lines
from segmenter.marking.artifacts import mark_artifacts
from segmenter.marking.boilerplate import TO_END

_END_LINES = ["End of the Project Gutenberg EBook", "*** END OF THIS PROJECT GUTENBERG EBOOK",
              "end of project gutenberg's text", "***end of the project gutenberg"]


@given(st.sampled_from(_END_LINES), st.sampled_from([str.upper, str.lower, str.title, str]),
       st.text("ab. ", max_size=5))
def test_an_end_of_text_line_opens_with_a_character_that_may_open_one(
        line: str, case: Callable[[str], str], tail: str) -> None:
    """mark_artifacts tries the end-of-text pattern only on lines whose first character
    can open a match (asked with a partial match); no line the pattern takes is passed by."""
    text = case(line) + tail
    if TO_END.fullmatch(text):
        assert TO_END.fullmatch(text[0], partial=True)


def test_end_of_text_line_marks_the_rest_as_boilerplate() -> None:
    lines = split_lines("Body text.\n*** END OF THIS PROJECT GUTENBERG EBOOK ***\nLicence\n")
    marks = mark_artifacts(lines)
    assert sorted(marks) == [1, 2]
    assert {m.kind for m in marks.values()} == {"boilerplate"}


_PROSE = ("The council met on Monday to discuss the plan for the river and the bridge.\n"
          "Members said the vote would come later in the year, after the hearings.\n")


def test_page_number_hidden_by_a_blank_line_after_its_form_feed() -> None:
    """Regression: a page number, then a form feed on a line of its own, then a blank
    line: the blank line hid the page break, so the lone number stayed in the text (and
    could become a heading or a title)."""
    lines = split_lines(f"{_PROSE}\n7\n\f\n\n{_PROSE}")
    number = lines.texts.index("7")
    marks = mark_artifacts(lines)
    assert marks[number].kind == "page_number"
    assert marks[number].reason == "beside a form feed"


def test_running_footer_before_a_hidden_page_break() -> None:
    """A repeated footer line, blank lines and a form feed between it and the next page:
    it is a footer (before the break), not a header."""
    pages = [f"{_PROSE}{w} the talks went on.\n\nThe Weekly Digest\n\n\f\n{w} came the vote.\n"
             for w in ("First", "Then", "Later")]
    lines = split_lines("".join(pages))
    marks = mark_artifacts(lines)
    footers = [i for i, t in enumerate(lines.texts) if t == "The Weekly Digest"]
    assert {marks[i].kind for i in footers} == {"running_footer"}


def test_a_lone_number_between_paragraphs_is_not_a_page_number() -> None:
    """Without a form feed, a sequence or an interrupted sentence, a number stays text."""
    lines = split_lines(f"{_PROSE}\n7\n\n{_PROSE}")
    assert lines.texts.index("7") not in mark_artifacts(lines)


@pytest.mark.parametrize(
    "label",
    ["Page {n}", "Page {n} of 9", "Seite {n} von 9", "Page {n} sur 9", "Página {n} de 9",
     "Pagina {n} di 9", "Blz. {n}", "Pág. {n}", "{n}/9"],
    ids=["en", "en-of", "de", "fr", "es", "it", "nl", "pt", "slash"],
)
def test_page_label_of_every_language_marks_a_page_number(label: str) -> None:
    pages = [f"{_PROSE}\n{label.format(n=n)}\n\n" for n in range(1, 4)]  # no form feed
    lines = split_lines("".join(pages))
    marks = mark_artifacts(lines)
    printed = {label.format(n=n) for n in range(1, 4)}
    numbered = [i for i, t in enumerate(lines.texts) if t in printed]
    assert len(numbered) == 3
    assert {(marks[i].kind, marks[i].reason) for i in numbered} == {
        ("page_number", "explicit page marker")}


_PROSE = ("The pilots met the port authority on Monday and agreed to longer night shifts in "
          "winter.\n")


def _paged(top: str) -> str:
    """Two pages: a title set apart by blank lines, prose, then ``top`` opening page 2."""
    return ("Pilots agree to new night shifts\n\n" + _PROSE * 3 + "\fPage 2\n" + top + "\n"
            + _PROSE * 2)


def test_page_top_repeating_a_title_and_a_date_is_a_running_header() -> None:
    """Regression: the running header of a LexisNexis PDF export's continuation pages
    ("<title> <publication> <date>") stayed in the body, splitting the paragraph that
    runs on over the page break (issue 15)."""
    text = _paged("Pilots agree to new night shifts The Harbour Times June 2, 2015 Tuesday")
    lines = split_lines(text)
    assert mark_artifacts(lines)[lines.texts.index("Page 2") + 1].kind == "running_header"


@pytest.mark.parametrize("top", [
    "Pilots agree to new night shifts and the authority says",  # no date after it
    "Pilots agree to new night shifts",  # the title alone: no more after it
    "The pilots met the port authority on Monday and agreed in 2015",  # no title before
])
def test_page_top_that_only_starts_like_an_earlier_line_is_kept(top: str) -> None:
    lines = split_lines(_paged(top))
    assert lines.texts.index("Page 2") + 1 not in mark_artifacts(lines)


def test_a_pictures_caption_over_several_lines_is_one_caption_artifact() -> None:
    """Regression: "[Illustration: ...]" captions stayed in bodies, numbered captions
    ("Fig. 1") were read as headings, and one opened an article as its title (issue 16)."""
    text = ("The grotto opens to the south.\n\n[Illustration: FIG. 1.--SECTION OF THE\n\n"
            "GROTTO OF GARGAS.]\n\nUpon entering, one finds a hall.\n\n[Illustration]\n\n"
            "The end.\n")
    lines = split_lines(text)
    marks = mark_artifacts(lines)
    assert {i for i, m in marks.items() if m.kind == "caption"} == {2, 4, 8}
    assert all(m.kind == "caption" for m in marks.values())


@pytest.mark.parametrize("marker", ["{346}", "[Pg 23]", "[p. 12]", "[Page 7]"])
def test_a_transcriptions_page_marker_on_its_own_line_is_a_page_number(marker: str) -> None:
    text = f"The grotto opens to the south and the\n{marker}\nhall beyond it is dark.\n"
    marks = mark_artifacts(split_lines(text))
    assert marks[1].kind == "page_number"


@pytest.mark.parametrize("line", ["[12]", "KNO_{3}", "[A]"])
def test_bracketed_notes_are_no_page_numbers(line: str) -> None:
    text = f"The grotto opens to the south and the\n{line}\nhall beyond it is dark.\n"
    assert 1 not in mark_artifacts(split_lines(text))


@pytest.mark.parametrize("note", ["[TO BE CONTINUED.]", "[Begun in No. 31 of THE REVIEW,",
                                  "[Concluded from page 12.]", "[Fortsetzung folgt]"])
def test_a_serials_bracketed_note_is_a_serial_note(note: str) -> None:
    """Regression: "[Begun in No. 37, July 13.]" above a serial's title stood in the
    body of the article before it, and hid the gap that sets the title apart."""
    closing = "" if note.endswith("]") else "June 1.]\n"
    text = f"The grotto opens to the south and the\n\n{note}\n{closing}\nTHE CAVE.\n"
    marks = mark_artifacts(split_lines(text))
    assert {i for i, m in marks.items() if m.kind == "serial_note"} == (
        {2} if not closing else {2, 3})


def test_a_bare_web_address_on_every_page_is_a_running_footer() -> None:
    """Regression: a footer that is a bare domain and path ("digest.example/archive", no
    scheme), alone on its line at the foot of every page of extracted PDF text, read as
    prose and stayed in the bodies (issue 16)."""
    pages = []
    for n, w in enumerate(["ferry", "harbour", "pier", "tunnel", "market"], 1):
        para = (f"The council met on Monday to discuss the plan for the {w}, and the mayor\n"
                f"said the {w} work would begin in the spring if the money were found.\n\n")
        pages.append(f"The {w.title()} Plan Is Delayed\nJane Doe, Rudaw, June {n}, 2015\n\n"
                     + para * 3 + "digest.example/archive\n")
    doc = segmenter.analyze("\f".join(pages))
    assert len(doc.articles) == 5
    assert not any("digest.example" in a.body for a in doc.articles)
    assert sum(a.text == "digest.example/archive" for a in doc.artifacts) == 5


def test_a_page_marker_inside_a_line_is_taken_out_and_reported() -> None:
    """Regression: a transcription's page marker inside a sentence ("the {346} hall",
    "cold.[Pg 23] Water") stayed in the body; a subscript's braces ("KNO_{3}") are
    text (issue 16)."""
    text = ("THE CAVE.\n\nBy Maria Keller\n\nThe grotto opens to the south and the {346} "
            "hall beyond it is\ndark and cold.[Pg 23] Water runs through it, rich in "
            "KNO_{3} salts.\n")
    doc = segmenter.analyze(text)
    assert doc.articles[0].body == ("The grotto opens to the south and the hall beyond it "
                                    "is dark and cold. Water runs through it, rich in "
                                    "KNO_{3} salts.")
    markers = [a for a in doc.artifacts if a.kind == "page_number"]
    assert [(a.text, a.page, a.line) for a in markers] == [("{346}", 346, 5), ("[Pg 23]", 23, 6)]
    assert all(text[a.span.start : a.span.end] == a.text for a in markers)


def test_both_lines_of_a_two_line_footer_are_running_footers() -> None:
    """Regression: of a footer set on two lines at the foot of every page (a rights
    notice over a distribution note, as a press archive prints), only the second was
    found; the first, always followed by the second, looked like a passage duplicated
    with its neighbour and stayed in the bodies."""
    pages = []
    for n, w in enumerate(["ferry", "harbour", "pier", "tunnel", "market"], 1):
        para = (f"The council met on Monday to discuss the plan for the {w}, and the mayor\n"
                f"said the {w} work would begin in the spring if the money were found.\n\n")
        pages.append(f"The {w.title()} Plan Is Delayed\nJane Doe, Rudaw, June {n}, 2015\n\n"
                     + para * 3 + "Harbour Archive: all rights reserved\n"
                     "Reuse only through the archive's licensing desk\n")
    text = "\f".join(pages)
    lines = split_lines(text)
    marks = mark_artifacts(lines)
    for footer in ("Harbour Archive: all rights reserved",
                   "Reuse only through the archive's licensing desk"):
        at = [i for i, t in enumerate(lines.texts) if t == footer]
        assert len(at) == 5 and all(i in marks for i in at)
        # beside each page break a footer (the last page's foot is only "at an edge")
        assert {marks[i].kind for i in at[:4]} == {"running_footer"}
    doc = segmenter.analyze(text)
    assert len(doc.articles) == 5
    assert not any("rights reserved" in a.body for a in doc.articles)


def test_a_footer_over_page_heads_that_begin_alike_is_a_running_footer() -> None:
    """Regression: a footer on each of fourteen pages, every next page opening with a
    head whose first words repeat ("Harbour.example POLITICS Monday, ..."), was taken
    for a passage duplicated with its neighbour: five different heads follow it, fewer
    than half its repeats."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    things = ["ferry", "pier", "tunnel", "market", "bridge", "library", "school", "canal",
              "museum", "park", "station", "harbour", "stadium", "theatre"]
    pages = []
    for n, thing in enumerate(things):
        pages.append(f"Harbour.example POLITICS {days[n % 5]}, {n + 1} May 2021\n"
                     f"A {thing} for the old town\n\n"
                     f"The council met to discuss the plan for the {thing} and said\n"
                     f"{thing.title()} works would wait for the spring.\n\n"
                     "Harbour Archive: all rights reserved\n")
    lines = split_lines("\f".join(pages))
    marks = mark_artifacts(lines)
    at = [i for i, t in enumerate(lines.texts) if t == "Harbour Archive: all rights reserved"]
    assert all(i in marks for i in at)
