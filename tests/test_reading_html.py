"""HTML files: a saved page's blocks, headings and furniture read through lxml, the
export formats read from their HTML saves as from their text, hostile pages (issue 17)."""

from __future__ import annotations

import html
import sys
import time
from pathlib import Path

import pytest

import segmenter
from segmenter import HTMLSupportError

from .exports import paragraphs, same_as_text

pytest.importorskip("lxml")

from segmenter.reading.htmlfile import html_text

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _page(body: str, head: str = "<meta charset='utf-8'>") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def _as_html(text: str) -> bytes:
    """A text dump saved as HTML: each paragraph a <p>, its lines kept by <br>."""
    return _page("".join("<p>" + "<br>\n".join(html.escape(line) for line in p) + "</p>\n"
                         for p in paragraphs(text)))


@pytest.mark.parametrize("name", ["factiva-harbour", "factiva-german", "nexis-uni-harbour",
                                  "lexisnexis-harbour", "proquest-harbour",
                                  "europresse-quotidien", "mailman-digest"])
def test_an_export_saved_as_html_gives_the_articles_of_its_text(name: str) -> None:
    """The export readers read an HTML save of an export as they read its text."""
    same_as_text(name, _as_html)


def test_headings_are_title_candidates_set_larger_and_bold() -> None:
    read = html_text(_page("<h1>A headline</h1><p>Text with <b>bold</b> words.</p>"
                           "<p><strong>All bold</strong></p><h3>Sub</h3>"))
    lines = read.text.splitlines()
    styles = dict(zip(lines, read.styles, strict=True))
    assert styles["A headline"] is not None and styles["A headline"].size > 12
    assert styles["A headline"].bold
    assert styles["All bold"] is not None and styles["All bold"].bold
    assert styles["Text with bold words."] is not None
    assert not styles["Text with bold words."].bold


def test_scripts_styles_and_comments_are_dropped_and_breaks_kept() -> None:
    read = html_text(_page("<p>One<br>two</p><script>var p = '<p>no</p>';</script>"
                           "<style>p { color: red }</style><!-- a comment -->"
                           "<pre>a  b\n c</pre><p>last</p>",
                           head="<title>Title</title><script>x()</script>"))
    assert read.text == "One\ntwo\n\na  b\n c\n\nlast\n"


def test_a_pages_menus_and_footer_are_boilerplate() -> None:
    """Regression: a saved page's menu and footer were the first and last article's
    text (the HTML had to be converted by hand, menus included)."""
    doc = segmenter.analyze_file(FIXTURES / "html" / "news-page.html")
    assert [a.title for a in doc.articles] == [
        "Pier repairs to start before the winter storms", "Ferry timetable changes from July"]
    kept = " ".join(a.text for a in doc.artifacts if a.kind == "boilerplate")
    assert "Sport" in kept and "All rights reserved" in kept and "Related stories" in kept
    assert not any("Home" in a.body or "Privacy" in a.body for a in doc.articles)


def test_a_declared_charset_is_read_and_a_missing_one_guessed() -> None:
    latin = "<p>Caf\u00e9 cr\u00e8me</p>"
    declared = _page(latin, head="<meta charset='iso-8859-1'>").decode("utf-8").encode("latin-1")
    assert html_text(declared).text == "Café crème\n"
    bare = f"<html><body>{latin}</body></html>".encode("cp1252")
    read = html_text(bare)
    assert read.text == "Café crème\n" and read.warning is not None


def test_a_deeply_nested_page_is_read_at_once() -> None:
    """10^5 nested elements: a result in well under a second, no recursion error."""
    deep = ("<div>" * 100_000 + "deep text" + "</div>" * 100_000).encode()
    start = time.process_time()
    segmenter.analyze_file(b"<!DOCTYPE html><html><body>" + deep + b"</body></html>")
    assert time.process_time() - start < 5


def test_an_empty_or_broken_page_gives_no_article() -> None:
    assert segmenter.segment_file(b"<html></html>") == []
    assert segmenter.segment_file(b"<!DOCTYPE html><html><body><p>") == []


def test_without_lxml_html_raises_the_librarys_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lxml", None)
    monkeypatch.setitem(sys.modules, "lxml.html", None)
    monkeypatch.setitem(sys.modules, "lxml.etree", None)
    with pytest.raises(HTMLSupportError, match=r"pip install 'article-segmenter\[html\]'"):
        segmenter.segment_file(_page("<p>text</p>"))


