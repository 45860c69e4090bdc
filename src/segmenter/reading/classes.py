"""Class names: an HTML element's role, class and id names -> what they say of it: page
furniture (a menu, a footer, lexicons/web_furniture.txt) or a headline, a kicker or a
standfirst (lexicons/web_headings.txt)."""

from __future__ import annotations

import functools
from typing import Any

import regex

from ..lexicons import WEB_FURNITURE, WEB_HEADINGS, WEB_SUBHEADINGS
from .css import Look

__all__ = ["heading_look", "named_furniture"]

_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary",
                              "search", "menu", "menubar"})
# Where a class name changes from lower to upper case ("docSubHeadline"). Bound: two
# one-character lookarounds, nothing repeated.
_CAMEL = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_HEADLINE = Look(18.0, True)  # as a browser sets an <h2>
_SUBORDINATE = Look(13.0, None)  # a little larger than the text: no headline


def named_furniture(attrib: Any) -> bool:
    """Whether an element's role, class or id names page furniture ("navigation",
    "site-menu", "footer")."""
    if (attrib.get("role") or "").casefold() in _FURNITURE_ROLES:
        return True
    names = f"{attrib.get('class') or ''} {attrib.get('id') or ''}".casefold()
    return bool(names.strip()) and any(w in WEB_FURNITURE for w in _words(names))


@functools.lru_cache(maxsize=4096)  # a page's classes repeat, block after block
def heading_look(names: str) -> Look | None:
    """The look a block's class ``names`` give it when they name a headline ("docTitle",
    "article-headline": larger and bold) or a heading over or under one ("kicker",
    "docSubHeadline", "teaser": a little larger); ``None`` when they name neither.

    >>> heading_look("docTitle"), heading_look("docSubHeadline"), heading_look("text")
    (Look(size=18.0, bold=True), Look(size=13.0, bold=None), None)
    """
    words = set(_words(_CAMEL.sub(" ", names).casefold()))
    if words & WEB_SUBHEADINGS:
        return _SUBORDINATE
    if words & WEB_HEADINGS:
        return _HEADLINE
    return None


def _words(names: str) -> list[str]:
    """The words of class and id names ("site-nav main_menu" -> site, nav, main, menu)."""
    return names.replace("-", " ").replace("_", " ").split()
