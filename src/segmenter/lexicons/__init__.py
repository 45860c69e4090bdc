"""The word lists every stage reads: the data files beside this loader, read once, at import.

Each file holds one concept; its header comment says how the rules use it. Lines that
are blank or start with ``#`` are skipped; everything else is folded to lower case.
"""

from __future__ import annotations

from importlib import resources

__all__ = [
    "ADVERT_LABELS",
    "ARTICLES",
    "BOILERPLATE",
    "CAPTION_LABELS",
    "COMPOUND_PREFIXES",
    "COMPOUND_SUFFIXES",
    "CONJUNCTIONS",
    "CONNECTORS",
    "CONTENTS_LABELS",
    "COPY_DATE_LEADS",
    "COUNTER_WORDS",
    "CREDIT_LABELS",
    "CREDIT_WORDS",
    "CREDIT_WORDS_STRICT",
    "DATE_CONNECTORS",
    "DATE_LABELS",
    "DATE_LEADS",
    "EDITION_WORDS",
    "FACTIVA_CODES",
    "FIELD_LABELS",
    "FOOTNOTE_LABELS",
    "GIVEN_NAMES",
    "ISSUE_LABELS",
    "JOB_TITLE_WORDS",
    "LENGTH_WORDS",
    "MONTHS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NOTICE_PHRASES",
    "ORDINALS",
    "ORG_WORDS",
    "OUTLET_CREDITS",
    "PAGE_LABELS",
    "PAGE_OF_WORDS",
    "PLACES",
    "POST_NOMINALS",
    "PRESS_ROLES",
    "PUBLICATION_LINKS",
    "RESIDENCE_WORDS",
    "ROLE_NOUNS",
    "SERIAL_NOTES",
    "TITLE_ABBREVIATIONS",
    "TITLE_END_WORDS",
    "TRANSLATION_NOTES",
    "VIA_WORDS",
    "WEB_FURNITURE",
    "WEB_HEADINGS",
    "WEB_SUBHEADINGS",
    "WEEKDAYS",
]


