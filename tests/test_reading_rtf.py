"""RTF files: text through striprtf, pictures cut out first, exports saved as RTF read as
their text (issue 17)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

import segmenter
from segmenter import RTFSupportError

from .exports import paragraphs, same_as_text

pytest.importorskip("striprtf")

FIXTURES = Path(__file__).parent.parent / "fixtures"
_HEAD = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"


def _escaped(line: str) -> str:
    return "".join(c if ord(c) < 128 and c not in "\\{}" else
                   f"\\'{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c)}?" for c in line)


def _as_rtf(text: str) -> bytes:
    """A text dump saved as RTF: a paragraph each, its lines kept by \\line."""
    body = "\\par\n\\par\n".join("\\line\n".join(_escaped(x) for x in p)
                                   for p in paragraphs(text))
    return (_HEAD + body + "\\par\n}").encode("ascii")


@pytest.mark.parametrize("name", ["lexisnexis-harbour", "factiva-harbour",
                                  "nexis-uni-harbour", "europresse-quotidien"])
def test_an_export_saved_as_rtf_gives_the_articles_of_its_text(name: str) -> None:
    same_as_text(name, _as_rtf)


def test_a_10_mb_picture_is_cut_out_at_once() -> None:
    """Bad file: a document holding a 10 MB picture is read in well under a second of
    work on its text (striprtf alone took 3.8 s reading the picture's digits)."""
    picture = "{\\pict\\pngblip{\\*\\blipuid 0a1b}" + "89504e47" * 1_250_000 + "}"
    story = ("{\\b Pier repairs start}\\par\\par By Maria Keller, Harbour News, June 24, "
             "2015\\par\\par The board agreed to rebuild the pier.\\par\\par ")
    data = (_HEAD + story + picture + "\\par " + story + "}").encode("ascii")
    start = time.process_time()
    doc = segmenter.analyze_file(data)
    assert time.process_time() - start < 2
    assert [a.title for a in doc.articles] == ["Pier repairs start", "Pier repairs start"]
    assert "89504e47" not in doc.text


def test_escapes_in_the_declared_code_page() -> None:
    data = (_HEAD.replace("1252", "1251") + "\\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}").encode()
    assert segmenter.analyze_file(data).text.strip() == "Привет"


def test_without_striprtf_rtf_raises_the_librarys_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "striprtf", None)
    with pytest.raises(RTFSupportError, match=r"pip install 'article-segmenter\[rtf\]'"):
        segmenter.segment_file((FIXTURES / "rtf" / "press-review.rtf").read_bytes())


def test_the_page_header_and_footer_are_boilerplate_not_lost() -> None:
    """Regression: striprtf drops a document's page header and footer, so their text
    was in no article, no artifact and not in ``Document.text``."""
    rtf = (_HEAD + "{\\header\\pard\\qr Harbour Press Review\\par}\n"
           "{\\footerf\\pard Page 1\\par}{\\footer\\pard Printed for subscribers\\par}\n"
           "\\pard\\sectd\\headery720 Pier repairs to start before the storms\\par\n\\par\n"
           "By Maria Keller, Harbour News, June 24, 2015\\par\n\\par\n"
           "The harbour board met on Monday and agreed to rebuild the north pier.\\par\n}")
    doc = segmenter.analyze_file(rtf.encode("ascii"))
    assert doc.text.startswith("Harbour Press Review\n\nPier repairs")
    assert doc.text.endswith("north pier.\n\nPage 1\nPrinted for subscribers\n")
    assert [a.title for a in doc.articles] == ["Pier repairs to start before the storms"]
    kept = [a.text for a in doc.artifacts if a.kind == "boilerplate"]
    assert kept == ["Harbour Press Review", "Page 1\nPrinted for subscribers"]
    assert "Page 1" not in doc.articles[0].body
