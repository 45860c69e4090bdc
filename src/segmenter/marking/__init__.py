"""Marking lines: a window's lines -> what is furniture and not content (page numbers,
running headers and footers, separators, document counters, an export's labelled fields,
boilerplate), each with its evidence, and the content lines left for articles.

It reads only lines and their styles; what it marks is reported as artifacts, never
silently dropped.
"""

__all__: list[str] = []
