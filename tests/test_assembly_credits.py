"""Credits printed after a piece (a source glued to the last sentence, a signature before
a separator) and the front matter of an issue: a masthead over a contents list whose page
numbers do not rise (issue 16)."""

from __future__ import annotations

import segmenter

from .issues import PARA, SEP, TITLES

_PARA, _SEP = PARA, SEP
_TITLES = TITLES[:5]


def _issue(last_lines: list[str]) -> str:
    """Five pieces in capitals between separators, the first signed by a byline line,
    each ending with the matching one of ``last_lines``."""
    parts = []
    for n, (title, last) in enumerate(zip(_TITLES, last_lines, strict=True)):
        by = "By MARTA J. KOVAC, C.E.\n\n\n" if n == 0 else "\n"
        parts.append(f"{title}\n\n{by}{_PARA}{last}\n{_SEP}")
    return "".join(parts)


_LASTS = [
    "The pumps will be shown at the autumn fair.--_Colliery Guardian._",
    "It was a long day, and a good one.--_P. Lindqvist, in The Builder._",
    "The furnaces were lit again in May.--_R.T., Glass Trades Review._",
    "The river rose twice in the spring.",
    "The bridge will stand another century.--_H. Park._",
]


def test_a_source_credit_after_the_last_sentence_gives_outlet_and_author() -> None:
    """Regression: "--_F. Regnault, in La Nature._" closing a piece was read as nothing,
    so pieces credited only there had no author and no outlet."""
    doc = segmenter.analyze(_issue(_LASTS))
    bylines = [a.byline for a in doc.articles]
    assert [a.title for a in doc.articles] == _TITLES
    assert bylines[0] is not None and bylines[0].authors == ("MARTA J. KOVAC",)
    # "C.E." is a degree, not a publication; the credit closing the piece names it
    assert bylines[0].outlet == "Colliery Guardian"
    assert bylines[1] is not None
    assert (bylines[1].authors, bylines[1].outlet) == (("P. Lindqvist",), "The Builder")
    assert bylines[2] is not None  # initials alone name no author
    assert (bylines[2].authors, bylines[2].outlet) == ((), "Glass Trades Review")
    assert bylines[3] is None  # no credit at all
    assert bylines[4] is None  # a person alone, with no publication: not read as a credit
    credit = bylines[1]
    assert doc.text[credit.span.start : credit.span.end].startswith("_P. Lindqvist")


def test_a_credit_with_its_outlet_is_not_taken_from_a_dash_inside_the_text() -> None:
    """A dash inside the last sentence, the sentence going on, is no credit."""
    lasts = [*_LASTS[:3], "The river rose twice--in March and in May--and fell.", _LASTS[4]]
    doc = segmenter.analyze(_issue(lasts))
    assert doc.articles[3].byline is None


def test_a_signature_before_a_separator_and_a_filler_item_signs_the_piece() -> None:
    """Regression: "ALICE D. LE PLONGEON." over "Brooklyn, July 15, 1885." then a
    separator and an untitled filler paragraph: the filler ended the body, so the
    signature was not at its end and the piece had no author."""
    signed = ("The wells are deep and the water is cold all the year round.\n\n"
              "HELENA M. VARGA.\n\nLeeds, July 15, 1885.\n" + _SEP
              + "Tobacco workers were spared by the fever, the _Medical World_ says,\n"
              "as they were in an earlier epidemic.\n")
    doc = segmenter.analyze(_issue([_LASTS[0], signed, *_LASTS[2:]]))
    piece = doc.articles[1]
    assert piece.byline is not None and piece.byline.authors == ("HELENA M. VARGA",)
    assert [a.title for a in doc.articles] == _TITLES


def test_a_masthead_over_a_contents_list_is_front_matter() -> None:
    """Regression: an issue's masthead ("SCIENTIFIC AMERICAN SUPPLEMENT NO. 508" over
    "NEW YORK, SEPTEMBER 26, 1885") came back as an article holding the contents list,
    whose page numbers, grouped by subject, do not rise."""
    contents = "".join(f"{t.title():<60}{page}\n\n"
                       for t, page in zip(_TITLES, (8107, 8104, 8112, 8109, 8105),
                                          strict=True))
    masthead = ("THE MINING REVIEW NO. 12\n\n\n\nLONDON, MARCH 3, 1886\n\n"
                "The Mining Review, $5 a year.\n" + _SEP + "TABLE OF CONTENTS\n\n"
                + contents + _SEP)
    doc = segmenter.analyze(masthead + _issue(_LASTS))
    assert [a.title for a in doc.articles] == _TITLES
    assert "THE MINING REVIEW NO. 12" in doc.preamble
    assert "The Glass Works." in doc.preamble


