"""The format-reader slot: a reader recognised from the text marks its furniture and
gives article starts before the generic rules, which still fill in the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import segmenter
from segmenter import formats, pipeline
from segmenter.lines import Lines
from segmenter.marking.artifacts import Mark
from segmenter.marking.fields import FieldLine
from segmenter.starts.boundaries import START_RULES
from segmenter.starts.rules import Context, Start

from .invariants import document_ok


class _Numbered:
    """A toy export: "#### N" counter lines, each followed by an article's title."""

    name = "numbered"

    def recognise(self, head: str) -> bool:
        return head.startswith("#### 1\n")

    def marks(self, lines: Lines) -> dict[int, Mark]:
        return {i: Mark("separator", "a counter of this export")
                for i, t in enumerate(lines.texts) if t.startswith("#### ")}

    def fields(self, lines: Lines) -> list[FieldLine]:
        return []

    def starts(self, ctx: Context) -> Sequence[Start]:
        c = ctx.content
        return [Start((p,), (), None, "format", "the line after a counter")
                for p in range(len(c.index)) if c.separated_before(p)]


_BODY = ("The river rose again overnight and the council met at dawn to decide.\n"
         "Volunteers filled sandbags along the quay until the water began to fall.\n")
_TEXT = "".join(f"#### {n}\n{title}\n\n{_BODY}\n" for n, title in
                enumerate(["Floods on the quay", "A new ferry", "Market day"], 1))


def test_a_recognised_format_gives_its_starts_and_artifacts() -> None:
    """Every counter is an artifact, every line after one a title; no byline needed."""
    doc = pipeline.analyze_text(_TEXT, readers=(_Numbered(),))
    assert [a.title for a in doc.articles] == ["Floods on the quay", "A new ferry", "Market day"]
    assert [a.text for a in doc.artifacts] == ["#### 1", "#### 2", "#### 3"]
    titles = [r.reason for r in doc.lines if r.role == "title"]
    assert all("(format rule)" in r for r in titles), titles


def test_a_text_in_no_format_is_read_by_the_generic_rules() -> None:
    """A reader that does not recognise the text changes nothing."""
    text = _TEXT.replace("#### ", "No. ")
    assert pipeline.analyze_text(text, readers=(_Numbered(),)) == segmenter.analyze(text)


def test_recognise_takes_the_first_reader_that_knows_the_text() -> None:
    toy = _Numbered()
    assert formats.recognise(_TEXT, (toy,)) is toy
    assert formats.recognise("Title\n\nBody.\n", (toy,)) is None
    assert formats.recognise(_TEXT) is None  # no built-in reader knows the toy format


def test_format_starts_come_first_in_the_start_rules() -> None:
    """The format's reading comes before every generic rule, and is an anchor."""
    first = START_RULES[0]
    assert (first.name, first.anchors) == ("format", True)


def test_the_format_found_in_the_first_window_reads_every_window() -> None:
    """Recognised once, from the text's start, the format reads windows far from it."""
    text = _TEXT * 20
    whole = pipeline.analyze_text(text, readers=(_Numbered(),))
    assert len(whole.articles) == 60
    assert pipeline.analyze_text(text, readers=(_Numbered(),), window=300) == whole


def test_document_format_names_the_reader_that_read_it() -> None:
    doc = pipeline.analyze_text(_TEXT, readers=(_Numbered(),))
    assert doc.format == "numbered" and doc.to_dict()["format"] == "numbered"
    assert segmenter.analyze(_TEXT).format is None  # no reader built in knows it


def test_format_can_be_forced_or_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "READERS", (_Numbered(),))
    monkeypatch.setattr(formats, "FORMAT_NAMES", ("numbered",))
    text = "Preface\n\n" + _TEXT  # its start no longer shows the format
    assert segmenter.analyze(text).format is None
    forced = segmenter.analyze(text, format="numbered")
    assert forced.format == "numbered"
    assert [a.title for a in forced.articles][-3:] == [
        "Floods on the quay", "A new ferry", "Market day"]
    assert segmenter.analyze(_TEXT).format == "numbered"
    assert segmenter.analyze(_TEXT, format=None).format is None
    assert segmenter.analyze(_TEXT, format="none").format is None


