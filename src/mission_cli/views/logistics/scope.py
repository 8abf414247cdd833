"""What each supplier's sheet looks at: the rules about what it shows and what it is made
from, and whether it needs the events.

A sheet is refused (``--no-partial``) or noted for the errors of its scope, not for a
mistake it cannot show: an overlap of two meetings does not make the hotel's rooming
list wrong. The file is always read whole and its shape checked (a key misspelt anywhere
counts); ``mission validate`` checks everything. Where each delegate sleeps and which
borders they cross come from their moves, so the rules of the moves belong to the
rooming list, the passenger lists and the documents alike; the meals are events, and
the caterer's sheet looks at everything.
"""

from __future__ import annotations

from mission_cli import catalog
from mission_cli.catalog import Rule
from mission_cli.pipeline import WHOLE, Scope


def _names(*rules: Rule) -> frozenset[str]:
    return frozenset(rule.name for rule in rules)


MOVES = _names(
    catalog.BROKEN_ITINERARY,
    catalog.DURING_TRAVEL,
    catalog.OUTSIDE_TRIP,
    catalog.IMPLAUSIBLE_TRAVEL,
    catalog.LEG_MISMATCH,
    catalog.ODD_HOUR,
)
"""Where everyone is, night and day: their moves (and legs)."""

SCOPES: dict[str, Scope] = {
    "rooming": Scope(
        MOVES
        | _names(
            catalog.NO_LODGING,
            catalog.LODGING_WRONG_CITY,
            catalog.LODGING_UNUSED,
            catalog.DOUBLE_LODGING,
            catalog.ROOM_OVER_CAPACITY,
            catalog.ROOM_UNKNOWN_GUEST,
        ),
        events=False,
    ),
    "manifest": Scope(MOVES | _names(catalog.OVER_CAPACITY), events=False),
    "documents": Scope(
        MOVES | _names(catalog.MISSING_DOCUMENT, catalog.DOCUMENT_EXPIRED), events=False
    ),
    "meals": WHOLE,
}
"""Each view of ``mission logistics`` -> what it looks at."""
