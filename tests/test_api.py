"""The public API: types, errors, empty inputs, fallbacks and serialisation."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

import segmenter
from segmenter import Article, Artifact, Byline, Document, InputTypeError, SegmenterError, Span

SIMPLE = (
    "Cover page of the digest\n\n"
    "First Title Here\n\nJane Doe, Reuters, June 3, 2015\n\nBody one. It has words.\n\n\n"
    "Second Title Here\n\nBy John Roe | The Post | 2015-06-04\n\nBody two is here.\n"
)


def test_all_is_exact() -> None:
    """__all__ lists exactly the public names, and each exists."""
    for name in segmenter.__all__:
        assert hasattr(segmenter, name)
    assert {"segment", "analyze", "Article", "Byline", "Artifact", "Span", "Document"} <= set(
        segmenter.__all__
    )


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), 3, None, ["a"], 2.5])
def test_non_str_raises_type_error_naming_type(bad: object) -> None:
    """A non-str argument raises the library's TypeError, naming the type."""
    with pytest.raises(TypeError) as info:
        segmenter.segment(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, InputTypeError)
    assert isinstance(info.value, SegmenterError)
    assert type(bad).__name__ in str(info.value)


def test_bytes_message_says_decode() -> None:
    """Bytes get a hint to decode first."""
    with pytest.raises(TypeError, match="decode"):
        segmenter.analyze(b"Title")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n \f", "\u00a0\u2003\n"])
def test_blank_text_gives_no_articles(text: str) -> None:
    """Empty or whitespace-only text has no articles and no preamble."""
    assert segmenter.segment(text) == []
    assert segmenter.analyze(text).preamble == ""


def test_simple_dump() -> None:
    """Two titled articles with bylines, and a preamble before them."""
    doc = segmenter.analyze(SIMPLE)
    assert [a.title for a in doc.articles] == ["First Title Here", "Second Title Here"]
    first, second = doc.articles
    assert first.byline is not None and second.byline is not None
    assert first.byline.authors == ("Jane Doe",)
    assert first.byline.date == dt.date(2015, 6, 3)
    assert second.byline.outlet == "The Post"
    assert first.body == "Body one. It has words."
    assert doc.preamble == "Cover page of the digest"
    assert SIMPLE[first.span.start : first.span.end].startswith("First Title Here")
    assert SIMPLE[first.byline.span.start : first.byline.span.end] == first.byline.raw


def test_no_byline_is_one_article_with_title() -> None:
    """A dump without byline cues is one article whose title-like first line is the title."""
    text = "A Plain Title\n\nSome text here. More text.\n\nAnother paragraph.\n"
    [article] = segmenter.segment(text)
    assert article.title == "A Plain Title"
    assert article.byline is None
    assert article.body == "Some text here. More text.\n\nAnother paragraph."


def test_no_byline_sentence_first_line_is_no_title() -> None:
    """A first line that is a sentence is body, not title."""
    [article] = segmenter.segment("This is a sentence.\nAnd another one.\n")
    assert article.title is None
    assert article.body.startswith("This is a sentence.")


def test_two_line_byline() -> None:
    """A 'By NAME' line followed by an 'Outlet — Date' line is one byline."""
    text = "The Title\n\nBy Jane Doe\nThe Guardian — June 3, 2015\n\nThe body text.\n"
    [a] = segmenter.segment(text)
    assert a.byline is not None
    assert a.byline.authors == ("Jane Doe",)
    assert a.byline.outlet == "The Guardian"
    assert a.byline.date == dt.date(2015, 6, 3)
    assert a.body == "The body text."


def test_byline_without_title_in_body_is_body() -> None:
    """A byline-shaped line inside a body, after a sentence, starts no article."""
    text = (
        "The Title\n\nJane Doe, Reuters, June 3, 2015\n\nA first paragraph ends here.\n\n"
        "John Roe, AP, June 4, 2015\n\nMore text follows.\n"
    )
    assert len(segmenter.segment(text)) == 1


def test_to_dict_is_json_serialisable(digest_text: str) -> None:
    """Document.to_dict() goes through json.dumps, dates as ISO strings."""
    data = json.loads(json.dumps(segmenter.analyze(digest_text).to_dict()))
    assert data["articles"][0]["byline"]["date"] == "2015-06-09"
    assert data["artifacts"][0]["kind"] == "running_footer"


