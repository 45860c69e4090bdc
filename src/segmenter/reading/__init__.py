"""Reading files: the bytes of a file of any kind (text in any encoding, PDF, HTML, DOCX,
RTF) -> the text it holds and, where the kind has them, each line's style (type size,
weight, place on the page, whether it is page furniture).

The first stage: it knows file formats, nothing of articles. Each optional reader imports
its library (pdfplumber, lxml, python-docx, striprtf) only when a file of its kind is read.
"""

__all__: list[str] = []
