"""The command line (``segmenter`` and ``python -m segmenter``): files in, the debug view,
CSV, JSON or JSON Lines out, one file or a batch in parallel.

The last layer: it calls the public functions and the pipeline, and nothing below
imports it. ``command`` parses the arguments and runs one file, ``batch`` many,
``output`` writes what either reads.
"""

from .command import main, parse_args, run

__all__ = ["main", "parse_args", "run"]
