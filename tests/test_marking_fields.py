"""Fields: the labelled metadata of news-database exports is kept on the article, gives
its title and byline where nothing else does, and never lands in a body."""

from __future__ import annotations

import datetime as dt

import segmenter
from segmenter.lines import split_lines
from segmenter.marking.fields import find_fields

_STORIES = [
    ("Ferries cancelled 385 times in five months", "Maria Keller;Tom Ashby",
     "The ferry operator cancelled crossings 385 times between January and May, the\n"
     "port authority said on Friday, blaming staff shortages and old boats.\n"),
    ("Port plans new terminal", "Ines Duarte",
     "The port authority presented plans for a new terminal on the north quay. Work\n"
     "is to begin next spring and last two years, the authority said.\n"),
    ("Fishermen protest quota cuts", "Lee Young",
     "Fishermen blocked the harbour entrance for two hours on Tuesday to protest\n"
     "against cuts to this year's quotas. Police asked them to leave.\n"),
]


def _lexis_style() -> str:
    """Counters, an outlet and date block, labelled fields around the body."""
    out = ["Download Request: All Documents: 1-3\nTime Of Request: Monday, June 1, 2015\n"
           "Terms: harbour\n\n"]
    for n, (title, byline, body) in enumerate(_STORIES, 1):
        out.append(
            f"                               {n} of 3 DOCUMENTS\n\n"
            "                            The Harbour Times\n"
            f"                          May {n + 27}, 2015 Sunday\n\n"
            "SECTION: A-SECTION; Pg. A01\n"
            f"LENGTH: {len(body.split())} words\n"
            f"HEADLINE: {title}\n"
            f"BYLINE: {byline}\n"
            "DATELINE: LISBON\n\n"
            f"BODY:\n\n{body}\n"
            f"LOAD-DATE: June {n}, 2015\n\n"
            "LANGUAGE: ENGLISH\n\n")
    return "".join(out)


def _proquest_style() -> str:
    """Counters, a title line, the body, then a block of fields at the end."""
    rule = "_" * 60
    out = []
    for n, (title, _, body) in enumerate(_STORIES, 1):
        out.append(
            f"{rule}\n\nDocument {n} of 3\n\n{title}\n\n{body}\n"
            f"Title: {title}\n"
            "Publication title: The Harbour Times\n"
            f"Publication date: Sep {n + 10}, 2024\n"
            f"ProQuest document ID: 31073952{n}\n"
            "Database: Harbour Newsstream\n\n")
    return "".join(out)


def test_lexisnexis_style_export_gives_titles_authors_and_fields() -> None:
    doc = segmenter.analyze(_lexis_style())
    assert [a.title for a in doc.articles] == [t for t, _, _ in _STORIES]
    assert [a.byline.authors if a.byline else () for a in doc.articles] == [
        ("Maria Keller", "Tom Ashby"), ("Ines Duarte",), ("Lee Young",)]
    assert [(a.byline.outlet, a.byline.date) for a in doc.articles if a.byline] == [
        ("The Harbour Times", dt.date(2015, 5, n)) for n in (28, 29, 30)]
    assert all(a.body.startswith(body.split()[0]) for a, (_, _, body) in zip(
        doc.articles, _STORIES, strict=True))  # the date line left the body
    for a in doc.articles:
        labels = [f.label for f in a.fields]
        assert labels == ["SECTION", "LENGTH", "HEADLINE", "BYLINE", "DATELINE", "BODY",
                          "LOAD-DATE", "LANGUAGE"]
        assert not any(label + ":" in a.body for label in labels)


def test_proquest_style_export_gives_outlet_and_date_from_its_fields() -> None:
    doc = segmenter.analyze(_proquest_style())
    assert [a.title for a in doc.articles] == [t for t, _, _ in _STORIES]
    bylines = [a.byline for a in doc.articles]
    assert all(b is not None and b.outlet == "The Harbour Times" for b in bylines)
    assert [b.date for b in bylines if b] == [dt.date(2024, 9, 11), dt.date(2024, 9, 12),
                                             dt.date(2024, 9, 13)]
    assert all("ProQuest" not in a.body and "Database" not in a.body for a in doc.articles)
    assert all(a.body.startswith(body.split()[0]) for a, (_, _, body) in zip(
        doc.articles, _STORIES, strict=True))


