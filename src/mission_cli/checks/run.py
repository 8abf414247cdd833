"""Run every schedule check on a resolved trip, then severities and suppressions.

``SCHEDULE_CHECKS`` pairs each rule of the schedule with the function that checks it: a
new rule of the schedule is a constant in ``catalog.py``, a function in the module of
its family, and a line here. Each check is handed a context bound to its own rule, so it
cannot emit another's.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import replace

from mission_cli import catalog
from mission_cli.catalog import Rule, Severity
from mission_cli.checks import (
    attendance,
    calendar,
    capacity,
    documents,
    journeys,
    lodging,
    overlaps,
    places,
    rooms,
)
from mission_cli.checks.context import CheckContext, CheckRun
from mission_cli.checks.ignores import apply_ignores
from mission_cli.diagnostics import MAX_PROBLEMS, Diagnostic
from mission_cli.load.positions import Locator
from mission_cli.model.schema import Ignore
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.resolve.references import item_ids

Check = Callable[[CheckContext], Iterable[Diagnostic]]

FINDINGS_BUDGET = 5 * MAX_PROBLEMS
"""Findings of the schedule past which the checks stop (and say so): each costs its
wording, and the first thousand are all that is shown."""

SCHEDULE_CHECKS: tuple[tuple[Rule, Check], ...] = (
    (catalog.EMPTY_EVENT, attendance.empty_event),
    (catalog.OUTSIDE_TRIP, calendar.outside_trip),
    (catalog.ODD_HOUR, calendar.odd_hour),
    (catalog.LONG_DAY, calendar.long_day),
    (catalog.DOUBLE_BOOKING, overlaps.double_booking),
    (catalog.DURING_TRAVEL, overlaps.during_travel),
    (catalog.VENUE_OVERLAP, overlaps.venue_overlap),
    (catalog.WRONG_CITY, places.wrong_city),
    (catalog.BROKEN_ITINERARY, places.broken_itinerary),
    (catalog.TRANSFER_TIME, places.transfer_time),
    (catalog.IMPLAUSIBLE_TRAVEL, journeys.implausible_travel),
    (catalog.LEG_MISMATCH, journeys.leg_mismatch),
    (catalog.NO_LODGING, lodging.no_lodging),
    (catalog.LODGING_WRONG_CITY, lodging.lodging_wrong_city),
    (catalog.LODGING_UNUSED, lodging.lodging_unused),
    (catalog.DOUBLE_LODGING, lodging.double_lodging),
    (catalog.ROOM_OVER_CAPACITY, rooms.room_over_capacity),
    (catalog.ROOM_UNKNOWN_GUEST, rooms.room_unknown_guest),
    (catalog.OVER_CAPACITY, capacity.over_capacity),
    (catalog.MISSING_DOCUMENT, documents.missing_document),
    (catalog.DOCUMENT_EXPIRED, documents.document_expired),
)
"""Every rule of the schedule with the function that checks it (``unused-ignore`` is
found while applying the ignores)."""


def run_checks(
    trip: ResolvedTrip, locator: Locator, rules: Collection[str] | None = None
) -> tuple[list[Diagnostic], bool]:
    """The schedule's diagnostics, and whether a check stopped early (too many pairs);
    with ``rules``, only those rules run, their ignores applied but never judged unused
    (a supplier's sheet does not read the events an ignore may be about: only a whole
    check can tell that an entry matches nothing)."""
    run = CheckRun(trip, locator)
    found: list[Diagnostic] = []
    for rule, check in SCHEDULE_CHECKS:
        if rules is not None and rule.name not in rules:
            continue
        level = run.level(rule)
        if level == "off" or len(found) >= FINDINGS_BUDGET:
            continue
        for diag in check(CheckContext(run, rule)):
            found.append(replace(diag, severity=Severity(level)) if level else diag)
            if len(found) >= FINDINGS_BUDGET:
                run.stopped = True  # the checks make each finding as it goes: stop making
                break
    unused = run.level(catalog.UNUSED_IGNORE) or str(catalog.UNUSED_IGNORE.severity)
    if rules is not None:
        unused = "off"
    ignored = apply_ignores(
        found, _valid_ignores(trip), locator, None if unused == "off" else Severity(unused)
    )
    return ignored, run.stopped


def _valid_ignores(trip: ResolvedTrip) -> list[tuple[int, Ignore]]:
    """The entries without errors of their own (those are reported, not judged unused)."""
    model = trip.model
    ids = item_ids(model)
    return [
        (index, entry)
        for index, entry in model.ignore
        if entry.rule in catalog.SCHEDULE_RULES
        and set(entry.events) <= ids
        and set(entry.delegates) <= set(model.delegates)
    ]
