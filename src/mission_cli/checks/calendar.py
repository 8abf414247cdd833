"""Dates and hours: ``outside-trip``, ``odd-hour``, ``long-day``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, tzinfo

from mission_cli.catalog import IMPLAUSIBLE_TRAVEL, ODD_HOUR
from mission_cli.checks.context import CheckContext
from mission_cli.checks.folds import Folds
from mission_cli.checks.readings import impossible
from mission_cli.clock.times import TimeTextError, in_zone, place_wall, span_text
from mission_cli.diagnostics import Diagnostic
from mission_cli.resolve.items import Item, ResolvedEvent
from mission_cli.resolve.whereabouts import alike
from mission_cli.words.message import N_, Message


def outside_trip(ctx: CheckContext) -> Iterator[Diagnostic]:
    first, last = ctx.trip.start, ctx.trip.end
    if first is None or last is None:
        return
    items: list[tuple[Item, date, tuple[str, int, str], str]] = []
    for event in ctx.trip.events:
        day = event.local_start.date()
        items.append((event, day, ("events", event.index, "start"), event.city))
    for move in ctx.trip.moves:
        day = move.local_depart.date()
        items.append((move, day, ("travel", move.index, "depart"), move.move.from_))
    for item, day, loc, city in items:
        if first <= day <= last:
            continue
        side = (
            Message("before the trip's first day, {date}", date=first)
            if day < first
            else Message("after the trip's last day, {date}", date=last)
        )
        yield ctx.diag(
            loc,
            Message(
                "{item} is on {date} in {city}, {side}",
                item=ctx.describe(item),
                date=day,
                city=ctx.city_name(city),
                side=side,
            ),
            Message("correct the date, or widen trip.start and trip.end"),
            items=(item,),
            delegates=item.people,
        )
    yield from _stays_outside(ctx, first, last)


def _stays_outside(ctx: CheckContext, first: date, last: date) -> Iterator[Diagnostic]:
    """A lodging whose nights run before the trip's first day or past its last night
    (the night before ``trip.end``)."""
    for stay in ctx.trip.stays:
        early, late = stay.first < first, stay.last >= last
        if not (early or late):
            continue
        where = "check_in" if early else "check_out"
        side = Message("before the trip's first day, {date}", date=first) if early else (
            Message("past the trip's last night (the trip ends on {date})", date=last)
        )  # fmt: skip
        yield ctx.diag(
            ("lodging", stay.index, where),
            Message(
                "lodging '{id}' holds nights from {first} to {last}, {side}",
                id=stay.id,
                first=stay.first,
                last=stay.last,
                side=side,
            ),
            Message(
                "correct check_in and check_out (the last night is the day before check_out), "
                "or widen trip.start and trip.end"
            ),
            items=(stay,),
            delegates=stay.guests,
        )


def _is_odd(ctx: CheckContext, event: ResolvedEvent) -> tuple[bool, bool]:
    """(starts too early, ends too late), local time."""
    early = event.local_start.time() < ctx.day_start
    late = event.local_end.date() > event.local_start.date() or event.local_end.time() > ctx.day_end
    return early, late


def _odd_events(ctx: CheckContext) -> set[int]:
    return {e.index for e in ctx.trip.events if any(_is_odd(ctx, e))}


def odd_hour(ctx: CheckContext) -> Iterator[Diagnostic]:
    for event in ctx.trip.events:
        early, late = _is_odd(ctx, event)
        if not (early or late):
            continue
        start = in_zone(event.start, event.zone)
        end = in_zone(event.end, event.zone)
        where = ctx.city_name(event.city)
        if early:
            what = Message(
                "starts at {time}, before {limit}",
                time=format(start, "%H:%M %Z"),
                limit=format(ctx.day_start, "%H:%M"),
            )
            loc: tuple[str, int, str] = ("events", event.index, "start")
        else:
            what = Message(
                "ends at {time}, after {limit}",
                time=format(end, "%H:%M %Z"),
                limit=format(ctx.day_end, "%H:%M"),
            )
            field = "end" if event.event.end is not None else "duration"
            loc = ("events", event.index, field)
        yield ctx.diag(
            loc,
            Message(
                "'{id}' {what} local time in {city} ({when})",
                id=event.event.id,
                what=what,
                city=where,
                when=span_text(event.start, event.end, event.zone),
            ),
            _home_hint(ctx, event.zone, start),
            items=(event,),
            delegates=event.attendees,
        )
    yield from _odd_moves(ctx)


def _odd_moves(ctx: CheckContext) -> Iterator[Diagnostic]:
    """A move that leaves or arrives in the small hours (after ``day_end``, before
    ``day_start``, in the zone of that end): one finding, at its departure when both are.
    A move too fast to be true is ``implausible-travel``'s: one slip, one finding."""
    speed_is_said = ctx.is_on(IMPLAUSIBLE_TRAVEL)
    for move in ctx.trip.moves:
        if speed_is_said and impossible(ctx.trip, move):
            continue
        ends = (
            ("depart", move.depart, move.from_zone, move.move.from_),
            ("arrive", move.arrive, move.to_zone, move.move.to),
        )
        for field, instant, zone, city in ends:
            local = in_zone(instant, zone)
            if ctx.day_start <= local.time() <= ctx.day_end:
                continue
            what = _MOVE_ENDS[field]
            yield ctx.diag(
                ("travel", move.index, field),
                Message(
                    what,
                    id=move.move.id,
                    city=ctx.city_name(city),
                    time=format(local, "%Y-%m-%d %H:%M %Z"),
                    first=format(ctx.day_start, "%H:%M"),
                    last=format(ctx.day_end, "%H:%M"),
                ),
                _home_hint(ctx, zone, local),
                items=(move,),
                delegates=move.passengers,
            )
            break