def test_segment_file_gives_the_articles_analyze_file_gives() -> None:
    page = (FIXTURES / "html" / "news-page.html").read_bytes()
    assert segmenter.segment_file(page) == list(segmenter.analyze_file(page).articles)


def test_a_long_page_is_let_go_as_it_is_read() -> None:
    """Regression: the whole tree of a page was kept while its lines were made (a 50 MB
    page took 560 MB); now each element read is taken out of the tree, so a page of many
    articles gives all of them, in order."""
    body = "".join(f"<h2>Item {n}</h2><p>By Ann Lee, City News, June {n % 28 + 1}, 2015</p>"
                   f"<p>Text of item {n} runs on here for a while.</p>" for n in range(300))
    read = html_text(_page(body))
    assert read.text.count("Text of item") == 300
    assert read.text.index("Item 299") > read.text.index("Item 298")


def test_utf8_bytes_declared_as_latin1_are_read_as_utf8() -> None:
    """Regression: a saved page whose bytes are UTF-8 but whose meta tag says ISO-8859-1
    (export tools write such pages) came back as mojibake ("HumanitÃ©")."""
    page = _page("<p>l'Humanité, jeudi</p>", head="<meta charset='ISO-8859-1'>")
    assert html_text(page).text == "l'Humanité, jeudi\n"


def test_an_empty_first_cell_adds_no_bar() -> None:
    read = html_text(_page("<table><tr><td> </td><td>news·2012</td></tr>"
                           "<tr><td>Dep.</td><td>07:00</td></tr></table>"))
    assert read.text == "news·2012\nDep. | 07:00\n"


def _coded_article(title: str, outlet: str, number: str) -> str:
    rows = [("HD", title), ("WC", "96 words"), ("PD", "14 March 2019"), ("SN", outlet),
            ("SC", "HARBT"), ("LA", "English")]
    table = "".join(f"<tr><td><b>{code}</b></td><td>{value}</td></tr>" for code, value in rows)
    return (f"<table>{table}</table><p>LP</p><p>Pilots ended their strike on Monday after "
            f"the port agreed to their terms.</p><p>TD</p><p>Ferries run again today.</p>"
            f"<table><tr><td><b>AN</b></td><td><div>Document {number}</div></td></tr></table>")


def test_factivas_article_format_tables_read_as_its_coded_layout() -> None:
    """Regression: Factiva's HTML article format sets each field as a table row, its
    code in the first cell ("HD | Harbour pilots end their strike"): the coded layout
    was not seen, and the codes came back as titles ("PG | 26")."""
    page = _page("<div>Factiva</div><div>Dow Jones</div>"
                 + _coded_article("Harbour pilots end their strike", "The Harbour Times",
                                  "HARBT00020190314ef3e0001")
                 + _coded_article("Ferry fares to rise in May", "Coast Gazette",
                                  "COASTG0020190314ef3e0002"))
    doc = segmenter.analyze_file(page)
    assert doc.format == "factiva"
    assert [(a.title, a.byline and a.byline.outlet) for a in doc.articles] == [
        ("Harbour pilots end their strike", "The Harbour Times"),
        ("Ferry fares to rise in May", "Coast Gazette")]
    assert html_text(_page("<table><tr><td>Dep.</td><td>07:00</td></tr></table>")).text == (
        "Dep. | 07:00\n")  # a row that is no code and value stays one line


def test_two_line_breaks_in_a_row_leave_an_empty_line() -> None:
    """Regression: Europresse's HTML sets its title apart with "<br><br>" inside one
    table cell: read as one block, the title and the first paragraph ran together and the
    paragraph came back as the title."""
    read = html_text(_page("<td>Politique, jeudi 5 octobre 2013<br><br><span>A heading</span>"
                           "<br><br>Some text.<br>More text.</td>"))
    assert read.text == ("Politique, jeudi 5 octobre 2013\n\nA heading\n\nSome text.\n"
                         "More text.\n")


