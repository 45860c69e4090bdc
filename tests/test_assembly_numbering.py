"""Numbered reviews: a press review whose items are "N. Title" over one meta line
("Outlet, weekday 30 November 2011, p. 23, 853w."), and the list numbers taken off
titles numbered in sequence."""

from __future__ import annotations

import segmenter

_OUTLETS = ["The Harbour Times", "Le Monde", "The Coast Courier", "Daily Ledger"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TITLES = ["Council approves new bridge plan", "Fishing ban lifted after storm",
           "Harbour board names new chair", "Ferry prices to rise in spring",
           "School roof repairs delayed again", "Lighthouse to reopen for visitors",
           "Port strike ends after talks", "New museum wing opens"]
_TEXT = ("The council met on Monday to discuss the plan for the river and the new bridge\n"
         "over it. Members said the vote would come later in the year.\n\n"
         "Officials said the cost of the works would be shared with the region, and that\n"
         "the first stage could begin in the autumn if the weather allowed.\n\n")


def _review() -> str:
    items = [f"{n}. {title}\n{_OUTLETS[n % 4]}, {_DAYS[n % 7]} {n + 10} November 2011, "
             f"p. {2 * n + 3}, {400 + 37 * n}w.\n\n{_TEXT}"
             for n, title in enumerate(_TITLES, 1)]
    return "PRESS REVIEW - HARBOUR CITY\nWeek 48, 2011\n\n" + "".join(items)


def test_a_numbered_review_gives_each_item_its_title_outlet_page_and_length() -> None:
    """Regression: a numbered review's meta line kept its length ("437w") as the outlet
    and its page and length nowhere; titles kept their list numbers."""
    doc = segmenter.analyze(_review())
    got = [(a.title, a.byline.outlet, a.byline.page, a.byline.length)
           for a in doc.articles if a.byline]
    assert got == [(title, _OUTLETS[n % 4], str(2 * n + 3), 400 + 37 * n)
                   for n, title in enumerate(_TITLES, 1)]
    assert doc.articles[0].byline is not None
    assert doc.articles[0].byline.to_dict()["page"] == "5"
    assert "PRESS REVIEW" in doc.preamble


def test_a_title_opening_with_a_number_alone_keeps_it() -> None:
    """A number opening one title, not in sequence with its neighbours' ("10 Years
    On"), is the title's own word."""
    text = "".join(f"{title}\nBy Ana Costa, The Harbour Times, 3 May 2020\n\n{_TEXT}"
                   for title in ("10 Years On The Bridge Still Stands", "Fishing ban lifted",
                                 "3. The third way"))
    assert [a.title for a in segmenter.analyze(text).articles] == [
        "10 Years On The Bridge Still Stands", "Fishing ban lifted", "3. The third way"]
