"""Drift: the field labels each document of an export prints -> a warning for the
documents that lack a field (nearly) all the others print, so that a file whose documents
stop fitting the export's layout says where, instead of losing the field in silence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..text import numbered

__all__ = ["field_drift"]

_MIN_DOCUMENTS = 20  # a field the documents print at least this often ...
_MAX_MISSING = 0.01  # ... and that at most this share of them lack (one at least)
_MAX_LISTED = 10  # documents named in one warning


def field_drift(labels: Sequence[frozenset[str]]) -> list[str]:
    """A warning for each field label that all but a few of an export's documents print
    (``labels``: each document's labels, as printed), naming the documents (counted from
    1) that lack it. Labels are compared without case and spaces ("Document type",
    "Documenttype" glued in one document's copy are one label).

    >>> docs = [frozenset({"LENGTH", "LOAD-DATE"})] * 30 + [frozenset({"LENGTH"})]
    >>> field_drift(docs)
    ["document 31 of 31 lacks the 'LOAD-DATE' field the other 30 print"]
    """
    n = len(labels)
    keyed = [{_key(label): label for label in held} for held in labels]
    counts = Counter(key for held in keyed for key in held)
    printed = {key: label for held in keyed for key, label in held.items()}
    out = []
    for key, k in sorted(counts.items()):
        if k < _MIN_DOCUMENTS or k == n or n - k > max(1, int(_MAX_MISSING * n)):
            continue
        missing = [i + 1 for i, held in enumerate(keyed) if key not in held]
        lack = numbered(missing, n, "document", ("lacks", "lack"), _MAX_LISTED)
        out.append(f"{lack} the {printed[key]!r} field the other {k} print")
    return out


def _key(label: str) -> str:
    return "".join(label.split()).casefold()