def test_a_class_or_style_attribute_sets_a_lines_size_and_weight() -> None:
    """LexisNexis' HTML sets its headline with a class (14pt bold), not a heading tag."""
    read = html_text(_page(
        "<p class='c6'><span class='c7'>A headline</span></p>"
        "<p class='c9'><span class='c2'>Body text in ten points.</span></p>"
        "<p><span style='font-weight: 700; font-size: 16px'>Inline</span></p>",
        head="<meta charset='utf-8'><style><!--\n.c2 { font-size: 10pt; }\n"
             "/* .c2 { font-size: 30pt } */ span.c7 { font-size: 14pt; font-weight: bold }\n"
             "div .c9 { font-size: 40pt }\n--></style>"))
    looks = {t: (s.size, s.bold) for t, s in zip(read.text.splitlines(), read.styles,
                                                 strict=True) if s is not None}
    assert looks == {"A headline": (14.0, True), "Body text in ten points.": (10.0, False),
                     "Inline": (12.0, True)}


def test_a_rubric_above_a_europresse_title_set_apart_is_no_title() -> None:
    """Regression: a Europresse HTML save titled a document by the rubric above its
    headline ("MEDIAS", "Economy Pages") where the page sets the headline in bold and no
    author line follows it."""
    def doc(rubric: str, title: str, author: str) -> str:
        return (f"<article><header><div><span class='DocPublicationName'>Le Courrier</span>"
                f"</div><div><span class='DocHeader'>Culture, mardi 14 mars 2006, p. 16"
                f"</span></div><div><p>{rubric}</p></div><div class='titreArticle'>"
                f"<p class='titreArticleVisu'>{title}</p></div>"
                + (f"<div>{author}</div>" if author else "") + "</header>"
                f"<section><p>The first paragraph of the text, long enough to read.</p>"
                f"<p>A second paragraph.</p></section><footer><small>© 2006 Le Courrier. "
                f"Tous droits réservés.</small><p>Numéro de document : news·2006031"
                f"{len(title)}</p></footer></article>")
    page = _page(doc("MEDIAS", "The radio turns fifty", "Claire Dumont")
                 + doc("Economy Pages", "Harbour fees rise", ""),
                 head="<meta charset='utf-8'><style>.titreArticleVisu{font-size:1.0909em;"
                      "font-weight:bold}</style>")
    got = segmenter.analyze_file(page)
    assert got.format == "europresse"
    assert [(a.title, a.byline and a.byline.authors) for a in got.articles] == [
        ("The radio turns fifty", ("Claire Dumont",)), ("Harbour fees rise", ())]


def test_a_page_nested_past_the_parsers_depth_loses_no_text() -> None:
    """Regression (issue 26.6): the HTML parser stops at 255 levels, and everything after
    was dropped without a word (255 of 600 unclosed <div> paragraphs kept). The page is
    read again with the tags past 200 levels as line breaks, and a warning says so."""
    markup = ("<html><body>" + "".join(f"<div><p>Paragraph {i} of the page.</p>"
                                       for i in range(600)) + "</body></html>").encode()
    page = html_text(markup)
    assert [line for line in page.text.splitlines() if line] == [
        f"Paragraph {i} of the page." for i in range(600)]
    assert page.warning is not None and "255 levels" in page.warning
    doc = segmenter.analyze_file(markup)
    assert any("255 levels" in w for w in doc.warnings)
    assert html_text(b"<html><body><div><p>Shallow.</p></div></body></html>").warning is None


def test_a_tag_with_a_million_attributes_is_read_at_once() -> None:
    """Regression (issue 26.6): libxml2 checks each attribute against the others (10^6
    attributes took over 600 s); a start tag longer than 64 kB loses its attributes
    before parsing, its text kept."""
    many = " ".join(f'a{i}="x"' for i in range(1_000_000))
    markup = f"<html><body><p {many}>Hello there.</p><p>After it.</p></body></html>".encode()
    start = time.process_time()
    page = html_text(markup)
    assert time.process_time() - start < 2
    assert page.text == "Hello there.\n\nAfter it.\n"


def test_style_sheets_cost_linear_time_and_are_capped() -> None:
    """Regression (issue 26.6): style sheets cost 8 µs a character (10 MB of <style> took
    75 s; a rule with over 2,000 characters of selectors rescanned them at every one).
    The sheets are read in one pass, and a page's first 2 MB of them only."""
    body = "".join(f"<h2>Title {i}</h2><p>Body text of article {i}.</p>" for i in range(50))
    bad = "<style>" + ("x" * 3000 + "{" + "y" * 9000 + "}") * 800 + "</style>"
    rules = "<style>" + ".c1 { font-size: 10pt } " * 40_000 + "</style>"
    for sheets in (bad, rules * 10):
        markup = f"<html><head>{sheets}</head><body>{body}</body></html>".encode()
        start = time.process_time()
        page = html_text(markup)
        assert time.process_time() - start < 3
        assert page.text.count("Title") == 50


