"""Items that happen at once: ``double-booking``, ``during-travel``, ``venue-overlap``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from mission_cli.catalog import DOUBLE_BOOKING
from mission_cli.checks.context import PAIR_BUDGET, CheckContext, start_loc
from mission_cli.checks.folds import Folds
from mission_cli.checks.parts import containers, one_inside_other, parts_of_one
from mission_cli.checks.sweep import overlapping_pairs
from mission_cli.diagnostics import Diagnostic
from mission_cli.resolve.items import Item, ResolvedEvent, ResolvedMove
from mission_cli.resolve.whereabouts import alike
from mission_cli.words.message import Message


def _start(item: Item) -> datetime:
    return item.start


def _end(item: Item) -> datetime:
    return item.end


def _key(item: Item) -> tuple[str, int]:
    return ("e" if isinstance(item, ResolvedEvent) else "t", item.index)


Pairs = Folds[tuple[tuple[str, int], tuple[str, int]], tuple[Item, Item]]


def _pairs_by_delegate(ctx: CheckContext, with_moves: bool) -> Pairs:
    """Overlapping pairs of each delegate's items, merged across delegates: two events
    (``with_moves`` false) or a move and anything (true). One sweep serves both rules."""
    both: tuple[Pairs, Pairs] = ctx.memo("overlaps", lambda: _sweep_all(ctx))
    return both[1] if with_moves else both[0]


def _sweep_all(ctx: CheckContext) -> tuple[Pairs, Pairs]:
    events_only: Pairs = Folds()
    with_a_move: Pairs = Folds()
    seen = 0
    # a rule switched off neither reports its pairs nor spends the budget on them
    want_events = ctx.is_on(DOUBLE_BOOKING)
    parts = containers(ctx)
    for timeline, keys in alike(ctx.timelines):  # once for a delegation that travels together
        moves = [m for m in timeline.moves if not m.in_error]  # placed, not timed
        items: list[Item] = [*timeline.events, *moves]
        if moves:
            items.sort(key=lambda i: (i.start, _key(i)))
        for first, second in overlapping_pairs(items, _start, _end):
            seen += 1
            if seen > 20 * PAIR_BUDGET or len(events_only) + len(with_a_move) >= PAIR_BUDGET:
                ctx.stop()  # thousands of clashes: the first ones tell the story,
                for found in (events_only, with_a_move):  # each with all it concerns
                    found.widen(lambda pair: _both_in(ctx, pair))
                return events_only, with_a_move
            both_events = isinstance(first, ResolvedEvent) and isinstance(second, ResolvedEvent)
            if both_events and not want_events:
                continue
            if both_events and one_inside_other(parts, first, second):
                continue  # a meeting inside its session
            found = events_only if both_events else with_a_move
            found.add_each((_key(first), _key(second)), (first, second), keys)
    return events_only, with_a_move


def _both_in(ctx: CheckContext, pair: tuple[Item, Item]) -> set[str]:
    """Who has both items of a pair (the sweep, stopped early, met only some of them)."""
    first, second = pair
    return set(first.people).intersection(second.people).intersection(ctx.timelines)


def double_booking(ctx: CheckContext) -> Iterator[Diagnostic]:
    for (first, second), who in _pairs_by_delegate(ctx, with_moves=False):
        yield ctx.diag(
            start_loc(second),
            Message(
                "{first} overlaps {second}, both attended by {who}",
                first=ctx.describe(first),
                second=ctx.describe(second),
                who=ctx.who(who),
            ),
            Message("move one of them, or take {who} off one of them", who=ctx.who(who)),
            items=(first, second),
            delegates=who,
        )


def during_travel(ctx: CheckContext) -> Iterator[Diagnostic]:
    for (first, second), who in _pairs_by_delegate(ctx, with_moves=True):
        event = next((i for i in (first, second) if isinstance(i, ResolvedEvent)), None)
        if event is None:
            yield ctx.diag(
                start_loc(second),
                Message(
                    "{first} overlaps {second}, both taken by {who}",
                    first=ctx.describe(first),
                    second=ctx.describe(second),
                    who=ctx.who(who),
                ),
                Message("correct the times of one move (each end is read in its own city's zone)"),
                items=(first, second),
                delegates=who,
            )
            continue
        move = second if event is first else first
        assert isinstance(move, ResolvedMove)
        yield ctx.diag(
            start_loc(event),
            Message(
                "{event} overlaps the journey {move} of {who}",
                event=ctx.describe(event),
                move=ctx.describe(move),
                who=ctx.who(who),
            ),
            Message(
                "move the event after the arrival (or before the departure), or take the "
                "travellers off it"
            ),
            items=(first, second),
            delegates=who,
        )


def venue_overlap(ctx: CheckContext) -> Iterator[Diagnostic]:
    by_venue: dict[str, list[ResolvedEvent]] = {}
    for event in ctx.trip.events:
        if event.venue is not None:
            by_venue.setdefault(event.venue, []).append(event)
    found = 0
    parts = containers(ctx)
    for venue, events in by_venue.items():
        events.sort(key=lambda e: (e.start, e.index))
        for first, second in overlapping_pairs(events, _start, _end):
            if parts_of_one(parts, first, second):
                continue  # tables of one session
            found += 1
            if found > PAIR_BUDGET:
                ctx.stop()
                return
            yield ctx.diag(
                ("events", second.index, "venue"),
                Message(
                    "'{venue}' hosts two events at once: {first} and {second}",
                    venue=venue,
                    first=ctx.describe(first),
                    second=ctx.describe(second),
                ),
                Message("check that the venue has two rooms, or move one of them"),
                items=(first, second),
            )
