"""The debug view: python -m segmenter."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from segmenter import segment
from segmenter._batch import run_batch
from segmenter.cli import main, parse_args

from .conftest import CORPUS

DIGEST = CORPUS / "nejat-digest-2015-06.txt"


def test_default_view_lists_articles_and_artifacts(capsys: pytest.CaptureFixture[str]) -> None:
    """The default view prints each article's title, byline fields, body start and the artifacts."""
    assert main([str(DIGEST)]) == 0
    out = capsys.readouterr().out
    assert out.count("=== article") == 6
    assert "outlet='Rudaw'" in out
    assert "page_number" in out and "running_footer" in out


def test_json_view_is_the_document(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the Document as JSON."""
    assert main(["--json", str(DIGEST)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) == 6
    assert {"articles", "artifacts", "preamble", "lines", "warnings"} <= set(data)


def test_explain_gives_every_line_a_role(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain prints each line with its role and a reason."""
    assert main(["--explain", str(DIGEST)]) == 0
    out = capsys.readouterr().out
    assert "byline" in out and "heading" in out and "page_number" in out
    assert "<- interrupts a sentence" in out


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing file gives one line on stderr and exit status 2."""
    assert main([str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err


def test_directory_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory is unreadable as a dump: exit status 2."""
    assert main([str(tmp_path)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_stdin_dash() -> None:
    """'-' reads standard input."""
    proc = subprocess.run(
        [sys.executable, "-m", "segmenter", "-"],
        input=DIGEST.read_text(encoding="utf-8"), capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0
    assert proc.stdout.count("=== article") == 6


def test_parse_args_rejects_json_with_explain() -> None:
    """--json and --explain exclude each other."""
    with pytest.raises(SystemExit):
        parse_args(["--json", "--explain", "f.txt"])


def _batch_inputs(tmp_path: Path) -> list[str]:
    """Two gold dumps, a missing file and a file that claims to be a PDF but is not."""
    bad = tmp_path / "not-really.pdf"
    bad.write_text("just text\n")
    gold = sorted((Path(__file__).parent.parent / "fixtures" / "gold").glob("*.txt"))[:2]
    return [str(gold[0]), str(tmp_path / "missing.txt"), str(bad), str(gold[1])]


def test_jsonl_batch_writes_articles_and_skips_bad_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jsonl writes one JSON line per article with its source; unreadable files are
    reported on stderr and skipped, the others still written, and the status is 1."""
    paths = _batch_inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["--jsonl", str(out), "--jobs", "1", *paths]) == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    expected = [a.title for p in (paths[0], paths[3])
                for a in segment(Path(p).read_text(encoding="utf-8"))]
    assert [r["title"] for r in rows] == expected
    assert {r["source"] for r in rows} == {paths[0], paths[3]}
    assert [r["article"] for r in rows if r["source"] == paths[0]][:3] == [1, 2, 3]
    err = capsys.readouterr().err
    assert "skipped " + paths[1] in err and "skipped " + paths[2] in err
    assert "4 files" in err and "2 failed" in err


def test_jsonl_parallel_jobs_give_the_same_lines(tmp_path: Path) -> None:
    """Worker processes (--jobs 2) write the same lines, in the same order, as one."""
    paths = _batch_inputs(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["--jsonl", str(one), "--jobs", "1", *paths]) == 1
    assert main(["--jsonl", str(two), "--jobs", "2", *paths]) == 1
    assert one.read_text() == two.read_text() and one.read_text()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_batch_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal the batch redraws a bar that ends at all files done."""
    err, out = _Terminal(), io.StringIO()
    paths = _batch_inputs(tmp_path)
    articles, failed = run_batch(paths, out, jobs=1, err=err)
    assert failed == 2 and articles == out.getvalue().count("\n") > 0
    last = err.getvalue().rstrip("\n").rsplit("\r", 1)[-1]
    assert last.startswith("[" + "#" * 30 + "] 4/4 files")


@pytest.mark.parametrize("argv", [["a.txt", "b.txt"], ["--jobs", "2", "a.txt"],
                                  ["--jsonl", "o.jsonl", "--jobs", "0", "a.txt"],
                                  ["--jsonl", "o.jsonl", "-"]])
def test_batch_arguments_are_checked(argv: list[str]) -> None:
    """Several files without --jsonl, --jobs without --jsonl or below 1, and stdin in a
    batch are usage errors."""
    with pytest.raises(SystemExit) as exc:
        parse_args(argv)
    assert exc.value.code == 2
