"""Agendas, as data: which items a request selects, and where everyone is.

A request names delegates (keys or ``@group``), a city and a range of local dates;
an unknown name is a :class:`RequestError` with "did you mean". Items come sorted
by their start instant, each with the live problems that involve it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from mission_cli.pipeline import Loaded
from mission_cli.resolve.trip import ResolvedEvent, ResolvedMove, ResolvedTrip
from mission_cli.resolve.whereabouts import Timeline, build_timelines, on_leg_in, place_at
from mission_cli.suggest import nearest
from mission_cli.times import TimeTextError, in_zone, parse_date, parse_time_text, to_instant


class RequestError(ValueError):
    """A request that names something the trip does not have."""


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
        return str(getattr(self.start_zone, "zone", self.start_zone))


@dataclass(frozen=True, slots=True)
class Request:
    delegates: tuple[str, ...] | None = None
    """Delegate keys (groups expanded); None for everyone."""
    city: str | None = None
    first: date | None = None
    last: date | None = None


def _guess(word: str, pool: list[str]) -> str:
    best = nearest(word, pool)
    return f"; did you mean '{best}'?" if best else ""


def expand_delegates(trip: ResolvedTrip, names: list[str]) -> tuple[str, ...]:
    """Keys and ``@group``s -> delegate keys, in the file's order."""
    model = trip.model
    chosen: set[str] = set()
    for name in names:
        if name.startswith("@"):
            members = trip.groups.get(name[1:])
            if members is None:
                raise RequestError(
                    f"unknown group '{name}'" + _guess(name, [f"@{g}" for g in trip.groups])
                )
            chosen.update(members)
        elif name in model.delegates:
            chosen.add(name)
        else:
            raise RequestError(f"unknown delegate '{name}'" + _guess(name, list(model.delegates)))
    return tuple(k for k in model.delegates if k in chosen)


def check_city(trip: ResolvedTrip, city: str) -> str:
    if city not in trip.model.cities:
        raise RequestError(f"unknown city '{city}'" + _guess(city, list(trip.model.cities)))
    return city


def parse_day(text: str, trip: ResolvedTrip, now: datetime) -> date:
    """``YYYY-MM-DD``, ``today`` or ``tomorrow`` (in the zone of the delegation's city)."""
    word = text.strip().lower()
    if word in ("today", "tomorrow", "aujourd'hui", "demain"):
        today = in_zone(now, delegation_zone(trip, now)).date()
        return today + timedelta(days=1) if word in ("tomorrow", "demain") else today
    try:
        return parse_date(text)
    except TimeTextError as exc:
        raise RequestError(f"{exc.message}: write YYYY-MM-DD, today or tomorrow") from None


def parse_instant(text: str, trip: ResolvedTrip) -> datetime:
    """A time for ``whereis``: with its zone or offset, or else in the home zone."""
    zone = trip.home_zone
    name = trip.model.info.home_timezone if trip.model.info else "UTC"
    if zone is None:
        raise RequestError("the trip has no valid home_timezone")
    try:
        return to_instant(parse_time_text(text), zone, name)
    except TimeTextError as exc:
        raise RequestError(f"{exc.message}" + (f" ({exc.hint})" if exc.hint else "")) from None


def delegation_zone(trip: ResolvedTrip, now: datetime) -> tzinfo:
    """The zone of the city where most delegates are at ``now`` (home when none is known)."""
    timelines = build_timelines(trip)
    places = Counter(
        city for key in trip.model.delegates if (city := city_of(trip, timelines[key], now))
    )
    if places:
        city = places.most_common(1)[0][0]
        if city in trip.zones:
            return trip.zones[city]
    assert trip.home_zone is not None
    return trip.home_zone


