"""A trip's requests as the engine's :class:`~mission_cli.schedule.Problem`.

Each start on the grid becomes a candidate unless the trip itself rules it out, which is
remembered as a :class:`Miss` (the reasons of a request left out start there): an
attendee in another city then (``wrong-city``) or on a move (``during-travel``), a
meeting outside the day (``odd-hour``) or the trip (``outside-trip``), another event at
the session's venue (``venue-overlap``). What is left, the engine weighs against each
other and against the fixed items (``Busy``):

- each attendee is a resource (their events and moves are fixed items, with their
  venues for ``transfer-time``; a meeting ``within`` a session never conflicts with
  that session), with a cap on each local day (``long-day``, counting the day's fixed
  events);
- the outside party is a resource, ``with:<party>`` (two meetings with one party never
  overlap, the meetings already in the file included);
- a session's tables are one pool, ``tables:<event id>``: one table per host (the
  first attendee of a meeting in it: a startup, whoever comes with it), each keeping
  its table while the parties come to it; when the session's venue has a
  ``capacity``, no more tables than it seats meetings (its attendees and one person
  of the party at each table);
- a venue of a meeting outside any session is a resource, ``venue:<key>``, held by the
  events there (``venue-overlap``).

Rules a trip switches off (``checks.rules``) do not hold the plan back, but for those
that keep a person in one place at a time (``double-booking``, ``during-travel``,
``wrong-city``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum

from mission_cli.checks.parts import containers_of
from mission_cli.clock.times import TimeTextError, parse_clock, wall_clock
from mission_cli.meetings.grid import Slot, Window, minute, minute_up, slots, windows_of
from mission_cli.model.schema import Checks
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedEvent, ResolvedRequest, ResolvedTrip
from mission_cli.resolve.requests import MEETING_KIND
from mission_cli.resolve.whereabouts import Place, Timeline, build_timelines, on_leg_in, place_at
from mission_cli.schedule import Busy, Candidate, DayCap, Priority, Problem, Request, Use


class MissKind(Enum):
    """Why the trip itself rules a start (or a whole request) out."""

    NOBODY = "nobody"
    OVER_CAPACITY = "over-capacity"
    NO_SLOT = "no-slot"
    OUTSIDE_TRIP = "outside-trip"
    ODD_HOUR = "odd-hour"
    TRAVEL = "during-travel"
    WRONG_CITY = "wrong-city"
    NO_LEG = "no-leg"
    VENUE_TAKEN = "venue-overlap"


@dataclass(frozen=True, slots=True)
class Miss:
    kind: MissKind
    delegate: str | None = None
    item: str | None = None
    """The move a delegate is on, the event holding the venue."""
    place: Place | None = None
    """Where a delegate is instead (``wrong-city``)."""


@dataclass(slots=True)
class Asked:
    """One request as the engine is asked it: its candidates (``offered[i]`` is candidate
    ``i``) and the starts the trip ruled out, with why (no start: the whole request)."""

    request: ResolvedRequest
    party: str
    windows: list[Window]
    offered: list[Slot] = field(default_factory=list)
    missed: list[tuple[Slot | None, tuple[Miss, ...]]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The trip's ``checks``, and which rules hold the plan back."""

    transfer: int
    max_day: int
    day: tuple[time, time]
    off: frozenset[str]

    @classmethod
    def of(cls, checks: Checks) -> Thresholds:
        off = frozenset(rule for rule, level in checks.rules.items() if level == "off")
        day = (_clock(checks.day_start, time(7)), _clock(checks.day_end, time(23)))
        return cls(checks.transfer_minutes, round(checks.max_day_hours * 60), day, off)


