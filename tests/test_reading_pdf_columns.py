"""Newspaper pages in a PDF (three columns or more): the gutters found on the page, the
reading order cut at the lines set across columns, the lines that fill their column.
Built from character boxes as pdfplumber gives them, so no PDF library is needed."""

from __future__ import annotations

from typing import Any

from segmenter.reading.pdfcolumns import column_lines, filled_lines, gutters

_COLUMN, _GUTTER = 100.0, 12.0  # points


def _x(column: int) -> float:
    return 20 + column * (_COLUMN + _GUTTER)


def _run(text: str, top: float, first: int, last: int | None = None, *,
         width: float | None = None, size: float = 8.0) -> list[dict[str, Any]]:
    """A run of words on one line from column ``first`` (to ``last``): a box for each
    character, a space a quarter of a letter's advance."""
    last = first if last is None else last
    left = _x(first)
    span = width if width is not None else _x(last) + _COLUMN - left
    step = span / (len(text.replace(" ", "")) + 0.25 * text.count(" "))
    boxes, x = [], left
    for ch in text:
        if ch == " ":
            x += 0.25 * step
            continue
        boxes.append({"text": ch, "x0": x, "x1": x + 0.9 * step, "top": top,
                      "bottom": top + size, "size": size, "fontname": "Serif"})
        x += step
    return boxes


def _page(runs: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """pdfplumber's lines: the runs at one height merged across the page's width."""
    by_top: dict[float, list[dict[str, Any]]] = {}
    for run in runs:
        by_top.setdefault(run[0]["top"], []).extend(run)
    return [{"top": top, "chars": sorted(chars, key=lambda c: c["x0"])}
            for top, chars in sorted(by_top.items())]


def _text(chars: list[dict[str, Any]]) -> str:
    out = chars[0]["text"]
    for a, b in zip(chars, chars[1:]):
        out += (" " if b["x0"] - a["x1"] > 0.2 * (a["x1"] - a["x0"]) else "") + b["text"]
    return out


def _body(name: str, column: int, top: float, n: int = 12) -> list[list[dict[str, Any]]]:
    return [_run(f"{name} row {k} runs on here", top + 10 * k, column) for k in range(n)]


def _two_articles() -> list[list[dict[str, Any]]]:
    """A header over five columns; article A in columns 0-1 under its headline, article
    B in columns 2-4 under its headline, both headlines at the same height."""
    runs = [_run("Harbour Times Friday page three", 10, 0, 4, size=30)]
    runs.append(_run("Headline of article A", 50, 0, 1, size=20))
    runs.append(_run("Headline of article B over three columns", 50, 2, 4, size=20))
    for column, name in enumerate(["A0", "A1", "B2", "B3", "B4"]):
        runs += _body(name, column, 80)
    return runs


def test_the_gutters_between_five_columns_are_found() -> None:
    chars = [c for run in _two_articles() for c in run]
    found = gutters(chars, min(c["x0"] for c in chars), max(c["x1"] for c in chars))
    assert len(found) == 4
    assert all(_x(k) + _COLUMN - 2 < x < _x(k + 1) for k, x in enumerate(found))


def test_a_column_holding_too_little_text_is_no_column() -> None:
    """A narrow strip of a few words (a margin note) leaves no gutter beside it."""
    runs = [r for k in range(3) for r in _body(f"C{k}", k, 50)]
    runs.append(_run("note", 50, 3, width=20))
    chars = [c for run in runs for c in run]
    assert len(gutters(chars, min(c["x0"] for c in chars), max(c["x1"] for c in chars))) == 2


def test_columns_are_read_down_in_turn_and_headlines_where_they_stand() -> None:
    """Regression: a newspaper page's five columns were read across, one line of each
    column after the other, so that every article's text was interleaved."""
    runs = _two_articles()
    chars = [c for run in runs for c in run]
    xs = gutters(chars, min(c["x0"] for c in chars), max(c["x1"] for c in chars))
    texts = [line["text"] for line in column_lines(_page(runs), xs, _text)]
    firsts = {t.split()[0] for t in texts if " row " in t}
    assert firsts == {"A0", "A1", "B2", "B3", "B4"}
    order = [t.split()[0] if " row " in t else t for t in texts]
    blocks = [order[0], order[1]] + [k for k, _ in _groups(order[2:])]
    assert blocks == ["Harbour Times Friday page three", "Headline of article A", "A0", "A1",
                      "Headline of article B over three columns", "B2", "B3", "B4"]


def _groups(items: list[str]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for item in items:
        if out and out[-1][0] == item:
            out[-1] = (item, out[-1][1] + 1)
        else:
            out.append((item, 1))
    return out


def test_a_line_filling_its_column_is_a_line_of_text() -> None:
    """A line as wide as its column is text however it ends; a short one or one set
    across a gutter (a headline) is not."""
    runs = [_run("a full line of the column", 50, 0), _run("short end", 60, 0, width=40),
            _run("a headline over two columns", 30, 1, 2)]
    xs = [_x(1) - _GUTTER / 2, _x(2) - _GUTTER / 2]
    assert filled_lines(_page(runs), xs) == [False, True, False]


def _with_margins() -> list[list[dict[str, Any]]]:
    """Five columns of text under a running head whose words stand over three of the
    columns, over a running foot set in smaller type right under the text, an archive's
    number at its right end."""
    runs = [_run("Harbour Times", 10, 0, width=60, size=9),
            _run("POLITICS", 10, 2, width=40, size=9),
            _run("Friday 5 June", 10, 4, width=60, size=9)]
    for column, name in enumerate(["A0", "A1", "A2", "A3", "A4"]):
        runs += _body(name, column, 40)
    runs += [_run("All rights reserved by the Harbour Archive", 160, 0, 1, size=6),
             _run("A123", 160, 4, width=20, size=6)]
    return runs


def test_a_running_head_and_foot_are_read_whole_not_cut_into_columns() -> None:
    """Regression: a newspaper archive's running head (outlet, section, date spread
    over the page's width) and its foot were cut at the gutters, their pieces read at
    the top and the foot of each column: the date at the head of the last column, the
    rights notice between two columns of text."""
    runs = _with_margins()
    chars = [c for run in runs for c in run]
    xs = gutters(chars, min(c["x0"] for c in chars), max(c["x1"] for c in chars))
    assert len(xs) == 4
    texts = [line["text"] for line in column_lines(_page(runs), xs, _text)]
    assert texts[0] == "Harbour Times POLITICS Friday 5 June"
    assert texts[-1] == "All rights reserved by the Harbour Archive A123"
    order = [t.split()[0] for t in texts[1:-1]]
    assert [k for k, _ in _groups(order)] == ["A0", "A1", "A2", "A3", "A4"]


def test_the_last_line_of_a_column_is_no_running_foot() -> None:
    """A short line closing the first column, in the text's type and right under it,
    stays at the foot of its column, though no line of text stands beside it."""
    runs = [r for k in range(3) for r in _body(f"C{k}", k, 40)]
    runs.append(_run("end of C0", 160, 0, width=40))
    chars = [c for run in runs for c in run]
    xs = gutters(chars, min(c["x0"] for c in chars), max(c["x1"] for c in chars))
    texts = [line["text"] for line in column_lines(_page(runs), xs, _text)]
    assert texts.index("end of C0") == 12