def test_results_are_frozen_and_pickle(digest_text: str) -> None:
    """Every result type is immutable and survives pickling."""
    doc = segmenter.analyze(digest_text)
    assert pickle.loads(pickle.dumps(doc)) == doc
    art = doc.articles[0]
    for obj in (doc, art, art.byline, art.span, doc.artifacts[0], doc.lines[0]):
        assert pickle.loads(pickle.dumps(obj)) == obj
    with pytest.raises(AttributeError):
        art.title = "x"  # type: ignore[misc]
    assert isinstance(art, Article) and isinstance(art.byline, Byline)
    assert isinstance(doc, Document) and isinstance(doc.artifacts[0], Artifact)


@pytest.mark.parametrize("error", [segmenter.SegmenterError, segmenter.InputTypeError,
                                   segmenter.PDFError, segmenter.PDFSupportError])
def test_errors_pickle(error: type[Exception]) -> None:
    """The library's errors cross process boundaries (batch runs, Dask, Spark) intact."""
    back = pickle.loads(pickle.dumps(error("what to do")))
    assert type(back) is error and str(back) == "what to do"


def test_span_validates() -> None:
    """A span cannot end before it starts."""
    with pytest.raises(ValueError):
        Span(5, 3)
    assert len(Span(2, 7)) == 5


def test_form_feeds_give_pages() -> None:
    """Form feeds number the pages, and articles list the pages they cover."""
    text = (
        "Title One\n\nJane Doe, Reuters, June 3, 2015\n\nBody text runs on and\n\f"
        "continues on the next page.\n"
    )
    [a] = segmenter.segment(text)
    assert a.pages == (1, 2)
    assert a.body == "Body text runs on and continues on the next page."


def test_wrapped_byline_in_narrow_column_is_one_byline() -> None:
    """A byline wrapped over two lines in a narrow column is read as one byline."""
    text = ("Drought forces herders south\n"
            "Sahel Dispatch, reporting from Radio Tamtam,\nAgadez, 30 April 2022\n"
            "Herders in the north began moving their cattle early this year.\n")
    [a] = segmenter.segment(text)
    assert a.byline is not None
    assert (a.byline.outlet, a.byline.via, a.byline.place) == (
        "Sahel Dispatch", "Radio Tamtam", "Agadez")
    assert a.body.startswith("Herders")


def test_title_is_not_joined_to_the_byline_after_it() -> None:
    """A title line without a comma never becomes the first half of a wrapped byline."""
    text = ("Intro Title\n\nJane Doe, Reuters, June 3, 2015\n\nBody one.\n\n* * *\n\n"
            "Iran Iran Iran Iran\nJane Doe, Reuters, January 1, 2000\n\nBody two.\n")
    titles = [a.title for a in segmenter.segment(text)]
    assert titles == ["Intro Title", "Iran Iran Iran Iran"]


def test_paginated_header_on_first_page_is_furniture() -> None:
    """A running header on top of page 1 (no form feed before it) is found with the others."""
    pages = [
        ("Water Plan Delayed", "Jane Doe, Reuters, June 3, 2015", "The council met."),
        ("Storm Season Ends", "Omar Haddad, AP, June 4, 2015", "Boats came home."),
        ("Library Opens", "Lena Berg, Die Zeit, June 5, 2015", "Readers queued early."),
    ]
    text = "\f".join(f"Weekly Digest {n}\n{t}\n{b}\n{body}\n"
                     for n, (t, b, body) in enumerate(pages, 1))
    doc = segmenter.analyze(text)
    headers = [a.text for a in doc.artifacts if a.kind == "running_header"]
    assert headers == ["Weekly Digest 1", "Weekly Digest 2", "Weekly Digest 3"]
    assert [a.title for a in doc.articles] == [t for t, _, _ in pages]


def _plain_pdf_dump(articles: list[tuple[str, str | None, list[str]]]) -> str:
    """Lay articles out as plain PDF text extraction does: one blank line before each title
    block, none between paragraphs or before sub-headings."""
    parts = []
    for title, byline, blocks in articles:
        head = title + ("\n" + byline if byline else "")
        parts.append(head + "\n" + "\n".join(blocks))
    return "\n\n".join(parts) + "\n"


