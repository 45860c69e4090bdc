"""Periodical issues laid out by others: a contents list, emphasis markup around headings
and bylines, part headings inside articles (issue 16)."""

from __future__ import annotations

import segmenter

_PARA = ("The harbour board met on Monday and agreed, after a long debate, to rebuild\n"
         "the north pier before the winter storms, which damaged it badly last year.\n\n"
         "The work will cost more than the board had hoped, and the ferry company has\n"
         "offered to pay a share of it in return for a longer lease on the quay.\n\n")
_TITLES = ["The Pier and the Storms", "A Ferry for the Islands", "The Lighthouse Keepers",
           "Fishing in Hard Times", "The New Harbour Master"]
_AUTHORS = ["Maria Keller", "Tom Ashby", "Ines Duarte", "Lee Young", "Ruth Moreno"]


def _contents() -> str:
    rows = []
    for n, (title, author) in enumerate(zip(_TITLES, _AUTHORS, strict=True)):
        rows.append(f"    {title.upper()} {11 + 7 * n}\n")
        if n % 2 == 0:
            rows.append(f"      _By {author}_\n")
        rows.append("\n")
    return "CONTENTS\n\n" + "".join(rows) + "\n\n\n"


def _issue() -> str:
    parts = [_contents()]
    for title, author in zip(_TITLES, _AUTHORS, strict=True):
        parts.append(f"\n\n\n\n*{title}*\n\n*By {author}.*\n\n\n{_PARA * 3}")
    return "".join(parts)


def test_a_contents_list_is_preamble_not_articles() -> None:
    """Regression: each entry of an issue's contents list ("THE PIER AND THE STORMS 11",
    "_By Maria Keller_") came back as an article of its own (issue 16)."""
    doc = segmenter.analyze(_issue())
    assert [a.title for a in doc.articles] == _TITLES
    assert "THE PIER AND THE STORMS 11" in doc.preamble


def test_headings_and_bylines_wrapped_in_emphasis_marks_are_read() -> None:
    """Regression: "*By H.G. Wells.*" was no byline and "*Title*" kept its asterisks."""
    doc = segmenter.analyze(_issue())
    assert [a.byline.authors for a in doc.articles if a.byline] == [(a,) for a in _AUTHORS]
    assert all("*" not in (a.title or "") for a in doc.articles)


def test_part_numbers_inside_an_article_do_not_hide_its_layout() -> None:
    """Regression: a part heading "II." after the same wide gap as titles counted as
    prose after a title's gap, so titles without a byline were never split off."""
    text = ("\n\n\n\n*The Pier and the Storms*\n\n*By Maria Keller.*\n\n\n" + _PARA
            + "\n\n\n\nII.\n\n" + _PARA
            + "".join(f"\n\n\n\n*{t}*\n\n*By {a}.*\n\n\n{_PARA}"
                      for t, a in zip(_TITLES[1:4], _AUTHORS[1:4], strict=True))
            + "\n\n\n\n*A Note From the Editors*\n\n\n" + _PARA)
    titles = [a.title for a in segmenter.analyze(text).articles]
    assert titles == [*_TITLES[:4], "A Note From the Editors"]


_SPACED_TITLES = ["THE PIER AND THE STORMS.", "A FERRY FOR THE ISLANDS.", "CAMELLIAS.",
                  "WHAT IS A LIGHTHOUSE?", "THE NEW HARBOUR MASTER."]


def _spaced(gap_before_a_paragraph: bool = False) -> str:
    parts = []
    for n, title in enumerate(_SPACED_TITLES):
        parts.append(f"\n\n\n\n{title}\n\n\n{_PARA}")
        if gap_before_a_paragraph and n == 2:
            parts.append("\n\n\n" + _PARA)
        parts.append("       *       *       *       *       *\n")
    return "".join(parts)


def test_titles_after_gaps_no_paragraph_has_start_articles_without_bylines() -> None:
    """Regression: a magazine issue whose articles have no byline, their titles in
    capitals after four blank lines and paragraphs one blank line apart, came back as
    one article (Scientific American Supplement: 3 of 28; issue 16)."""
    titles = [a.title for a in segmenter.analyze(_spaced()).articles]
    assert titles == _SPACED_TITLES


def test_a_wide_gap_before_a_paragraph_proves_nothing() -> None:
    titles = [a.title for a in segmenter.analyze(_spaced(gap_before_a_paragraph=True)).articles]
    assert len(titles) == 1


def test_a_signature_with_its_place_and_date_closes_an_article_and_starts_none() -> None:
    """Regression: "ALICE D. LE PLONGEON." over "Brooklyn, July 15, 1885." at the end of
    a piece was read as the title and byline of a new article (issue 16)."""
    text = ("THE OLD WELLS.\n\nBy Maria Keller\n\n" + _PARA + "SAMUEL D. HICKSON.\n\n"
            "Brooklyn, July 15, 1885.\n\n\n\nTHE NEW PIER.\n\nBy Tom Ashby\n\n" + _PARA)
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == ["THE OLD WELLS.", "THE NEW PIER."]
    assert "SAMUEL D. HICKSON." in doc.articles[0].body


