"""Moves that cannot be right, and legs the moves contradict: ``implausible-travel`` and
``leg-mismatch``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from mission_cli.catalog import Severity
from mission_cli.checks.context import CheckContext
from mission_cli.checks.folds import Folds, runs
from mission_cli.checks.readings import (
    FASTEST_KMH,
    GROUND,
    IMPOSSIBLE_KMH,
    LONGEST_FLIGHT,
    LONGEST_GROUND,
    SHORTEST_FLIGHT,
    SLOWEST_FLIGHT_KMH,
    move_km,
    one_end_at_home,
    speed,
)
from mission_cli.clock.times import day_range, in_zone, wall_clock
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc
from mission_cli.resolve.items import ResolvedLeg, ResolvedMove
from mission_cli.resolve.whereabouts import Timeline, alike
from mission_cli.words.message import N_, Message


def _length(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"


def implausible_travel(ctx: CheckContext) -> Iterator[Diagnostic]:
    """A warning, but an error over ``IMPOSSIBLE_KMH``; where the home zone's reading of
    ``arrive`` (or ``depart``) makes the move plausible, the hint says it."""
    for move in ctx.trip.moves:
        found = _implausible(ctx, move)
        if found is None:
            continue
        message, hint = found
        km = _distance(ctx, move)
        reading = _home_reading(ctx, move, km) if km is not None else None
        found_at = ctx.diag(
            ("travel", move.index, reading[0] if reading else "arrive"),
            Message("{item} {what}", item=ctx.describe(move), what=message),
            reading[1] if reading else hint,
            items=(move,),
            delegates=move.passengers,
        )
        if km is not None and speed(km, move.arrive - move.depart) > IMPOSSIBLE_KMH:
            found_at = replace(found_at, severity=Severity.ERROR)
        yield found_at


def _distance(ctx: CheckContext, move: ResolvedMove) -> float | None:
    return move_km(ctx.trip, move)


def _home_reading(ctx: CheckContext, move: ResolvedMove, km: float) -> tuple[str, Message] | None:
    """(the field, the hint) when ``arrive`` (else ``depart``) read in the home zone makes
    the move plausible: a time pasted from an e-mail written at home."""
    home = ctx.trip.home_zone
    found = one_end_at_home(move, home, km)
    if home is None or found is None:
        return None
    field, read = found
    name = getattr(home, "zone", str(home))
    wall = in_zone(
        *((move.arrive, move.to_zone) if field == "arrive" else (move.depart, move.from_zone))
    )
    span = read.arrive - read.depart
    return field, Message(
        "meant {time} {zone} for {field}? the journey would then take {length} at {speed} "
        "km/h: write {field} as '{written}'",
        field=field,
        time=format(wall, "%H:%M"),
        zone=name,
        length=_length(span),
        speed=round(speed(km, span)),
        written=format(wall, "%Y-%m-%d %H:%M ") + name,
    )


_GROUND_SAID = {
    "train": (N_("takes {length} by train"), N_("no train journey lasts a day; {zones}")),
    "bus": (N_("takes {length} by bus"), N_("no bus journey lasts a day; {zones}")),
    "car": (N_("takes {length} by car"), N_("no car journey lasts a day; {zones}")),
}


def _implausible(ctx: CheckContext, move: ResolvedMove) -> tuple[Message, Message] | None:
    span = move.arrive - move.depart
    mode = move.move.mode
    zones = Message(
        "depart is read in the 'from' city's zone, arrive in the 'to' city's: check both"
    )
    length = _length(span)
    if mode == "flight" and span < SHORTEST_FLIGHT:
        return Message("is a flight of {length}", length=length), Message(
            "a flight takes 30 min or more; {zones}", zones=zones
        )
    if mode == "flight" and span > LONGEST_FLIGHT:
        return Message("is a flight of {length}", length=length), Message(
            "no flight lasts over 20 hours; {zones}", zones=zones
        )
    if mode in GROUND and span > LONGEST_GROUND:
        what, why = _GROUND_SAID[mode]
        return Message(what, length=length), Message(why, zones=zones)
    km = move_km(ctx.trip, move)
    if km is None or span <= timedelta(0):
        return None
    fast = speed(km, span)
    covers = Message(
        "covers {km} km in {length}, {speed} km/h", km=round(km), length=length, speed=round(fast)
    )
    if fast > FASTEST_KMH:
        return covers, Message(
            "nothing a delegation takes goes over {fastest} km/h; {zones}",
            fastest=int(FASTEST_KMH),
            zones=zones,
        )
    if mode == "flight" and fast < SLOWEST_FLIGHT_KMH and km > 0:
        return covers, Message(
            "a flight that slow hides a connection or a wrong time: write each flight of a "
            "connection as its own move; {zones}",
            zones=zones,
        )
    return None


def leg_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One finding per leg and run of days, listing every delegate whose moves never put
    them in the leg's city on those days."""
    found: Folds[tuple[int, tuple[date, ...]], tuple[ResolvedLeg, tuple[date, ...]]] = Folds()
    for timeline, keys in alike(ctx.timelines):
        if not timeline.moves or not timeline.legs:
            continue
        spans = _presence(timeline)
        for leg in timeline.legs:
            zone = ctx.trip.zones.get(leg.leg.city)
            first = max(leg.start, ctx.trip.start or leg.start)
            last = min(leg.end, ctx.trip.end or leg.end)
            if zone is None or last < first:
                continue
            covered = _days_there(spans.get(leg.leg.city, []), zone, first, last)
            missed = [d for d in day_range(first, last) if d not in covered]
            for days in runs(missed):
                found.add_each((leg.index, tuple(days)), (leg, tuple(days)), keys)
    for (leg, run), who in found:
        days = list(run)
        loc: Loc = ("legs", leg.index, "city")
        if days[0] == leg.start:
            loc = ("legs", leg.index, "start")
        elif days[-1] == leg.end:
            loc = ("legs", leg.index, "end")
        said = (
            Message(
                "a leg puts {who} in {city} on {date}, but their moves never take them there "
                "that day",
                who=ctx.who(who),
                city=ctx.city_name(leg.leg.city),
                date=days[0],
            )
            if len(days) == 1
            else Message(
                "a leg puts {who} in {city} from {first} to {last}, but their moves never take "
                "them there those days",
                who=ctx.who(who),
                city=ctx.city_name(leg.leg.city),
                first=days[0],
                last=days[-1],
            )
        )
        yield ctx.diag(
            loc,
            said,
            Message(
                "correct the leg's dates or delegates, or the moves (moves decide where a "
                "delegate is)"
            ),
            delegates=who,
            day=days[0],
        )


Span = tuple[datetime | None, datetime | None]
"""From an instant to an instant; None: since ever, or for ever."""


def _presence(timeline: Timeline) -> dict[str, list[Span]]:
    """City -> the spans a delegate's moves put them there (open before the first move
    and after the last)."""
    moves = timeline.moves
    spans: dict[str, list[Span]] = {moves[0].move.from_: [(None, moves[0].depart)]}
    for move, following in zip(moves, [*moves[1:], None], strict=True):
        until = following.depart if following is not None else None
        spans.setdefault(move.move.to, []).append((move.arrive, until))
    return spans


def _days_there(spans: list[Span], zone: tzinfo, first: date, last: date) -> set[date]:
    """The local dates between ``first`` and ``last`` that one of the spans touches."""
    covered: set[date] = set()
    for since, until in spans:
        begin = wall_clock(since, zone).date() if since is not None else first
        end = wall_clock(until - _TICK, zone).date() if until is not None else last
        covered.update(day_range(max(begin, first), min(end, last)))
    return covered


_TICK = timedelta(microseconds=1)
"""A span ends before its last instant: one ending at midnight does not touch that day."""
