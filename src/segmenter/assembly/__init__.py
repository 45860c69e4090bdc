"""Assembly: the starts found and the content lines of a window -> the typed articles
(title, parsed byline, re-flowed body, closing credits, offsets), the artifacts,
preamble and every line's role, and what a window hands the next when a text is read
in windows.
"""

__all__: list[str] = []
