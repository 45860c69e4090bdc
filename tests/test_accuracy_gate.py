"""The accuracy gate: the evaluation over the gold corpora must not fall below its floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from segmenter.evaluate import evaluate_dir, total

from .conftest import CORPUS, FIXTURES

GOLD = FIXTURES / "gold"
FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    """Pooled metrics over the text dumps of the generated gold corpus and the seed corpus."""
    return total(evaluate_dir(GOLD, pdf=False) + evaluate_dir(CORPUS))


@pytest.fixture(scope="module")
def pdf_summary() -> dict[str, float]:
    """Pooled metrics over the gold PDFs in fixtures/pdf, read with segment_pdf."""
    pytest.importorskip("pdfplumber")
    return total(evaluate_dir(FIXTURES / "pdf", text=False))


def _join_gold(folders: list[Path], out: Path) -> None:
    """Write every text gold dump of ``folders`` as one dump, with its gold, to ``out``."""
    texts: list[str] = []
    articles: list[dict[str, object]] = []
    artifacts: list[dict[str, object]] = []
    lines = 0  # newlines before the current dump, as the evaluation counts lines
    for folder in folders:
        for path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(path.read_text("utf-8"))
            if not gold["source"].endswith(".txt"):
                continue
            text = (folder / gold["source"]).read_text("utf-8").rstrip("\n") + "\n\n\n"
            articles += [{**a, "first_line": a["first_line"] + lines} for a in gold["articles"]]
            artifacts += [{**a, "line": a["line"] + lines} if "line" in a else a
                          for a in gold.get("artifacts", [])]
            lines += text.count("\n")
            texts.append(text)
    (out.parent / f"{out.name}.txt").write_text("".join(texts), "utf-8")
    gold_json = {"source": f"{out.name}.txt", "kind": "every text gold dump, joined",
                 "articles": articles, "artifacts": artifacts}
    (out.parent / f"{out.name}.gold.json").write_text(json.dumps(gold_json), "utf-8")


@pytest.fixture(scope="module")
def joined_summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Every text gold dump joined into one digest of mixed layouts (about 120 kB), read
    in 16 kB windows so that articles and page furniture straddle window edges."""
    folder = tmp_path_factory.mktemp("joined")
    _join_gold([GOLD, CORPUS], folder / "joined")
    return total(evaluate_dir(folder, window=16 * 1024))


def test_gold_corpus_is_large_and_varied() -> None:
    """The gold corpus keeps at least 14 dumps and 120 articles."""
    docs = [d for p in GOLD.glob("*.gold.json")
            if not (d := json.loads(p.read_text("utf-8")))["source"].endswith(".pdf")]
    assert len(docs) >= 14
    assert sum(len(d["articles"]) for d in docs) >= 120


def _bounds(floors: str, ceilings: str) -> list[tuple[str, str, float]]:
    """(metric, 'min' or 'max', bound) for each pinned floor and ceiling."""
    return [(m, "min", v) for m, v in sorted(FLOORS[floors].items())] + [
        (m, "max", v) for m, v in sorted(FLOORS[ceilings].items())]


def _check(summary: dict[str, float], metric: str, kind: str, bound: float) -> None:
    value = round(summary[metric], 3)
    if kind == "min":
        assert value >= bound, summary
    else:
        assert value <= bound, summary


TEXT_BOUNDS = _bounds("floors", "max")
PDF_BOUNDS = _bounds("pdf_floors", "pdf_max")


@pytest.mark.parametrize(("metric", "kind", "bound"), TEXT_BOUNDS,
                         ids=[f"{m}-{k}" for m, k, _ in TEXT_BOUNDS])
def test_text_metric_within_pinned_bound(summary: dict[str, float], metric: str, kind: str,
                                         bound: float) -> None:
    """Each text metric stays at or above its floor, or at or below its ceiling."""
    _check(summary, metric, kind, bound)


@pytest.mark.parametrize(("metric", "kind", "bound"), PDF_BOUNDS,
                         ids=[f"{m}-{k}" for m, k, _ in PDF_BOUNDS])
def test_pdf_metric_within_pinned_bound(pdf_summary: dict[str, float], metric: str, kind: str,
                                        bound: float) -> None:
    """segment_pdf on the gold PDFs stays within its pinned floors and ceilings."""
    _check(pdf_summary, metric, kind, bound)


JOINED_BOUNDS = _bounds("joined_floors", "joined_max")


@pytest.mark.parametrize(("metric", "kind", "bound"), JOINED_BOUNDS,
                         ids=[f"{m}-{k}" for m, k, _ in JOINED_BOUNDS])
def test_joined_metric_within_pinned_bound(joined_summary: dict[str, float], metric: str,
                                           kind: str, bound: float) -> None:
    """The joined digest, read window by window, stays within its floors and ceilings."""
    _check(joined_summary, metric, kind, bound)


_PERFECT = ("boundary_p", "boundary_r", "title", "date", "outlet", "authors", "place",
            "body_sim", "artifact_p", "artifact_r")


def test_export_formats_are_read_perfectly() -> None:
    """The fixtures written in each export format (fixtures/formats: LexisNexis in
    English and German, Nexis Uni, Factiva, ProQuest, a Mailman digest) read without a
    fault: every document found where it starts, its title, outlet, date, authors and
    place, its body, and every counter, field and trailer reported and none in a body
    (issue 15)."""
    got = total(evaluate_dir(FIXTURES / "formats"))
    assert got["docs"] >= 4 and got["articles"] >= 10
    assert {m: got[m] for m in _PERFECT} == dict.fromkeys(_PERFECT, 1.0)
    assert got["leaks"] == 0


def test_anthology_and_periodical_layouts_are_read_perfectly() -> None:
    """The dumps written in the layouts of anthologies and periodicals
    (fixtures/layouts: numbered letters with credit and author lines in an e-book
    wrapper) read without a fault (issue 16)."""
    got = total(evaluate_dir(FIXTURES / "layouts"))
    assert got["docs"] >= 1
    assert {m: got[m] for m in _PERFECT} == dict.fromkeys(_PERFECT, 1.0)
    assert got["leaks"] == 0


@pytest.mark.parametrize(("folder", "extra"), [
    ("files", None),  # a press review saved in Windows-1252, Latin-1, UTF-16 with a BOM
    ("html", "lxml"),  # a news page saved with its menus, sidebar and footer
    ("docx", "docx"),  # a press review with a page header, footer and contents list
    ("rtf", "striprtf"),  # a press review with a picture and escapes
])
def test_files_as_users_have_them_are_read_perfectly(folder: str, extra: str | None) -> None:
    """The fixtures of each kind of file (fixtures/files, html, docx, rtf) read as their
    text would, without a fault, their furniture reported (issue 17); a kind's extra
    must be installed for its folder to be read."""
    if extra is not None:
        pytest.importorskip(extra)
    got = total(evaluate_dir(FIXTURES / folder))
    assert got["docs"] >= 1
    assert {m: got[m] for m in _PERFECT} == dict.fromkeys(_PERFECT, 1.0)
    assert got["leaks"] == 0
