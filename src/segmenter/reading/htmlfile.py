"""HTML input through lxml (the ``html`` extra), imported only when an HTML file is read.

This module is the one place where lxml's elements become segmenter's lines: each block
(paragraph, heading, list item, table row) becomes a line of its own, blocks set apart
by a blank line, ``<br>`` and ``<pre>`` keeping their line breaks; headings carry a
larger type size and bold runs their weight, as a PDF's lines do, so the shared pipeline
reads them as title candidates; scripts, styles and comments are dropped; the lines of a
saved page's navigation, banner and footer are marked as page furniture, which the
pipeline reports as boilerplate. lxml, not selectolax: its parser stops a document
nested 100,000 levels deep at once where lexbor's took 30 s, and it gives end events.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import io
from typing import Any

import attrs
import regex

from ..errors import HTMLSupportError, install_command
from ..lines import LineStyle, shared_style
from .classes import heading_look, named_furniture
from .css import BODY_SIZE, Look, declared, style_sheet
from .decode import decode_bytes
from .template import Place, template_lines

__all__ = ["HTMLText", "html_text"]

# Type sizes of headings, as browsers' default style sheets scale them.
_HEADING_SIZES = {"h1": 24.0, "h2": 18.0, "h3": 14.0, "h4": 12.5, "h5": 12.0, "h6": 12.0}
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    *_HEADING_SIZES,
})
_DROPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "math",
                      "iframe", "object", "canvas", "select", "button", "textarea"})
_BOLD = frozenset({"b", "strong", "th"})
# Inline elements that change nothing but the text's look or link: without attributes,
# they are read at once (most elements of a page are these).
_INLINE = frozenset({"a", "em", "i", "span", "u", "small", "cite", "q", "abbr", "time",
                     "sub", "sup", "code", "mark", "s", "font", "label"})
_LINES = frozenset({"br", "tr", "li", "dt", "dd"})  # blocks that end a line, not a paragraph
_CELLS = frozenset({"td", "th"})
_BREAKS = _BLOCKS | _CELLS | {"br"}  # elements whose start may end a line
# A field's code in a row's first cell ("HD", "PD", "SN"). Bound: fullmatch of a capped
# run of capitals.
_CODE = regex.compile(r"[A-Z]{2,4}")
# Elements that are a page's furniture by their tag or role (inside an article or main,
# a header is the article's own: its headline).
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "fieldset"})  # (a form's group)
_OWN_HEADER = frozenset({"article", "main"})
_MIN_BOLD_SHARE = 0.9  # a line this much in bold is set in bold
_HEAD_BYTES = 4096  # a declared charset stands within the first bytes
# A charset declared in a meta tag or an XML declaration. Bound: searched in the first
# 4 kB; a literal, a capped space run, an optional quote, one capped class run.
_CHARSET = regex.compile(rb"""(?:charset|encoding)\s{0,3}=\s{0,3}["']?([A-Za-z0-9_.:-]{1,40})""",
                         regex.IGNORECASE)


# A start tag longer than this many bytes loses its attributes before parsing: libxml2
# checks each attribute against the others (a million took over 600 s); a page's own
# tags are far shorter. Bound: a literal, a capped name, then a run that cannot pass the
# next angle bracket, so each bracket starts at most one scan.
_LONG_TAG = regex.compile(rb"<([A-Za-z][A-Za-z0-9:-]{0,30})[^<>]{65536,}>")
# Any tag, for the flattening of a page nested past the parser's limit. Bound: a
# literal, an optional slash, a capped name, a capped run that cannot pass a bracket.
_TAG = regex.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})[^<>]{0,65536}>")
_VOID = frozenset({b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input",
                   b"link", b"meta", b"source", b"track", b"wbr"})
_MAX_SHEETS = 2_000_000  # characters of style sheets read from a page (then none)
_MAX_DEPTH = 200  # levels kept when a page nests deeper than the parser reads (255)
_DEEP_WARNING = ("the page nests its elements more than 255 levels deep, deeper than the "
                 "HTML parser reads: the tags past 200 levels were read as line breaks")


@attrs.frozen
class HTMLText:
    """The text an HTML document holds, one style per line (``None`` for blank lines),
    and the encoding its bytes were read in, with a warning when it was guessed."""

    text: str
    styles: tuple[LineStyle | None, ...]
    warning: str | None = None