@pytest.mark.parametrize("call", [segmenter.segment, segmenter.analyze,
                                  lambda text, **kw: list(segmenter.iter_segment(text, **kw))])
def test_an_unknown_format_name_is_refused_with_the_known_ones(call: Any) -> None:
    with pytest.raises(segmenter.FormatNameError, match="known: auto, none") as info:
        call("Title\n\nText.\n", format="lexis")
    assert isinstance(info.value, ValueError)


_FORMATS = Path(__file__).parent.parent / "fixtures" / "formats"


def test_nexis_uni_export_is_read_by_its_document_heads() -> None:
    """Regression: a Nexis Uni export came back as one article (issue 15)."""
    doc = segmenter.analyze((_FORMATS / "nexis-uni-harbour.txt").read_text("utf-8"))
    assert doc.format == "nexis-uni"
    assert [a.title for a in doc.articles] == ["Ferry operator reports drop in profit",
                                               "Port plans new terminal"]
    bylines = [a.byline for a in doc.articles]
    assert [(b.authors, b.outlet, b.date) for b in bylines if b] == [
        (("TOM ASHBY",), "The Harbour Times", dt.date(2013, 11, 27)),
        (("Ines Duarte",), "The Harbour Times", dt.date(2013, 11, 29))]
    assert [a.text for a in doc.artifacts if a.kind == "boilerplate"].count(
        "End of Document") == 2
    assert doc.preamble.startswith("User Name:") and "Client/Matter" in doc.preamble
    for a in doc.articles:
        assert not any(w in a.body for w in ("Load-Date", "End of Document", "Copyright"))


@pytest.mark.parametrize(("name", "expected"), [
    ("factiva-harbour.txt", "factiva"), ("factiva-german.txt", "factiva"),
    ("nexis-uni-harbour.txt", "nexis-uni"), ("europresse-quotidien.txt", "europresse"),
    ("lexisnexis-harbour.txt", "lexisnexis"), ("lexisnexis-german.txt", "lexisnexis"),
    ("lexisnexis-html.txt", "lexisnexis"), ("lexisnexis-pdf.txt", "lexisnexis"),
    ("proquest-harbour.txt", "proquest"), ("mailman-digest.txt", "mailman")])
def test_each_export_is_recognised_as_its_format(name: str, expected: str) -> None:
    text = (_FORMATS / name).read_text("utf-8-sig")
    assert segmenter.analyze(text).format == expected


@pytest.mark.parametrize("name", ["lexisnexis-harbour.txt", "proquest-harbour.txt",
                                  "mailman-digest.txt"])
def test_formats_read_by_the_generic_rules_give_the_same_articles_unrecognised(
        name: str) -> None:
    """LexisNexis, ProQuest and digests are read by their counters and fields, which
    the generic rules find in any text: naming the format changes nothing else."""
    text = (_FORMATS / name).read_text("utf-8-sig")
    named, generic = segmenter.analyze(text), segmenter.analyze(text, format="none")
    assert generic.format is None
    assert [a.to_dict() for a in named.articles] == [a.to_dict() for a in generic.articles]


def test_factiva_export_gives_headlines_authors_and_trailers() -> None:
    """Regression: a Factiva export came back as one article (issue 15)."""
    doc = segmenter.analyze((_FORMATS / "factiva-harbour.txt").read_text("utf-8"))
    assert [len(a.byline.authors) for a in doc.articles if a.byline] == [1, 2, 0]
    assert all("Document HARBT" not in a.body and "Factiva" not in a.body
               for a in doc.articles)


_FACTIVA_HEADS = [  # (section, headline, author lines), as a sectioned export prints them
    ("Harbour Desk; A", "Ferry operator reports drop in profit",
     ["By TOM ASHBY", "Special to The Harbour Times"]),
    ("Harbour Desk; 3", "Lighthouse keepers return", []),
    ("City Desk; B", "Port authority names new chief for the north quay", ["HBT"]),
    ("City Desk; A", "QUAY CLOSED", ["INES DUARTE"]),
    ("Harbour Desk; A", "Fishermen protest quota cuts in the harbour", ["Lee Young"]),
]