_MOVE_ENDS = {
    "depart": N_("'{id}' leaves {city} at {time}, outside {first}–{last} local time"),
    "arrive": N_("'{id}' arrives in {city} at {time}, outside {first}–{last} local time"),
}


def _home_hint(ctx: CheckContext, zone: tzinfo, start: datetime) -> Message:
    """Had ``start`` (a time read in ``zone``) been typed in home time, when would it
    have been here?"""
    plain = Message("check the hour, or widen checks.day_start and checks.day_end")
    home = ctx.trip.home_zone
    if home is None or home is zone:
        return plain
    zone_name = getattr(home, "zone", str(home))
    wall = start.replace(tzinfo=None)
    try:
        meant = in_zone(place_wall(wall, home, zone_name), zone)
    except TimeTextError:
        return plain
    if not ctx.day_start <= meant.time() <= ctx.day_end:
        return plain
    return Message(
        "meant {time} {zone}? that is {here} here: write '{written}', or the local time",
        time=format(wall, "%H:%M"),
        zone=zone_name,
        here=_on_its_day(meant, wall),
        written=format(wall, "%Y-%m-%d %H:%M ") + zone_name,
    )


def _on_its_day(meant: datetime, wall: datetime) -> str:
    """``18:30 EDT``, or ``2025-03-10 19:30 EDT`` when that is another day than written."""
    if meant.date() == wall.date():
        return f"{meant:%H:%M %Z}"
    return f"{meant:%Y-%m-%d %H:%M %Z}"


def long_day(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One finding per day span (same first and last event), listing its delegates; a day
    that starts or ends with an ``odd-hour`` event is that rule's, not this one's."""
    limit_hours = ctx.trip.model.checks.max_day_hours
    odd = _odd_events(ctx) if ctx.is_on(ODD_HOUR) else set()
    found: Folds[tuple[int, int], tuple[ResolvedEvent, ResolvedEvent]] = Folds()
    for timeline, keys in alike(ctx.timelines):
        days: dict[date, list[ResolvedEvent]] = {}
        for event in timeline.events:
            days.setdefault(event.local_start.date(), []).append(event)
        for events in days.values():
            first = min(events, key=lambda e: e.start)
            last = max(events, key=lambda e: e.end)
            if last.end - first.start <= ctx.max_day or {first.index, last.index} & odd:
                continue
            found.add_each((first.index, last.index), (first, last), keys)
    for (first, last), who in found:
        hours, rest = divmod(int((last.end - first.start).total_seconds() // 60), 60)
        yield ctx.diag(
            ("events", last.index, "start"),
            Message(
                "the day of {who} on {date} lasts {length}, from {start} ('{first}') to {end} "
                "('{last}')",
                who=ctx.who(who),
                date=first.local_start.date(),
                length=str(hours) + "h" + str(rest).zfill(2),
                start=format(in_zone(first.start, first.zone), "%H:%M %Z"),
                first=first.event.id,
                end=format(in_zone(last.end, last.zone), "%H:%M %Z"),
                last=last.event.id,
            ),
            Message(
                "lighten the day, or raise checks.max_day_hours ({limit})",
                limit=format(limit_hours, "g"),
            ),
            items=(first, last) if first is not last else (first,),
            delegates=who,
        )
