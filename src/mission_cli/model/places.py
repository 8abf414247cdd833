"""What each event and lodging must say once its entries are read: a place (``city`` or
``venue``) and, for an event, one end (``end`` or ``duration``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mission_cli.load.positions import Loc
from mission_cli.model.schema import Event
from mission_cli.words.message import N_, Message

if TYPE_CHECKING:
    from mission_cli.model.build import TripModel

Found = tuple[Loc, Message, Message, bool, tuple[str, ...]]
"""(where, what, the fix, at the key, the ids concerned)."""

_NOWHERE = (
    N_("event '{id}' has neither 'city' nor 'venue'"),
    N_("lodging '{id}' has neither 'city' nor 'venue'"),
)


def places_and_ends(model: TripModel) -> Iterator[Found]:
    refused = [(i, e) for i, e in model.refused if isinstance(e, Event)]
    events = sorted(model.events + refused, key=lambda pair: pair[0])
    places = [("events", i, _NOWHERE[0], e.id, e.city, e.venue) for i, e in events]
    places += [("lodging", i, _NOWHERE[1], s.id, s.city, s.venue) for i, s in model.lodging]
    for section, index, template, ident, city, venue in places:
        if city is None and venue is None:
            fix = Message("add `venue: …` (the venue gives the city) or `city: …`")
            yield (section, index), Message(template, id=ident), fix, False, (ident,)
    for index, event in events:
        loc: Loc = ("events", index)
        if event.end is not None and event.duration is not None:
            said = Message("event '{id}' has both 'end' and 'duration'", id=event.id)
            yield (*loc, "duration"), said, Message("keep one of them"), True, (event.id,)
        elif event.end is None and event.duration is None:
            said = Message("event '{id}' has neither 'end' nor 'duration'", id=event.id)
            fix = Message("add `end: YYYY-MM-DD HH:MM` or `duration: 1h30`")
            yield loc, said, fix, False, (event.id,)