def _factiva_as_html_reads(heads: list[tuple[str, str, list[str]]]) -> str:
    """A Factiva export whose every head names its section, one block a line with a
    blank line after each, as its HTML page reads."""
    lines = ["Dow Jones Factiva", "Dow Jones"]
    for k, (section, title, authors) in enumerate(heads, 1):
        lines += [section, title, *authors, f"{100 + k} words", f"{k % 28 + 1} March 2021",
                  "The Harbour Times", "HARBT", "English", "(c) 2021 Harbour Media Limited",
                  f"The story number {k} is told here in one paragraph of plain text.",
                  f"Document HARBT000202103{k:04}eh31001"]
    return "\n\n".join(lines) + "\n"


def test_factiva_html_with_sections_gives_each_headline_and_its_author_lines() -> None:
    """Regression: read from HTML (a blank line after each block), a Factiva head's
    lines were counted with the blanks, so the date and outlet were never found beside
    the word count; and the section above each headline was taken for it when the
    author line was a code ("GCA") or two lines ("By ...", "Special to ..."). Real
    exports: titles 48 of 122, outlets 0 of 122."""
    doc = segmenter.analyze(_factiva_as_html_reads(_FACTIVA_HEADS))
    assert doc.format == "factiva"
    assert [a.title for a in doc.articles] == [title for _, title, _ in _FACTIVA_HEADS]
    assert [a.byline.outlet for a in doc.articles if a.byline] == ["The Harbour Times"] * 5
    assert [a.byline.authors for a in doc.articles if a.byline] == [
        ("TOM ASHBY",), (), (), ("INES DUARTE",), ("Lee Young",)]
    assert all("Desk" not in a.body and "HARBT" not in a.body for a in doc.articles)


def test_factiva_head_at_a_window_start_is_read_without_its_section() -> None:
    """A window that opens at a headline (its section left in the window before) reads
    the headline, not the author line under it, as the title."""
    text = _factiva_as_html_reads(_FACTIVA_HEADS * 8)
    titles = [a.title for a in segmenter.iter_segment(text, window=1_000)]  # many windows
    assert titles == [title for _, title, _ in _FACTIVA_HEADS] * 8


def test_factiva_export_saved_from_its_chinese_interface_is_read() -> None:
    """Factiva's Chinese interface counts "字", dates "2017年11月13日" and closes each
    article with "文件 <ID>" (issue 27: 26 of 97 such documents were read)."""
    heads = [("Ferry operator reports drop in profit", "Tom Ashby", 13),
             ("Port plans new terminal on the north quay", "Ines Duarte", 14),
             ("Lighthouse to be restored", "Lee Young", 15)]
    text = "Factiva\nDow Jones\n" + "".join(
        f"{title}\n{author}\n{300 + day} 字\n2017年11月{day}日\nThe Harbour Times\nHARBT\n"
        f"英文\n(c) 2017 Harbour Media Limited\nThe story of the {day}th is told here.\n"
        f"文件 HARBT0002017111{day}edbd0002r\n" for title, author, day in heads)
    doc = segmenter.analyze(text)
    assert doc.format == "factiva"
    assert [a.title for a in doc.articles] == [h[0] for h in heads]
    assert [(a.byline.authors, a.byline.outlet, a.byline.date) for a in doc.articles
            if a.byline] == [((author,), "The Harbour Times", dt.date(2017, 11, day))
                             for _, author, day in heads]
    assert all("字" not in a.body and "文件" not in a.body for a in doc.articles)


def test_europresse_export_gives_publication_date_title_and_author() -> None:
    """A Europresse export: each document read from its head, its closing lines
    artifacts."""
    doc = segmenter.analyze((_FORMATS / "europresse-quotidien.txt").read_text("utf-8"))
    assert doc.format == "europresse"
    assert [(a.title, a.byline.outlet if a.byline else None) for a in doc.articles] == [
        ("Le port veut doubler son trafic de conteneurs", "Le Quotidien du Port"),
        ("Les pêcheurs manifestent contre les quotas", "La Gazette des Îles")]
    assert all("Numéro de document" not in a.body for a in doc.articles)


