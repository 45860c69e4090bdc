#!/usr/bin/env python3
"""Write the month and weekday names of src/segmenter/lexicons/ from CLDR (needs Babel, a
dev dependency: pip install -e '.[dev]'); the library reads the files, never Babel.

usage: python tools/make_date_lexicons.py

For each language below, months_<lang>.txt gets one row per month, `number name name
...`: the wide and abbreviated names of both CLDR contexts (format and stand-alone),
lower-cased, trailing periods dropped ("janv." -> "janv"; the grammar allows the period),
names shorter than three letters left out; weekdays_<lang>.txt one row per weekday the
same way. A name that two languages give to
different months is an error: the grammar could not tell them apart.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale

LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt"]
OUT = Path(__file__).resolve().parent.parent / "src" / "segmenter" / "lexicons"
_NOTE = {
    "months": ("# Month names of {name} from CLDR (Babel {version}), as `number name name ...`:\n"
               "# wide and abbreviated forms, lower-cased, periods dropped. Written by\n"
               "# tools/make_date_lexicons.py: do not edit by hand (add variants CLDR lacks to\n"
               "# months.txt). dates.py reads every month name of every language, case-\n"
               "# insensitively; an abbreviation may carry a period in the text.\n"),
    "weekdays": ("# Weekday names of {name} from CLDR (Babel {version}), one weekday a row: wide\n"
                 "# and abbreviated forms, lower-cased, periods dropped. Written by\n"
                 "# tools/make_date_lexicons.py: do not edit by hand. dates.py lets a weekday\n"
                 "# stand before or after a date; bylines.py drops one after a byline's date.\n"),
}


# Shorter abbreviations ("do", "so", "ma" for German and Dutch weekdays) are words of
# other languages: they are left out.
_MIN_ABBREVIATION = 3


def _names(table: dict[str, dict[str, dict[int, str]]], key: int) -> list[str]:
    names: list[str] = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            name = table[context][width][key].casefold().rstrip(".")
            if len(name) >= _MIN_ABBREVIATION and name not in names:
                names.append(name)
    return names


def main() -> None:
    import babel

    owner: dict[str, tuple[int, str]] = {}
    for lang in LANGUAGES:
        locale = Locale.parse(lang)
        note = {k: v.format(name=locale.english_name, version=babel.__version__)
                for k, v in _NOTE.items()}
        rows = []
        for month in range(1, 13):
            names = _names(locale.months, month)
            for n in names:
                if n in owner and owner[n][0] != month:
                    raise SystemExit(f"{n!r}: month {owner[n][0]} in {owner[n][1]}, "
                                     f"{month} in {lang}")
                owner[n] = (month, lang)
            rows.append(f"{month} {' '.join(names)}")
        (OUT / f"months_{lang}.txt").write_text(note["months"] + "\n".join(rows) + "\n", "utf-8")
        days = [" ".join(_names(locale.days, d)) for d in range(7)]
        (OUT / f"weekdays_{lang}.txt").write_text(note["weekdays"] + "\n".join(days) + "\n",
                                                   "utf-8")


if __name__ == "__main__":
    main()
