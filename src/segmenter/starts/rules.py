"""Article starts: what the start rules of ``boundaries`` take (a ``Context``, what the rules
before them ``Found``) and return (each ``Start`` with its rule and evidence, or a
``Refusal``), and what they ask of an export's reader (``FormatReader``, implemented in
``formats``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

import attrs

from ..grammar.bylines import ParsedByline
from ..marking.content import Content
from ..marking.counters import Counters
from .byline_search import BylineSearch
from .layout import Layout, TypeSizes

if TYPE_CHECKING:
    from ..lines import Lines
    from ..marking.artifacts import Mark
    from ..marking.fields import FieldLine

__all__ = ["CONTINUED", "Context", "FormatReader", "Found", "Refusal", "Rule", "Start",
           "StartRule"]

_T = TypeVar("_T")

# The rule of the start that opens a window inside an article the window before left
# open: the lines before the window's first start continue that article.
CONTINUED = "continued"


@attrs.frozen
class Start:
    """An article start: its title and byline lines (content positions), parsed byline,
    the rule that found it and the evidence it saw."""

    title: tuple[int, ...]
    byline: tuple[int, ...]
    parsed: ParsedByline | None
    rule: str
    evidence: str
    at: int = -1  # first content position when the article has neither title nor byline
    # the line (an index of the window's lines) the document opens with, when an export
    # prints fields of it above its first content line; -1 when it opens there
    opens: int = -1
    named: str | None = None  # the title when no content line holds it (a caption's)
    # The article's first content position (an export may print its byline's publication
    # and date lines above the title), and the position of its last title or byline line
    # (or the one before the article): read by every rule, so computed once.
    first: int = attrs.field(init=False, eq=False, repr=False)
    head_end: int = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        title, byline = self.title, self.byline
        if title and byline:
            first, end = min(title[0], byline[0]), max(title[-1], byline[-1])
        else:
            first = (title or byline or (self.at,))[0]
            end = (byline or title or (self.at - 1,))[-1]
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "head_end", end)


@attrs.frozen
class Refusal:
    """A content line a rule looked at and refused as a start, and why."""

    pos: int
    rule: str
    evidence: str


class FormatReader(Protocol):
    """How one export format is read. Implementations are stateless (one instance
    serves every document) and raise nothing on any text."""

    @property
    def name(self) -> str:
        """The format's name, as ``Document.format`` will report it."""
        ...

    def recognise(self, head: str) -> bool:
        """Whether a document opening with ``head`` (up to ``formats.RECOGNITION_CHARS``
        characters) is in this format."""
        ...

    def marks(self, lines: Lines) -> dict[int, Mark]:
        """Artifact marks of a window's lines (line index -> mark): the format's
        counters, field blocks and trailers."""
        ...

    def fields(self, lines: Lines) -> Sequence[FieldLine]:
        """The metadata fields the format prints in a way the generic field reader
        (``fields``, "LABEL: value" lines) does not see, in order."""
        ...

    def starts(self, ctx: Context) -> Sequence[Start]:
        """The article starts the format lays out in a window's content lines."""
        ...


@attrs.frozen(eq=False)
class Context:
    """What the rules read: the content lines, their layout, type sizes and bylines, and
    the reader of the document's export format, if it is in one, and where its counters
    and fields stand."""

    content: Content
    layout: Layout
    sizes: TypeSizes
    bylines: BylineSearch
    reader: FormatReader | None = None
    counters: Counters = attrs.field(factory=Counters)
    fields: tuple[int, ...] = ()  # the first line of each export field, in order


class Found:
    """The starts the rules before this one found (``head``: the one the window opens
    with, found in the window before) and the *anchors* among them, the starts whose
    layout teaches the rules after them.

    What a rule learns from the anchors is computed once, by ``learned``, and shared by
    every rule after it as long as no new anchor comes.
    """

    def __init__(self, starts: Sequence[Start], anchors: Sequence[Start],
                 head: Start | None = None) -> None:
        self.starts = tuple(starts)
        self.anchors = tuple(anchors)
        self.head = head
        self._learned: dict[object, object] = {}

    def plus(self, starts: Sequence[Start], *, anchors: bool) -> Found:
        """These starts and ``starts`` (anchors too when ``anchors``)."""
        found = Found((*self.starts, *starts), (*self.anchors, *starts) if anchors
                      else self.anchors, self.head)
        if not anchors or not starts:
            found._learned = self._learned
        return found

    def learned(self, learn: Callable[[Context, tuple[Start, ...]], _T], ctx: Context) -> _T:
        """``learn(ctx, anchors)``, computed on the first call only."""
        if learn not in self._learned:
            self._learned[learn] = learn(ctx, self.anchors)
        return cast(_T, self._learned[learn])


Rule = Callable[[Context, Found], Sequence[Start | Refusal]]


@attrs.frozen
class StartRule:
    """One way of finding article starts. ``anchors``: its starts teach the rules after;
    ``alone``: when it finds starts, the rules after it add none (the document's own
    structure says where every article starts)."""

    name: str
    find: Rule
    anchors: bool = False
    alone: bool = False
