"""Rooms of a lodging (version 1.2): ``room-over-capacity``, ``room-unknown-guest``.

A room's type says how many it sleeps (``ROOM_SIZES``; a suite is not counted); its
guests must be guests of its lodging, each in one room of it: the hotel's rooming list
is made from them, and a guest in two rooms, or in a room of a hotel that does not hold
them, would be a bed paid for twice or a guest turned away.
"""

from __future__ import annotations

from collections.abc import Iterator

from mission_cli.checks.context import CheckContext, person_loc
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc
from mission_cli.model.supplies import ROOM_SIZES
from mission_cli.resolve.items import ResolvedRoom, ResolvedStay
from mission_cli.words.message import Message


def room_over_capacity(ctx: CheckContext) -> Iterator[Diagnostic]:
    """A room with more guests than its type sleeps."""
    for stay in ctx.trip.stays:
        for room in stay.rooms:
            most = ROOM_SIZES.get(room.type)
            if most is None or len(room.guests) <= most:
                continue
            bigger = next((t for t, n in ROOM_SIZES.items() if n >= len(room.guests)), "suite")
            yield ctx.diag(
                ("lodging", stay.index, "rooms", room.index, "type"),
                Message.plural(
                    len(room.guests),
                    "a {type} room of '{id}' holds {n} guest ({who}); a {type} sleeps {most}",
                    "a {type} room of '{id}' holds {n} guests ({who}); a {type} sleeps {most}",
                    type=room.type,
                    id=stay.id,
                    who=", ".join(room.guests),
                    most=most,
                ),
                Message(
                    "make it a {bigger}, or give {extra} of its guests a room of their own",
                    bigger=bigger,
                    extra=len(room.guests) - most,
                ),
                items=(stay,),
                delegates=room.guests,
            )


def room_unknown_guest(ctx: CheckContext) -> Iterator[Diagnostic]:
    """A room's guest who is not a guest of its lodging, or is already in another of its
    rooms: one finding per room, listing them."""
    for stay in ctx.trip.stays:
        placed: dict[str, ResolvedRoom] = {}
        for room in stay.rooms:
            strangers = [k for k in room.guests if k not in stay.guests]
            twice = [k for k in room.guests if k in placed and k not in strangers]
            if strangers:
                yield _stranger(ctx, stay, room, strangers)
            if twice:
                yield _twice(ctx, stay, room, twice, placed[twice[0]])
            for key in room.guests:
                placed.setdefault(key, room)


def _guest_loc(ctx: CheckContext, stay: ResolvedStay, room: ResolvedRoom, key: str) -> Loc:
    base: Loc = ("lodging", stay.index, "rooms", room.index, "guests")
    return person_loc(ctx, base, room.written, key, base)


def _stranger(
    ctx: CheckContext, stay: ResolvedStay, room: ResolvedRoom, keys: list[str]
) -> Diagnostic:
    return ctx.diag(
        _guest_loc(ctx, stay, room, keys[0]),
        Message.plural(
            len(keys),
            "{who} is in a room of '{id}' but not among its guests",
            "{who} are in a room of '{id}' but not among its guests",
            who=", ".join(keys),
            id=stay.id,
        ),
        Message.plural(
            len(keys),
            "add them to the guests of '{id}', or take them out of this room",
            "add them to the guests of '{id}', or take them out of this room",
            id=stay.id,
        ),  # one form in English; French says "cette personne" for one
        items=(stay,),
        delegates=keys,
    )


def _twice(
    ctx: CheckContext, stay: ResolvedStay, room: ResolvedRoom, keys: list[str], first: ResolvedRoom
) -> Diagnostic:
    return ctx.diag(
        _guest_loc(ctx, stay, room, keys[0]),
        Message.plural(
            len(keys),
            "{who} is in two rooms of '{id}' (rooms {first} and {second})",
            "{who} are in two rooms of '{id}' (rooms {first} and {second})",
            who=", ".join(keys),
            id=stay.id,
            first=first.index + 1,
            second=room.index + 1,
        ),
        Message("keep each guest in one room of '{id}'", id=stay.id),
        items=(stay,),
        delegates=keys,
    )
