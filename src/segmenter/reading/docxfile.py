"""DOCX input through python-docx (the ``docx`` extra), imported only when a DOCX is read.

This module is the one place where a Word document becomes segmenter's lines: each
paragraph of the body becomes a line, set apart by a blank line, its soft line breaks
kept; each table row a line of its cells; a paragraph in a heading or title style is set
larger and bold, runs in bold or a larger size keep it, as a PDF's lines do, so the
shared pipeline reads them as title candidates; the page headers and footers, and a
table of contents Word made, are marked as page furniture, which the pipeline reports
as boilerplate. python-docx opens the package and reads its styles, headers and
footers; the body's XML is walked with plain lxml elements, several times faster than
python-docx's own.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import attrs

from ..errors import (
    DocxSupportError,
    FileKindError,
    InputLimitError,
    SegmenterError,
    install_command,
)
from ..lines import LineStyle, shared_style

__all__ = ["MAX_DOCX_BYTES", "MAX_DOCX_PARTS", "MAX_DOCX_XML_BYTES", "DocxText", "docx_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R, _T, _RPR, _B, _SZ, _TAB = (_W + t for t in ("r", "t", "rPr", "b", "sz", "tab"))
_BREAKS = frozenset({_W + "br", _W + "cr"})
_BODY_SIZE = 12.0
_TITLE_SIZE = 26.0
# Type sizes of heading levels, as Word's default styles scale them.
_HEADING_SIZES = {1: 20.0, 2: 16.0, 3: 14.0, 4: 13.0}
_MIN_BOLD_SHARE = 0.9  # a paragraph this much in bold is set in bold
_TOC_PREFIX = "toc"  # Word's contents list: styles "TOC 1", "TOC Heading"
# Caps on a package, checked before it is read: its parts, the XML they inflate to (the
# parsed trees cost about ten times as much memory), and everything they inflate to
# (pictures included). An export of a thousand articles holds a few MB of XML.
MAX_DOCX_PARTS = 10_000
MAX_DOCX_XML_BYTES = 64 * 2**20
MAX_DOCX_BYTES = 1 << 30
_XML_PARTS = (".xml", ".rels")


@attrs.frozen
class DocxText:
    """The text a Word document holds and one style per line (``None`` for blanks)."""

    text: str
    styles: tuple[LineStyle | None, ...]


def docx_text(data: bytes) -> DocxText:
    """The lines of the Word document ``data``. Raises :class:`DocxSupportError` without
    python-docx (the ``docx`` extra), :class:`FileKindError` for a damaged file and
    :class:`InputLimitError` for one past the caps (``MAX_DOCX_PARTS``,
    ``MAX_DOCX_XML_BYTES``, ``MAX_DOCX_BYTES``), before it is inflated."""
    try:
        import docx
    except ImportError as e:
        raise DocxSupportError("reading DOCX files needs python-docx: "
                               + install_command("docx")) from e
    _check_package(data)  # before python-docx inflates and parses every part
    try:
        return _lines(docx.Document(io.BytesIO(data)), data)
    except (MemoryError, SegmenterError):
        raise
    except Exception as e:  # python-docx and lxml report a damaged package in many types
        raise FileKindError(f"this DOCX is damaged or truncated ({type(e).__name__}: {e}): "
                            "open and save it again in a word processor") from e


def _lines(document: Any, data: bytes) -> DocxText:
    """The lines of the opened ``document`` (its body read again from ``data``)."""
    styles = _Styles(document)
    lines: list[tuple[str, LineStyle | None]] = []
    for section in document.sections[:1]:  # the furniture repeats in every section
        _furniture(lines, section.header)
    for block in _body(data, str(document.part.partname)):
        if block.tag == _W + "p":
            _paragraph(lines, block, styles)
        elif block.tag == _W + "tbl":
            _table(lines, block, styles)
    for section in document.sections[:1]:
        _furniture(lines, section.footer)
    while lines and not lines[-1][0]:
        lines.pop()
    return DocxText("".join(t + "\n" for t, _ in lines), tuple(s for _, s in lines))


def _check_package(data: bytes) -> None:
    """Refuse, before anything is inflated, a package of more parts or more inflated
    bytes than the caps (a 767 kB DOCX inflated to 8.8 GB of parsed XML): the sizes are
    those its directory declares, which the zip reader never reads past."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise FileKindError(f"this DOCX is damaged or truncated ({e}): open and save it "
                            "again in a word processor") from e
    xml = sum(p.file_size for p in parts if p.filename.endswith(_XML_PARTS))
    total = sum(p.file_size for p in parts)
    for what, n, cap in (("parts", len(parts), MAX_DOCX_PARTS),
                         ("bytes of XML once inflated", xml, MAX_DOCX_XML_BYTES),
                         ("bytes once inflated", total, MAX_DOCX_BYTES)):
        if n > cap:
            raise InputLimitError(
                f"this DOCX holds {n:,} {what}, more than the {cap:,} segmenter reads (a "
                "compressed bomb, or a document to split into smaller ones)")


