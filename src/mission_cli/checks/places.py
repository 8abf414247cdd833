"""Being in the right place: ``wrong-city``, ``broken-itinerary``, ``transfer-time``."""

from __future__ import annotations

from collections.abc import Iterator

from mission_cli.catalog import BROKEN_ITINERARY, TRANSFER_TIME, WRONG_CITY
from mission_cli.checks.context import CheckContext
from mission_cli.diagnostics import Diagnostic
from mission_cli.resolve.items import ResolvedEvent, ResolvedMove
from mission_cli.resolve.whereabouts import on_leg_in, place_at
from mission_cli.times import in_zone


def _event_place_loc(event: ResolvedEvent) -> tuple[str, int, str]:
    field = "venue" if event.event.venue is not None else "city"
    return ("events", event.index, field)


def _local(event: ResolvedEvent) -> str:
    return f"{in_zone(event.start, event.zone):%Y-%m-%d %H:%M %Z}"


def wrong_city(ctx: CheckContext) -> Iterator[Diagnostic]:
    for key, timeline in ctx.timelines.items():
        for event in timeline.events:
            if timeline.moves:
                place = place_at(timeline, event.start)
                if place.in_transit or place.city is None or place.city == event.city:
                    continue
                assert place.move is not None
                move = place.move
                where, when = ctx.city_name(event.city), _local(event)
                if place.before_first_move:
                    departs = in_zone(move.depart, move.from_zone)
                    why = f"until '{move.move.id}' leaves at {departs:%Y-%m-%d %H:%M %Z}"
                else:
                    arrives = in_zone(move.arrive, move.to_zone)
                    why = f"since '{move.move.id}' arrived at {arrives:%Y-%m-%d %H:%M %Z}"
                yield ctx.diag(
                    WRONG_CITY,
                    _event_place_loc(event),
                    f"{key} is in {ctx.city_name(place.city)} ({why}) when '{event.event.id}' "
                    f"starts in {where} at {when}",
                    f"add a move to {where} for {key} before it, or take {key} off the event",
                    items=(event, place.move),
                    delegates=(key,),
                )
            elif timeline.legs:
                day = event.local_start.date()
                if on_leg_in(timeline, event.city, day):
                    continue
                where, when = ctx.city_name(event.city), _local(event)
                yield ctx.diag(
                    WRONG_CITY,
                    _event_place_loc(event),
                    f"no leg puts {key} in {where} on {day} when '{event.event.id}' starts "
                    f"there at {when}",
                    f"extend or add a leg in {where} for {key}, or take {key} off the event",
                    items=(event,),
                    delegates=(key,),
                )


def broken_itinerary(ctx: CheckContext) -> Iterator[Diagnostic]:
    found: dict[tuple[int, int], tuple[ResolvedMove, ResolvedMove, set[str]]] = {}
    for key, timeline in ctx.timelines.items():
        for previous, move in zip(timeline.moves, timeline.moves[1:], strict=False):
            if move.move.from_ != previous.move.to:
                entry = found.setdefault((previous.index, move.index), (previous, move, set()))
                entry[2].add(key)
    for previous, move, who in found.values():
        reached = ctx.city_name(previous.move.to)
        leaves = ctx.city_name(move.move.from_)
        yield ctx.diag(
            BROKEN_ITINERARY,
            ("travel", move.index, "from"),
            f"{ctx.describe(move)} leaves from {leaves}, but {ctx.who(who)} reached {reached} "
            f"with {ctx.describe(previous)}",
            f"add a move from {reached} to {leaves} between them, or correct 'from'",
            items=(previous, move),
            delegates=who,
        )


def transfer_time(ctx: CheckContext) -> Iterator[Diagnostic]:
    found: dict[tuple[int, int], tuple[ResolvedEvent, ResolvedEvent, set[str]]] = {}
    for key, timeline in ctx.timelines.items():
        for previous, event in zip(timeline.events, timeline.events[1:], strict=False):
            if previous.venue is None or event.venue is None or previous.venue == event.venue:
                continue
            gap = event.start - previous.end
            if gap.total_seconds() >= 0 and gap < ctx.transfer:
                entry = found.setdefault((previous.index, event.index), (previous, event, set()))
                entry[2].add(key)
    for previous, event, who in found.values():
        minutes = int((event.start - previous.end).total_seconds() // 60)
        yield ctx.diag(
            TRANSFER_TIME,
            ("events", event.index, "start"),
            f"only {minutes} min for {ctx.who(who)} to go from '{previous.venue}' to "
            f"'{event.venue}': {ctx.describe(previous)}, then {ctx.describe(event)}",
            f"leave at least {int(ctx.transfer.total_seconds() // 60)} min "
            "(checks.transfer_minutes) between them, or lower that threshold",
            items=(previous, event),
            delegates=who,
        )
