"""The package's shape: every module says what it exports, and only that."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
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
