"""``mission schedule`` as one call: the trip's requests placed, checked, and explained.

The engine places as many requests as it can (every must, then the most shoulds, then
the most coulds) among the candidates ``stating.py`` gives it; the plan is then proved
on the file itself: the text with the new meetings (what ``--write`` writes) goes
through every stage and check, and a meeting that would raise a finding after all is
left out, saying which (the plan is then not said to be optimal). The engine, and so
HiGHS, is imported only when a plan is solved.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

import pytz

from mission_cli.clock.times import iso_local, wall_clock
from mission_cli.diagnostics import Diagnostic
from mission_cli.meetings.earliest import earliest
from mission_cli.meetings.reasons import reason
from mission_cli.meetings.stating import Asked, Stated, host_of, state
from mission_cli.meetings.verify import new_findings
from mission_cli.meetings.writeback import with_events
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedRequest
from mission_cli.resolve.requests import MEETING_KIND
from mission_cli.schedule import LEVELS, Placement, Plan, schedule
from mission_cli.words.message import Message

PROOF_ROUNDS = 3
"""Times the file is read again to prove a plan, each round leaving out the meetings
that raised a finding (the engine's model keeps the rules: none should)."""


@dataclass(frozen=True, slots=True)
class Meeting:
    """A request placed: in this plan, or already in the file (``in_file``)."""

    request: ResolvedRequest
    start: datetime
    end: datetime
    table: int | None = None
    """Its table in its session, from 1 (None: not in a session, or already placed)."""
    in_file: bool = False

    @property
    def id(self) -> str:
        return self.request.id


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A request not placed, and why."""

    id: str
    title: str | None
    priority: str | None
    reason: Message


@dataclass(slots=True)
class MeetingPlan:
    meetings: list[Meeting]
    left_out: list[LeftOut]
    optimal: bool
    asked: tuple[int, int, int]
    """Requests by priority (must, should, could), those already placed included."""
    placed: tuple[int, int, int]
    bound: tuple[int, int, int]
    """The most each level could reach, as far as the solver proved (``placed`` when
    optimal)."""
    seconds: float
    text: str | None = None
    """The file with the new meetings, as ``--write`` writes it (None: none is new)."""
    tables: dict[str, int] = field(default_factory=dict)
    stopped: bool = False
    """The solver stopped at the time limit before it proved its plan the best."""

    @property
    def new(self) -> list[Meeting]:
        return [m for m in self.meetings if not m.in_file]


def plan_meetings(
    loaded: LoadedTrip, text: str, *, step: int, time_limit: float, comment: str | None
) -> MeetingPlan:
    """The plan for the trip read from ``text``; ``comment`` heads the meetings added to
    the text. Raises :class:`~mission_cli.schedule.SolverMissing` without HiGHS."""
    began = time.perf_counter()
    stated = state(loaded, step)
    engine = earliest(stated.problem, schedule(stated.problem, time_limit))
    meetings = _meetings(stated, engine)
    left = _left_out(loaded, stated, engine)
    optimal = engine.optimal
    proven, dropped = _prove(loaded, text, meetings, comment)
    if dropped:
        optimal = False
        left += dropped
        meetings = [m for m in meetings if m.in_file or m.id not in {d.id for d in dropped}]
    order = {r.id: k for k, (_, r) in enumerate(loaded.model.requests)}
    left.sort(key=lambda item: order.get(item.id, len(order)))
    placed = _levels(m.request.request.priority for m in meetings)
    asked = _levels(r.priority for _, r in loaded.model.requests)
    bound = placed if optimal else _bound(engine, placed, stated)
    return MeetingPlan(
        sorted(meetings, key=lambda m: (m.start, m.table or 0, m.id)),
        left,
        optimal,
        asked,
        placed,
        bound,
        time.perf_counter() - began,
        proven,
        stated.tables,
        not engine.optimal,
    )


def _levels(priorities: Any) -> tuple[int, int, int]:
    found = list(priorities)
    must, should, could = (found.count(str(level)) for level in LEVELS)
    return must, should, could


def _bound(engine: Plan, placed: tuple[int, int, int], stated: Stated) -> tuple[int, int, int]:
    """The engine's bound, with the meetings already in the file counted in."""
    before = _levels(r.request.priority for r, _ in stated.placed_before)
    must, should, could = (b + k for b, k in zip(engine.bound, before, strict=True))
    return max((must, should, could), placed)


def _meetings(stated: Stated, engine: Plan) -> list[Meeting]:
    by_id = {asked.request.id: asked for asked in stated.asked}
    found = [
        Meeting(request, event.start, event.end, _table(stated, request, None), in_file=True)
        for request, event in stated.placed_before
    ]
    for placement in engine.placed:
        asked = by_id[placement.request]
        slot = asked.offered[placement.index]
        table = _table(stated, asked.request, placement)
        found.append(Meeting(asked.request, slot.start, slot.end, table))
    return found


def _table(stated: Stated, request: ResolvedRequest, placement: Placement | None) -> int | None:
    """A meeting's table in its session: its host's, when each host has one; else the
    seat the engine gave it in the pool of tables."""
    within = request.within
    if within is None:
        return None
    hosts = stated.hosts.get(within.id, [])
    host = host_of(request.request.attendees, request.attendees)
    if len(hosts) == stated.tables.get(within.id) and host in hosts:
        return hosts.index(host) + 1
    seat = placement.seats.get(f"tables:{within.id}") if placement is not None else None
    return seat + 1 if seat is not None else None


def _left_out(loaded: LoadedTrip, stated: Stated, engine: Plan) -> list[LeftOut]:
    by_id: dict[str, Asked] = {asked.request.id: asked for asked in stated.asked}
    found = [
        LeftOut(
            u.request,
            by_id[u.request].request.request.title,
            str(u.priority),
            reason(stated, loaded.trip, by_id[u.request], u.blocks),
        )
        for u in engine.unplaced
    ]
    written = {r.id: r for _, r in loaded.model.requests}
    declared = loaded.model.declared.get("requests", set())
    in_error = [*stated.in_error, *sorted(declared - set(written))]
    for ident in dict.fromkeys(in_error):
        request = written.get(ident)
        found.append(
            LeftOut(
                ident,
                request.title if request is not None else None,
                request.priority if request is not None else None,
                Message("its entry in the file has an error: `mission validate` says which"),
            )
        )
    return found


def _prove(
    loaded: LoadedTrip, text: str, meetings: list[Meeting], comment: str | None
) -> tuple[str | None, list[LeftOut]]:
    """The text with the new meetings, proved to raise no new finding, and the meetings
    left out for one (with the finding)."""
    new = [m for m in meetings if not m.in_file]
    dropped: list[LeftOut] = []
    for _ in range(PROOF_ROUNDS):
        if not new:
            return None, dropped
        written = with_events(text, [event_of(m) for m in new], comment)
        found = new_findings(loaded.result, written)
        if not found:
            return written, dropped
        blamed = _blame(found, new)
        for meeting in new:
            diag = blamed.get(meeting.id)
            if diag is not None:
                said = Message(
                    "adding it would raise {rule}: {finding}", rule=diag.rule, finding=diag.said
                )
                dropped.append(_left(meeting, said))
        new = [m for m in new if m.id not in blamed]
    said = Message("it could not be proved to raise no new finding")
    dropped += [_left(meeting, said) for meeting in new]  # no proof: nothing is added
    return None, dropped


def _left(meeting: Meeting, said: Message) -> LeftOut:
    request = meeting.request.request
    return LeftOut(meeting.id, request.title, request.priority, said)


def _blame(found: list[Diagnostic], new: list[Meeting]) -> dict[str, Diagnostic]:
    """The meetings (by id) each new finding names; one that names none is laid on the
    meetings of its delegates, else on every new meeting."""
    blamed: dict[str, Diagnostic] = {}
    for diag in found:
        named = [m for m in new if m.id in diag.events]
        named = named or [m for m in new if set(m.request.attendees) & set(diag.delegates)]
        for meeting in named or new:
            blamed.setdefault(meeting.id, diag)
    return blamed


def event_of(meeting: Meeting) -> dict[str, Any]:
    """The meeting as an event of the trip file: what ``--write`` adds."""
    request = meeting.request
    written = request.request
    event: dict[str, Any] = {"id": request.id, "title": written.title}
    if request.venue is not None:
        event["venue"] = request.venue
    else:
        event["city"] = request.city
    event["start"] = written_time(meeting.start, request.zone)
    event["duration"] = written.duration
    event["attendees"] = list(written.attendees) if written.attendees is not None else "all"
    if request.within is not None:
        event["part_of"] = request.within.id
    event["kind"] = MEETING_KIND
    return event


def written_time(instant: datetime, zone: tzinfo) -> str:
    """``2024-04-09 14:00``, local time; with its offset where that local time comes
    twice (the hour the clocks go back), so that it reads back as this instant."""
    wall = wall_clock(instant, zone)
    try:
        zone.localize(wall, is_dst=None)  # type: ignore[attr-defined]
    except pytz.AmbiguousTimeError:
        return f"{wall:%Y-%m-%d %H:%M}{iso_local(instant, zone)[19:]}"
    return f"{wall:%Y-%m-%d %H:%M}"