def test_nexis_uni_export_without_its_cover_reads_the_same() -> None:
    """The cover and list of titles are optional: without them the documents are the
    same and there is no preamble."""
    text = (_FORMATS / "nexis-uni-harbour.txt").read_text("utf-8")
    whole = segmenter.analyze(text)
    bare = segmenter.analyze(text[text.index("Ferry operator reports drop in profit\nThe"):])
    assert bare.format == "nexis-uni" and bare.preamble == ""
    def read(doc: segmenter.Document) -> list[tuple[object, ...]]:  # all but offsets
        return [(a.title, a.body, a.byline and (a.byline.authors, a.byline.outlet,
                                                 a.byline.date, a.byline.place))
                for a in doc.articles]

    assert read(bare) == read(whole) and len(bare.articles) == 2


def test_html_export_text_titles_each_document_by_the_line_after_its_date() -> None:
    """Regression: the text of a LexisNexis HTML export (publication, date and headline
    as lines of their own, blank lines between, no HEADLINE: field) was titled by its
    publication line, kept the date and headline in the body and the closing copyright
    lines too (issue 15)."""
    doc = segmenter.analyze((_FORMATS / "lexisnexis-html.txt").read_text("utf-8"))
    assert [a.title for a in doc.articles] == [
        "Les ferries reprennent la traversée du soir",
        "Le chantier naval embauche; quarante postes ouverts",
        "Pilots vote to strike over night shifts"]
    assert [(a.byline.outlet, a.byline.date) for a in doc.articles if a.byline] == [
        ("La Gazette du Port", dt.date(2013, 4, 12)),
        ("La Gazette du Port", dt.date(2013, 10, 14)),
        ("The Harbour Times", dt.date(1991, 12, 19))]
    for a in doc.articles:
        assert not any(w in a.body for w in ("Copyright", "Correction Appended", "mardi",
                                             "ENCART", "CORRECTION"))
    trailers = [a.text for a in doc.artifacts if a.kind == "boilerplate"]
    assert trailers[0] == "Copyright 2013 Éditions du Littoral\nTous Droits Réservés"
    assert len(trailers) == 3


def _nexis_uni_as_docx_reads() -> str:
    """The fixture's documents and a third, one paragraph a line with a blank line after
    each, as a Nexis Uni DOCX reads."""
    text = (_FORMATS / "nexis-uni-harbour.txt").read_text("utf-8-sig")
    docs = text[text.index("Ferry operator reports drop in profit\nThe Harbour"):]
    more = "".join(
        f"{title}\nThe Harbour Times\nDecember {day}, 2013 Monday\n"
        "Copyright 2013 Harbour Media Company All Rights Reserved\n"
        "Section: NEWS; Pg. 4A\nLength: 31 words\nBody\n"
        f"{first}\nThe council decided on Wednesday evening.\n"
        f"Load-Date: December {day + 1}, 2013\nEnd of Document\n"
        for title, day, first in [
            ("Lighthouse to be restored", 2, "The old lighthouse will be restored."),
            ("Quay closed for repairs", 9, "The north quay is closed for repairs.")])
    return "\n\n".join((docs.rstrip("\n") + "\n" + more).splitlines()) + "\n"


def test_nexis_uni_docx_with_blank_lines_between_paragraphs_is_titled_by_its_heads() -> None:
    """Regression: in a Nexis Uni DOCX (a blank line after each paragraph) the head was
    looked for in the six lines above the fields, blanks counted: the title was out of
    reach, so the outlet became the title or the document joined the one before
    (real export: 14 titles of 100, outlets 26 of 100)."""
    doc = segmenter.analyze(_nexis_uni_as_docx_reads())
    assert doc.format == "nexis-uni"
    assert [a.title for a in doc.articles] == ["Ferry operator reports drop in profit",
                                               "Port plans new terminal",
                                               "Lighthouse to be restored",
                                               "Quay closed for repairs"]
    assert [a.byline.outlet for a in doc.articles if a.byline] == ["The Harbour Times"] * 4


def test_a_field_each_document_prints_alone_stays_out_of_the_body() -> None:
    """Regression: "Load-Date: ..." alone between a body and "End of Document" stood in
    no block of fields, so it closed every body (real export: 77 bodies of 100)."""
    doc = segmenter.analyze(_nexis_uni_as_docx_reads())
    assert all("Load-Date" not in a.body for a in doc.articles)
    assert [[f.value for f in a.fields if f.label == "Load-Date"] for a in doc.articles] == [
        ["November 28, 2013"], ["November 30, 2013"], ["December 3, 2013"],
        ["December 10, 2013"]]


