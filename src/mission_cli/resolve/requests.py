"""Meeting requests (``requests``) and ``part_of``: their references, durations and
windows read as every other item's are, for ``mission schedule``.

A request is resolved when its place (a venue, a city, or the event it is ``within``),
its attendees, its duration and its windows all read: one with an error of its own is
reported and left out, as an event is. Its id shares one space with the ids of events,
travel and lodging, but for the meeting that ``mission schedule --write`` adds for it:
an event of ``kind: meeting`` with the request's id is that request, placed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from mission_cli.catalog import DUPLICATE_ID, INVALID_TIME, SCHEMA
from mission_cli.clock.times import (
    TimeTextError,
    local_text,
    parse_duration,
    parse_time_text,
    to_instant,
)
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc, Locator
from mission_cli.model.schema import MeetingRequest
from mission_cli.resolve.items import ResolvedEvent, ResolvedRequest, ResolvedTrip
from mission_cli.resolve.references import References
from mission_cli.words.message import Message

MEETING_KIND = "meeting"
"""The ``kind`` of the events ``mission schedule --write`` adds: such an event with a
request's id is that request's meeting."""

Place = tuple[str, str | None, ResolvedEvent | None]
"""A request's city, venue and the event it is within."""


def resolve_requests(trip: ResolvedTrip, refs: References, locator: Locator) -> list[Diagnostic]:
    """Each request of the model into ``trip.requests``, unless it has an error of its
    own; the diagnostics say them (each naming the request's id)."""
    found: list[Diagnostic] = []
    events = {event.id: event for event in trip.events}
    for index, request in trip.model.requests:
        before = len(found), len(refs.diagnostics)
        resolved = _request(trip, refs, locator, events, index, request, found)
        for store, first in zip((found, refs.diagnostics), before, strict=True):
            for k in range(first, len(store)):
                if not store[k].events:
                    store[k] = replace(store[k], events=(request.id,))
        if resolved is not None:
            trip.requests.append(resolved)
    return found


def _request(
    trip: ResolvedTrip,
    refs: References,
    locator: Locator,
    events: dict[str, ResolvedEvent],
    index: int,
    request: MeetingRequest,
    found: list[Diagnostic],
) -> ResolvedRequest | None:
    loc: Loc = ("requests", index)
    attendees, complete = refs.expand(request.attendees, (*loc, "attendees"))
    place = _place(trip, refs, locator, events, loc, request, found)
    zone = trip.zones.get(place[0]) if place is not None else None
    duration = _duration(request.duration, (*loc, "duration"), locator, found)
    if zone is not None:
        windows = _windows(request, zone, loc, locator, found)
    else:  # no known place: the times can still be read
        windows = None
        _readable(request, loc, locator, found)
    if place is None or zone is None or duration is None or windows is None or not complete:
        return None
    city, venue, within = place
    return ResolvedRequest(index, request, city, venue, zone, within, duration, windows, attendees)


def _place(
    trip: ResolvedTrip,
    refs: References,
    locator: Locator,
    events: dict[str, ResolvedEvent],
    loc: Loc,
    request: MeetingRequest,
    found: list[Diagnostic],
) -> Place | None:
    """Where the request's meeting would be: inside its ``within`` event (at its place),
    at its venue, or in its city; a mismatch between them is an error."""
    model = trip.model
    if request.venue is not None and not refs.check(
        "venues", request.venue, (*loc, "venue"), "venue"
    ):
        return None
    if request.city is not None and not refs.check("cities", request.city, (*loc, "city"), "city"):
        return None
    venue_city = model.venues[request.venue].city if request.venue is not None else None
    if request.within is not None:
        session = _event_named(refs, model.declared, events, request.within, (*loc, "within"))
        return _inside(session, locator, loc, request, found) if session is not None else None
    if venue_city is not None and request.city not in (None, venue_city):
        found.append(
            locator.diag(
                SCHEMA,
                (*loc, "city"),
                Message(
                    "request '{id}' is in city '{city}' but its venue '{venue}' is in '{other}'",
                    id=request.id,
                    city=request.city or "",
                    venue=request.venue or "",
                    other=venue_city,
                ),
                Message("remove `city:`: the venue gives the city"),
            )
        )
        return None
    city = venue_city or request.city
    if city is None:
        found.append(
            locator.diag(
                SCHEMA,
                loc,
                Message("request '{id}' has neither 'city', 'venue' nor 'within'", id=request.id),
                Message(
                    "add `venue: …` (the venue gives the city), `city: …`, or `within: …` "
                    "(the id of the event it takes place in)"
                ),
            )
        )
        return None
    return (city, request.venue, None) if city in trip.zones else None


def _inside(
    session: ResolvedEvent,
    locator: Locator,
    loc: Loc,
    request: MeetingRequest,
    found: list[Diagnostic],
) -> Place | None:
    """A meeting within an event takes that event's place: a venue or a city of its own
    must be the same."""
    if request.venue in (None, session.venue) and request.city in (None, session.city):
        return session.city, session.venue, session
    key = "venue" if request.venue not in (None, session.venue) else "city"
    found.append(
        locator.diag(
            SCHEMA,
            (*loc, key),
            Message(
                "request '{id}' is within '{event}' ({place}) but names {key} '{value}'",
                id=request.id,
                event=session.id,
                place=session.venue or session.city,
                key=key,
                value=getattr(request, key) or "",
            ),
            Message("remove `{key}:`: a meeting within an event takes that event's place", key=key),
        )
    )
    return None


