"""Allow ``python -m segmenter``."""

from .cli import run

run()