def test_a_source_credit_before_a_separator_and_a_filler_item_credits_the_piece() -> None:
    """The credit closing a piece, then a separator and a short untitled filler item
    (which the piece's body takes in): the credit still gives the byline."""
    credited = (_LASTS[1] + "\n" + _SEP
                + "Tobacco workers were spared by the fever, the _Medical World_ says,\n"
                "as they were in an earlier epidemic.\n")
    doc = segmenter.analyze(_issue([_LASTS[0], credited, *_LASTS[2:]]))
    piece = doc.articles[1]
    assert piece.byline is not None
    assert (piece.byline.authors, piece.byline.outlet) == (("P. Lindqvist",), "The Builder")


def test_an_author_line_under_a_page_head_a_title_and_a_standfirst_names_the_author() -> None:
    """Regression: an archive's article opens with its page's head (outlet, section,
    date: the credit), a rubric, the title and a standfirst of several lines, and only
    then the author line ("Von Ana Costa"): the author was never found, as an author
    line was looked for among the first three lines of the text only."""
    standfirst = ("The city council wants to close the old ferry pier by the summer.\n"
                  "The harbour master says the pier is safe for another ten years.\n"
                  "Now the ferry company has asked for a second survey of the piles,\n"
                  "and the vote has been put off until the autumn session.\n")
    body = ("The survey will cost the company less than the repairs the council asks for,\n"
            "and it will be done by engineers from outside the town.\n")
    text = ("Harbour Times CITY Friday, 5 May 2023\n\nHarbour\n\n"
            "Pier closure put off\n\n" + standfirst + "\nVon Ana Costa\n\n" + body)
    doc = segmenter.analyze(text)
    assert len(doc.articles) == 1
    byline = doc.articles[0].byline
    assert byline is not None and byline.authors == ("Ana Costa",)


_REPRINTS = [
    ("The New Pumps", "By Marta Kovac, Professor of Mining in the Harbour College",
     "[From The Harbour Times, March 3, 1915.]"),
    ("A Visit to the Quarries", "By Piotr Lindqvist, Correspondent of The Daily Courier",
     "[From The Daily Courier, Jan. 30, 1915.]"),
    ("The Glass Works", "By Rosa Almeida", "(From Punch of London.)"),
]


def _reprints() -> str:
    """Three reprinted pieces: title, byline with a role, a bracketed source credit."""
    return "".join(f"\n\n\n\n{title}\n\n{by}\n\n{credit}\n\n\n{_PARA}"
                   for title, by, credit in _REPRINTS)


def test_a_bracketed_source_credit_under_the_byline_gives_the_outlet() -> None:
    """Regression: "[From The London Times, March 3, 1915.]" under a reprint's byline
    stayed the first paragraph of its text, and the outlet was the author's role
    ("President of the United States") or nothing."""
    doc = segmenter.analyze(_reprints())
    assert [a.title for a in doc.articles] == [t for t, _, _ in _REPRINTS]
    got = [(a.byline.authors, a.byline.outlet, str(a.byline.date), a.byline.place)
           for a in doc.articles if a.byline]
    assert got == [
        (("Marta Kovac",), "The Harbour Times", "1915-03-03", None),
        (("Piotr Lindqvist",), "The Daily Courier", "1915-01-30", None),
        (("Rosa Almeida",), "Punch", "None", "London"),
    ]
    assert all(not a.body.startswith(("[", "(")) for a in doc.articles)
    credits = [r for r in doc.lines if r.role == "byline" and "source credit" in r.reason]
    assert len(credits) == 3  # each credit's line is reported as its byline's


