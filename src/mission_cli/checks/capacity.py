"""Room and seats: ``over-capacity``."""

from __future__ import annotations

from collections.abc import Iterator

from mission_cli.checks.context import CheckContext
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc


def plural(count: int, word: str) -> str:
    """``1 seat``, ``2 seats``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def over_capacity(ctx: CheckContext) -> Iterator[Diagnostic]:
    """An event's attendees plus its ``guests`` past its venue's ``capacity``; a move's
    passengers past its ``seats``."""
    venues = ctx.trip.model.venues
    for event in ctx.trip.events:
        venue = venues.get(event.venue) if event.venue is not None else None
        if venue is None or venue.capacity is None:
            continue
        guests = event.event.guests
        people = len(event.attendees) + guests
        if people <= venue.capacity:
            continue
        loc: Loc = ("events", event.index, "attendees")
        if ctx.locator.find(loc)[0] is None:
            loc = ("events", event.index, "id")
        counted = plural(len(event.attendees), "delegate") + (
            f" and {plural(guests, 'guest')}" if guests else ""
        )
        yield ctx.diag(
            loc,
            f"{ctx.describe(event)} has {people} people ({counted}), but '{event.venue}' holds "
            f"{venue.capacity}",
            f"take {people - venue.capacity} off the attendees or guests, raise the venue's "
            "capacity, or choose a larger venue",
            items=(event,),
            delegates=event.attendees,
        )
    for move in ctx.trip.moves:
        seats = move.move.seats
        if seats is None or len(move.passengers) <= seats:
            continue
        short = len(move.passengers) - seats
        yield ctx.diag(
            ("travel", move.index, "seats"),
            f"{ctx.describe(move)} carries {plural(len(move.passengers), 'passenger')} in "
            f"{plural(seats, 'seat')}: {plural(short, 'seat')} short",
            f"raise seats to {len(move.passengers)} (a larger vehicle), or move {short} "
            "passenger" + ("s" if short > 1 else "") + " to another move",
            items=(move,),
            delegates=move.passengers,
        )