def _body(data: bytes, partname: str) -> Any:
    """The blocks of the document's body, parsed from the package again with plain lxml
    elements: python-docx's own element classes cost several times as much to walk."""
    import lxml.etree  # python-docx's own dependency

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read(partname.lstrip("/"))
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    body = lxml.etree.fromstring(xml, parser=parser).find(_W + "body")
    return body.iterchildren() if body is not None else iter(())


def _furniture(lines: list[tuple[str, LineStyle | None]], part: Any) -> None:
    """The paragraphs of a page header or footer, as furniture lines."""
    if part is None or part.is_linked_to_previous:
        return
    for p in part.paragraphs:
        text = " ".join(p.text.split())
        if text:
            lines.append((text, shared_style(_BODY_SIZE, False, True)))
    if lines and lines[-1][0]:
        lines.append(("", None))


def _paragraph(lines: list[tuple[str, LineStyle | None]], p: Any, styles: _Styles) -> None:
    """One paragraph: its lines (soft breaks kept) and a blank line after them."""
    size, bold, furniture = styles.of(p)
    parts: list[str] = []
    bold_chars = chars = 0
    for run in p.iter(_R):
        run_bold = bold
        for el in run:  # the run's properties come first, then its text
            tag = el.tag
            if tag == _T:
                text = _text(el)
                if text:
                    parts.append(text)
                    n = len(text.strip())
                    chars += n
                    bold_chars += n if run_bold else 0
            elif tag == _RPR:
                run_bold, run_size = _look(el, run_bold)
                size = max(size, run_size)
            elif tag == _TAB:
                parts.append(" ")
            elif tag in _BREAKS:
                parts.append("\n")
    texts = [" ".join(t.split()) for t in "".join(parts).split("\n")]
    style = shared_style(size, chars > 0 and bold_chars >= _MIN_BOLD_SHARE * chars, furniture)
    for text in texts:
        if text:
            lines.append((text, style))
    if lines and lines[-1][0]:
        lines.append(("", None))


def _table(lines: list[tuple[str, LineStyle | None]], table: Any, styles: _Styles) -> None:
    """A table: one line a row, its cells' text joined by bars."""
    for row in table.iter(_W + "tr"):
        cells = []
        for cell in row.iter(_W + "tc"):
            cells.append(" ".join("".join(_text(t) for t in cell.iter(_W + "t")).split()))
        text = " | ".join(c for c in cells if c)
        if text:
            lines.append((text, shared_style(_BODY_SIZE, False, False)))
    if lines and lines[-1][0]:
        lines.append(("", None))


def _text(t: Any) -> str:
    """The text of a ``w:t`` element. Entities are not resolved (a document could make
    them expand without end): a reference stays as written, "&name;", and the text after
    it is kept (it is the entity's tail, which ``.text`` leaves out)."""
    if len(t):
        return "".join(t.itertext())
    return t.text or ""


class _Styles:
    """What a paragraph's style says of its look, read once per style."""

    def __init__(self, document: Any) -> None:
        self._by_id: dict[str, tuple[float, bool, bool]] = {}
        for style in document.styles:
            name = (style.name or "").casefold()
            font = getattr(style, "font", None)
            size = font.size.pt if font is not None and font.size is not None else None
            bold = bool(font is not None and font.bold)
            level = _heading_level(name)
            if name == "title":
                size, bold = max(size or 0, _TITLE_SIZE), True
            elif level is not None:
                size, bold = max(size or 0, _HEADING_SIZES.get(level, _BODY_SIZE)), True
            self._by_id[style.style_id] = (size or _BODY_SIZE, bold,
                                           name.startswith(_TOC_PREFIX))

    def of(self, p: Any) -> tuple[float, bool, bool]:
        """(size, bold, furniture) of paragraph element ``p`` by its style."""
        found = p.find(f"{_W}pPr/{_W}pStyle")
        style_id = found.get(_W + "val") if found is not None else None
        return self._by_id.get(style_id or "", (_BODY_SIZE, False, False))


def _heading_level(name: str) -> int | None:
    """The level of a heading style ("heading 2" -> 2)."""
    word, _, number = name.partition(" ")
    return int(number) if word == "heading" and number.isdigit() else None


def _look(props: Any, bold: bool) -> tuple[bool, float]:
    """A run's weight and size from its properties (``w:rPr``): set on ``bold`` by a
    ``w:b`` flag, the size in half points (0 when not given)."""
    size = 0.0
    for prop in props:
        if prop.tag == _B:
            bold = bold or _on(prop)
        elif prop.tag == _SZ:
            size = _half_points(prop) or 0.0
    return bold, size


def _on(flag: Any) -> bool:
    """A run property set on (``<w:b/>``, ``<w:b w:val="1"/>``), not off."""
    return flag is not None and flag.get(_W + "val", "1") not in ("0", "false", "off")


def _half_points(size: Any) -> float | None:
    value = size.get(_W + "val") if size is not None else None
    return int(value) / 2 if value is not None and value.isdigit() else None