@dataclass(slots=True)
class Stated:
    """The problem, each of its requests as asked, and what the command says of the
    others: those already placed in the file, those whose entry has an error."""

    problem: Problem
    asked: list[Asked]
    thresholds: Thresholds
    step: int
    placed_before: list[tuple[ResolvedRequest, ResolvedEvent]] = field(default_factory=list)
    in_error: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    """A session's id -> its tables."""
    hosts: dict[str, list[str]] = field(default_factory=dict)
    """A session's id -> who hosts its tables: with as many tables as hosts, host ``k``
    keeps table ``k + 1`` all through."""
    timelines: dict[str, Timeline] = field(default_factory=dict)


def party_key(name: str) -> str:
    """``with:<name>``, the same for ``Desjardins`` and ``desjardins ``."""
    return "with:" + " ".join(name.casefold().split())


def state(loaded: LoadedTrip, step: int) -> Stated:
    """The problem of placing the trip's requests not yet in its programme."""
    trip = loaded.trip
    thresholds = Thresholds.of(trip.model.checks)
    events = {event.id: event for event in trip.events}
    kinds = {event.id: event.kind for _, event in trip.model.events}
    stated = Stated(Problem(()), [], thresholds, step)
    pending: list[ResolvedRequest] = []
    twice = {ident for ident, count in Counter(r.id for r in trip.requests).items() if count > 1}
    for request in trip.requests:
        if request.id in twice:  # a duplicate-id: which one is meant is the file's to say
            stated.in_error.append(request.id)
        elif kinds.get(request.id) != MEETING_KIND:
            pending.append(request)
        elif request.id in events:
            stated.placed_before.append((request, events[request.id]))
        else:
            stated.in_error.append(request.id)
    resolved = {r.id for r in trip.requests}
    stated.in_error += [r.id for _, r in trip.model.requests if r.id not in resolved]
    timelines = stated.timelines = build_timelines(trip)
    stated.hosts = _hosts(trip, pending, [event for _, event in stated.placed_before])
    stated.tables = _tables(trip, stated.hosts, pending)
    requests = []
    for request in pending:
        asked = _ask(trip, timelines, thresholds, step, request)
        stated.asked.append(asked)
        requests.append(Request(request.id, _priority(request), _candidates(asked, thresholds)))
    busy = _busy(trip, timelines, stated, pending)
    capacity = {f"tables:{session}": count for session, count in stated.tables.items()}
    caps = _day_caps(timelines, requests, thresholds)
    transfer = 0 if "transfer-time" in thresholds.off else thresholds.transfer
    stated.problem = Problem(tuple(requests), tuple(busy), tuple(caps), transfer, capacity)
    return stated


def _priority(request: ResolvedRequest) -> Priority:
    return Priority(request.request.priority)


def _clock(text: str, default: time) -> time:
    try:
        return parse_clock(text)
    except TimeTextError:
        return default  # reported as invalid-time by validate


def _ask(
    trip: ResolvedTrip,
    timelines: dict[str, Timeline],
    thresholds: Thresholds,
    step: int,
    request: ResolvedRequest,
) -> Asked:
    """The request's starts on the grid, each offered or ruled out (and why)."""
    windows = windows_of(request, trip.start, trip.end, thresholds.day)
    asked = Asked(request, party_key(request.request.with_), windows)
    venue = trip.model.venues.get(request.venue) if request.venue is not None else None
    capacity = venue.capacity if venue is not None else None
    whole: list[Miss] = []
    if not request.attendees:
        whole.append(Miss(MissKind.NOBODY))
    crowded = capacity is not None and len(request.attendees) > capacity
    if crowded and "over-capacity" not in thresholds.off:
        whole.append(Miss(MissKind.OVER_CAPACITY))
    found = slots(windows, request.duration, step, request.zone)
    if not found:
        whole.append(Miss(MissKind.NO_SLOT))
    if whole:
        asked.missed.append((None, tuple(whole)))
        return asked
    neighbours = _venue_events(trip, request, thresholds)
    for slot in found:
        misses = _misses(trip, timelines, thresholds, request, slot, neighbours)
        if misses:
            asked.missed.append((slot, misses))
        else:
            asked.offered.append(slot)
    return asked


