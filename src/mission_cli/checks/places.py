"""Being in the right place: ``wrong-city``, ``broken-itinerary``, ``transfer-time``."""

from __future__ import annotations

from collections.abc import Iterator

from mission_cli.checks.context import CheckContext, person_loc
from mission_cli.checks.folds import Folds
from mission_cli.clock.times import in_zone
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc
from mission_cli.resolve.items import ResolvedEvent, ResolvedMove
from mission_cli.resolve.whereabouts import Place, alike, on_leg_in, place_at
from mission_cli.words.message import Message


def _local(event: ResolvedEvent) -> str:
    return f"{in_zone(event.start, event.zone):%Y-%m-%d %H:%M %Z}"


def wrong_city(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One finding per event and reason (the move that put them elsewhere, or no leg),
    listing every delegate it concerns."""
    found: Folds[tuple[int, int | None, str | None], tuple[ResolvedEvent, Place | None]]
    found = Folds()
    for timeline, keys in alike(ctx.timelines):
        for event in timeline.events:
            if timeline.moves:
                place = place_at(timeline, event.start)
                if place.in_transit or place.city is None or place.city == event.city:
                    continue
                assert place.move is not None
                found.add_each((event.index, place.move.index, place.city), (event, place), keys)
            elif timeline.legs and not on_leg_in(timeline, event.city, event.local_start.date()):
                found.add_each((event.index, None, None), (event, None), keys)
    for (event, where), who in found:
        yield _wrong_city(ctx, event, where, who)


def _wrong_city(
    ctx: CheckContext, event: ResolvedEvent, place: Place | None, who: set[str]
) -> Diagnostic:
    names = ctx.who(who)
    where, when = ctx.city_name(event.city), _local(event)
    loc = attendee_loc(ctx, event, ctx.in_file_order(who)[0])
    if place is None:
        return ctx.diag(
            loc,
            Message(
                "no leg puts {who} in {city} on {date} when '{id}' starts there at {time}",
                who=names,
                city=where,
                date=event.local_start.date(),
                id=event.event.id,
                time=when,
            ),
            Message(
                "extend or add a leg in {city} for {who}, or take them off the event",
                city=where,
                who=names,
            ),
            items=(event,),
            delegates=who,
        )
    move = place.move
    assert move is not None
    assert place.city is not None
    if place.before_first_move:
        departs = in_zone(move.depart, move.from_zone)
        why = Message(
            "until '{id}' leaves at {time}",
            id=move.move.id,
            time=format(departs, "%Y-%m-%d %H:%M %Z"),
        )
    else:
        arrives = in_zone(move.arrive, move.to_zone)
        why = Message(
            "since '{id}' arrived at {time}",
            id=move.move.id,
            time=format(arrives, "%Y-%m-%d %H:%M %Z"),
        )
    return ctx.diag(
        loc,
        Message.plural(
            names.count,
            "{who} is in {there} ({why}) when '{id}' starts in {city} at {time}",
            "{who} are in {there} ({why}) when '{id}' starts in {city} at {time}",
            who=names,
            there=ctx.city_name(place.city),
            why=why,
            id=event.event.id,
            city=where,
            time=when,
        ),
        Message(
            "add a move to {city} for {who} before it, or take them off the event",
            city=where,
            who=names,
        ),
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
    for timeline, keys in alike(ctx.timelines):
        for previous, move in zip(timeline.moves, timeline.moves[1:], strict=False):
            if move.move.from_ == previous.move.to:
                continue
            for key in keys:  # each their own moves left out for an error
                if not _reaches(bridges.get(key, {}), previous.move.to, move.move.from_):
                    found.add((previous.index, move.index), (previous, move), key)
    for (previous, move), who in found:
        reached = ctx.city_name(previous.move.to)
        leaves = ctx.city_name(move.move.from_)
        yield ctx.diag(
            ("travel", move.index, "from"),
            Message(
                "{move} leaves from {leaves}, but {who} reached {reached} with {previous}",
                move=ctx.describe(move),
                leaves=leaves,
                who=ctx.who(who),
                reached=reached,
                previous=ctx.describe(previous),
            ),
            Message(
                "add a move from {reached} to {leaves} between them, or correct 'from'",
                reached=reached,
                leaves=leaves,
            ),
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
    for timeline, keys in alike(ctx.timelines):
        for previous, event in zip(timeline.events, timeline.events[1:], strict=False):
            if previous.venue is None or event.venue is None or previous.venue == event.venue:
                continue
            gap = event.start - previous.end
            if gap.total_seconds() >= 0 and gap < ctx.transfer:
                found.add_each((previous.index, event.index), (previous, event), keys)
    for (previous, event), who in found:
        minutes = int((event.start - previous.end).total_seconds() // 60)
        yield ctx.diag(
            ("events", event.index, "start"),
            Message(
                "only {minutes} min for {who} to go from '{origin}' to '{destination}': "
                "{first}, then {then}",
                minutes=minutes,
                who=ctx.who(who),
                origin=previous.venue or "",
                destination=event.venue or "",
                first=ctx.describe(previous),
                then=ctx.describe(event),
            ),
            Message(
                "leave at least {minutes} min (checks.transfer_minutes) between them, or lower "
                "that threshold",
                minutes=int(ctx.transfer.total_seconds() // 60),
            ),
            items=(previous, event),
            delegates=who,
        )