def html_text(data: bytes) -> HTMLText:
    """The lines of the HTML document ``data``, read as it is parsed: the elements read
    are let go, so memory follows the text, not the tree. Raises
    :class:`HTMLSupportError` when lxml is not installed (the ``html`` extra)."""
    try:
        import lxml.etree
    except ImportError as e:
        raise HTMLSupportError("reading HTML needs lxml: " + install_command("html")) from e
    markup, warning = _utf8(data)
    markup = _LONG_TAG.sub(_bare_tag, markup)  # the parser is quadratic in attributes
    walk = _Walk()
    if _parsed(lxml.etree, markup, walk):
        walk = _Walk()  # read again, the elements past the parser's depth flattened
        _parsed(lxml.etree, _flattened(markup), walk)
        warning = "; ".join(w for w in (warning, _DEEP_WARNING) if w)
    walk.flush(blank=True)
    lines = walk.lines
    while lines and not lines[-1][0]:
        lines.pop()
        walk.places.pop()
    return HTMLText("".join(t + "\n" for t, _ in lines), _templated(lines, walk.places), warning)


def _templated(lines: list[tuple[str, LineStyle | None]],
               places: list[Place | None]) -> tuple[LineStyle | None, ...]:
    """The lines' styles, those the page's template prints in every record marked so."""
    styles = [s for _, s in lines]
    texts = [t for t, _ in lines]
    for i in template_lines(texts, places, [s is not None and s.furniture for s in styles]):
        style = styles[i]
        if style is not None:
            styles[i] = shared_style(style.size, style.bold, style.furniture, template=True)
    return tuple(styles)


def _parsed(etree: Any, markup: bytes, walk: _Walk) -> bool:
    """Read ``markup`` into ``walk``; whether the parser stopped short at its depth limit
    (255 levels: what follows would be lost)."""
    events = etree.iterparse(io.BytesIO(markup), events=("start", "end"), html=True,
                             encoding="utf-8", remove_comments=True, remove_pis=True,
                             no_network=True)
    collecting = gc.isenabled()
    gc.disable()  # the walk makes many small objects and no cycles: no collection needed
    try:
        with contextlib.suppress(etree.XMLSyntaxError):  # nothing left to read
            _read(events, walk)
    finally:
        if collecting:
            gc.enable()
    return any(e.message.startswith("Excessive depth") for e in events.error_log)


def _bare_tag(m: Any) -> bytes:
    """A start tag too long to parse (thousands of attributes) without its attributes."""
    return b"<" + bytes(m.group(1)) + b">"


def _flattened(markup: bytes) -> bytes:
    """``markup`` with the tags nested more than ``_MAX_DEPTH`` deep made line breaks, so
    that the parser reads their text instead of stopping. Depth is counted from the tags
    as written (an element closed implicitly still counts): only a page the parser could
    not read whole is read this way."""
    depth = 0
    parts: list[bytes] = []
    at = 0
    for m in _TAG.finditer(markup):
        name = m.group(2).lower()
        if name in _VOID or m.group(0).endswith(b"/>"):
            continue
        closing = bool(m.group(1))
        deep = depth >= _MAX_DEPTH if not closing else depth > _MAX_DEPTH
        depth = max(depth - 1, 0) if closing else depth + 1
        if deep:
            parts += (markup[at : m.start()], b"<br>")
            at = m.end()
    parts.append(markup[at:])
    return b"".join(parts)


def _read(events: Any, walk: _Walk) -> None:
    """Walk the parser's ``events``. An element's text is complete only at the event
    after its start, and its tail at the event after its end: each is read then, and an
    element whose tail is read is taken out of the tree."""
    text_of = tail_of = None
    dropped = 0  # depth inside a dropped element (a script, a style)
    for event, el in events:
        if text_of is not None:
            if text_of.text:
                walk.text(text_of.text)
            text_of = None
        if tail_of is not None:
            if tail_of.tail:
                walk.text(tail_of.tail)
            parent = tail_of.getparent()
            if parent is not None:
                parent.remove(tail_of)  # read: let it go
            tail_of = None
        if event == "start":
            if dropped or walk.dropped(el):
                dropped += 1
            else:
                walk.start(el)
                text_of = el
        else:
            if dropped:
                dropped -= 1
                if el.tag == "style" and el.text and walk.sheet_chars < _MAX_SHEETS:
                    walk.sheet_chars += len(el.text)
                    walk.sheet.update(style_sheet(el.text))
            else:
                walk.end(el)
            el.clear(keep_tail=True)
            if not dropped:
                tail_of = el


