"""The logistics of a modelled trip: beds (``lodging``) with their nights and guests,
and each delegate's documents with their expiry dates."""

from __future__ import annotations

from datetime import date, timedelta

from mission_cli.catalog import INVALID_TIME, SCHEMA
from mission_cli.clock.times import TimeTextError, parse_date
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc, Locator, format_path
from mission_cli.model.supplies import Stay
from mission_cli.resolve.items import ResolvedDocument, ResolvedRoom, ResolvedStay, ResolvedTrip
from mission_cli.resolve.references import References
from mission_cli.words.message import Message


def resolve_logistics(trip: ResolvedTrip, refs: References, locator: Locator) -> list[Diagnostic]:
    found = _Logistics(trip, refs, locator)
    found.stays()
    found.documents()
    return found.diagnostics


class _Logistics:
    def __init__(self, trip: ResolvedTrip, refs: References, locator: Locator) -> None:
        self.trip = trip
        self.model = trip.model
        self.refs = refs
        self.locator = locator
        self.diagnostics: list[Diagnostic] = []

    def _date(
        self, text: str, loc: Loc, events: tuple[str, ...] = (), delegates: tuple[str, ...] = ()
    ) -> date | None:
        try:
            return parse_date(text)
        except TimeTextError as err:
            self.diagnostics.append(
                self.locator.diag(
                    err.rule, loc, err.said, err.fix, events=events, delegates=delegates
                )
            )
            return None

    def stays(self) -> None:
        for index, stay in self.model.lodging:
            loc: Loc = ("lodging", index)
            guests, _ = self.refs.expand(stay.guests, (*loc, "guests"))
            city = self._city(stay, loc)
            check_in = self._date(stay.check_in, (*loc, "check_in"), (stay.id,))
            check_out = self._date(stay.check_out, (*loc, "check_out"), (stay.id,))
            if check_in is None or check_out is None or city is None:
                continue
            if check_out <= check_in:
                self.diagnostics.append(
                    self.locator.diag(
                        INVALID_TIME,
                        (*loc, "check_out"),
                        _no_night(stay.id, check_in, check_out),
                        Message(
                            "check_out is the morning of leaving: a stay of the nights of 6 to 9 "
                            "April checks in on 2024-04-06 and out on 2024-04-10"
                        ),
                        events=(stay.id,),
                    )
                )
                continue
            last = check_out - timedelta(days=1)
            rooms = self._rooms(stay, loc)
            self.trip.stays.append(ResolvedStay(index, stay, city, check_in, last, guests, rooms))

    def _rooms(self, stay: Stay, loc: Loc) -> tuple[ResolvedRoom, ...]:
        """Its rooms whose guests are all known (an unknown one is ``unknown-reference``);
        each at its place in the file, some of them left out for their errors."""
        places = self.model.kept_at.get(f"{format_path(loc)}.rooms")
        out = []
        for position, room in enumerate(stay.rooms):
            index = places[position] if places is not None else position
            keys, whole = self.refs.expand(room.guests, (*loc, "rooms", index, "guests"))
            if whole:
                out.append(ResolvedRoom(index, room.type, keys, room.guests))
        return tuple(out)

    def _city(self, stay: Stay, loc: Loc) -> str | None:
        """The stay's city: its venue's, or its own; both must agree."""
        city = stay.city
        if stay.venue is not None:
            if not self.refs.check("venues", stay.venue, (*loc, "venue"), "venue"):
                return None
            venue_city = self.model.venues[stay.venue].city
            if city is not None and city != venue_city:
                self.diagnostics.append(
                    self.locator.diag(
                        SCHEMA,
                        (*loc, "city"),
                        Message(
                            "lodging '{id}' is in city '{city}' but its venue '{venue}' is in "
                            "'{venue_city}'",
                            id=stay.id,
                            city=city,
                            venue=stay.venue,
                            venue_city=venue_city,
                        ),
                        Message("remove `city:`: the venue gives the city"),
                        events=(stay.id,),
                    )
                )
                return None
            city = venue_city
        elif city is not None and not self.refs.check("cities", city, (*loc, "city"), "city"):
            return None
        return city if city in self.model.cities else None

    def documents(self) -> None:
        for key, delegate in self.model.delegates.items():
            held: list[ResolvedDocument] = []
            places = self.model.kept_at.get(f"delegates.{key}.documents")
            for position, document in enumerate(delegate.documents):
                index = places[position] if places is not None else position
                loc: Loc = ("delegates", key, "documents", index, "expires")
                expires = self._date(document.expires, loc, delegates=(key,))
                if expires is not None:
                    held.append(ResolvedDocument(key, index, document, expires))
            self.trip.documents[key] = held


def _no_night(ident: str, check_in: date, check_out: date) -> Message:
    if check_out == check_in:
        return Message(
            "lodging '{id}' checks out ({check_out}) the day it checks in ({check_in}): "
            "it holds no night",
            id=ident,
            check_out=check_out,
            check_in=check_in,
        )
    return Message(
        "lodging '{id}' checks out ({check_out}) before it checks in ({check_in}): "
        "it holds no night",
        id=ident,
        check_out=check_out,
        check_in=check_in,
    )