_TOPIC_DUMP = [
    ("Council delays vote on river water plan", "by Ana Lima, Valley Courier, 4 March 2021", [
        "The council postponed a vote on drawing drinking water from the lower river after "
        "residents asked for an independent study of the costs of the river plan.",
        "Supporters of the water plan say the reservoir cannot keep up with demand.",
    ]),
    ("Storm season leaves fishing fleet in debt", "by Tom Keane, Coastal Weekly, 18 May 2020", [
        "Boat owners along the coast say the storm season damaged thirty vessels beyond repair "
        "and left the fishing cooperative with debts it cannot pay.",
    ]),
    ("Fishing boats", None, []),  # replaced below: a sub-heading inside the article above
    ("Library opens a room for repairs", "by Ines Carvalho, Lisbon Notes, 3 June 2023", [
        "The new library lends drills and sewing machines and runs a repair room where "
        "volunteers fix lamps, toasters and bicycles for readers every Saturday morning.",
    ]),
    ("A reader writes: the square needs trees, not parking", None, [
        "Dear editor, I cross the market square on my way to work. Summer afternoons there "
        "are unbearable without shade, and children have nowhere to play after school.",
    ]),
    ("Bees return to mountain meadows", "by Anna Keller, Alpine Letters, 19 July 2021", [
        "Wild bees came back to meadows that farmers left uncut until August, a survey of "
        "forty alpine pastures found after two summers of counting insects and flowers.",
    ]),
]


def test_bylineless_title_found_by_topic_shift_in_plain_pdf_text() -> None:
    """Where titles and sub-headings are spaced alike, a heading after which the text
    leaves the article's vocabulary starts an article; one whose text carries on the
    article's topic stays a sub-heading."""
    articles = list(_TOPIC_DUMP)
    title, byline, blocks = articles[1]
    articles[1] = (title, byline, [*blocks, "\nWho pays for the boats",
                                   "The fishing cooperative says boat owners with storm "
                                   "debts need a relief fund before the next season, and "
                                   "the coast guard agrees the fleet cannot wait."])
    del articles[2]
    text = _plain_pdf_dump(articles).replace("\n\n\nWho", "\n\nWho")
    doc = segmenter.analyze(text)
    assert [a.title for a in doc.articles] == [t for t, _, _ in articles]
    assert doc.articles[1].headings == ("Who pays for the boats",)
    letter = doc.articles[3]
    assert letter.byline is None and letter.body.startswith("Dear editor")
    title_role = next(r for r in doc.lines if r.span.start == letter.span.start)
    assert title_role.role == "title" and "vocabulary" in title_role.reason


def _two_articles_with_line_at_page_break(line: str, lead: tuple[str, str],
                                          rest: tuple[str, str]) -> str:
    """Two articles, each with ``line`` just before a page number: ``lead`` is what comes
    before it in each article, ``rest`` the lower-case continuation after the number."""
    arts = []
    for n, (title, byline) in enumerate([("Water plan delayed", "Jane Doe, Reuters, June 3, 2015"),
                                         ("Storm season ends", "Omar Haddad, AP, June 4, 2015")]):
        arts.append(f"{title}\n{byline}\n\n{lead[n]}\n{line}\n\n- {n + 1} -\n\n{rest[n]}\n")
    return "\n\n".join(arts)


@pytest.mark.parametrize(("line", "lead", "rest"), [
    pytest.param("Officials in both towns said the new rules",
                 ("The council met on Monday.", "Boats came home on Friday."),
                 ("would apply from July.", "would be checked at sea."),
                 id="repeated-sentence-start-is-not-a-running-footer"),
    pytest.param("The report on the harbour was published",
                 ("By the harbour, residents gathered", "At the port, residents gathered"),
                 ("in the spring by the port authority.", "in the spring by that port authority."),
                 id="duplicated-passage-edited-after-its-first-words-is-not-furniture"),
    pytest.param("Talks on the water plan resumed in both towns after",
                 ("Background\n", "Background\n"),
                 ("the vote.", "the summer."),
                 id="repeated-sentence-start-after-a-sub-heading-is-not-a-running-footer"),
])
def test_running_text_repeated_at_page_breaks_stays_in_bodies(
        line: str, lead: tuple[str, str], rest: tuple[str, str]) -> None:
    """A line of running text found at two page breaks stays in the bodies: a sentence
    start that the next line carries on after a finished sentence or a sub-heading, or
    a duplicated passage whose next line differs only past its first words."""
    text = _two_articles_with_line_at_page_break(line, lead, rest)
    doc = segmenter.analyze(text)
    assert [a.kind for a in doc.artifacts] == ["page_number", "page_number"]
    for art, after in zip(doc.articles, rest, strict=True):
        assert f"{line} {after.split()[0]}" in art.body  # joined across the page break


_TWO_NUMERIC_BYLINES = """Rain Falls on the Plain

Jane Doe, Reuters, {first}

The rain fell for three days on the plain and the rivers rose over their banks.
Farmers moved their herds to higher ground before the roads closed.

Wind Turns the Mills

John Roe, Associated Press, 03/05/2012

The wind turned the old mills again this spring and the village ground its own
flour for the first time in forty years. Nobody had expected it.
"""


