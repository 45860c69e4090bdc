"""Score segmenter against gold files: ``python -m segmenter.evaluate GOLD_DIR``.

Gold files are ``NAME.gold.json`` beside their dumps, in the schema of the project's
corpus README (``fixtures/gold/README.md``). For each document and in total it reports:

- boundary precision, recall and F1, with article starts matched on the exact line and
  within one line, plus Pk and WindowDiff over lines (lower is better);
- exact titles, byline date / outlet / authors / place accuracy over gold bylines;
- mean body similarity (whitespace-normalised, as the shared scorer does);
- artifacts found against expected (precision, recall) and leaks of artifact text into
  bodies (page numbers excepted: a bare number may be body text).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from . import analyze
from .assembly.windows import DEFAULT_WINDOW
from .model import Document
from .pipeline import analyze_text
from .reading.files import read_contents
from .reading.pdf import is_pdf_file

__all__ = ["DocScore", "evaluate_dir", "evaluate_document", "load_gold", "main", "total"]

_COUNTS = ("gold", "pred", "hits", "hits1", "title", "bylines", "date", "outlet", "authors",
           "place", "art_gold", "art_pred", "art_hits", "leaks")


@attrs.frozen
class DocScore:
    """Raw counts for one document, and its line-based Pk and WindowDiff."""

    name: str
    counts: dict[str, int]
    body_sim: float  # summed over matched gold articles
    pk: float
    windowdiff: float


_MIN_LEAK = 4  # an artifact this long at least is looked for in bodies


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def _sim(a: str | None, b: str | None) -> float:
    a, b = _norm(a), _norm(b)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _line_of(text: str, offset: int) -> int:
    """1-based line number of an offset, counting newline characters."""
    return text.count("\n", 0, offset) + 1


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """In-order one-to-one matching: the same start line, else a title or body match."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        best = next((pi for pi, p in enumerate(pred) if pi not in used
                     and abs(p["line"] - g["first_line"]) <= 1), None)
        if best is None:
            start = _norm(g["body"])[:40]
            for pi, p in enumerate(pred):
                if pi in used:
                    continue
                if (g.get("title") and _sim(g["title"], p["title"]) >= 0.9) or (
                        start and start in _norm(p["body"])[:300]):
                    best = pi
                    break
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def _segment_ids(n_lines: int, starts: Sequence[int]) -> list[int]:
    ids, k = [], 0
    starts = sorted(set(starts))
    for line in range(1, n_lines + 1):
        while k < len(starts) and starts[k] <= line:
            k += 1
        ids.append(k)
    return ids


def _pk_windowdiff(n_lines: int, gold: Sequence[int], pred: Sequence[int]) -> tuple[float, float]:
    """Pk and WindowDiff over lines, window half the mean gold segment length."""
    if n_lines < 2:
        return 0.0, 0.0
    k = max(1, round(n_lines / (2 * max(1, len(gold)))))
    if k >= n_lines:
        k = n_lines - 1
    ref, hyp = _segment_ids(n_lines, gold), _segment_ids(n_lines, pred)
    pk = wd = 0
    for i in range(n_lines - k):
        pk += (ref[i] == ref[i + k]) != (hyp[i] == hyp[i + k])
        wd += (ref[i + k] - ref[i]) != (hyp[i + k] - hyp[i])
    return pk / (n_lines - k), wd / (n_lines - k)


def _predicted(text: str, doc: Document) -> list[dict[str, Any]]:
    out = []
    for a in doc.articles:
        b = a.byline
        out.append({
            "line": _line_of(text, a.span.start), "title": a.title, "body": a.body,
            "byline": None if b is None else {
                "authors": list(b.authors), "outlet": b.outlet, "place": b.place,
                "date": b.date.isoformat() if b.date else None},
        })
    return out


