"""Being in the right place: ``wrong-city``, ``broken-itinerary``, ``transfer-time``."""

from __future__ import annotations

from collections.abc import Iterator

from mission_cli.checks.context import CheckContext, person_loc
from mission_cli.checks.folds import Folds
from mission_cli.clock.times import in_zone
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc
from mission_cli.resolve.items import ResolvedEvent, ResolvedMove
from mission_cli.resolve.whereabouts import Place, on_leg_in, place_at


def _local(event: ResolvedEvent) -> str:
    return f"{in_zone(event.start, event.zone):%Y-%m-%d %H:%M %Z}"


def wrong_city(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One finding per event and reason (the move that put them elsewhere, or no leg),
    listing every delegate it concerns."""
    found: Folds[tuple[int, int | None, str | None], tuple[ResolvedEvent, Place | None]]
    found = Folds()
    for key, timeline in ctx.timelines.items():
        for event in timeline.events:
            if timeline.moves:
                place = place_at(timeline, event.start)
                if place.in_transit or place.city is None or place.city == event.city:
                    continue
                assert place.move is not None
                found.add((event.index, place.move.index, place.city), (event, place), key)
            elif timeline.legs and not on_leg_in(timeline, event.city, event.local_start.date()):
                found.add((event.index, None, None), (event, None), key)
    for (event, where), who in found:
        yield _wrong_city(ctx, event, where, who)


def _wrong_city(
    ctx: CheckContext, event: ResolvedEvent, place: Place | None, who: set[str]
) -> Diagnostic:
    names = ctx.who(who)
    verb = "is" if len(who) == 1 else "are"
    where, when = ctx.city_name(event.city), _local(event)
    loc = attendee_loc(ctx, event, ctx.in_file_order(who)[0])
    if place is None:
        return ctx.diag(
            loc,
            f"no leg puts {names} in {where} on {event.local_start.date()} when "
            f"'{event.event.id}' starts there at {when}",
            f"extend or add a leg in {where} for {names}, or take them off the event",
            items=(event,),
            delegates=who,
        )
    move = place.move
    assert move is not None
    assert place.city is not None
    if place.before_first_move:
        departs = in_zone(move.depart, move.from_zone)
        why = f"until '{move.move.id}' leaves at {departs:%Y-%m-%d %H:%M %Z}"
    else:
        arrives = in_zone(move.arrive, move.to_zone)
        why = f"since '{move.move.id}' arrived at {arrives:%Y-%m-%d %H:%M %Z}"
    return ctx.diag(
        loc,
        f"{names} {verb} in {ctx.city_name(place.city)} ({why}) when '{event.event.id}' "
        f"starts in {where} at {when}",
        f"add a move to {where} for {names} before it, or take them off the event",
        items=(event, move),
        delegates=who,
    )


def attendee_loc(ctx: CheckContext, event: ResolvedEvent, key: str) -> Loc:
    """Where the file puts ``key`` among the event's attendees: their own entry, the
    ``@group`` that brings them, or ``attendees: all`` (the event's id when omitted)."""
    base: Loc = ("events", event.index, "attendees")
    return person_loc(ctx, base, event.event.attendees, key, ("events", event.index, "id"))


def broken_itinerary(ctx: CheckContext) -> Iterator[Diagnostic]:
    """A move must leave from where the previous one arrived; a move left out for an
    error of its own (its cities known) still bridges the gap it fills."""
    bridges: dict[str, dict[str, set[str]]] = {}
    for unplaced in ctx.trip.unplaced_moves:
        for key in unplaced.passengers:
            bridges.setdefault(key, {}).setdefault(unplaced.move.from_, set()).add(unplaced.move.to)
    found: Folds[tuple[int, int], tuple[ResolvedMove, ResolvedMove]] = Folds()
    for key, timeline in ctx.timelines.items():
        for previous, move in zip(timeline.moves, timeline.moves[1:], strict=False):
            if move.move.from_ == previous.move.to:
                continue
            if _reaches(bridges.get(key, {}), previous.move.to, move.move.from_):
                continue
            found.add((previous.index, move.index), (previous, move), key)
    for (previous, move), who in found:
        reached = ctx.city_name(previous.move.to)
        leaves = ctx.city_name(move.move.from_)
        yield ctx.diag(
            ("travel", move.index, "from"),
            f"{ctx.describe(move)} leaves from {leaves}, but {ctx.who(who)} reached {reached} "
            f"with {ctx.describe(previous)}",
            f"add a move from {reached} to {leaves} between them, or correct 'from'",
            items=(previous, move),
            delegates=who,
        )


def _reaches(edges: dict[str, set[str]], start: str, goal: str) -> bool:
    """Whether moves of ``edges`` (city -> cities) lead from ``start`` to ``goal``."""
    seen, pending = {start}, [start]
    while pending:
        for city in edges.get(pending.pop(), ()):
            if city == goal:
                return True
            if city not in seen:
                seen.add(city)
                pending.append(city)
    return False


def transfer_time(ctx: CheckContext) -> Iterator[Diagnostic]:
    found: Folds[tuple[int, int], tuple[ResolvedEvent, ResolvedEvent]] = Folds()
    for key, timeline in ctx.timelines.items():
        for previous, event in zip(timeline.events, timeline.events[1:], strict=False):
            if previous.venue is None or event.venue is None or previous.venue == event.venue:
                continue
            gap = event.start - previous.end
            if gap.total_seconds() >= 0 and gap < ctx.transfer:
                found.add((previous.index, event.index), (previous, event), key)
    for (previous, event), who in found:
        minutes = int((event.start - previous.end).total_seconds() // 60)
        yield ctx.diag(
            ("events", event.index, "start"),
            f"only {minutes} min for {ctx.who(who)} to go from '{previous.venue}' to "
            f"'{event.venue}': {ctx.describe(previous)}, then {ctx.describe(event)}",
            f"leave at least {int(ctx.transfer.total_seconds() // 60)} min "
            "(checks.transfer_minutes) between them, or lower that threshold",
            items=(previous, event),
            delegates=who,
        )