def test_fields_are_in_to_dict_with_their_spans() -> None:
    text = _proquest_style()
    article = segmenter.analyze(text).articles[0]
    got = article.to_dict()["fields"]
    assert [f["label"] for f in got][:2] == ["Title", "Publication title"]
    for f in article.fields:
        assert text[f.span.start : f.span.end].startswith(f.label)
        assert article.span.start <= f.span.start <= f.span.end <= article.span.end


def test_a_wrapped_byline_field_is_one_field() -> None:
    text = "SECTION: A1\nBYLINE: Maria Keller;Tom Ashby;Lee\nYoung\nLENGTH: 90 words\n"
    fields = find_fields(split_lines(text), text)
    assert [(f.label, f.value) for f in fields] == [
        ("SECTION", "A1"), ("BYLINE", "Maria Keller;Tom Ashby;Lee Young"),
        ("LENGTH", "90 words")]


def test_a_label_alone_in_prose_is_no_field() -> None:
    text = ("The council met on Monday.\nSource: the ministry said it would look into the\n"
            "matter before the summer, and that the bridge would stay open.\n")
    assert find_fields(split_lines(text), text) == []
    [article] = segmenter.segment("Bridge Stays Open\n\n" + text)
    assert "Source: the ministry" in article.body and article.fields == ()


def test_a_long_field_value_wrapped_over_several_lines_is_one_field() -> None:
    """Regression: a LexisNexis SUBJECT list wrapped over several lines was no field
    (its next field stood too far below) and landed in the body (issue 15)."""
    text = ("LENGTH: 48 words\n\n"
            "SUBJECT: FERRIES (90%); PORTS (88%); LABOUR DISPUTES (85%); STRIKES (80%);\n"
            "MARITIME TRANSPORT (77%); TOURISM (72%); REGIONAL ECONOMY (70%); WAGES\n"
            "(68%); PUBLIC TRANSPORT (66%); EMPLOYMENT (65%); UNIONS (64%); TRAVEL\n"
            "(61%)\n\nLOAD-DATE: June 1, 2015\n")
    got = find_fields(split_lines(text), text)
    assert [f.label for f in got] == ["LENGTH", "SUBJECT", "LOAD-DATE"]
    assert got[1].lines == (2, 3, 4, 5) and got[1].value.endswith("TRAVEL (61%)")


def test_lines_after_a_short_field_in_one_paragraph_a_line_text_are_not_its_value() -> None:
    """A value runs on past its first line only after lines that ran to the wrap width:
    in text of one paragraph a line (Nexis Uni), the title and publication lines after
    a field stay lines of their own."""
    text = ("Client/Matter: -None-\nPort plans new terminal\nThe Harbour Times\n"
            "Section: NEWS; Pg. 3A\nLength: 120 words\n")
    got = find_fields(split_lines(text), text)
    assert [(f.label, f.value, f.lines) for f in got] == [
        ("Client/Matter", "-None-", (0,)), ("Section", "NEWS; Pg. 3A", (3,)),
        ("Length", "120 words", (4,))]


def _with_labels(extra: dict[int, str], interview: bool = False) -> str:
    """Three documents of labelled fields around a body; ``extra`` adds a line of a label
    the lexicon lacks to the field block of documents 0, 1 and 2 it names."""
    out = []
    for n, (title, byline, body) in enumerate(_STORIES):
        talk = (f"Q: Why now, {title}?\nA: Because of {byline}.\nQ: And then, {n}?\n"
                f"A: We wait, said {byline}.\n")
        out.append(
            f"{n + 1} of 3 DOCUMENTS\n\nHarbour Gazette\n\nJune {n + 1}, 2015\n\n{title}\n\n"
            f"BYLINE: {byline}\n\nSECTION: NEWS; Pg. 3\n\nLENGTH: 120 words\n\n"
            + (talk + "\n" if interview else "") + body + "\n"
            f"LOAD-DATE: June {n + 2}, 2015\n\n"
            + (f"{extra[n]}\n\n" if n in extra else "")
            + "LANGUAGE: ENGLISH\n\n")
    return "".join(out)


def test_a_label_the_dump_repeats_among_its_fields_is_learned() -> None:
    """A label the lexicon lacks ("Index term: ports") that stands in every document's
    field block is a field too (issue 27: "Publication year:", "Language of
    publication:" and "ZEITUNGS-CODE:" filled bodies), never body text."""
    text = _with_labels({n: "Index term: ports; ferries" for n in range(3)})
    doc = segmenter.analyze(text)
    assert len(doc.articles) == 3
    for a in doc.articles:
        assert "Index term" not in a.body
        assert ("Index term", "ports; ferries") in [(f.label, f.value) for f in a.fields]


