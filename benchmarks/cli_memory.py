#!/usr/bin/env python3
"""Command-line memory: the peak resident memory of ``python -m segmenter`` on a large
text dump, for each output (the debug view, --json, --format jsonl and csv).

usage: python benchmarks/cli_memory.py [--size MB]

The dump is built as benchmarks/speed.py builds its own (the fixtures repeated) and
written to a temporary file; each output runs in a child process whose peak resident
set size (ru_maxrss) is printed with its wall time. Goal (issue 18): under about 100 MB
for a 50 MB text, where the view took 691 MB and --json 1.26 GB when the whole Document
was built first. The interpreter alone, with segmenter imported, is printed as the floor.
A batch's figure is the largest of its processes (each worker segments one file).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from speed import MB, _dump

_RUNS = [("python -c 'import segmenter' (floor)", ["-c", "import segmenter"]),
         ("view", []), ("--json", ["--json"]), ("--format jsonl", ["--format", "jsonl"]),
         ("--format csv", ["--format", "csv"]),
         ("--format jsonl, the file twice (batch; largest process)", ["--format", "jsonl", "{}"])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=50, metavar="MB")
    size = ap.parse_args().size
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dump.txt"
        path.write_text(_dump(size * MB), encoding="utf-8")
        print(f"{size} MB text dump: {path.stat().st_size / MB:.1f} MB on disk")
        print(f"{'output':<56} {'peak RSS MB':>11} {'wall s':>7}")
        for name, extra in _RUNS:
            extra = [str(path) if a == "{}" else a for a in extra]
            argv = extra if extra[:1] == ["-c"] else ["-m", "segmenter", *extra, str(path)]
            # a fresh grandchild per run, so that RUSAGE_CHILDREN is that run's alone
            code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], "
                    "stdout=subprocess.DEVNULL, check=True); "
                    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            start = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", code, sys.executable, *argv],
                                 capture_output=True, text=True, check=True)
            wall = time.perf_counter() - start
            print(f"{name:<56} {int(out.stdout) / 1024:>11.0f} {wall:>7.1f}")


if __name__ == "__main__":
    main()