def city_of(trip: ResolvedTrip, timeline: Timeline, at: datetime) -> str | None:
    """The city a delegate is in at ``at``, by moves or legs (None in transit or unknown)."""
    if timeline.moves:
        return place_at(timeline, at).city
    for leg in timeline.legs:
        zone = trip.zones.get(leg.leg.city)
        if zone is not None and on_leg_in(timeline, leg.leg.city, in_zone(at, zone).date()):
            return leg.leg.city
    return None


def agenda_items(loaded: Loaded, request: Request) -> list[AgendaItem]:
    trip = loaded.trip
    assert trip is not None
    conflicts: dict[str, set[str]] = {}
    for diag in loaded.result.diagnostics:
        if not diag.suppressed:  # only schedule problems name items
            for ident in diag.events:
                conflicts.setdefault(ident, set()).add(diag.rule)
    wanted = set(request.delegates) if request.delegates is not None else None
    items: list[AgendaItem] = []
    for event in trip.events:
        if wanted is not None and wanted.isdisjoint(event.attendees):
            continue
        if request.city is not None and event.city != request.city:
            continue
        if not _in_days(event.local_start.date(), request):
            continue
        items.append(_event_item(event, conflicts))
    for move in trip.moves:
        if wanted is not None and wanted.isdisjoint(move.passengers):
            continue
        if request.city is not None and request.city not in (move.move.from_, move.move.to):
            continue
        if not _in_days(move.local_depart.date(), request):
            continue
        items.append(_move_item(move, conflicts, _city_names(trip)))
    items.sort(key=lambda i: (i.start, i.type != "travel", i.id))
    return items


def _city_names(trip: ResolvedTrip) -> dict[str, str]:
    return {key: city.name for key, city in trip.model.cities.items()}


def _in_days(day: date, request: Request) -> bool:
    return (request.first is None or day >= request.first) and (
        request.last is None or day <= request.last
    )


def _event_item(event: ResolvedEvent, conflicts: dict[str, set[str]]) -> AgendaItem:
    e = event.event
    return AgendaItem(
        e.id, "event", e.title, None, e.kind, event.city, None, event.venue, event.start, event.end,
        event.zone, event.zone, event.attendees,
        tuple(e.attendees) if e.attendees is not None else None,
        e.notes, None, tuple(sorted(conflicts.get(e.id, ()))),
    )  # fmt: skip


def _move_item(
    move: ResolvedMove, conflicts: dict[str, set[str]], names: dict[str, str] | None = None
) -> AgendaItem:
    m = move.move
    carrier = " ".join(p for p in (m.carrier, m.number) if p) or None
    cities = names or {}
    title = f"{m.mode.capitalize()} {cities.get(m.from_, m.from_)} → {cities.get(m.to, m.to)}"
    return AgendaItem(
        m.id, "travel", title + (f" ({carrier})" if carrier else ""), m.mode, m.mode, m.to,
        m.from_, None, move.depart, move.arrive,
        move.from_zone, move.to_zone, move.passengers,
        tuple(m.passengers) if m.passengers is not None else None,
        m.notes, carrier, tuple(sorted(conflicts.get(m.id, ()))),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Whereabout:
    delegate: str
    city: str | None
    event: AgendaItem | None = None
    move: AgendaItem | None = None


def where_is(loaded: Loaded, at: datetime) -> list[Whereabout]:
    """For each delegate at ``at``: the event they attend, the move they are on, or their
    city (None when nothing says)."""
    trip = loaded.trip
    assert trip is not None
    timelines = build_timelines(trip)
    out: list[Whereabout] = []
    for key, timeline in timelines.items():
        current = next((e for e in timeline.events if e.start <= at < e.end), None)
        if current is not None:
            out.append(Whereabout(key, current.city, event=_event_item(current, {})))
            continue
        moving = next((m for m in timeline.moves if m.depart <= at < m.arrive), None)
        if moving is not None:
            out.append(Whereabout(key, None, move=_move_item(moving, {}, _city_names(trip))))
            continue
        out.append(Whereabout(key, city_of(trip, timeline, at)))
    return out