def test_a_source_credit_over_the_title_opens_the_article_and_gives_its_outlet() -> None:
    """Regression: in a Record entry, "[From the Harbour Times, Apr. 12, 2007]" over an
    inserted article's headline ended the text before it, "(By Ana Costa)" was no
    byline, and the whole entry came back as one article without outlet."""
    record = ("Madam Speaker, I rise today to remember a friend of this House.\n\n"
              "I submit two obituaries for the Record.\n\n\n\n")
    items = [("Harbour Times", "12", "Ines Halvorsen, Who Built the New Bridge, Dies at 69",
              "Ana Costa"), ("Coast Courier", "14", "Ines Halvorsen; Led the Harbour Board",
                             "Piotr Lindqvist")]
    text = record + "".join(
        f"[From the {outlet}, Apr. {day}, 2007]\n\n{title}\n\n\n\n\n\n (By {name})\n\n\n"
        f"{_PARA}\n\n\n" for outlet, day, title, name in items)
    doc = segmenter.analyze(text)
    got = [(a.title, a.byline.authors, a.byline.outlet, str(a.byline.date))
           for a in doc.articles if a.byline]
    assert got == [(title, (name,), outlet, f"2007-04-{day}")
                   for outlet, day, title, name in items]
    assert "[From" not in doc.preamble + "".join(a.body for a in doc.articles)


def _weekly() -> str:
    """A weekly of reprints between separator rows: essays under capitals headings, a
    department of short items (one with its heading run in), and pieces credited by a
    line over their titles, one of them a poem."""
    rows = ["THE HARBOUR WEEKLY", "Vol. I. No. 3.", "THE NEW PUMPS.\n\n" + 3 * _PARA,
            "NOTES OF THE WEEK.\n\n" + _PARA, _PARA.split("\n\n")[1],
            "THE BRIDGE.--The council voted on Monday to paint the old bridge again,\n"
            "and the work will start when the river is low in the summer.",
            _PARA.split("\n\n")[0], "FROM THE HARBOUR REVIEW.\n\nA VISIT TO THE QUARRIES.\n\n"
            + 3 * _PARA, "[FROM THE COAST GAZETTE FOR JUNE 29.]\n\nTHE OLD BRIDGE.\n\n"
            "  Grey stones above the river lie,\n  and boats go under, drifting by;\n"
            "  the tide comes in, the tide goes out,\n  the bridge stands still and"
            " has no doubt.\n", "THE GLASS WORKS.\n\n" + 3 * _PARA]
    return _SEP.join(rows)


def test_pieces_between_separator_rows_start_where_their_headings_stand() -> None:
    """Regression: a weekly whose pieces, and the items of its departments, are divided
    only by separator rows came back as one article: a paragraph after a separator
    made the rule give up. Headings after a rule start pieces, items stay in their
    department, and a credit over a title opens its piece and names its outlet."""
    doc = segmenter.analyze(_weekly())
    got = [(a.title, a.byline.outlet if a.byline else None) for a in doc.articles]
    assert got == [("THE NEW PUMPS.", None), ("NOTES OF THE WEEK.", None),
                   ("A VISIT TO THE QUARRIES.", "THE HARBOUR REVIEW"),
                   ("THE OLD BRIDGE.", "THE COAST GAZETTE"), ("THE GLASS WORKS.", None)]
    assert "THE BRIDGE.--The council" in doc.articles[1].body


def test_a_title_over_a_sub_title_and_a_byline_is_one_article() -> None:
    """Regression: "Germany's Conditions of Peace" over "The First Authoritative German
    Presentation of the Idea" over "By Dr. ...": the title came back as an article with
    no text, the sub-title as the title of the next. One article: the title above, the
    sub-title opening its text, the byline read from the line under it."""
    piece = "{title}\n\n{by}\n\n\n" + _PARA + "\n\n\n"
    text = "".join(piece.format(title=t, by=b) for t, b in (
        ("The New Bridge", "By Ana Costa"), ("The Fishing Fleet", "By Piotr Lindqvist"),
        ("Conditions of the Harbour Loan\n\nThe First Full Account of the Terms Agreed",
         "By Ines Halvorsen, Treasurer of the Harbour Board"),
        ("The Harbour Board", "By Jonas Berg")))
    doc = segmenter.analyze(text)
    got = [(a.title, a.byline.authors if a.byline else ()) for a in doc.articles]
    assert got == [("The New Bridge", ("Ana Costa",)), ("The Fishing Fleet", ("Piotr Lindqvist",)),
                   ("Conditions of the Harbour Loan", ("Ines Halvorsen",)),
                   ("The Harbour Board", ("Jonas Berg",))]
    assert doc.articles[2].body.startswith("The First Full Account of the Terms Agreed\n\n")
    assert "By Ines" not in doc.articles[2].body