def test_a_label_closing_every_block_with_one_value_is_learned() -> None:
    """A label at the edge of each document's field block is learned when it gives the
    same value each time ("ZEITUNGS-CODE: spox" closing a Nexis document)."""
    text = _with_labels({n: "Paper code: hgz" for n in range(3)}).replace(
        "LANGUAGE: ENGLISH\n\n", "")
    for a in segmenter.analyze(text).articles:
        assert "Paper code" not in a.body
        assert ("Paper code", "hgz") in [(f.label, f.value) for f in a.fields]


def test_a_label_between_two_fields_of_a_block_is_a_field_even_once() -> None:
    """Regression: ProQuest's "People:" (in a fifth of the documents, so in fewer than
    three of a window's) stayed in the bodies: a label line set apart between two field
    lines of a block is a field the first time it is seen."""
    once = segmenter.analyze(_with_labels({1: "Index term: ports"}))
    assert all("Index term" not in a.body for a in once.articles)
    assert ("Index term", "ports") in [(f.label, f.value) for f in once.articles[1].fields]
    assert "learned a field label the word lists lack: 'Index term'" in once.warnings


def test_a_label_seen_twice_at_a_blocks_edge_or_opening_bodies_stays_text() -> None:
    """What is learned at a block's edge must recur across the documents' field blocks:
    a label twice there, or an interview's "Q:" and "A:" opening each body (at the
    block's edge, their words changing), stays text."""
    text = _with_labels({}).replace("LANGUAGE: ENGLISH\n\n",
                                    "LANGUAGE: ENGLISH\n\nIndex term: ports\n\n", 2)
    twice = segmenter.analyze(text)
    assert "Index term: ports" in twice.articles[0].body
    talk = segmenter.analyze(_with_labels({}, interview=True))
    assert all("Q: Why now, " in a.body and "A: We wait, said" in a.body
               for a in talk.articles)
    lines = split_lines(_with_labels({}, interview=True))
    assert not any(f.label in ("Q", "A") for f in find_fields(lines, _with_labels(
        {}, interview=True)))


def _proquest_like(n: int = 3) -> str:
    """ProQuest documents whose body opens on the line of its "Full text:" label, under a
    "Links:" value that wraps."""
    return "".join(
        f"Document {k} of {n}\n\nFerry story number {k}\n\n"
        f"Abstract: None available.\n\nLinks: https://example.org/openurl?title=Ferry+story+"
        f"number+{k}&genre=article&date=2024-09-2{k}&volume=&issue=&spage=&au=Doe%2C+Jane&\n"
        f"isbn=&jtitle=Harbour+Times&btitle=&rft_id=info:eric/&rft_id=info:doi/{k}\n\n"
        f"Full text: The ferry number {k} left the quay late on Friday, the port said.\n"
        "Passengers waited for an hour in the rain.\n\n"
        f"Title: Ferry story number {k}\n\nPublication title: The Harbour Times\n\n"
        f"Publication date: Sep 2{k}, 2024\n\n"
        for k in range(1, n + 1))


def test_an_inline_body_label_is_taken_out_and_its_text_stays_the_body() -> None:
    """Regression: ProQuest's "Full text:" opened 480 of 500 real bodies. The label is a
    field artifact; the text after it on its line is the body's first line."""
    doc = segmenter.analyze(_proquest_like())
    assert [a.body.split("\n\n")[0] for a in doc.articles] == [
        f"The ferry number {k} left the quay late on Friday, the port said. Passengers "
        "waited for an hour in the rain." for k in (1, 2, 3)]
    labels = [a for a in doc.artifacts if a.text == "Full text:"]
    assert len(labels) == 3 and all(a.kind == "field" for a in labels)
    for a in doc.articles:
        assert "Full text" in [f.label for f in a.fields]
        assert "isbn=" not in a.body  # the wrapped Links value stays with its field


def test_a_body_label_alone_on_its_line_is_still_a_whole_field_line() -> None:
    text = _proquest_like().replace("Full text: The ferry", "Full text:\nThe ferry")
    doc = segmenter.analyze(text)
    assert all(a.body.startswith("The ferry number") for a in doc.articles)
    assert [a.text for a in doc.artifacts].count("Full text:") == 3


