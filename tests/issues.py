"""Pieces of the small issues the layout tests build (separator-divided weeklies, reprint
monthlies): a paragraph pair of ordinary text, a separator row with its blank lines, and
the capitals titles of the pieces."""

from __future__ import annotations

PARA = ("The committee tested the new pumps for a month in the lower gallery and found\n"
        "that they drained the workings twice as fast as the old engines had done.\n\n"
        "The cost of running them was lower too, and the engineers expect the mine to\n"
        "reach the next level before the end of the year, if the rock stays dry.\n\n")
SEP = "\n       *       *       *       *       *\n\n\n\n\n"
TITLES = ["THE NEW PUMPS.", "A VISIT TO THE QUARRIES.", "THE GLASS WORKS.",
          "NOTES ON THE RIVER.", "THE OLD BRIDGE.", "THE HARBOUR LIGHTS."]