def test_separator_rows_with_wide_spacing_are_separators() -> None:
    """Regression: a transcription's "*       *       *" row (seven spaces between the
    stars) stayed in bodies as text."""
    text = "One paragraph here.\n\n       *       *       *       *       *\n\nAnother.\n"
    doc = segmenter.analyze("A Title\n\n" + text)
    assert [a.kind for a in doc.artifacts] == ["separator"]


def test_a_footnote_under_a_title_hides_neither_title_nor_byline() -> None:
    """Regression: "[Footnote 1: ...]" between a title in capitals wrapped after a comma
    and its "By" line cut the title from its byline; the title kept its anchor "[1]"."""
    text = ("ON THE REDUCTION OF THE OXIDES OF BORON,\nSILICON, AND OTHER METALS.[1]\n\n"
            "   [Footnote 1: Read at the recent meeting of the Association,\n"
            "   Ann Arbor, Mich.]\n\nBy Maria Keller, June 3, 1885\n\n" + _PARA)
    doc = segmenter.analyze(text)
    [article] = doc.articles
    assert article.title == "ON THE REDUCTION OF THE OXIDES OF BORON, SILICON, AND OTHER METALS."
    assert article.byline is not None and article.byline.authors == ("Maria Keller",)
    assert {a.kind for a in doc.artifacts} == {"footnote"}


def test_a_part_number_after_a_titles_gap_is_no_title() -> None:
    """Regression: a part's number alone ("V.") after the four blank lines that set
    titles apart was taken for the title of a new article by the gap rule."""
    arts = "".join(f"\n\n\n\n*{t}*\n\n*By {a}.*\n\n\n{_PARA}"
                   for t, a in zip(_TITLES[:4], _AUTHORS[:4], strict=True))
    text = arts + "\n\n\n\nV.\n\n" + _PARA + "\n\n\n\n*A Note From the Editors*\n\n\n" + _PARA
    titles = [a.title for a in segmenter.analyze(text).articles]
    assert "V." not in titles and titles[:4] == _TITLES[:4]


def _pictured(caption: str) -> str:
    """Four bylined pieces in capitals after four blank lines, then a piece whose only
    heading is a picture's caption (a department printed as an engraving)."""
    parts = [f"\n\n\n\n{t.upper()}.\n\nBY {a.upper()}.\n\n\n{_PARA}"
             for t, a in zip(_TITLES[:4], _AUTHORS[:4], strict=True)]
    parts.append(f"\n\n\n\n{caption}\n\n\n{_PARA}")
    return "".join(parts)


def test_a_caption_in_capitals_over_a_piece_without_a_heading_titles_it() -> None:
    """Regression: Harper's "[Illustration: OUR POST-OFFICE BOX.]", the department's
    only heading, left its letters in the article before (issue 16)."""
    doc = segmenter.analyze(_pictured("[Illustration: OUR LETTER BOX.]"))
    assert [a.title for a in doc.articles][-1] == "OUR LETTER BOX."
    assert len(doc.articles) == 5
    assert any(a.kind == "caption" for a in doc.artifacts)


def test_a_figure_caption_titles_nothing() -> None:
    """A figure's caption (a number, a description) is no heading."""
    doc = segmenter.analyze(_pictured("[Illustration: FIG. 2.--THE PIER IN 1884.]"))
    assert len(doc.articles) == 4


def test_a_caption_between_a_gap_and_a_title_keeps_the_gap() -> None:
    """Regression: four blank lines, "[Illustration]", one blank line, then a poem's
    title: the gap read as one line (the narrower side of the caption), so the poem
    stayed in the story before it (Harper's "THE IDLE HOUR")."""
    text = _pictured("[Illustration]\n\nTHE IDLE HOUR")
    assert [a.title for a in segmenter.analyze(text).articles][-1] == "THE IDLE HOUR"


def test_a_full_width_line_open_at_its_end_after_a_separator_is_no_title() -> None:
    """Regression: a filler paragraph after a separator, its first line running to the
    wrap width and ending inside the sentence, was read as a three-line title without
    a byline (Scientific American Supplement: "Cholera failed to strike ..."; issue 16)."""
    sep = "\n       *       *       *       *       *\n\n\n\n\n"
    pieces = [f"{t.upper()}.\n\nBY {a.upper()}.\n\n\n{_PARA}{sep}"
              for t, a in zip(_TITLES[:4], _AUTHORS[:4], strict=True)]
    filler = ("Fever failed to touch a single one of the 3,000 workers employed in the\n"
              "harbour sheds at Leith, though it raged in the town around them, and the\n"
              "doctors are asking why.\n" + sep)
    text = "".join(pieces[:2]) + filler + "".join(pieces[2:])
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == [f"{t.upper()}." for t in _TITLES[:4]]


def test_a_superscript_digit_closing_a_title_is_no_page_number() -> None:
    """Regression: a title ending with a superscript digit ("THE PIER ²": isdigit() is
    true, int() refuses it) crashed segment() with a ValueError."""
    text = ("CONTENTS\n\nTHE PIER ²\n\n_By Ann Lee_\n\nTHE FERRY ³\n\n_By Tom Ashby_\n\n"
            "THE BOAT ⁴\n\nBy Ruth Moreno\n\nText here. More text that runs on.\n")
    assert segmenter.segment(text)  # no exception; the pieces are read as articles
