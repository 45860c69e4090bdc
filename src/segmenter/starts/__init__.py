"""Finding starts: a window's content lines, their layout and type sizes -> where each
article starts, by a named rule with its evidence (``boundaries.START_RULES``), and the
lines each rule looked at and refused.

``rules`` defines what a rule takes and returns; each other module is one rule's
evidence (bylines, numbered headings, a layout learned from the dump itself, topics,
type sizes) or a measure they share (``layout``, ``shapes``). An export's own starts
come from its reader in ``formats``, asked through ``rules.FormatReader``.
"""

__all__: list[str] = []
