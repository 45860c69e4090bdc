"""The debug view: python -m segmenter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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