def test_an_italic_paragraph_over_a_dateline_titles_no_article() -> None:
    """Regression: an official report's italic introduction ("_The following dispatch
    has been received ...:_") over its dateline ("H.M.S. Harbour, Feb. 2, 1915.") was
    taken for a title over a byline: the closing emphasis mark hid the colon."""
    report = ("Official Story of the Harbour Fight\n\nBy Ana Costa\n\n\n" + _PARA
              + "_The following dispatch has been received from the commander of\n"
              "the harbour squadron, reporting the action of Sunday:_\n\n"
              "H.M.S. Harbour,\nFeb. 2, 1915.\n\n" + _PARA + "\n\n\n"
              + "The Fishing Fleet\n\nBy Piotr Lindqvist\n\n\n" + _PARA)
    doc = segmenter.analyze(report)
    assert [a.title for a in doc.articles] == ["Official Story of the Harbour Fight",
                                               "The Fishing Fleet"]


def _monthly(*pieces: str) -> str:
    """A monthly of reprints: each piece a title and its text, four blank lines apart,
    the first two under a byline (enough for the layout to be learned)."""
    heads = ["The New Bridge\n\nBy Ana Costa\n\n\n",
             "The Fishing Fleet\n\nBy Piotr Lindqvist\n\n\n"]
    return "".join(f"{head}{_PARA}\n\n\n" for head in heads) + "".join(
        f"{piece}\n\n\n" for piece in pieces)


def test_credits_of_reprints_in_a_monthly_name_their_outlets() -> None:
    """Regression: "NAME, in The London Times." under a title, "[By the Correspondent
    of The London Times.]" under a standfirst, and "Reprinted from _The London Daily
    Express_ (Copyright)." closing a poem named no outlet."""
    doc = segmenter.analyze(_monthly(
        "THE OLD GUARD.\n\nSIDNEY HALL, in The Harbour Times.\n\n\n" + _PARA,
        "The Fall of the Fort\n\n     How the harbour fort yielded after a siege of four\n"
        "     months, as the papers of the day told it.\n\n"
        "[By the Correspondent of The Harbour Times.]\n\nHARBOUR CITY, March 22.\n\n"
        + _PARA,
        "THE DAY\n\nBy HENRY LUND.\n\n\n    The tide comes in, the tide goes out,\n"
        "    the bridge stands still and has no doubt.\n\n"
        "Reprinted from _The Harbour Express_ (Copyright)."))
    got = [(a.title, a.byline.authors if a.byline else (), a.byline.outlet if a.byline
            else None) for a in doc.articles[2:]]
    assert got == [("THE OLD GUARD.", ("SIDNEY HALL",), "The Harbour Times"),
                   ("The Fall of the Fort", (), "The Harbour Times"),
                   ("THE DAY", ("HENRY LUND",), "The Harbour Express")]
    assert "[By the" not in doc.articles[3].body


def test_a_section_label_over_a_source_credit_leaves_the_title_under_them() -> None:
    """Regression: "FROM NEW BOOKS" (a section's label) over "FROM MISS COSTA'S
    "HARBOUR HOURS," _IN PRESS_" over the title: the credit became the title and the
    label the outlet. The title under both titles the piece; the nearer credit, naming
    a book in quotes, gives the outlet."""
    rows = ["THE NEW PUMPS.\n\n" + 3 * _PARA, "NOTES OF THE WEEK.\n\n" + 3 * _PARA,
            "FROM NEW BOOKS", "FROM MISS ANA COSTA'S \"HARBOUR HOURS,\" _IN PRESS_\n\n"
            "A CHASE\n\n" + 3 * _PARA, "THE GLASS WORKS.\n\n" + 3 * _PARA]
    doc = segmenter.analyze(_SEP.join(rows))
    got = [(a.title, a.byline.outlet if a.byline else None) for a in doc.articles]
    assert got == [("THE NEW PUMPS.", None), ("NOTES OF THE WEEK.", None),
                   ("A CHASE", "HARBOUR HOURS"), ("THE GLASS WORKS.", None)]


