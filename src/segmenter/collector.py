"""Python's cyclic garbage collector paused while one window is analysed, its state restored
after (a window's work is bounded, so the pause is)."""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["collector_paused"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# Why: a window makes tens of thousands of short-lived objects that live through it, and
# each time they pass into the collector's oldest generation it walks every article made
# so far. On a dump of many tiny articles (333,000 in 8 MB) those walks took 40% of the
# time and grew with the square of the input. Paused per window, only the articles that
# outlive it reach the oldest generation, and its walks stay linear in total. A window
# holds at most MIN_WINDOW_LINES lines, so the cycles it leaves wait a bounded time.
_lock = threading.Lock()
_depth = 0  # calls inside a pause, in all threads
_was_enabled = False  # the collector's state when the outermost pause began


def collector_paused(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """``func`` run with the collector paused; it is enabled again after the last of
    the calls running at once (in any thread) returns, if it was enabled before."""

    @functools.wraps(func)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1
        try:
            return func(*args, **kwargs)
        finally:
            with _lock:
                _depth -= 1
                if _depth == 0 and _was_enabled:
                    gc.enable()

    return paused
