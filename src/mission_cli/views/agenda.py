"""Agendas, as data: which items a request selects, in time order.

A request names delegates, a city and a range of local dates (``requests.py`` reads
them). Items come sorted by their start instant, each with the live problems that
involve it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from mission_cli.catalog import RULES
from mission_cli.clock.times import wall_clock, zone_name
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedEvent, ResolvedMove, ResolvedTrip
from mission_cli.views.items import carrier_label, route
from mission_cli.words.terms import MODES
from mission_cli.words.words import Words


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    type: str  # "event" or "travel"
    title: str
    """An event's title; for a move, "Flight Montréal → Paris (Air France AF 347)"."""
    mode: str | None
    """A move's mode (None for an event)."""
    kind: str | None
    city: str
    """The event's city; a move's ``to`` city."""
    from_city: str | None
    """A move's ``from`` city (None for an event)."""
    venue: str | None
    start: datetime
    end: datetime
    start_zone: tzinfo
    end_zone: tzinfo
    attendees: tuple[str, ...]
    written: tuple[str, ...] | None
    """The attendees as written (None for ``all``)."""
    notes: str | None
    carrier: str | None
    conflicts: tuple[str, ...]
    """The rules of the live problems that involve this item."""

    @property
    def place_city(self) -> str:
        """Where the item happens, for grouping: a move belongs to its departure city."""
        return self.from_city or self.city

    @property
    def zone_name(self) -> str:
        return zone_name(self.start_zone)


@dataclass(frozen=True, slots=True)
class Request:
    delegates: tuple[str, ...] | None = None
    """Delegate keys (groups expanded); None for everyone."""
    city: str | None = None
    first: date | None = None
    last: date | None = None


def agenda_items(loaded: LoadedTrip, request: Request, words: Words) -> list[AgendaItem]:
    """The events and moves of the request, each under the local day of its start."""
    trip = loaded.trip
    wanted = set(request.delegates) if request.delegates is not None else None
    conflicts = _conflicts(loaded, wanted)
    items: list[AgendaItem] = []
    for event in trip.events:
        if wanted is not None and wanted.isdisjoint(event.attendees):
            continue
        if request.city is not None and event.city != request.city:
            continue
        if not _in_days(event.local_start.date(), request):
            continue
        items.append(event_item(event, conflicts))
    items += [
        move_item(trip, move, conflicts, words)
        for move in _moves(trip, request, wanted)
        if _in_days(move.local_depart.date(), request)
    ]
    items.sort(key=lambda i: (i.start, i.type != "travel", i.id))
    return items


def arrivals(loaded: LoadedTrip, request: Request, words: Words) -> list[AgendaItem]:
    """The moves of the request that land on a later local day than they leave (an
    overnight flight), whose arrival day is among the request's: each is shown on that
    day too, whether or not its departure day is asked for."""
    trip = loaded.trip
    wanted = set(request.delegates) if request.delegates is not None else None
    conflicts = _conflicts(loaded, wanted)
    return [
        move_item(trip, move, conflicts, words)
        for move in _moves(trip, request, wanted)
        if arrival_day(move.arrive, move.to_zone) > move.local_depart.date()
        and _in_days(arrival_day(move.arrive, move.to_zone), request)
    ]


def arrival_day(instant: datetime, zone: tzinfo) -> date:
    """The local date of an arrival in its place's zone."""
    return wall_clock(instant, zone).date()


def _moves(trip: ResolvedTrip, request: Request, wanted: set[str] | None) -> list[ResolvedMove]:
    """The moves of the delegates and the city asked for, whatever their days."""
    return [
        move
        for move in trip.moves
        if (wanted is None or not wanted.isdisjoint(move.passengers))
        and (request.city is None or request.city in (move.move.from_, move.move.to))
    ]


def _conflicts(loaded: LoadedTrip, wanted: set[str] | None) -> dict[str, set[str]]:
    """The rules of the live problems of each item, for the delegates shown."""
    conflicts: dict[str, set[str]] = {}
    for diag in loaded.result.diagnostics:
        if diag.suppressed or (
            wanted is not None and diag.delegates and wanted.isdisjoint(diag.delegates)
        ):
            continue  # a row is marked for the delegates shown, never for another's finding
        marked = diag.events[:1] if RULES[diag.rule].first_item_only else diag.events
        for ident in marked:  # the move that left them elsewhere is context, not a clash
            conflicts.setdefault(ident, set()).add(diag.rule)
    return conflicts


def _in_days(day: date, request: Request) -> bool:
    return (request.first is None or day >= request.first) and (
        request.last is None or day <= request.last
    )


def event_item(event: ResolvedEvent, conflicts: dict[str, set[str]]) -> AgendaItem:
    e = event.event
    return AgendaItem(
        e.id, "event", e.title, None, e.kind, event.city, None, event.venue, event.start, event.end,
        event.zone, event.zone, event.attendees,
        tuple(e.attendees) if e.attendees is not None else None,
        e.notes, None, tuple(sorted(conflicts.get(e.id, ()))),
    )  # fmt: skip


def move_item(
    trip: ResolvedTrip, move: ResolvedMove, conflicts: dict[str, set[str]], words: Words
) -> AgendaItem:
    m = move.move
    carrier = carrier_label(m) or None
    title = f"{words.term(MODES[m.mode])} {route(trip.model, m)}"
    return AgendaItem(
        m.id, "travel", title + (f" ({carrier})" if carrier else ""), m.mode, m.mode, m.to,
        m.from_, None, move.depart, move.arrive,
        move.from_zone, move.to_zone, move.passengers,
        tuple(m.passengers) if m.passengers is not None else None,
        m.notes, carrier, tuple(sorted(conflicts.get(m.id, ()))),
    )  # fmt: skip
