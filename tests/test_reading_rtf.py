"""RTF files: text through striprtf, pictures cut out first, exports saved as RTF read as
their text (issue 17)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

import segmenter
from segmenter import RTFSupportError
from segmenter.cli import main

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


def test_rtf_emoji_are_one_character_not_lone_surrogates(tmp_path: Path) -> None:
    """Regression (issue 26.3): RTF writes a character beyond U+FFFF as two signed \\uN
    halves; they were left as lone surrogates, which no UTF-8 output could write (-o
    JSON, JSONL and CSV crashed). The halves are one character; a half alone is U+FFFD."""
    story = ("{\\b Harbour smiles \\u-10179?\\u-8704?}\\par\\par By Maria Keller, Harbour "
             "News, June 24, 2015\\par\\par The pier reopens \\u-10179?\\u-8704? today, "
             "half \\u-10179? a sign.\\par}")
    path = tmp_path / "emoji.rtf"
    path.write_bytes((_HEAD + story).encode("ascii"))
    doc = segmenter.analyze_file(path)
    assert doc.articles[0].title == "Harbour smiles \U0001f600"
    assert "reopens \U0001f600 today, half \ufffd a sign." in doc.articles[0].body
    doc.text.encode("utf-8")  # raises on a lone surrogate
    for kind in ("json", "jsonl", "csv"):
        out = tmp_path / f"out.{kind}"
        assert main([str(path), "--format", kind, "-o", str(out)]) == 0
        assert "\U0001f600" in out.read_text(encoding="utf-8")


def test_nested_page_header_groups_are_read_once() -> None:
    """Regression (issue 26.7): page-header groups nested in each other were each read
    with all they hold (86 kB took 44 s); the outermost is read once, so 8,000 levels
    (80 kB) cost a few hundredths of a second and the article after them is intact."""
    n = 8_000
    story = ("{\\b Pier repairs start}\\par\\par By Maria Keller, Harbour News, June 24, "
             "2015\\par\\par The board agreed to rebuild the pier.\\par\\par ")
    data = (_HEAD + "{\\header " * n + "Harbour News" + "}" * n + story + "}").encode()
    start = time.process_time()
    doc = segmenter.analyze_file(data)
    assert time.process_time() - start < 1
    assert [a.title for a in doc.articles] == ["Pier repairs start"]


def test_a_binary_blob_is_passed_over_by_its_count() -> None:
    """Regression (issue 26.7): the bytes after \\binN are data; braces and words among
    them were read as the document's (the text after the blob was lost, binary in a
    body). Inside a picture group or on its own, the blob is cut out by its count."""
    story = ("{\\b Pier repairs start}\\par\\par By Maria Keller, Harbour News, June 24, "
             "2015\\par\\par The board agreed to rebuild the pier.\\par\\par ")
    blob = b"}}{{ stray words {\\b x}"
    bin_ = b"\\bin" + str(len(blob)).encode() + b" " + blob
    data = ((_HEAD + story).encode() + b"{\\*\\shppict{\\pict\\pngblip" + bin_ + b"}}"
            + bin_ + b"After the blobs.\\par\\par " + story.encode() + b"}")
    doc = segmenter.analyze_file(data)
    assert "stray" not in doc.text
    assert "After the blobs." in doc.text
    assert [a.title for a in doc.articles] == ["Pier repairs start", "Pier repairs start"]
