"""The byline grammar: a line of text -> the credit it reads as (authors, role, outlet,
place, via, date), or nothing; people's names and dates in many languages.

A library the stages call, not a stage: it reads strings, never lines or documents, and
imports nothing of the package but ``text``, ``model`` and ``lexicons``.
"""

__all__: list[str] = []