def test_a_label_alone_with_a_long_value_stays_text() -> None:
    """A known label printed alone with a sentence after it is prose, however often."""
    text = "".join(f"Title {k}\nJane Doe, Reuters, June {k + 3}, 2015\n\nSource: the "
                   "ministry said on Tuesday that the ferry would run again soon.\n\n"
                   for k in range(4))
    assert all("Source: the ministry" in a.body for a in segmenter.segment(text))


def test_nexis_uni_export_without_its_cover_gives_the_same_articles() -> None:
    """Nexis Uni exports come with or without the cover and list of titles."""
    text = (_FORMATS / "nexis-uni-harbour.txt").read_text("utf-8-sig")
    full = segmenter.analyze(text)
    bare = segmenter.analyze(text[full.articles[0].span.start:])
    assert bare.format == "nexis-uni" and bare.preamble == ""
    def read(doc: segmenter.Document) -> list[tuple[object, ...]]:
        return [(a.title, a.byline and (a.byline.authors, a.byline.outlet, a.byline.date),
                 a.body, [f.value for f in a.fields]) for a in doc.articles]

    assert read(bare) == read(full)


def test_europresse_html_text_skips_sections_and_closes_each_document_whole() -> None:
    """Regression: in the text of a Europresse HTML export (head lines set apart by blank
    lines, a section under the date, a rubric over the title) the section was taken for
    the title, and the lines closing a document after its number (the number alone, the
    certificate's date, the legal notice) for the next document's head (issue 15)."""
    doc = segmenter.analyze((_FORMATS / "europresse-html.txt").read_text("utf-8"))
    assert [a.title for a in doc.articles] == [
        "Les digues du nord seront rehaussées avant l'hiver",
        "Le ferry électrique, une chance pour l'archipel"]
    assert [a.byline.authors for a in doc.articles if a.byline] == [
        ("Paul Girard",), ("Claire Dumont",)]
    for a in doc.articles:
        assert not any(w in a.body for w in ("émission", "protégé", "news·", "LITTORAL"))
    assert doc.articles[0].fields[0].value == "Les digues du nord après la tempête de février."


def test_factiva_coded_layout_gives_headline_byline_body_and_fields() -> None:
    """Regression: a Factiva export in its coded layout (each field under its code:
    "HD", "BY", "PD", "SN", "LP", "TD", "AN") came back as one article titled
    "Factiva" (issue 15)."""
    doc = segmenter.analyze((_FORMATS / "factiva-coded.txt").read_text("utf-8"))
    assert doc.format == "factiva" and doc.preamble == "Factiva\n\nDow Jones"
    assert [a.title for a in doc.articles] == [
        "Harbour pilots end their strike", "Ferry fares frozen for another year"]
    assert [(a.byline.authors, a.byline.outlet, a.byline.date)
            for a in doc.articles if a.byline] == [
        (("Ines Duarte",), "The Harbour Times", dt.date(2019, 3, 14)),
        ((), "The Island Courier", dt.date(2019, 3, 15))]
    first = doc.articles[0]
    assert [f.label for f in first.fields][:3] == ["SE", "WC", "ET"]
    assert first.fields[0].value == "Region"
    for a in doc.articles:
        assert not any(w in a.body for w in ("HARBT", "English", "Labour", "LP", "Document"))


@pytest.mark.parametrize("name", ["factiva-harbour.txt", "factiva-coded.txt",
                                  "europresse-quotidien.txt"])
def test_an_author_field_opening_with_by_names_the_people_after_it(name: str) -> None:
    """Regression: Factiva's BY field often holds "By Clara Mendes"; the authors came
    back as ["By Clara Mendes"] in the coded layout and as no author in the other."""
    text = (_FORMATS / name).read_text("utf-8-sig")
    plain = segmenter.analyze(text)
    authors = [a.byline.authors for a in plain.articles if a.byline and a.byline.authors]
    assert authors
    for people in authors:
        text = text.replace("\n" + " and ".join(people) + "\n",
                            "\nBy " + " and ".join(people) + "\n", 1)
    credited = segmenter.analyze(text)
    assert [(a.title, a.byline and a.byline.authors) for a in credited.articles] == [
        (a.title, a.byline and a.byline.authors) for a in plain.articles]


