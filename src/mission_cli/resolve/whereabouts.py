"""Each delegate's items over time, and where they are at an instant.

A delegate's moves say where they are: in transit during a move, in its ``to``
city after it, in the ``from`` city of their first move before it. A delegate
with no moves is where their legs put them, by the local date of that city.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime

from mission_cli.resolve.items import ResolvedEvent, ResolvedLeg, ResolvedMove, ResolvedTrip


@dataclass(slots=True)
class Timeline:
    """One delegate's events (by start), moves (by departure, those in error included:
    see ``ResolvedMove.in_error``) and legs."""

    events: list[ResolvedEvent] = field(default_factory=list)
    moves: list[ResolvedMove] = field(default_factory=list)
    legs: list[ResolvedLeg] = field(default_factory=list)
    departs: list[datetime] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a delegate is: in ``city``, or on ``move`` (in transit), or unknown (neither)."""

    city: str | None
    move: ResolvedMove | None = None
    """In transit on this move; or, with a city, the move that brought them there."""
    in_transit: bool = False
    before_first_move: bool = False


def build_timelines(
    trip: ResolvedTrip, read: dict[int, ResolvedMove] | None = None
) -> dict[str, Timeline]:
    """Each delegate's timeline; ``read`` gives some moves (by index) another reading
    of their times (see ``checks/readings.py``)."""
    timelines = {key: Timeline() for key in trip.model.delegates}
    for event in trip.events:
        for key in event.attendees:
            timelines[key].events.append(event)
    for written in [*trip.moves, *trip.moves_in_error]:
        move = read.get(written.index, written) if read else written
        for key in move.passengers:
            timelines[key].moves.append(move)
    for leg in trip.legs:
        for key in leg.delegates:
            timelines[key].legs.append(leg)
    for timeline in timelines.values():
        timeline.events.sort(key=lambda e: (e.start, e.index))
        timeline.moves.sort(key=lambda m: (m.depart, m.index))
        timeline.departs = [m.depart for m in timeline.moves]
    return timelines


def place_at(timeline: Timeline, instant: datetime) -> Place:
    """Where the moves put a delegate at ``instant`` (unknown without moves)."""
    if not timeline.moves:
        return Place(None)
    i = bisect_right(timeline.departs, instant)
    if i == 0:
        first = timeline.moves[0]
        return Place(first.move.from_, first, before_first_move=True)
    last = timeline.moves[i - 1]
    if instant < last.arrive:
        return Place(None, last, in_transit=True)
    return Place(last.move.to, last)


def on_leg_in(timeline: Timeline, city: str, day: date) -> bool:
    """Whether one of the delegate's legs puts them in ``city`` on that local date."""
    return any(leg.leg.city == city and leg.start <= day <= leg.end for leg in timeline.legs)
