"""Counters: rising document counters of exports and digests are artifacts and
boundaries, found by sequence, in any language of the lexicon."""

from __future__ import annotations

import pytest

import segmenter
from segmenter.lines import split_lines
from segmenter.marking.artifacts import read_artifacts

_BODIES = [
    ("Ferries cancelled 385 times in five months",
     "The ferry operator cancelled crossings 385 times between January and May, the\n"
     "port authority said on Friday, blaming staff shortages and old boats.\n"),
    ("Port plans new terminal",
     "The port authority presented plans for a new terminal on the north quay. Work is\n"
     "to begin next spring and last two years, the authority said.\n"),
    ("Fishermen protest quota cuts",
     "Fishermen blocked the harbour entrance for two hours on Tuesday to protest\n"
     "against cuts to this year's quotas. Police asked them to leave.\n"),
    ("Lighthouse to be restored",
     "The old lighthouse on the south pier will be restored with money from a\n"
     "heritage fund, the town council decided on Wednesday evening.\n"),
]


def _export(counter: str, keep: tuple[int, ...] = (1, 2, 3, 4)) -> str:
    parts = ["Search terms: harbour\nDocuments: 4\n\n"]
    for n, (title, body) in enumerate(_BODIES, 1):
        if n in keep:
            parts.append(f"{counter.format(n=n, m=len(_BODIES))}\n\n{title}\n\n{body}\n")
    return "".join(parts)


_COUNTERS = ["{n} of {m} DOCUMENTS", "Document {n} of {m}", "Dokument {n} von {m}",
             "Message: {n}", "Documento {n} de {m}", "  {n} of {m} DOCUMENTS  "]


@pytest.mark.parametrize("counter", _COUNTERS,
                         ids=["lexisnexis", "proquest", "de", "digest", "es", "centred"])
def test_rising_counters_are_boundaries_and_artifacts(counter: str) -> None:
    doc = segmenter.analyze(_export(counter))
    assert [a.title for a in doc.articles] == [t for t, _ in _BODIES]
    assert [a.kind for a in doc.artifacts] == ["counter"] * 4
    assert all("DOCUMENTS" not in a.body and "ocument" not in a.body for a in doc.articles)


def test_export_of_many_documents_is_not_one_article() -> None:
    """Regression: a ProQuest-style export of documents without bylines came back as one
    article."""
    counter = "Document {n} of {m}"
    text = "".join(_export(counter) for _ in range(1))
    assert len(segmenter.segment(text)) == 4


def _part(first: int, keep: tuple[int, ...], total: int = 2146) -> str:
    """An export's documents ``first``, ``first + 1``, ... of ``total``, those at the
    places ``keep`` (from 0) only."""
    return "".join(f"{first + n} of {total} DOCUMENTS\n\n{title}\n\n{body}\n"
                   for n, (title, body) in enumerate(_BODIES) if n in keep)


def test_a_file_holding_part_of_an_export_is_not_warned_about() -> None:
    """Regression: a file of documents 2001 to 2004 of an export of 2146 (downloaded in
    parts) was warned to miss documents 1 to 2000 (issue 15)."""
    doc = segmenter.analyze(_part(2001, keep=(0, 1, 2, 3)))
    assert len(doc.articles) == 4 and doc.warnings == ()


def test_a_document_missing_inside_part_of_an_export_is_reported() -> None:
    doc = segmenter.analyze(_part(2001, keep=(0, 1, 3)))
    assert ("the file holds documents 2001 to 2004 of an export of 2146; 3 counters found "
            "(missing: 2003)") in doc.warnings


def test_a_document_missing_from_the_numbers_is_reported() -> None:
    doc = segmenter.analyze(_export("{n} of {m} DOCUMENTS", keep=(1, 2, 4)))
    assert len(doc.articles) == 3
    assert "the export numbers 4 documents; 3 counters found (missing: 3)" in doc.warnings


def test_exports_saved_one_after_another_keep_every_document() -> None:
    """Regression: with two exports in one file, each counting from 1 again, only the
    first export's counters were kept; the second export's documents became the body of
    the first export's last one (and, repeated, the windows grew without end)."""
    text = _export("{n} of {m} DOCUMENTS") + _part(1, keep=(0, 1), total=2)
    doc = segmenter.analyze(text)
    titles = [t for t, _ in _BODIES]
    assert [a.title for a in doc.articles] == [*titles, *titles[:2]]
    assert [a.kind for a in doc.artifacts].count("counter") == 6
    assert doc.warnings == ()  # the two exports state different totals: nothing to check


def test_all_documents_counted_give_no_warning() -> None:
    doc = segmenter.analyze(_export("{n} of {m} DOCUMENTS"))
    assert not any("export numbers" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Document 3 of 9\nText\nDocument 3 of 9\nText\n",  # does not rise
        "Message 4 was sent.\nText\nMessage 5 was sent on Monday with 40 words in it.\n",
        "Page 1\nText\nPage 2\nText\nPage 3\n",  # page markers, no counter word
        "See document 1 of the annex, which lists the ferry routes in detail and more.\n",
    ],
    ids=["no-rise", "prose", "page-markers", "long-line"],
)
def test_no_counter_without_a_rising_counter_line(text: str) -> None:
    assert read_artifacts(split_lines(text))[1].numbers == {}


def test_counter_words_in_prose_lines_are_no_counters() -> None:
    text = "Message 4 was sent.\nText\nMessage 5 was sent.\n"
    found = read_artifacts(split_lines(text))[1]
    assert found.numbers == {}  # the numbers rise, but the template differs ("was sent")