@pytest.mark.parametrize(
    ("first", "expected"),
    [("14/03/2012", dt.date(2012, 5, 3)), ("03/14/2012", dt.date(2012, 3, 5)),
     ("2012-03-14", None)],
    ids=["day-first", "month-first", "iso-settles-nothing"],
)
def test_ambiguous_byline_date_read_in_the_order_of_the_documents_other_dates(
        first: str, expected: dt.date | None) -> None:
    articles = segmenter.segment(_TWO_NUMERIC_BYLINES.format(first=first))
    dates = [a.byline.date if a.byline else "none" for a in articles]
    assert dates[1] == expected
    assert articles[1].byline is not None and "03/05/2012" in articles[1].byline.raw


@pytest.mark.parametrize(
    ("credit", "first", "second"),
    [("Von", "Katrin Vogel", "Thomas Berger"), ("Par", "Jean Dupont", "Marie Leroy"),
     ("Por", "Ana García", "Luis Romero"), ("Di", "Marco Rossi", "Giulia Conti"),
     ("Door", "Jan de Vries", "Anna Smit"), ("By", "Jane Doe", "John Roe")],
    ids=["de", "fr", "es", "it", "nl", "en"],
)
def test_credit_line_without_a_date_starts_an_article_in_every_language(
        credit: str, first: str, second: str) -> None:
    text = (f"The Bridge Will Be Rebuilt\n\n{credit} {first}\n\n"
            "The council decided on Monday to pull down the old bridge over the river\n"
            "and to build a new one. Work is to begin in the spring.\n\n"
            f"A New Bus Line in the North\n\n{credit} {second}\n\n"
            "From next month a new bus line runs through the northern districts of the\n"
            "town. The operator promises shorter journeys to work.\n")
    articles = segmenter.segment(text)
    assert [a.title for a in articles] == ["The Bridge Will Be Rebuilt",
                                           "A New Bus Line in the North"]
    assert [a.byline.authors for a in articles if a.byline] == [(first,), (second,)]


def test_the_version_is_the_installed_distributions() -> None:
    """Regression: the version was written by hand in two places (pyproject.toml and
    the package), free to disagree."""
    import importlib.metadata

    assert segmenter.__version__ == importlib.metadata.version("article-segmenter")
    assert segmenter.errors.DISTRIBUTION == "article-segmenter"


def test_every_missing_extra_names_the_distribution_to_install() -> None:
    """Regression: the errors told users to `pip install 'segmenter[pdf]'`, which installs
    an unrelated project that took the name on the package index."""
    for extra in ("pdf", "html", "docx", "rtf"):
        command = segmenter.errors.install_command(extra)
        assert command == f"pip install 'article-segmenter[{extra}]'"
    src = Path(segmenter.__file__).parent
    for module in src.glob("*.py"):
        assert "'segmenter[" not in module.read_text(encoding="utf-8"), module.name


def test_to_row_is_flat_for_an_article_with_or_without_a_byline() -> None:
    """Regression: the README's Dask recipe wrote ``to_dict()``'s nested data to Parquet
    and failed (ArrowInvalid); flat rows are strings, integers and None only."""
    text = (Path(__file__).parent.parent / "fixtures/gold/bar-bylines-indented.txt").read_text(
        encoding="utf-8")
    rows = [a.to_row(source="digest.txt") for a in segmenter.segment(text)]
    assert all(tuple(r) == segmenter.ROW_FIELDS for r in rows)
    assert all(v is None or isinstance(v, str | int) for r in rows for v in r.values())
    bare = [r for r in rows if r["outlet"] is None]
    assert bare and bare[0]["authors"] is None and bare[0]["date"] is None
    assert rows[0]["authors"] == "Yuki Tanaka" and rows[0]["date"] == "2023-09-28"
    assert rows[0]["source"] == "digest.txt" and text[rows[0]["start"]:rows[0]["end"]]


def test_segment_logs_what_analyze_keeps_in_its_warnings(
        caplog: pytest.LogCaptureFixture) -> None:
    """segment() and iter_segment() return no Document: what its warnings would say
    (here, a document missing from an export) is logged on the "segmenter" logger."""
    text = (Path(__file__).parent.parent / "fixtures/formats/lexisnexis-harbour.txt"
            ).read_text(encoding="utf-8-sig")
    cut = text.replace(" of 3 DOCUMENTS", " of 4 DOCUMENTS")  # the fourth is not there
    warnings = segmenter.analyze(cut).warnings
    assert warnings and "missing: 4" in warnings[0]
    caplog.clear()
    with caplog.at_level("WARNING", logger="segmenter"):
        segmenter.segment(cut)
    assert [r.getMessage() for r in caplog.records] == list(warnings)
