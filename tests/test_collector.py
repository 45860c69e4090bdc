"""The garbage collector paused per window: its state is always given back, and the
user's code between streamed articles runs with it as the user left it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import segmenter
from segmenter.collector import collector_paused

_DIGEST = "".join(f"Title number {k}\nJane Doe, Reuters, June 3, 2015\n\nBody text.\n\n"
                  for k in range(40))


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_on_again_after_segment(collector_on: None) -> None:
    assert len(segmenter.segment(_DIGEST)) == 40
    assert gc.isenabled()


def test_a_collector_the_user_turned_off_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        segmenter.segment(_DIGEST)
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_the_collector_is_on_again_after_an_error(collector_on: None) -> None:
    @collector_paused
    def fails() -> None:
        assert not gc.isenabled()
        raise ValueError("inside")

    with pytest.raises(ValueError, match="inside"):
        fails()
    assert gc.isenabled()


def test_the_users_code_between_streamed_articles_runs_with_the_collector(
        collector_on: None) -> None:
    """Paused per window, not per stream: the caller's loop body sees it on."""
    seen = [gc.isenabled() for _ in segmenter.iter_segment(_DIGEST * 50, window=4_096)]
    assert len(seen) == 2_000 and all(seen)


def test_calls_in_threads_give_the_collector_back_once_all_are_done(
        collector_on: None) -> None:
    started, release = threading.Event(), threading.Event()

    @collector_paused
    def holds() -> None:
        started.set()
        release.wait(10)

    worker = threading.Thread(target=holds)
    worker.start()
    started.wait(10)
    segmenter.segment(_DIGEST)  # ends while the other call still runs
    assert not gc.isenabled()
    release.set()
    worker.join(10)
    assert gc.isenabled()