def _misses(
    trip: ResolvedTrip,
    timelines: dict[str, Timeline],
    thresholds: Thresholds,
    request: ResolvedRequest,
    slot: Slot,
    neighbours: list[ResolvedEvent],
) -> tuple[Miss, ...]:
    """What of the trip rules this start out: the day, the trip, where each attendee
    is, the session's venue taken by another event."""
    found: list[Miss] = []
    local = wall_clock(slot.start, request.zone)
    local_end = wall_clock(slot.end, request.zone)
    day = local.date()
    first, last = trip.start, trip.end
    outside = first is not None and last is not None and not first <= day <= last
    if outside and "outside-trip" not in thresholds.off:
        found.append(Miss(MissKind.OUTSIDE_TRIP))
    early, late = thresholds.day
    odd = local.time() < early or local_end.date() > day or local_end.time() > late
    if odd and "odd-hour" not in thresholds.off:
        found.append(Miss(MissKind.ODD_HOUR))
    for key in request.attendees:
        found += _whereabouts(timelines[key], key, request, slot, day)
    found += [Miss(MissKind.VENUE_TAKEN, item=e.id) for e in neighbours if _overlaps(e, slot)]
    return tuple(found)


def _whereabouts(
    timeline: Timeline, key: str, request: ResolvedRequest, slot: Slot, day: date
) -> list[Miss]:
    """An attendee on a move during the meeting, or elsewhere when it starts."""
    moving = [m for m in timeline.moves if m.depart < slot.end and slot.start < m.arrive]
    if moving:
        return [Miss(MissKind.TRAVEL, key, item=moving[0].id)]
    if timeline.moves:
        place = place_at(timeline, slot.start)
        if place.city is not None and place.city != request.city:
            return [Miss(MissKind.WRONG_CITY, key, place=place)]
        return []
    if timeline.legs and not on_leg_in(timeline, request.city, day):
        return [Miss(MissKind.NO_LEG, key)]
    return []


def _overlaps(event: ResolvedEvent, slot: Slot) -> bool:
    return event.start < slot.end and slot.start < event.end


def _venue_events(
    trip: ResolvedTrip, request: ResolvedRequest, thresholds: Thresholds
) -> list[ResolvedEvent]:
    """For a meeting within a session: the other events at its venue, which it would
    overlap (the session, the events it is inside and their parts are its family)."""
    session = request.within
    if session is None or request.venue is None or "venue-overlap" in thresholds.off:
        return []
    inside = containers_of(trip.events)
    family = {session.id, *inside.get(session.id, ())}
    return [
        e
        for e in trip.events
        if e.venue == request.venue and e.id not in family and not family & inside.get(e.id, set())
    ]


def _candidates(asked: Asked, thresholds: Thresholds) -> tuple[Candidate, ...]:
    request = asked.request
    within = request.within
    out: list[Candidate] = []
    for slot in asked.offered:
        start, end = slot.span
        day = str(wall_clock(slot.start, request.zone).date())
        label = within.id if within is not None else None
        uses = [Use(key, start, end, request.venue, day, label) for key in request.attendees]
        uses.append(Use(asked.party, start, end))
        if within is not None:
            uses.append(Use(f"tables:{within.id}", start, end))
        elif request.venue is not None and "venue-overlap" not in thresholds.off:
            uses.append(Use(f"venue:{request.venue}", start, end))
        out.append(Candidate(start, end, tuple(uses)))
    return tuple(out)