def evaluate_document(name: str, text: str, gold: dict[str, Any],
                      doc: Document | None = None) -> DocScore:
    """Score one document against its gold (``doc`` defaults to ``analyze(text)``)."""
    doc = analyze(text) if doc is None else doc
    g_arts: list[dict[str, Any]] = gold["articles"]
    pred = _predicted(text, doc)
    pairs = _match(g_arts, pred)
    c = dict.fromkeys(_COUNTS, 0)
    c["gold"], c["pred"] = len(g_arts), len(pred)
    c["hits"] = sum(1 for gi, pi in pairs if pred[pi]["line"] == g_arts[gi]["first_line"])
    c["hits1"] = sum(1 for gi, pi in pairs
                     if abs(pred[pi]["line"] - g_arts[gi]["first_line"]) <= 1)
    body_sim = 0.0
    for gi, pi in pairs:
        g, p = g_arts[gi], pred[pi]
        c["title"] += _norm(g.get("title")) == _norm(p["title"])
        body_sim += _sim(g["body"], p["body"])
        _count_byline(c, g.get("byline"), p["byline"])
    c["bylines"] = sum(1 for g in g_arts if g.get("byline"))
    _count_artifacts(c, text, gold.get("artifacts", []), doc)
    n_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    pk, wd = _pk_windowdiff(n_lines, [g["first_line"] for g in g_arts], [p["line"] for p in pred])
    return DocScore(name, c, body_sim, pk, wd)


def _count_byline(c: dict[str, int], gb: dict[str, Any] | None,
                  pb: dict[str, Any] | None) -> None:
    """Count the byline fields of a matched article that agree with the gold."""
    if not (gb and pb):
        return
    c["date"] += gb.get("date") == pb["date"]
    c["outlet"] += _norm(gb.get("outlet")) == _norm(pb["outlet"])
    c["place"] += _norm(gb.get("place")) == _norm(pb["place"])
    c["authors"] += [_norm(a) for a in gb.get("authors", [])] == [
        _norm(a) for a in pb["authors"]]


def _count_artifacts(c: dict[str, int], text: str, g_art: list[dict[str, Any]],
                     doc: Document) -> None:
    """Count the gold artifacts found (same text, within a line) and those leaked into
    a body."""
    p_art = [(_norm(a.text), _line_of(text, a.span.start)) for a in doc.artifacts]
    matched: set[int] = set()
    for ga in g_art:
        t = _norm(ga["text"])
        for k, (pt, pl) in enumerate(p_art):
            if k not in matched and pt == t and ("line" not in ga or abs(pl - ga["line"]) <= 1):
                matched.add(k)
                break
    c["art_gold"], c["art_pred"], c["art_hits"] = len(g_art), len(p_art), len(matched)
    bodies = [_norm(a.body) for a in doc.articles]
    # A page number or a two-letter field code ("BY") is in many bodies as a word of
    # their own: only longer artifacts are looked for.
    c["leaks"] = sum(1 for ga in g_art if ga.get("kind") != "page_number"
                     and len(_norm(ga["text"])) >= _MIN_LEAK
                     and any(_holds_words(b, _norm(ga["text"])) for b in bodies))


def _holds_words(body: str, words: str) -> bool:
    """Whether ``words`` stand in ``body`` as whole words (a field code "SE" is in no
    body that holds "these")."""
    at = body.find(words)
    while at >= 0:
        end = at + len(words)
        if not ((at and body[at - 1].isalnum() and words[0].isalnum())
                or (end < len(body) and body[end].isalnum() and words[-1].isalnum())):
            return True
        at = body.find(words, at + 1)
    return False


def _ratio(a: float, b: float) -> float:
    return a / b if b else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def total(scores: Sequence[DocScore]) -> dict[str, float]:
    """Pool the counts of several documents into the summary metrics."""
    c = dict.fromkeys(_COUNTS, 0)
    for s in scores:
        for k, v in s.counts.items():
            c[k] += v
    p, r = _ratio(c["hits"], c["pred"]), _ratio(c["hits"], c["gold"])
    p1, r1 = _ratio(c["hits1"], c["pred"]), _ratio(c["hits1"], c["gold"])
    ap, ar = _ratio(c["art_hits"], c["art_pred"]), _ratio(c["art_hits"], c["art_gold"])
    n = max(1, len(scores))
    return {
        "docs": len(scores), "articles": c["gold"], "predicted": c["pred"],
        "boundary_p": p, "boundary_r": r, "boundary_f1": _f1(p, r),
        "boundary_f1_pm1": _f1(p1, r1),
        "pk": sum(s.pk for s in scores) / n, "windowdiff": sum(s.windowdiff for s in scores) / n,
        "title": _ratio(c["title"], c["gold"]),
        "date": _ratio(c["date"], c["bylines"]), "outlet": _ratio(c["outlet"], c["bylines"]),
        "authors": _ratio(c["authors"], c["bylines"]), "place": _ratio(c["place"], c["bylines"]),
        "body_sim": _ratio(sum(s.body_sim for s in scores), c["gold"]),
        "artifact_p": ap, "artifact_r": ar, "leaks": c["leaks"],
    }