def test_a_headline_field_whose_parts_end_in_semicolons_is_one_field() -> None:
    """Regression: a LexisNexis HEADLINE over three lines, each part closed by ";", kept
    only its first line (the others are short, so they did not look wrapped)."""
    text = ("1 of 1 DOCUMENT\n\nThe Harbour Times\n\nMay 31, 2015 Sunday\n\n"
            "LENGTH: 120 words\n\nHEADLINE: FERRIES CANCELLED;\nA HARD WEEK ON THE QUAY;\n"
            "The operator blames staff shortages\n\nBYLINE: Jane Doe\n\nBODY:\n\n"
            "The ferry did not sail on Sunday, the port authority said.\n")
    fields = {f.label: f.value for f in find_fields(split_lines(text), text)}
    assert fields["HEADLINE"] == ("FERRIES CANCELLED; A HARD WEEK ON THE QUAY; The operator "
                                  "blames staff shortages")
    assert segmenter.segment(text)[0].body.startswith("The ferry did not sail")


def test_a_title_field_that_splits_a_word_leaves_the_printed_title() -> None:
    """Regression: ProQuest's "Title:" field can split a word ("an assass in decide");
    the headline printed above, the same words, is the title."""
    text = _proquest_like().replace("Title: Ferry story number 2",
                                    "Title: Ferry sto ry number 2")
    assert [a.title for a in segmenter.segment(text)] == [
        "Ferry story number 1", "Ferry story number 2", "Ferry story number 3"]


def test_a_label_after_a_long_wrapped_value_is_learned_and_the_value_kept_whole() -> None:
    """Regression: a SUBJECT list wrapped over several lines ended where a label the
    lexicon lacks followed ("PUB-SUBJECT:"), so its last lines, that label and the
    LOAD-DATE after it closed the body (real LexisNexis exports)."""
    subject = ("SUBJECT: FERRIES (92%); PORTS (90%); HARBOURS (89%); LABOUR DISPUTES\n"
               "(78%); STRIKES (78%); TRANSPORT POLICY (78%); MARITIME LAW (77%); FISHING\n"
               "(72%); SHIPPING (70%); TOURISM (70%); ISLANDS (69%); PASSENGERS (68%); FARES\n"
               "(66%); SAFETY (65%); INSPECTIONS (64%); COAST GUARD (64%); STORMS (63%);\n"
               "WEATHER (63%)\n")
    text = "".join(
        f"{n} of 3 DOCUMENTS\n\nHarbour Gazette\n\nJune {n}, 2015\n\nFerry story {n}\n\n"
        f"BYLINE: Jane Doe\n\nLENGTH: 120 words\n\nBODY:\n\nThe ferry number {n} sailed "
        "late again on Monday, the port authority said.\n\nLANGUAGE: ENGLISH\n\n"
        f"{subject}\nPUB-SUBJECT: Desk{n}.News\n\nLOAD-DATE: June {n + 1}, 2015\n\n"
        for n in (1, 2, 3))
    for a in segmenter.analyze(text).articles:
        assert a.body == f"The ferry number {a.title[-1]} sailed late again on Monday, " \
                         "the port authority said."
        fields = {f.label: f.value for f in a.fields}
        assert fields["SUBJECT"].endswith("WEATHER (63%)")
        assert fields["PUB-SUBJECT"] == f"Desk{a.title[-1]}.News"


def test_a_learned_label_is_reported_once_in_the_warnings() -> None:
    """Drift is never silent (issue 27): a label the word lists lack, learned from the
    export, is named in Document.warnings once, however many documents print it."""
    doc = segmenter.analyze(_with_labels({n: "Index term: ports; ferries" for n in range(3)}))
    assert [w for w in doc.warnings if "learned" in w] == [
        "learned a field label the word lists lack: 'Index term'"]
    assert not any("learned" in w for w in segmenter.analyze(_with_labels({})).warnings)


def test_a_caption_field_of_a_dozen_lines_is_one_field() -> None:
    """Regression: a GRAPHIC field holding a dozen captions stopped after 8 lines; the
    rest, and the label with it, closed the body (real LexisNexis exports)."""
    caption = "".join(f"Photo {k}: the ferry at the north quay on a grey morning, seen "
                      f"from the harbour wall by our photographer number {k}.\n"
                      for k in range(12))
    text = (f"LENGTH: 48 words\n\nBODY:\n\nThe ferry sailed late.\n\nGRAPHIC: {caption}\n"
            "LOAD-DATE: June 1, 2015\n")
    got = {f.label: f for f in find_fields(split_lines(text), text)}
    assert len(got["GRAPHIC"].lines) == 12 and got["GRAPHIC"].value.endswith("number 11.")


