#!/usr/bin/env python3
"""Fingerprint what segmenter makes of a fixed set of texts, to prove a refactor changes
nothing: run it before and after, and compare the two outputs.

usage: python tools/fingerprint.py [SRC_DIR] > before.json

The texts: every fixture dump, the dumps in ../shared/real if present, a 2 MB dump made
of repeated fixtures (several windows) and the hostile inputs of the speed benchmark at
200 kB. For each, the MD5 of ``analyze(text).to_dict()`` as sorted JSON; with pdfplumber
installed, also the MD5 of ``analyze_pdf(path)`` (its text and styles) for every fixture
PDF that reads. SRC_DIR
(default: this checkout's src) is the segmenter to import, so that another worktree
can be fingerprinted with the same texts.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "tests"))
    import speed
    from hostile import hostile_inputs

    paths = [*sorted(ROOT.glob("fixtures/*/*.txt")),
             *sorted((ROOT.parent / "shared" / "real").glob("*.txt"))]
    # bytes decoded as they are: "\r\n" stays, as it would through open(newline="")
    texts = {p.name: p.read_bytes().decode("utf-8", "surrogateescape") for p in paths}
    texts["repeated fixtures, 2 MB"] = speed._dump(2_000_000)
    texts.update(hostile_inputs(200_000, filler=speed._sample()))
    return texts


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "src"
    sys.path.insert(0, str(src.resolve()))
    import segmenter

    out = {}
    for name, text in _texts().items():
        data = json.dumps(segmenter.analyze(text).to_dict(), sort_keys=True, default=str)
        out[name] = hashlib.md5(data.encode("utf-8", "surrogateescape")).hexdigest()
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        pdfs = []
    else:
        pdfs = sorted(ROOT.glob("fixtures/pdf/*.pdf"))
    for path in pdfs:
        try:
            doc = segmenter.analyze_pdf(path)
        except segmenter.PDFError:
            continue
        data = json.dumps([doc.text, doc.to_dict()], sort_keys=True, default=str)
        out[path.name] = hashlib.md5(data.encode("utf-8", "surrogateescape")).hexdigest()
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
