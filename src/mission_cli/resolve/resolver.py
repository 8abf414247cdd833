"""A modelled trip -> absolute instants, zones and attendees for every item.

Every instant is timezone-aware UTC; an item whose own time or place is in
error is reported once and left out of what the schedule rules see.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from mission_cli.catalog import INVALID_TIME, SCHEMA, UNKNOWN_REFERENCE, Rule
from mission_cli.clock.times import (
    TimeTextError,
    local_text,
    parse_clock,
    parse_date,
    parse_duration,
    parse_time_text,
    to_instant,
    unknown_zone_error,
    wall_clock,
)
from mission_cli.clock.zones import zone_named
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc, Locator
from mission_cli.model.build import TripModel
from mission_cli.model.schema import Event, Move
from mission_cli.resolve.items import (
    ResolvedEvent,
    ResolvedLeg,
    ResolvedMove,
    ResolvedTrip,
    UnplacedMove,
)
from mission_cli.resolve.references import References
from mission_cli.resolve.requests import check_parts, check_request_ids, resolve_requests
from mission_cli.resolve.supplies import resolve_logistics
from mission_cli.words.message import Message


def resolve(
    model: TripModel, locator: Locator, *, events: bool = True
) -> tuple[ResolvedTrip, list[Diagnostic]]:
    """Without ``events``, the events (and the meeting requests, placed by them) are not
    read: ``trip.events`` is empty, and their errors are not found."""
    resolver = _Resolver(model, locator, events=events)
    return resolver.run(), resolver.diagnostics


class _Resolver:
    def __init__(self, model: TripModel, locator: Locator, *, events: bool = True) -> None:
        self.with_events = events
        self.model = model
        self.locator = locator
        self.refs = References(model, locator)
        self.diagnostics: list[Diagnostic] = []
        self.trip = ResolvedTrip(model, groups=self.refs.groups, events_resolved=events)

    def run(self) -> ResolvedTrip:
        self._zones()
        self._trip_dates()
        self._venues()
        self._legs()
        self._moves()
        if self.with_events:
            self._events()
        self._refused()
        self.diagnostics.extend(resolve_logistics(self.trip, self.refs, self.locator))
        if self.with_events:
            self.diagnostics.extend(resolve_requests(self.trip, self.refs, self.locator))
        self.diagnostics.extend(check_parts(self.refs, self.locator))
        self._checks()
        self.refs.check_unique_ids()
        self.diagnostics.extend(check_request_ids(self.refs, self.locator))
        self.refs.check_ignores()
        self.diagnostics.extend(self.refs.diagnostics)
        return self.trip

    # -- helpers -------------------------------------------------------------

    def _error(self, err: TimeTextError, loc: Loc) -> None:
        self.diagnostics.append(self.locator.diag(err.rule, loc, err.said, err.fix))

    def _fail(self, rule: Rule, loc: Loc, message: Message, hint: Message | None = None) -> None:
        self.diagnostics.append(self.locator.diag(rule, loc, message, hint))

    def _zone(self, name: str, loc: Loc) -> tzinfo | None:
        zone = zone_named(name)
        if zone is None:
            self._error(unknown_zone_error(name), loc)
        return zone

    def _date(self, text: str, loc: Loc) -> date | None:
        try:
            return parse_date(text)
        except TimeTextError as err:
            self._error(err, loc)
            return None

    def _instant(self, text: str, zone: tzinfo, city: str, loc: Loc) -> datetime | None:
        """A time of an item in ``city``, read in that city's zone unless it names its own."""
        label = f"{self.model.cities[city].name} ({getattr(zone, 'zone', zone)})"
        try:
            return to_instant(parse_time_text(text), zone, label)
        except TimeTextError as err:
            self._error(err, loc)
            return None

    def _readable(self, text: str, loc: Loc) -> None:
        """Report a time that cannot be read even where its place (its zone) is unknown."""
        try:
            parsed = parse_time_text(text)
            if parsed.zone is not None and zone_named(parsed.zone) is None:
                raise unknown_zone_error(parsed.zone)
        except TimeTextError as err:
            self._error(err, loc)

    def _city_zone(self, city: str, loc: Loc) -> tzinfo | None:
        if not self.refs.check("cities", city, loc, "city"):
            return None
        return self.trip.zones.get(city)

    # -- sections -------------------------------------------------------------

    def _zones(self) -> None:
        info = self.model.info
        if info is not None:
            self.trip.home_zone = self._zone(info.home_timezone, ("trip", "home_timezone"))
        for key, city in self.model.cities.items():
            zone = self._zone(city.timezone, ("cities", key, "timezone"))
            if zone is not None:
                self.trip.zones[key] = zone

    def _trip_dates(self) -> None:
        info = self.model.info
        if info is None:
            return
        start = self._date(info.start, ("trip", "start"))
        end = self._date(info.end, ("trip", "end"))
        if start and end and end < start:
            self._fail(
                INVALID_TIME,
                ("trip", "end"),
                Message("the trip ends ({end}) before it starts ({start})", end=end, start=start),
                Message("dates are inclusive: end is the last day of the trip"),
            )
            return
        self.trip.start, self.trip.end = start, end

    def _venues(self) -> None:
        for key, venue in self.model.venues.items():
            self.refs.check("cities", venue.city, ("venues", key, "city"), "city")
        for index, contact in self.model.contacts:
            if contact.city is not None:
                self.refs.check("cities", contact.city, ("contacts", index, "city"), "city")
            if contact.city is not None and contact.country is not None:
                self.diagnostics.append(
                    self.locator.diag(
                        SCHEMA,
                        ("contacts", index, "country"),
                        Message("contact '{name}' has a city and a country", name=contact.name),
                        Message("keep city (where it serves) or country (all of it), not both"),
                        at_key=True,
                    )
                )

    def _legs(self) -> None:
        for index, leg in self.model.legs:
            loc: Loc = ("legs", index)
            self.refs.check("cities", leg.city, (*loc, "city"), "city")
            delegates, _ = self.refs.expand(leg.delegates, (*loc, "delegates"))
            start = self._date(leg.start, (*loc, "start"))
            end = self._date(leg.end, (*loc, "end"))
            if start is None or end is None:
                continue
            if end < start:
                self._fail(
                    INVALID_TIME,
                    (*loc, "end"),
                    Message(
                        "this leg ends ({end}) before it starts ({start})", end=end, start=start
                    ),
                    Message("dates are inclusive: end is the last night in the city"),
                )
                continue
            if leg.city in self.model.cities:
                self.trip.legs.append(ResolvedLeg(index, leg, start, end, delegates))

    def _moves(self) -> None:
        for index, move in self.model.travel:
            mark = self._mark()
            passengers, _ = self.refs.expand(move.passengers, ("travel", index, "passengers"))
            resolved = self._move(index, move, passengers)
            if resolved is not None and not resolved.in_error:
                self.trip.moves.append(resolved)
            elif resolved is not None:
                self.trip.moves_in_error.append(resolved)
            elif move.from_ in self.trip.zones and move.to in self.trip.zones:
                self.trip.unplaced_moves.append(UnplacedMove(index, move, passengers))
            self._concern(mark, move.id, passengers)

    def _move(self, index: int, move: Move, passengers: tuple[str, ...]) -> ResolvedMove | None:
        loc: Loc = ("travel", index)
        from_zone = self._city_zone(move.from_, (*loc, "from"))
        to_zone = self._city_zone(move.to, (*loc, "to"))
        depart = arrive = None
        if from_zone is not None:
            depart = self._instant(move.depart, from_zone, move.from_, (*loc, "depart"))
        else:
            self._readable(move.depart, (*loc, "depart"))
        if to_zone is not None:
            arrive = self._instant(move.arrive, to_zone, move.to, (*loc, "arrive"))
        else:
            self._readable(move.arrive, (*loc, "arrive"))
        if from_zone is None or to_zone is None:
            return None
        if depart is None or arrive is None:  # placed by the time that can be read
            at = depart or arrive
            return (
                None if at is None else _in_error(index, move, at, from_zone, to_zone, passengers)
            )
        if arrive <= depart:
            self._fail(
                INVALID_TIME,
                (*loc, "arrive"),
                Message(
                    "'{id}' arrives at {arrive}, not after it departs at {depart}",
                    id=move.id,
                    arrive=local_text(arrive, to_zone),
                    depart=local_text(depart, from_zone),
                ),
                Message(
                    "a depart time is read in the 'from' city's zone and an arrive time in the "
                    "'to' city's: check both, and the date of an overnight arrival"
                ),
            )
            return _in_error(index, move, depart, from_zone, to_zone, passengers)
        return ResolvedMove(
            index, move, depart, arrive, from_zone, to_zone, passengers,
            wall_clock(depart, from_zone),
        )  # fmt: skip

    def _events(self) -> None:
        for index, event in self.model.events:
            mark = self._mark()
            attendees, complete = self.refs.expand(event.attendees, ("events", index, "attendees"))
            resolved = self._event(index, event, attendees, complete)
            if resolved is not None:
                self.trip.events.append(resolved)
            self._concern(mark, event.id, attendees)

    def _refused(self) -> None:
        """The events and moves the model left out for an error of their own: their
        names, times and places are read for errors of their own; nothing is kept."""
        for index, item in self.model.refused:
            if isinstance(item, Event) and not self.with_events:
                continue
            mark = self._mark()
            if isinstance(item, Event):
                loc: Loc = ("events", index, "attendees")
                attendees, complete = self.refs.expand(item.attendees, loc)
                self._event(index, item, attendees, complete)
            else:
                loc = ("travel", index, "passengers")
                self._move(index, item, self.refs.expand(item.passengers, loc)[0])
            self._concern(mark, item.id, ())

    def _event(
        self, index: int, event: Event, attendees: tuple[str, ...], complete: bool
    ) -> ResolvedEvent | None:
        loc: Loc = ("events", index)
        city = self._event_city(event, loc)
        zone = self.trip.zones.get(city) if city is not None else None
        if zone is None or city is None:  # no known place: the times can still be read
            self._readable(event.start, (*loc, "start"))
            if event.end is not None:
                self._readable(event.end, (*loc, "end"))
            if event.duration is not None:
                self._length(event.duration, (*loc, "duration"))
            return None
        if (event.end is None) == (event.duration is None):
            return None  # no single end: already reported
        start = self._instant(event.start, zone, city, (*loc, "start"))
        if event.duration is not None:
            length = self._length(event.duration, (*loc, "duration"))
            end = start + length if start is not None and length is not None else None
        else:
            end = self._instant(event.end or "", zone, city, (*loc, "end"))
        if start is None or end is None:
            return None
        if end <= start:
            self._fail(
                INVALID_TIME,
                (*loc, "end"),
                Message(
                    "'{id}' ends at {end}, not after it starts at {start}",
                    id=event.id,
                    end=local_text(end, zone),
                    start=local_text(start, zone),
                ),
                Message(
                    "check the date and the hour of the end; for a length, write "
                    "`duration: 1h30` instead"
                ),
            )
            return None
        return ResolvedEvent(
            index, event, city, event.venue, zone, start, end, attendees,
            wall_clock(start, zone), wall_clock(end, zone), complete,
        )  # fmt: skip

    def _length(self, text: str, loc: Loc) -> timedelta | None:
        try:
            return parse_duration(text)
        except TimeTextError as err:
            self._error(err, loc)
            return None

    def _mark(self) -> tuple[int, int]:
        """Where the diagnostics stand before an item is read (see :meth:`_concern`)."""
        return len(self.diagnostics), len(self.refs.diagnostics)

    def _concern(self, mark: tuple[int, int], ident: str, people: tuple[str, ...]) -> None:
        """The diagnostics found since ``mark`` concern that item; a time or a place in
        error concerns its people too (they lose the item), a name that names nobody
        concerns nobody known."""
        for store, first in zip((self.diagnostics, self.refs.diagnostics), mark, strict=True):
            for i in range(first, len(store)):
                if store[i].events:
                    continue
                unnamed = store[i].rule in (UNKNOWN_REFERENCE.name, SCHEMA.name)
                store[i] = replace(store[i], events=(ident,), delegates=() if unnamed else people)

    def _checks(self) -> None:
        checks = self.model.checks
        for name in ("day_start", "day_end"):
            try:
                parse_clock(getattr(checks, name))
            except TimeTextError as err:
                self._error(err, ("checks", name))

    def _event_city(self, event: Event, loc: Loc) -> str | None:
        """The event's city: its venue's, or its own; a mismatch between them is an error."""
        venue_city = None
        if event.venue is not None:
            if not self.refs.check("venues", event.venue, (*loc, "venue"), "venue"):
                return None
            venue_city = self.model.venues[event.venue].city
            if venue_city not in self.model.cities:
                return None
        if event.city is not None:
            if not self.refs.check("cities", event.city, (*loc, "city"), "city"):
                return None
            if venue_city is not None and venue_city != event.city:
                self._fail(
                    SCHEMA,
                    (*loc, "city"),
                    Message(
                        "'{id}' is in city '{city}' but its venue '{venue}' is in '{venue_city}'",
                        id=event.id,
                        city=event.city,
                        venue=event.venue or "",
                        venue_city=venue_city,
                    ),
                    Message("remove `city:`: the venue gives the city"),
                )
                return None
            return event.city
        return venue_city


def _in_error(
    index: int, move: Move, at: datetime, from_zone: tzinfo, to_zone: tzinfo,
    passengers: tuple[str, ...],
) -> ResolvedMove:  # fmt: skip
    """A move whose times are in error, placed at the instant ``at`` that can be read."""
    return ResolvedMove(
        index, move, at, at, from_zone, to_zone, passengers, wall_clock(at, from_zone),
        in_error=True,
    )  # fmt: skip
