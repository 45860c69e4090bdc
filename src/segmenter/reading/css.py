"""Style rules: the type size and weight a page's style sheet gives a class, and those a
``style`` attribute gives one element, so that the HTML reader sees a headline set by a
class (LexisNexis' 14pt bold ``c7``, Europresse's ``titreArticleVisu``) as it sees an
``<h1>``. Only what can be read without a cascade is read: rules whose selector is one
class, alone or after a tag name (``.c7``, ``p.title``); sizes relative to the parent
(``em``, ``%``) are taken relative to the body text's size.
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["BODY_SIZE", "Look", "declared", "style_sheet"]

BODY_SIZE = 12.0  # points: the size of text no rule sizes (browsers' default, 16 px)
_POINTS = {"pt": 1.0, "px": 0.75, "em": BODY_SIZE, "rem": BODY_SIZE, "%": BODY_SIZE / 100}
_MAX_SHEET = 1_000_000  # characters of one style sheet read (a page's own are far smaller)

_MAX_SELECTORS = 2000  # characters of a rule's selectors read (the last ones, by the brace)
_MAX_DECLARATIONS = 8000  # a rule whose declarations are longer is skipped
# A selector of one class, with or without a tag name ("p.title", ".c7"). Bound:
# fullmatch of a capped run of letters, a literal dot, a capped run of name characters.
_CLASS = regex.compile(r"(?:[A-Za-z][A-Za-z0-9]{0,9})?\.([A-Za-z_][\w-]{0,60})")
# The weight and size declarations. Bound: literals, capped space and digit runs.
_WEIGHT = regex.compile(r"font-weight\s{0,3}:\s{0,3}(bold(?:er)?|[1-9]00|normal|lighter)",
                        regex.IGNORECASE)
_SIZE = regex.compile(r"font-size\s{0,3}:\s{0,3}(\d{1,4}(?:\.\d{1,4})?)\s{0,2}(pt|px|r?em|%)",
                      regex.IGNORECASE)
_BOLD_WEIGHT = 600  # the numeric weights set in bold


@attrs.frozen
class Look:
    """A type size (points) and a weight a rule sets; ``None`` where it sets none."""

    size: float | None = None
    bold: bool | None = None

    def over(self, under: Look) -> Look:
        """This look over ``under``: what this one leaves unset comes from it."""
        return Look(self.size if self.size is not None else under.size,
                    self.bold if self.bold is not None else under.bold)


_NONE = Look()


def declared(declarations: str) -> Look:
    """The look a list of declarations sets ("font-size: 14pt; font-weight: bold").

    >>> declared("color: red; font-size: 14pt; font-weight: bold")
    Look(size=14.0, bold=True)
    >>> declared("font-size: 1.5em; font-weight: 400")
    Look(size=18.0, bold=False)
    """
    size = bold = None
    for m in _SIZE.finditer(declarations):
        size = round(float(m[1]) * _POINTS[m[2].casefold()], 2)
    for m in _WEIGHT.finditer(declarations):
        w = m[1].casefold()
        bold = w.startswith("bold") or (w[0].isdigit() and int(w) >= _BOLD_WEIGHT)
    return _NONE if size is None and bold is None else Look(size, bold)


def style_sheet(css: str) -> dict[str, Look]:
    """The look each class is given by the one-class rules of a style sheet, a later
    rule over an earlier one.

    >>> style_sheet(".c2 { font-size: 10pt } p.c7, div .c8 { font-weight: bold }")
    {'c2': Look(size=10.0, bold=None), 'c7': Look(size=None, bold=True)}
    """
    css = css[:_MAX_SHEET].replace("<!--", " ").replace("-->", " ")  # an old page's hiding
    css = "".join(part.split("/*", 1)[0] for part in css.split("*/"))  # comments out
    looks: dict[str, Look] = {}
    for block in css.split("}"):  # one pass: a rule is "selectors { declarations }"
        before, brace, declarations = block.rpartition("{")
        if not brace or len(declarations) > _MAX_DECLARATIONS:
            continue
        look = declared(declarations)
        if look is _NONE:
            continue
        selectors = before.rpartition("{")[2][-_MAX_SELECTORS:]  # inside @media too
        for selector in selectors.split(","):
            m = _CLASS.fullmatch(selector.strip())
            if m is not None:
                looks[m[1]] = look.over(looks.get(m[1], _NONE))
    return looks
