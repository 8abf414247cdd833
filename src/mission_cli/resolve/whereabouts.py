"""Each delegate's items over time, and where they are at an instant.

A delegate's moves say where they are: in transit during a move, in its ``to``
city after it, in the ``from`` city of their first move before it. A delegate
with no moves is where their legs put them, by the local date of that city.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from mission_cli.resolve.items import ResolvedEvent, ResolvedLeg, ResolvedMove, ResolvedTrip

T = TypeVar("T")


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
    of their times (see ``checks/readings.py``). Delegates with the same items share one
    timeline object (a delegation that travels together): what is found from a timeline
    is found once for them all (:func:`alike`)."""
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
    shared: dict[tuple[tuple[int, ...], ...], Timeline] = {}
    for key, timeline in timelines.items():
        same = (
            tuple(map(id, timeline.events)),
            tuple(map(id, timeline.moves)),
            tuple(map(id, timeline.legs)),
        )
        if same in shared:
            timelines[key] = shared[same]
            continue
        shared[same] = timeline
        timeline.events.sort(key=lambda e: (e.start, e.index))
        timeline.moves.sort(key=lambda m: (m.depart, m.index))
        timeline.departs = [m.depart for m in timeline.moves]
    return timelines


def alike(by_key: dict[str, T]) -> list[tuple[T, list[str]]]:
    """Each distinct object of ``by_key`` (by identity) with the keys that share it, in
    the order first met: a timeline, or the nights found from it, looked at once for a
    whole delegation. Whatever a check folds from the first key of a group it folds
    from each of them, so findings come out as if each key were looked at in turn."""
    groups: dict[int, tuple[T, list[str]]] = {}
    for key, value in by_key.items():
        group = groups.get(id(value))
        if group is None:
            groups[id(value)] = (value, [key])
        else:
            group[1].append(key)
    return list(groups.values())


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