def _utf8(data: bytes) -> tuple[bytes, str | None]:
    """The markup in UTF-8, and a warning when its encoding was guessed. Bytes that are
    UTF-8 are read as UTF-8 whatever the page declares (saved pages often declare
    another: valid UTF-8 is almost never an accident); else in the declared charset;
    else as text files are read."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data.removeprefix(codecs.BOM_UTF8), None
    declared = _CHARSET.search(data, 0, _HEAD_BYTES)
    if declared is not None:
        try:
            text = data.decode(codecs.lookup(declared.group(1).decode("ascii")).name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: read as text files are
        else:
            return text.removeprefix("\ufeff").encode("utf-8"), None
    decoded = decode_bytes(data)
    return decoded.text.encode("utf-8"), decoded.warning


@attrs.define
class _Walk:
    """The lines made so far, and the state of the element walk."""

    lines: list[tuple[str, LineStyle | None]] = attrs.field(factory=list)
    parts: list[str] = attrs.field(factory=list)  # the text of the line being made
    bold_chars: int = 0
    sized: dict[float, int] = attrs.field(factory=dict)  # the line's characters by size
    heading: list[str] = attrs.field(factory=list)  # open headings
    bold: int = 0  # open bold elements
    pre: int = 0  # open <pre> elements
    furniture: list[Any] = attrs.field(factory=list)  # open furniture elements
    blocks: list[tuple[Any, str, int]] = attrs.field(factory=list)  # open classed blocks
    opened: int = 0  # classed blocks opened so far (each one's number)
    place: Place = ()  # theirs: what each line made now stands in (see template.Place)
    places: list[Place | None] = attrs.field(factory=list)  # each line's, as ``lines``
    own: int = 0  # open articles and mains
    label_at: int = -1  # in a table row, where its first cell's text ends
    sheet: dict[str, Look] = attrs.field(factory=dict)  # the look of each class
    sheet_chars: int = 0  # characters of style sheets read
    looks: list[tuple[Any, Look]] = attrs.field(factory=list)  # open styled elements
    look_size: float | None = None  # what the open styled elements set (the innermost
    look_bold: bool | None = None  # over the outer ones)

    def dropped(self, el: Any) -> bool:
        """Whether an element's content is no text (a script, a style, a comment)."""
        tag = el.tag
        return not isinstance(tag, str) or tag in _DROPPED

    def start(self, el: Any) -> None:
        """An element opens (its text comes after)."""
        tag, attrib = el.tag, el.attrib
        if tag in _INLINE and not attrib:  # most elements: a link, emphasis
            return
        if tag in _BREAKS:
            self._break(tag)
        if (tag in _FURNITURE_TAGS or (tag == "header" and not self.own)
                or (attrib and named_furniture(attrib))):
            self.furniture.append(el)
        if attrib:
            self._attributed(el, tag, attrib)
        self.own += tag in _OWN_HEADER
        if tag in _HEADING_SIZES:
            self.heading.append(tag)
        self.bold += tag in _BOLD
        self.pre += tag == "pre"

    def _attributed(self, el: Any, tag: str, attrib: Any) -> None:
        """An element with attributes opens: a classed block is a place lines stand in
        (see ``template``), a class or style may set its look."""
        if tag in _BLOCKS and (names := attrib.get("class")):
            self.opened += 1
            self.blocks.append((el, f"{tag}.{' '.join(names.split())}", self.opened))
            self.place = tuple((key, n) for _, key, n in self.blocks)
        if self.sheet or "style" in attrib or "class" in attrib:
            self._styled(el, attrib)

    def _break(self, tag: str) -> None:
        """What an element's start does to the line being made: a block or a line
        break ends it, a table cell after one with text adds a bar."""
        if tag == "br":  # a line break; a second one in a row leaves an empty line
            self.flush(blank=not "".join(self.parts).strip())
        elif tag in _BLOCKS:
            self.flush(blank=tag not in _LINES)
        elif tag in _CELLS and "".join(self.parts).strip():
            if self.label_at < 0:
                self.label_at = len(self.parts)  # where the row's first cell ends
            self.parts.append(" | ")  # a cell after one with text in it

    def end(self, el: Any) -> None:
        """An element closes: a block ends its line (its tail comes after)."""
        tag = el.tag
        if tag in _INLINE and not el.attrib:
            return  # nothing opened: see start
        if tag == "tr":
            self._labelled_row()
        if tag in _BLOCKS:
            self.flush(blank=tag not in _LINES)
        if self.heading and tag == self.heading[-1]:
            self.heading.pop()
        self.bold -= tag in _BOLD
        self.pre -= tag == "pre"
        self.own -= tag in _OWN_HEADER
        if self.furniture and self.furniture[-1] is el:
            self.furniture.pop()
        if self.blocks and self.blocks[-1][0] is el:
            self.blocks.pop()
            self.place = tuple((key, n) for _, key, n in self.blocks)
        if self.looks and self.looks[-1][0] is el:
            self.looks.pop()
            self._relook()

    def _styled(self, el: Any, attrib: Any) -> None:
        """An element with a class the style sheet sizes or weights, class names that
        name a headline, or a style attribute that sizes or weights: its look holds
        until it closes."""
        look = Look()
        names = attrib.get("class") or ""
        if el.tag in _BLOCKS and (named := heading_look(names)) is not None:
            look = named  # a headline by its name: the sheet's own rules go over it
        for name in names.split():
            given = self.sheet.get(name)
            if given is not None:
                look = given.over(look)
        style = attrib.get("style")
        if style:
            look = declared(style).over(look)
        if look != Look():
            self.looks.append((el, look))
            self._relook()

    def _relook(self) -> None:
        look = Look()
        for _, given in self.looks:
            look = given.over(look)
        self.look_size, self.look_bold = look.size, look.bold


    def text(self, text: str) -> None:
        if self.pre:
            first, *more = text.split("\n")
            self._add(first)
            for line in more:
                self.flush(blank=False)
                self._add(line)
            return
        self._add(text)  # blanks collapse when the line is made

    def _add(self, text: str) -> None:
        self.parts.append(text)
        heading, size = self.heading, self.look_size
        if self.bold or heading or self.look_bold:
            self.bold_chars += len(text.strip())
        if size or heading:
            size = size or _HEADING_SIZES[heading[-1]]
            self.sized[size] = self.sized.get(size, 0) + len(text.strip())

    def _labelled_row(self) -> None:
        """A row of a code and its value ("HD | Ferry fares rise", Factiva's article
        format) becomes two lines, the code alone, as exports print such fields."""
        at, self.label_at = self.label_at, -1
        if at < 0:
            return
        label = "".join(self.parts[:at]).strip()
        if _CODE.fullmatch(label) and " | " not in self.parts[at + 1 :]:
            value = self.parts[at + 1 :]
            self.parts[:] = [label]
            if "".join(value).strip():
                self.flush(blank=False)
                self.parts[:] = value

    def _size(self, chars: int) -> float:
        """The size most of the line's ``chars`` characters are set in."""
        sized = self.sized
        sized[BODY_SIZE] = sized.get(BODY_SIZE, 0) + max(0, chars - sum(sized.values()))
        return max(sized, key=sized.__getitem__)

    def flush(self, *, blank: bool) -> None:
        """End the line being made (a blank line after it when a block ends)."""
        if not self.parts:  # most block edges: nothing since the last one
            if blank and self.lines and self.lines[-1][0]:
                self.lines.append(("", None))
                self.places.append(None)
            return
        text = " ".join("".join(self.parts).split()) if not self.pre else "".join(
            self.parts).rstrip()
        text = text.removesuffix(" |")  # a row's cell that opened on a line of its own
        if text.strip():
            size = self._size(len(text)) if self.sized else BODY_SIZE
            bold = self.bold_chars >= _MIN_BOLD_SHARE * len(text.replace(" ", ""))
            self.lines.append((text, shared_style(size, bold, bool(self.furniture))))
            self.places.append(self.place or None)
        if blank and self.lines and self.lines[-1][0]:
            self.lines.append(("", None))
            self.places.append(None)
        self.parts.clear()
        self.bold_chars = 0
        self.sized.clear()