def test_a_document_lacking_a_field_all_the_others_print_is_reported() -> None:
    """Drift (issue 27): an export whose documents stop fitting its layout says which
    document lacks a field the others print, instead of losing it in silence; a field
    only some documents print (a byline) is no drift."""
    docs = []
    for n in range(1, 26):
        byline = f"BYLINE: Ana Costa\n\n" if n % 2 else ""
        load = "" if n == 7 else f"LOAD-DATE: June {n}, 2015\n\n"
        docs.append(f"{n} of 25 DOCUMENTS\n\nHarbour Gazette\n\nJune {n}, 2015\n\n"
                    f"Ferry story number {n}\n\n{byline}SECTION: NEWS; Pg. 3\n\n"
                    f"LENGTH: 120 words\n\nThe ferry number {n} left the quay late, the "
                    f"port said on Friday.\n\n{load}LANGUAGE: ENGLISH\n\n")
    doc = segmenter.analyze("".join(docs))
    assert len(doc.articles) == 25
    drift = [w for w in doc.warnings if "field the other" in w]
    assert drift == ["document 7 of 25 lacks the 'LOAD-DATE' field the other 24 print"]


def test_a_body_label_four_lines_after_a_field_opens_the_body() -> None:
    """Regression: "Length: 2115 words", a blank, a label the lexicon lacks ("Guests:
    ..."), a blank, then "Body": the Body label stood one line too far from the Length
    field to be found, so neither was a field and both leaked into the body."""
    text = ("Length: 2115 words\n\nGuests: Joy Hale, former minister; Brian Toft, senator\n\n"
            "Body\n\nJANE TABER: Well, the week was a quiet one for the government.\n")
    got = [(f.label, f.kind) for f in find_fields(split_lines(text), text)]
    assert got == [("Length", "other"), ("Body", "body")]


def test_a_graphic_fields_captions_and_credit_are_its_value() -> None:
    """Regression: a GRAPHIC field's value of captions, the first ending its sentence
    on a short line and a photographer's credit under them, stopped at that line: the
    field stood alone, was taken for a heading and stayed in the body with its
    captions. With blank lines around the field block and without (a PDF's text)."""
    captions = ("GRAPHIC: Photo(s)\n"
                "Photo: The harbour master inspects the old pier before the vote on its\n"
                "closure, with two engineers from the ferry company and the council's\n"
                "surveyor.\n"
                "Jane Reader/Harbour Times\n")
    for gap in ("\n", ""):
        text = (f"LENGTH: 640 words\n{gap}The council met on Monday.\n{gap}" + captions
                + f"{gap}LANGUAGE: ENGLISH\n{gap}LOAD-DATE: May 3, 2015\n")
        got = {f.label: f for f in find_fields(split_lines(text), text)}
        assert "GRAPHIC" in got and "LANGUAGE" in got
        assert got["GRAPHIC"].value.endswith("surveyor. Jane Reader/Harbour Times")


def test_a_german_interfaces_picture_field_and_codes_close_the_document() -> None:
    """Regression: a LexisNexis export saved from the German interface closes a print
    article with "GRAFIK:" (its pictures' captions, one a line), "PUBLICATION-TYPE:" and
    "ZEITUNGS-CODE:": the captions broke the field block, and all three stayed in the
    body."""
    text = ("UPDATE: 27. Februar 2012\n\nSPRACHE: GERMAN; DEUTSCH\n\n"
            "GRAFIK: Die alte Fähre\nDer neue Anleger\nDer Hafenmeister\n"
            "(*) Name geändert.\n\nPUBLICATION-TYPE: Zeitung\n\nZEITUNGS-CODE: HT\n\n"
            "Copyright 2012 Harbour Verlag\n")
    got = [(f.label, f.value) for f in find_fields(split_lines(text), text)]
    assert got[2:] == [("GRAFIK", "Die alte Fähre Der neue Anleger Der Hafenmeister "
                                  "(*) Name geändert."),
                       ("PUBLICATION-TYPE", "Zeitung"), ("ZEITUNGS-CODE", "HT")]