def test_a_title_in_capitals_over_a_sub_title_and_its_byline_titles_the_article() -> None:
    """Regression: "EVERY GIRL A BUSINESS WOMAN." over "A PRACTICAL GUIDE ..." over "BY
    JAMES MASON.", blank lines between: the sub-title titled the article and the title
    above was left to the article before. (A title wrapped over a blank line and a
    contents entry under its label are no sub-titles: the seed digest and the magazine
    fixture of the accuracy gate hold both.)"""
    text = ("THE NEW PUMPS.\n\nBY MARTA J. KOVAC.\n\n\n" + _PARA + "[Illustration]\n\n\n\n"
            "EVERY GIRL A BUSINESS WOMAN.\n\nA PRACTICAL GUIDE TO THE WORLD OF THRIFT.\n\n"
            "BY JAMES MASON.\n\n" + _PARA + "\n\n\nTHE GLASS WORKS.\n\nBY PIOTR LINDQVIST.\n\n"
            + _PARA)
    doc = segmenter.analyze(text)
    got = [(a.title, a.byline.authors if a.byline else ()) for a in doc.articles]
    assert got == [("THE NEW PUMPS.", ("MARTA J. KOVAC",)),
                   ("EVERY GIRL A BUSINESS WOMAN.", ("JAMES MASON",)),
                   ("THE GLASS WORKS.", ("PIOTR LINDQVIST",))]
    assert doc.articles[1].body.startswith("A PRACTICAL GUIDE TO THE WORLD OF THRIFT.\n\n")


def test_a_credit_almost_read_is_named_in_the_warnings_and_the_explanation() -> None:
    """Issue 28: a line standing where a credit does that the grammar refuses ("By Ana
    Costa, our woman on the quay, 5 May 2020") is no longer left silently in the text:
    a warning names its line and why, and its line role says so."""
    credits = ["By Piotr Lindqvist, Le Monde, 4 May 2020", "By Ana Costa, our woman on "
               "the quay, 5 May 2020", "By Ines Berg, Die Zeit, 6 May 2020",
               "By Omar Haddad, El País, 7 May 2020"]
    titles = ["The New Bridge", "The Fishing Fleet", "The Glass Works", "The Old Quay"]
    text = "".join(f"{t}\n\n{c}\n\n" + _PARA + "\n\n\n"
                   for t, c in zip(titles, credits, strict=True))
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == titles
    line = text.splitlines().index(credits[1]) + 1
    warning = next(w for w in doc.warnings if "looks like a credit" in w)
    assert warning.startswith(f"line {line} looks like a credit of article 2 but was not read")
    assert "'our woman on the quay' reads as no name" in warning
    role = next(r for r in doc.lines if r.line == line)
    assert role.role == "body" and "almost a credit of article 2" in role.reason


def test_a_contents_entry_no_article_title_answers_is_named_in_the_warnings() -> None:
    """Issue 28: a contents list whose entries are not all found again as articles says
    so: the entries missing (an entry wrapped over two lines read whole), no more."""
    contents = ("THE NEW PUMPS (With Map)" + " " * 20 + "3\n\n"
                "A VISIT TO THE QUARRIES, AND THE\n    WORKS BESIDE THEM" + " " * 10 + "5\n\n"
                "THE GLASS WORKS" + " " * 20 + "7\n\nTHE MISSING PIECE" + " " * 20 + "9\n\n"
                "NOTES ON THE RIVER" + " " * 20 + "11\n\nTHE OLD BRIDGE" + " " * 20 + "12\n")
    masthead = ("THE MINING REVIEW NO. 12\n\n\n\nLONDON, MARCH 3, 1886\n\n"
                "The Mining Review, $5 a year.\n" + _SEP + "CONTENTS\n\n" + contents + _SEP)
    doc = segmenter.analyze(masthead + _issue(_LASTS))
    assert [a.title for a in doc.articles] == _TITLES
    [warning] = [w for w in doc.warnings if "contents" in w]
    assert warning.startswith("1 of 6 contents entries match no article title: "
                              "'THE MISSING PIECE' (line ")
    assert not [w for w in segmenter.analyze(masthead.replace("THE MISSING PIECE", "THE OLD "
                "BRIDGE") + _issue(_LASTS)).warnings if "contents" in w]