def _hosts(
    trip: ResolvedTrip, pending: list[ResolvedRequest], placed: list[ResolvedEvent]
) -> dict[str, list[str]]:
    """Who hosts a table in each session with requests: the first attendee written of
    each of its meetings (a startup, whoever comes with it), those of its parts in the
    file first, in the file's order."""
    sessions = {r.within.id for r in pending if r.within is not None}
    sessions |= {e.event.part_of for e in placed if e.event.part_of is not None}
    hosts: dict[str, dict[str, None]] = {ident: {} for ident in sorted(sessions)}
    for event in trip.events:
        host = host_of(event.event.attendees, event.attendees)
        if event.event.part_of in hosts and host is not None:
            hosts[event.event.part_of][host] = None
    for request in pending:
        host = host_of(request.request.attendees, request.attendees)
        if request.within is not None and host is not None:
            hosts[request.within.id][host] = None
    return {ident: list(found) for ident, found in hosts.items()}


def host_of(written: list[str] | None, keys: tuple[str, ...]) -> str | None:
    """Who hosts a meeting's table: its first attendee as written (a delegate's key),
    else the first of its attendees in the delegation's order."""
    first = written[0] if written else None
    if first is not None and first in keys:
        return first
    return keys[0] if keys else None


def _tables(
    trip: ResolvedTrip, hosts: dict[str, list[str]], pending: list[ResolvedRequest]
) -> dict[str, int]:
    """Each session's tables: one per host, no more than its venue seats (the most
    attendees of one of its meetings, and one person of the party, at each table)."""
    sessions = {e.id: e for e in trip.events}
    out: dict[str, int] = {}
    for ident, found in hosts.items():
        count = max(1, len(found))
        venue = sessions[ident].venue
        room = trip.model.venues[venue].capacity if venue in trip.model.venues else None
        if room is not None:
            sizes = [len(r.attendees) for r in pending if r.within and r.within.id == ident]
            count = min(count, max(1, room // (max(sizes, default=1) + 1)))
        out[ident] = count
    return out


def _busy(
    trip: ResolvedTrip,
    timelines: dict[str, Timeline],
    stated: Stated,
    pending: list[ResolvedRequest],
) -> list[Busy]:
    """What holds each resource already: the attendees' events and moves, the meetings
    in the file with each party, the session's parts at its tables, the events at a
    venue."""
    found: list[Busy] = []
    people = {key for request in pending for key in request.attendees}
    for key in sorted(people):
        timeline = timelines[key]
        found += [_held(key, e.start, e.end, e.id, e.venue) for e in timeline.events]
        found += [_held(key, m.depart, m.arrive, m.id, None) for m in timeline.moves]
    for request, event in stated.placed_before:
        found.append(_held(party_key(request.request.with_), event.start, event.end, event.id))
    for event in trip.events:
        if event.event.part_of in stated.tables:
            found.append(_held(f"tables:{event.event.part_of}", event.start, event.end, event.id))
    venues = {r.venue for r in pending if r.venue is not None and r.within is None}
    for event in trip.events:
        if event.venue in venues:
            found.append(_held(f"venue:{event.venue}", event.start, event.end, event.id))
    return found


def _held(
    resource: str, start: datetime, end: datetime, label: str, venue: str | None = None
) -> Busy:
    return Busy(resource, minute(start), minute_up(end), label, venue)


def _day_caps(
    timelines: dict[str, Timeline], requests: Iterable[Request], thresholds: Thresholds
) -> list[DayCap]:
    """A cap on each attendee's local day that a candidate falls on, counting that
    day's events; a day already longer than the cap may not grow (its finding stays
    the same one)."""
    if "long-day" in thresholds.off:
        return []
    days = {
        (use.resource, use.day)
        for request in requests
        for candidate in request.candidates
        for use in candidate.uses
        if use.day is not None
    }
    caps: list[DayCap] = []
    for key, day in sorted(days):
        events = [e for e in timelines[key].events if str(e.local_start.date()) == day]
        if not events:
            caps.append(DayCap(key, day, thresholds.max_day))
            continue
        first = minute(min(e.start for e in events))
        last = minute_up(max(e.end for e in events))
        caps.append(DayCap(key, day, max(thresholds.max_day, last - first), first, last))
    return caps
