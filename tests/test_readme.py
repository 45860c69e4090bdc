"""Every code block of README.md runs as written, on the bundled fixtures (issue 18).

Python blocks are run in a fresh namespace; shell blocks line by line, each
``python -m segmenter`` line as a command (``pip`` and the test commands are what
``.ci/run`` runs, so they are left to it). Both run in a scratch folder holding a link
to ``fixtures/``, so that what a block writes ("out/", "articles.jsonl") stays there. A
block that needs an extra that is not installed (pdfplumber, Dask) is skipped.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# A fenced block: its language and its text. Bound: a lazy run up to the first closing fence.
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_LEFT_TO_CI = ("pip ", "mypy ", "ruff ", "python -m pytest")


def _blocks(language: str) -> list[tuple[int, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m[2]) for m in _BLOCK.finditer(text)
            if m[1] == language]


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "fixtures").mkdir()  # a folder of its own: what a block writes there stays
    for kind in (ROOT / "fixtures").iterdir():
        (tmp_path / "fixtures" / kind.name).symlink_to(kind, target_is_directory=kind.is_dir())
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("line", "code"), _blocks("python"),
                         ids=[f"line-{n}" for n, _ in _blocks("python")])
def test_each_python_block_runs(line: int, code: str, scratch: Path) -> None:
    """Regression: the README's examples failed when copied (``a.byline.authors`` on an
    article without a byline; the Dask recipe raised ArrowInvalid on the fixtures)."""
    if "pyspark" in code and (importlib.util.find_spec("pyspark") is None
                              or shutil.which("java") is None):
        pytest.skip(f"README.md line {line} needs pyspark and a Java runtime (no extra has "
                    "them: pyspark is a 450 MB download)")
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "__readme__"})
    except ImportError as e:  # an extra this environment lacks (its own error included)
        pytest.skip(f"README.md line {line} needs what is not installed: {e}")
    assert out.getvalue().strip(), "every example shows what it gives"


def _commands() -> list[tuple[int, str, str]]:
    """The command lines of the shell blocks, each with the folder it runs in."""
    found = []
    for line, code in _blocks("sh"):
        folder = "."
        for k, command in enumerate(code.splitlines()):
            command = command.split("  #", 1)[0].strip()
            if command.startswith("cd "):
                folder = command[3:].strip()
            elif command and not command.startswith(("#", *_LEFT_TO_CI)):
                found.append((line + k + 1, folder, command))
    return found


@pytest.mark.parametrize(("line", "folder", "command"), _commands(),
                         ids=[f"line-{n}" for n, _, _ in _commands()])
def test_each_shell_command_runs(line: int, folder: str, command: str, scratch: Path) -> None:
    words = shlex.split(command.replace("|", " | "))
    if any(w.endswith(".pdf") for w in words):
        pytest.importorskip("pdfplumber")
    if any(w.endswith(".html") for w in words):
        pytest.importorskip("lxml")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    python = shlex.quote(sys.executable)
    shell = re.sub(r"(^|\| )python ", rf"\g<1>{python} ", command)
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], cwd=scratch / folder,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"README.md line {line}: {command}\n{done.stderr}"
    written = words[words.index("-o") + 1] if "-o" in words else None
    assert done.stdout or (written and (scratch / folder / written).stat().st_size)
