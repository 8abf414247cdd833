"""Room and seats: ``over-capacity``."""

from __future__ import annotations

from collections.abc import Iterator

from mission_cli.checks.context import CheckContext
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc
from mission_cli.words.message import Message


def over_capacity(ctx: CheckContext) -> Iterator[Diagnostic]:
    """An event's attendees plus its ``guests`` past its venue's ``capacity``; a move's
    passengers past its ``seats`` (``_over_seats``)."""
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
        delegates = Message.plural(len(event.attendees), "{n} delegate", "{n} delegates")
        counted = (
            Message(
                "{delegates} and {guests}",
                delegates=delegates,
                guests=Message.plural(guests, "{n} guest", "{n} guests"),
            )
            if guests
            else delegates
        )
        yield ctx.diag(
            loc,
            Message.plural(
                people,
                "{item} has {n} person ({counted}), but '{venue}' holds {capacity}",
                "{item} has {n} people ({counted}), but '{venue}' holds {capacity}",
                item=ctx.describe(event),
                counted=counted,
                venue=event.venue or "",
                capacity=venue.capacity,
            ),
            Message(
                "take {extra} off the attendees or guests, raise the venue's capacity, or choose "
                "a larger venue",
                extra=people - venue.capacity,
            ),
            items=(event,),
            delegates=event.attendees,
        )
    yield from _over_seats(ctx)


def _over_seats(ctx: CheckContext) -> Iterator[Diagnostic]:
    for move in ctx.trip.moves:
        seats = move.move.seats
        if seats is None or len(move.passengers) <= seats:
            continue
        short = len(move.passengers) - seats
        yield ctx.diag(
            ("travel", move.index, "seats"),
            Message(
                "{item} carries {passengers} in {seats}: {short} short",
                item=ctx.describe(move),
                passengers=Message.plural(len(move.passengers), "{n} passenger", "{n} passengers"),
                seats=Message.plural(seats, "{n} seat", "{n} seats"),
                short=Message.plural(short, "{n} seat", "{n} seats"),
            ),
            Message.plural(
                short,
                "raise seats to {count} (a larger vehicle), or move {n} passenger to another move",
                "raise seats to {count} (a larger vehicle), or move {n} passengers to another move",
                count=len(move.passengers),
            ),
            items=(move,),
            delegates=move.passengers,
        )
