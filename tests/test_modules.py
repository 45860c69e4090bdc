"""The package's shape: every module says what it exports, and only that; the imports
run one way, down the layers of the pipeline, with no circle."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import segmenter

# every module of every sub-package (walk_packages imports a package by the name it
# gives, so the names carry the "segmenter." prefix)
MODULES = ["segmenter"] + [
    m.name for m in pkgutil.walk_packages(segmenter.__path__, "segmenter.")
    if m.name != "segmenter.__main__"
]


@pytest.mark.parametrize("name", MODULES)
def test_all_is_true(name: str) -> None:
    """``__all__`` names what exists, and every public class, function and constant the
    module defines is in it."""
    module = importlib.import_module(name)
    exported = module.__all__
    assert len(exported) == len(set(exported))
    assert all(hasattr(module, n) for n in exported), name
    tree = ast.parse(inspect.getsource(module))
    defined = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            defined.add(node.name)
        elif isinstance(node, ast.AnnAssign | ast.Assign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            defined.update(t.id for t in targets if isinstance(t, ast.Name))
    public = {n for n in defined if not n.startswith("_")}
    assert public <= set(exported), sorted(public - set(exported))


@pytest.mark.parametrize("name", MODULES)
def test_module_says_what_it_does(name: str) -> None:
    """Every module opens with a docstring."""
    assert importlib.import_module(name).__doc__


_SOURCES = sorted((Path(segmenter.__file__).parent).rglob("*.py"))


@pytest.mark.parametrize("path", _SOURCES, ids=[p.stem for p in _SOURCES])
def test_modules_functions_and_classes_stay_small(path: Path) -> None:
    """The shape the stage modules keep (issue 12): a module of at most about 400 lines,
    a class of at most 250, a function of at most 60 lines and cyclomatic complexity 15
    (radon, from the dev extra, measures the last)."""
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= 410, path.name
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            assert node.end_lineno - node.lineno < 250, node.name  # type: ignore[operator]
        elif isinstance(node, ast.FunctionDef):
            assert node.end_lineno - node.lineno < 60, node.name  # type: ignore[operator]
    radon = pytest.importorskip("radon.complexity", reason="radon is in the dev extra")
    blocks = radon.cc_visit(source)
    functions = [*blocks, *(m for b in blocks for m in getattr(b, "methods", ()))]
    worst = [(b.name, b.complexity) for b in functions
             if b.complexity > 15 and not hasattr(b, "methods")]
    assert not worst, worst


# The layers (issue 25): what each part of the package may import besides its own modules.
# A part is a sub-package, or a module at the top. The base (the shared vocabulary of
# every stage) imports nothing of the package but itself.
_BASE = {"errors", "model", "text", "lines", "lexicons"}
_STAGES = {"reading", "marking", "grammar", "starts", "formats", "assembly"}
_MAY_IMPORT: dict[str, set[str]] = {
    **{part: _BASE for part in _BASE},
    "reading": _BASE,
    "marking": _BASE,
    "grammar": {"text", "lexicons", "model"},
    "starts": _BASE | {"marking", "grammar"},
    "formats": _BASE | {"marking", "grammar", "starts"},
    "assembly": _BASE | {"marking", "grammar", "starts"},
    "collector": set(),  # the garbage collector paused per window: pipeline's alone
    "pipeline": _BASE | _STAGES | {"collector"},
    "segmenter": _BASE | _STAGES | {"pipeline"},  # the package's __init__: the public API
    "evaluate": _BASE | _STAGES | {"pipeline", "segmenter"},
    "cli": _BASE | _STAGES | {"pipeline", "segmenter"},
    "__main__": {"cli"},
}
_NAMES = {m.removeprefix("segmenter.") for m in MODULES} | {"__main__"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(Path(segmenter.__file__).parent).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__") or "segmenter"


def _imports(name: str, source: str, *, package: bool = False) -> set[str]:
    """The package's modules the module ``name`` (without "segmenter."; "segmenter" for the
    package's __init__) imports in ``source``, wherever the import stands: at the top, in
    a function, under TYPE_CHECKING."""
    parent = [] if name == "segmenter" else name.split(".")
    if not package:
        parent = parent[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = parent[: len(parent) - node.level + 1]
            target = [*base, *(node.module.split(".") if node.module else [])]
            for alias in node.names:  # "from . import x" may name a module
                full = ".".join([*target, alias.name])
                found.add(full if full in _NAMES else ".".join(target) or "segmenter")
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [
                a.name for a in node.names]
            found.update(n.removeprefix("segmenter.") for n in names
                         if n.startswith("segmenter."))
    found.discard(name)
    return found


def _upward(name: str, imports: set[str]) -> list[str]:
    allowed = _MAY_IMPORT[_part(name)] | {_part(name)}
    return sorted(m for m in imports if _part(m) not in allowed)


def _part(name: str) -> str:
    return name.split(".")[0]


_GRAPH = {_module_name(p): _imports(_module_name(p), p.read_text(encoding="utf-8"),
                                    package=p.name == "__init__.py") for p in _SOURCES}


def test_every_part_has_its_layer() -> None:
    """A new sub-package or top module is placed in the layers before it lands."""
    assert {_part(m) for m in _GRAPH} <= set(_MAY_IMPORT)


@pytest.mark.parametrize("name", sorted(_GRAPH))
def test_imports_run_down_the_layers(name: str) -> None:
    """No module imports a part above its own (reading never imports marking, the
    grammar nothing but text, model and the lexicons, no stage the pipeline or the
    command line)."""
    upward = _upward(name, _GRAPH[name])
    assert not upward, f"{name} imports {upward}"


def test_no_import_circle() -> None:
    """No module reaches itself through the modules it imports (TYPE_CHECKING and
    function-level imports counted)."""
    def reaches(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(_GRAPH[start])
        while todo:
            m = todo.pop()
            if m not in seen and m in _GRAPH:
                seen.add(m)
                todo.extend(_GRAPH[m])
        return seen

    circles = sorted(m for m in _GRAPH if m in reaches(m))
    assert not circles, circles


def test_the_layer_check_sees_an_upward_import() -> None:
    """Relative imports are resolved as Python resolves them, a function's and a
    TYPE_CHECKING block's included, so a reader that imported the pipeline or marking,
    or a grammar module that imported a stage, would fail the test above."""
    source = ("from typing import TYPE_CHECKING\n"
              "from . import decode\n"
              "from ..pipeline import analyze_text\n"
              "if TYPE_CHECKING:\n    from ..starts.rules import Start\n"
              "def f():\n    from ..marking.content import Content\n")
    found = _imports("reading.files", source)
    assert found == {"reading.decode", "pipeline", "starts.rules", "marking.content"}
    assert _upward("reading.files", found) == ["marking.content", "pipeline", "starts.rules"]
    assert _upward("grammar.bylines", _imports("grammar.bylines", "from ..lines import L\n")
                   ) == ["lines"]
    assert _imports("cli", "from .command import main\n", package=True) == {"cli.command"}
    assert _imports("cli.command", "from .. import analyze_file\n") == {"segmenter"}


def test_import_loads_no_optional_reader() -> None:
    """``import segmenter`` loads none of the extras' libraries: each is imported when a
    file of its kind is first read."""
    code = ("import sys, segmenter, segmenter.cli\n"
            "print(sorted(m for m in ('pdfplumber', 'pdfminer', 'lxml', 'docx', 'striprtf',"
            " 'dask', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
