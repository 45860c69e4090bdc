"""The package's shape: every module says what it exports, and only that."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil

import pytest

import segmenter

MODULES = ["segmenter"] + [
    f"segmenter.{m.name}" for m in pkgutil.walk_packages(segmenter.__path__, "")
    if m.name != "__main__"
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