def _rows(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return [row.strip() for row in text.splitlines() if row.strip() and not row.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(row.casefold() for row in _rows(name))


def _phrases(name: str, *, flagged: bool = False) -> frozenset[str]:
    """The phrases of a `LANGUAGE PHRASE [?]` file, folded, languages and flags dropped;
    with ``flagged``, only the phrases whose row ends in " ?"."""
    rows = [row.split()[1:] for row in _rows(name)]
    return frozenset(" ".join(w for w in words if w != "?").casefold() for words in rows
                     if not flagged or words[-1] == "?")


def _lexicon_files(stem: str) -> list[str]:
    """``stem``.txt (hand-kept variants) and every ``stem``_<language>.txt (from CLDR)."""
    folder = resources.files(__package__)
    generated = sorted(f.name for f in folder.iterdir()
                       if f.name.startswith(f"{stem}_") and f.name.endswith(".txt"))
    return [f"{stem}.txt", *generated]


def _months() -> dict[str, int]:
    table: dict[str, int] = {}
    for name_of_file in _lexicon_files("months"):
        for row in _rows(name_of_file):
            number, *names = row.split()
            for name in names:
                folded = name.casefold()
                if table.setdefault(folded, int(number)) != int(number):
                    raise ValueError(f"{name_of_file}: {name!r} names two months")
    return table


def _field_labels() -> dict[str, str]:
    """field_labels.txt: each label (folded, spaces normalised) -> its kind."""
    kinds = {"title", "byline", "date", "outlet", "place", "body", "other"}
    table: dict[str, str] = {}
    for row in _rows("field_labels.txt"):
        _, kind, *label = row.split()
        if kind not in kinds:
            raise ValueError(f"field_labels.txt: unknown kind {kind!r}")
        name = " ".join(label).casefold()
        if table.setdefault(name, kind) != kind:
            raise ValueError(f"field_labels.txt: {name!r} has two kinds")
    return table


def _boilerplate() -> tuple[tuple[str, str], ...]:
    pairs = []
    for row in _rows("boilerplate.txt"):
        scope, _, pattern = row.partition("\t")
        if scope not in ("block", "to_end", "from_start"):
            raise ValueError(f"boilerplate.txt: unknown scope {scope!r}")
        pairs.append((scope, pattern))
    return tuple(pairs)


MONTHS: dict[str, int] = _months()
WEEKDAYS: frozenset[str] = frozenset(
    w.casefold() for f in _lexicon_files("weekdays") for row in _rows(f) for w in row.split())
DATE_CONNECTORS: frozenset[str] = _phrases("date_connectors.txt")
ORDINALS: frozenset[str] = _phrases("ordinals.txt")
PAGE_LABELS: frozenset[str] = _phrases("page_labels.txt")
ISSUE_LABELS: frozenset[str] = _phrases("issue_labels.txt")
PAGE_OF_WORDS: frozenset[str] = _phrases("page_of_words.txt")
ORG_WORDS: frozenset[str] = _words("org_words.txt")
JOB_TITLE_WORDS: frozenset[str] = _words("job_titles.txt")
ROLE_NOUNS: frozenset[str] = _phrases("role_nouns.txt")
PRESS_ROLES: frozenset[str] = _phrases("role_nouns.txt", flagged=True)
NAME_PARTICLES: frozenset[str] = _words("name_particles.txt")
# Without the closing full stop: suffix -> whether it takes one ("jun" -> True).
NAME_SUFFIXES: dict[str, bool] = {r.casefold().rstrip("."): r.endswith(".")
                                  for r in _rows("name_suffixes.txt")}
PLACES: frozenset[str] = _words("places.txt")
BOILERPLATE: tuple[tuple[str, str], ...] = _boilerplate()
COMPOUND_PREFIXES: frozenset[str] = _words("compound_prefixes.txt")
COMPOUND_SUFFIXES: frozenset[str] = _words("compound_suffixes.txt")
CONNECTORS: frozenset[str] = _words("connectors.txt")
CREDIT_WORDS: frozenset[str] = _phrases("credit_words.txt")
# Credit words that are also common words elsewhere ("door", "par").
CREDIT_WORDS_STRICT: frozenset[str] = _phrases("credit_words.txt", flagged=True)
CREDIT_LABELS: frozenset[str] = _phrases("credit_labels.txt")
DATE_LABELS: frozenset[str] = _phrases("date_labels.txt")
CONJUNCTIONS: frozenset[str] = _phrases("conjunctions.txt")
COUNTER_WORDS: frozenset[str] = _phrases("counter_words.txt")
CAPTION_LABELS: frozenset[str] = _phrases("caption_labels.txt")
CONTENTS_LABELS: frozenset[str] = _phrases("contents_labels.txt")
ADVERT_LABELS: frozenset[str] = _phrases("advert_labels.txt")
NOTICE_PHRASES: frozenset[str] = _phrases("notice_phrases.txt")
FOOTNOTE_LABELS: frozenset[str] = _phrases("footnote_labels.txt")
SERIAL_NOTES: frozenset[str] = _phrases("serial_notes.txt")
DATE_LEADS: frozenset[str] = _phrases("date_leads.txt")
# Date leads that date a copy, not the article ("Last updated").
COPY_DATE_LEADS: frozenset[str] = _phrases("date_leads.txt", flagged=True)
OUTLET_CREDITS: frozenset[str] = _phrases("outlet_credits.txt")
LENGTH_WORDS: frozenset[str] = _phrases("length_words.txt")
TRANSLATION_NOTES: frozenset[str] = _phrases("translation_notes.txt")
ARTICLES: frozenset[str] = _phrases("articles.txt")
VIA_WORDS: frozenset[str] = _phrases("via_words.txt")
PUBLICATION_LINKS: frozenset[str] = _phrases("publication_links.txt")
WEB_FURNITURE: frozenset[str] = _words("web_furniture.txt")
WEB_HEADINGS: frozenset[str] = frozenset(
    w for w in _words("web_headings.txt") if not w.endswith(" ?"))
WEB_SUBHEADINGS: frozenset[str] = frozenset(
    w.removesuffix(" ?") for w in _words("web_headings.txt") if w.endswith(" ?"))
RESIDENCE_WORDS: frozenset[str] = _phrases("residence_words.txt")
POST_NOMINALS: frozenset[str] = _words("post_nominals.txt")
EDITION_WORDS: frozenset[str] = _words("editions.txt")
FIELD_LABELS: dict[str, str] = _field_labels()
# As printed (capitals): code -> kind.
FACTIVA_CODES: dict[str, str] = {
    code: kind for kind, code in (row.split() for row in _rows("factiva_codes.txt"))}
TITLE_END_WORDS: frozenset[str] = _words("title_end_words.txt")
# As printed (case matters: "Co." ends a title, "co." does not), in file order.
TITLE_ABBREVIATIONS: tuple[str, ...] = tuple(_rows("title_abbreviations.txt"))
GIVEN_NAMES: frozenset[str] = frozenset(
    w.casefold() for row in _rows("given_names.txt") for w in row.split()
)