def _event_named(
    refs: References,
    declared: dict[str, set[str]],
    events: dict[str, ResolvedEvent],
    ident: str,
    loc: Loc,
) -> ResolvedEvent | None:
    """The event an id names; an unknown-reference when no event has that id (one that
    is written but in error says so itself)."""
    written = declared.get("events", set())
    if ident not in written:
        refs.unknown(loc, "event", ident, written)
    return events.get(ident)


def _duration(text: str, loc: Loc, locator: Locator, found: list[Diagnostic]) -> timedelta | None:
    try:
        return parse_duration(text)
    except TimeTextError as err:
        found.append(locator.diag(err.rule, loc, err.message, err.hint))
        return None


def _windows(
    request: MeetingRequest, zone: tzinfo, loc: Loc, locator: Locator, found: list[Diagnostic]
) -> tuple[tuple[datetime, datetime], ...] | None:
    """The windows as instants, read in the zone of the request's place."""
    out: list[tuple[datetime, datetime]] = []
    label = getattr(zone, "zone", str(zone))
    for number, window in enumerate(request.windows or []):
        here: Loc = (*loc, "windows", number)
        start = _instant(window.start, zone, label, (*here, "start"), locator, found)
        end = _instant(window.end, zone, label, (*here, "end"), locator, found)
        if start is None or end is None:
            continue
        if end <= start:
            found.append(
                locator.diag(
                    INVALID_TIME,
                    (*here, "end"),
                    Message(
                        "a window of request '{id}' ends at {end}, not after it starts at {start}",
                        id=request.id,
                        end=local_text(end, zone),
                        start=local_text(start, zone),
                    ),
                    Message("check the date and the hour of the window's end"),
                )
            )
            continue
        out.append((start, end))
    return tuple(out) if len(out) == len(request.windows or []) else None


def _readable(request: MeetingRequest, loc: Loc, locator: Locator, found: list[Diagnostic]) -> None:
    for number, window in enumerate(request.windows or []):
        for key in ("start", "end"):
            try:
                parse_time_text(getattr(window, key))
            except TimeTextError as err:
                found.append(
                    locator.diag(err.rule, (*loc, "windows", number, key), err.message, err.hint)
                )


def _instant(
    text: str, zone: tzinfo, label: str, loc: Loc, locator: Locator, found: list[Diagnostic]
) -> datetime | None:
    try:
        return to_instant(parse_time_text(text), zone, label)
    except TimeTextError as err:
        found.append(locator.diag(err.rule, loc, err.message, err.hint))
        return None


def check_parts(refs: References, locator: Locator) -> list[Diagnostic]:
    """Each ``part_of`` names another event: an unknown id is an unknown-reference (with
    "did you mean"), an event part of itself an error."""
    model = refs.model
    found: list[Diagnostic] = []
    written = model.declared.get("events", set())
    for index, event in model.events:
        if event.part_of is None:
            continue
        loc: Loc = ("events", index, "part_of")
        if event.part_of == event.id:
            found.append(
                locator.diag(
                    SCHEMA,
                    loc,
                    Message("event '{id}' is part of itself", id=event.id),
                    Message("part_of names another event: the one this event takes place inside"),
                    events=(event.id,),
                )
            )
        elif event.part_of not in written:
            before = len(refs.diagnostics)
            refs.unknown(loc, "event", event.part_of, written)
            refs.diagnostics[before:] = [
                replace(d, events=(event.id,)) for d in refs.diagnostics[before:]
            ]
    return found


def check_request_ids(refs: References, locator: Locator) -> list[Diagnostic]:
    """A request's id is used by nothing else but its own meeting (an event of kind
    ``meeting``); the later use is the one reported."""
    model = refs.model
    uses: dict[str, list[tuple[str, int]]] = {}
    for index, request in model.requests:
        uses.setdefault(request.id, []).append(("requests", index))
    if not uses:
        return []
    others = [("events", i, e.id, e.kind != MEETING_KIND) for i, e in model.events]
    others += [("travel", i, m.id, True) for i, m in model.travel]
    others += [("lodging", i, s.id, True) for i, s in model.lodging]
    for section, index, ident, clashes in others:
        if ident in uses and clashes:
            uses[ident].append((section, index))
    found: list[Diagnostic] = []
    for ident, places in uses.items():
        if len(places) < 2:
            continue
        places.sort(key=lambda place: locator.position((*place, "id")))
        (first_section, first_index), *rest = places
        line, _ = locator.position((first_section, first_index, "id"))
        for section, index in rest:
            found.append(
                locator.diag(
                    DUPLICATE_ID,
                    (section, index, "id"),
                    Message(
                        "id '{id}' is already used by {section}[{index}] (line {line})",
                        id=ident,
                        section=first_section,
                        index=str(first_index),
                        line=str(line),
                    ),
                    Message(
                        "a request shares its id only with the meeting `mission schedule "
                        "--write` adds for it (an event of kind meeting): rename one of them"
                    ),
                    events=(ident,),
                )
            )
    return found
