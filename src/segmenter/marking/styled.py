"""Styled furniture: the lines' styles (from an HTML, DOCX or RTF reader) -> the marks of
the lines a reader saw as page furniture or as a page template's fixed text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lines import LineStyle
from .artifacts import Mark

__all__ = ["styled_marks"]

_FURNITURE = Mark("boilerplate", "a web page's menu, banner or footer")
_TEMPLATE = Mark("boilerplate", "printed by the page's template in every record (a label, "
                 "a button, a sidebar)")


def styled_marks(styles: Sequence[LineStyle | None], texts: Sequence[str], *,
                 templates: bool, credit: Callable[[str], bool]) -> dict[int, Mark]:
    """The marks of the lines whose ``styles`` say they are a web page's furniture, and
    (with ``templates``: in no export format, which reads its own fields) of those its
    template prints in every record, but for a ``credit`` ("By Ana Costa": an author who
    writes most of the records is no template)."""
    marks = {}
    for i, st in enumerate(styles):
        if st is not None:
            if st.furniture:
                marks[i] = _FURNITURE
            elif templates and st.template and not credit(texts[i]):
                marks[i] = _TEMPLATE
    return marks