def test_a_record_pages_template_is_boilerplate_and_its_credits_open_the_articles() -> None:
    """Regression: a press archive's page of records (a source line over a kicker and
    the headline, a sidebar of labels and buttons, "Back to top" after each) gave the
    sidebar's labels as titles ("Article", "<BIB>", "Back to top") and their lines in
    the bodies, and each headline as body text under the source line."""
    doc = segmenter.analyze_file(FIXTURES / "html" / "archive-records.html")
    assert doc.format is None
    assert [a.title for a in doc.articles] == [
        "Dock workers vote to strike over night shifts", "Ferry fares to rise by a tenth in June",
        "Library to open on Sundays from the summer", "Storm closes the coast road for a day"]
    bylines = [a.byline for a in doc.articles]
    assert all(b is not None for b in bylines)
    assert [(b.outlet, str(b.date), b.authors) for b in bylines if b is not None] == [
        ("The Harbour Times", "2024-05-03", ("Ana Costa",)),
        ("Harbour Evening News", "2024-05-02", ("Tom Reilly",)),
        ("The Harbour Times", "2024-04-30", ("Mei Lin",)),
        ("Harbour Evening News", "2024-04-28", ("Sam Okafor",))]
    template = ("Back to top", "Save", "<RIS>", "Find similar articles", "Published |",
                "All rights reserved", "Local news")
    for a in doc.articles:
        assert not any(t in a.body or t in (a.title or "") for t in template)
        assert a.paragraphs[-1].endswith(".")  # the article's last paragraph is its own
    kept = " ".join(a.text for a in doc.artifacts if a.kind == "boilerplate")
    assert all(kept.count(t) == 4 for t in ("Back to top", "<BIB>", "Find similar articles"))


def test_a_line_a_few_records_repeat_is_no_template() -> None:
    """A headline or a credit that several records share stands in too few of them to
    be the template's; a label in every record is."""
    from segmenter.reading.template import template_lines

    texts, places = [], []
    for n in range(10):
        record = ("div.record", 10 * n)
        for text, block in [("Source", ("div.info", 10 * n + 1)),
                            ("Same headline" if n < 4 else f"Headline {n}", ("h2.title", 10 * n + 2)),
                            (f"Body {n}. " * 20, ("div.text", 10 * n + 3))]:
            texts.append(text)
            places.append((record, block))
    found = template_lines(texts, places, [False] * len(texts))
    assert {texts[i] for i in found} == {"Source"}


def test_class_names_set_a_headline_apart_from_its_kicker() -> None:
    read = html_text(_page("<div class='docKicker'>Port dispute</div>"
                           "<div class='article-headline'>Dock workers vote</div>"
                           "<div class='text'>Body text.</div>"))
    styles = dict(zip(read.text.splitlines(), read.styles, strict=True))
    head, kicker, body = styles["Dock workers vote"], styles["Port dispute"], styles["Body text."]
    assert head is not None and kicker is not None and body is not None
    assert head.size > kicker.size > body.size and head.bold


def test_a_standfirst_over_an_author_line_starts_no_article(tmp_path: Path) -> None:
    """Regression: a record's standfirst (set as a teaser, under the headline) was read
    as the title of an article the author line under it opened."""
    records = "".join(
        f"<div class='record'><div class='doc'><p class='source'>The Harbour Times, "
        f"{day}.05.2024</p><p class='docTitle'>Headline number {day}</p>"
        f"<p class='teaser'>A standfirst without a full stop {day}</p>"
        f"<p class='author'>By Ana Costa</p><p class='text'>The article's text begins here "
        f"and runs on for a while, as articles do, until it ends on day {day}.</p></div>"
        f"<div class='top'>Back to top</div></div>" for day in (11, 12, 13))
    page = tmp_path / "records.html"
    page.write_bytes(_page(records))
    articles = segmenter.segment_file(page)
    assert [a.title for a in articles] == [f"Headline number {d}" for d in (11, 12, 13)]
    assert all(a.byline is not None and a.byline.authors == ("Ana Costa",) for a in articles)
