"""Run the examples in the library's docstrings."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import segmenter

MODULES = ["segmenter"] + [
    m.name for m in pkgutil.walk_packages(segmenter.__path__, "segmenter.")
    if m.name.rpartition(".")[2] not in {"__main__", "pdf"}
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    """Every docstring example in the module runs and prints what it shows."""
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