_EXPORTS = sorted(_FORMATS.glob("*.txt"))


def _moved(text: str, line: int, by: int) -> str:
    lines = text.splitlines(keepends=True)
    line %= len(lines)
    to = min(max(line + by, 0), len(lines) - 1)
    lines.insert(to, lines.pop(line))
    return "".join(lines)


@settings(deadline=None)
@given(st.sampled_from(_EXPORTS), st.integers(0, 10_000), st.sampled_from([-3, -2, -1, 1, 2, 3]))
def test_no_two_articles_share_a_line_when_a_line_moves(path: Path, line: int, by: int) -> None:
    """Property (issue 26.13): an export with one line moved a little (a copyright line
    printed early, a field out of place) still gives articles whose spans never overlap,
    losing nothing, whole and in small windows."""
    text = _moved(path.read_text("utf-8-sig"), line, by)
    document_ok(segmenter.analyze(text))
    document_ok(pipeline.analyze_text(text, window=300))


def test_a_copyright_line_one_line_early_duplicates_no_article() -> None:
    """Regression (issue 26.13): in a Europresse export whose copyright line stood one
    line early, the text line left after it was read as the head of a document running
    into the next one's, which it shared: two overlapping articles with one title."""
    text = (_FORMATS / "europresse-quotidien.txt").read_text("utf-8-sig")
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("©"))
    lines[at - 1], lines[at] = lines[at], lines[at - 1]
    doc = segmenter.analyze("".join(lines))
    document_ok(doc)
    titles = [a.title for a in doc.articles]
    assert len(titles) == len(set(titles)) == len(segmenter.segment(text))


def test_a_digest_sender_known_only_by_a_handle_is_the_author() -> None:
    """Regression: "From: alicexbt <alicexbt@...>" gave no author (a handle reads as no
    person); a mail header's display name is its sender, whatever it is."""
    text = (_FORMATS / "mailman-digest.txt").read_text("utf-8").replace(
        "From: Ines Duarte <ines@example.org>", "From: inesd <ines@example.org>")
    authors = [a.byline.authors for a in segmenter.analyze(text).articles if a.byline]
    assert authors[0] == ("inesd",) and authors[1] == ("Tom Ashby",)


def test_a_digest_attachment_note_closing_a_message_is_boilerplate() -> None:
    """Regression: mailman's "------------- next part -------------" and the note on the
    scrubbed attachment after it closed the message's body."""
    text = (_FORMATS / "mailman-digest.txt").read_text("utf-8").replace(
        "Ines\n", "Ines\n-------------- next part --------------\nAn HTML attachment was "
        "scrubbed...\nURL: <http://lists.example.org/pipermail/attachment.html>\n", 1)
    doc = segmenter.analyze(text)
    assert doc.articles[0].body.endswith("Ines")
    assert any("next part" in a.text for a in doc.artifacts if a.kind == "boilerplate")


def test_a_factiva_export_saved_twice_in_one_file_reads_the_same_titles_twice() -> None:
    """Regression: twice in one file, its headlines repeated, so the section learner took
    a headline for a section name and the author line below it for the title."""
    text = (_FORMATS / "factiva-harbour.txt").read_text("utf-8")
    once = [a.title for a in segmenter.segment(text)]
    assert [a.title for a in segmenter.segment(text + "\n" + text)] == once + once


def test_digests_saved_one_after_another_in_one_file_give_every_message() -> None:
    """Regression: "End of Harbour-dev Digest, ..." ended the text, so a second digest
    saved after the first in one file was boilerplate, its messages lost."""
    text = (_FORMATS / "mailman-digest.txt").read_text("utf-8")
    once = [a.title for a in segmenter.segment(text)]
    doc = segmenter.analyze(text + "\n" + text)
    assert [a.title for a in doc.articles] == once + once
    assert sum("End of Harbour-dev Digest" in a.text for a in doc.artifacts) == 2