def load_gold(folder: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    """Yield (name, source path, gold) for each ``*.gold.json`` in ``folder``."""
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield path.name.removesuffix(".gold.json"), path.with_name(gold["source"]), gold


def _analyze_source(src: Path, window: int) -> tuple[str, Document]:
    """The text ``src`` holds, read as ``segment_file`` reads it (a PDF, text in any
    encoding, an HTML page, a DOCX, an RTF: spans index that text), and its analysis."""
    text, styles, _ = read_contents(src.read_bytes())
    return text, analyze_text(text, styles, window=window)


def _place_titles(text: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Gold without line numbers (a PDF's): find each title's first line in ``text``."""
    if all("first_line" in a for a in gold["articles"]):
        return gold
    lines = [" ".join(line.split()) for line in text.split("\n")]
    arts, pos = [], 0
    for a in gold["articles"]:
        title = " ".join(a["title"].split())

        def opens(line: str, title: str = title) -> bool:  # a wrapped title's first line
            return len(line.split()) >= 2 and title.startswith(line)

        k = next((k for k in range(pos, len(lines)) if opens(lines[k])), None)
        if k is not None:
            pos = k + 1
        arts.append({**a, "first_line": k + 1 if k is not None else 0})
    return {**gold, "articles": arts}


def evaluate_dir(folder: Path, *, text: bool = True, pdf: bool = True,
                 window: int = DEFAULT_WINDOW) -> list[DocScore]:
    """Score the gold documents in ``folder``: text dumps, PDFs (via segment_pdf), or both;
    ``window``: characters the pipeline reads at a time (small ones test window edges)."""
    scores = []
    for name, src, gold in load_gold(folder):
        src_is_pdf = is_pdf_file(src)
        if (src_is_pdf and not pdf) or (not src_is_pdf and not text):
            continue
        source_text, doc = _analyze_source(src, window)
        scores.append(
            evaluate_document(name, source_text, _place_titles(source_text, gold), doc))
    return scores


_COLUMNS = [("gold", "gold"), ("pred", "pred"), ("F1", "boundary_f1"), ("F1±1", "boundary_f1_pm1"),
            ("Pk", "pk"), ("WD", "windowdiff"), ("title", "title"), ("date", "date"),
            ("outlet", "outlet"), ("auth", "authors"), ("place", "place"), ("body", "body_sim"),
            ("artP", "artifact_p"), ("artR", "artifact_r"), ("leaks", "leaks")]


def _row(name: str, m: dict[str, float]) -> str:
    cells = []
    for _, key in _COLUMNS:
        v = m["articles"] if key == "gold" else m["predicted"] if key == "pred" else m[key]
        cells.append(f"{int(v):>7}" if key in ("gold", "pred", "leaks") else f"{v:>7.3f}")
    return f"{name[:38]:<38}" + "".join(cells)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the evaluation table (or JSON); exit 2 when the folder has no gold."""
    ap = argparse.ArgumentParser(prog="python -m segmenter.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", nargs="+", type=Path, help="folders of *.gold.json files")
    ap.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = ap.parse_args(argv)
    scores: list[DocScore] = []
    for folder in args.gold_dir:
        scores.extend(evaluate_dir(folder))
    if not scores:
        print(f"segmenter.evaluate: no *.gold.json in {', '.join(map(str, args.gold_dir))}",
              file=sys.stderr)
        return 2
    summary = total(scores)
    if args.json:
        json.dump({"total": summary, "documents": {s.name: total([s]) for s in scores}},
                  sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{'document':<38}" + "".join(f"{h:>7}" for h, _ in _COLUMNS))
    for s in scores:
        print(_row(s.name, total([s])))
    print(_row("TOTAL", summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
