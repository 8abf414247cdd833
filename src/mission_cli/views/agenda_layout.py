"""An agenda laid out for reading: rows of text grouped by local day and city.

Shared by the terminal table, the Markdown and the HTML booklet, so that the three
say the same thing. A time is never shown without its zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from mission_cli.clock.times import LocalTime, local_time, zone_name
from mission_cli.model.build import TripModel
from mission_cli.pipeline import Loaded
from mission_cli.views.agenda import AgendaItem, Request
from mission_cli.views.items import (
    event_place,
    items_left_out,
    people_text,
    route_between,
    venue_contact,
)
from mission_cli.views.logistics.meals import diet_lines, diets_of
from mission_cli.views.logistics.personal import personal_lines, personal_object
from mission_cli.words.labels import label, long_date


@dataclass(frozen=True, slots=True)
class ViewOptions:
    lang: str = "en"
    zone: tzinfo | None = None
    """Show every time in this zone (``--tz``); None for each item's own zone."""
    home_time: bool = False
    personal: bool = False
    """``--include-personal``: the delegates' contacts, diets and documents, and the diets
    at each meal."""


@dataclass(slots=True)
class Row:
    id: str
    when: str
    home: str | None
    what: str
    kind: str | None
    where: str
    who: str
    notes: str
    conflicts: tuple[str, ...]
    city: str = ""
    """The display name of the city where it happens (a move: its departure city)."""


@dataclass(slots=True)
class DayTable:
    """One local day, its rows in time order whatever their city."""

    day: date
    heading: str
    cities: list[str] = field(default_factory=list)
    """The day's cities, in the order of their first item."""
    rows: list[Row] = field(default_factory=list)

    @property
    def several_cities(self) -> bool:
        return len(self.cities) > 1


def day_columns(day: DayTable) -> list[str]:
    """The columns a day needs, by their label keys: the city only where a day has
    several, the notes only where a row has some."""
    columns = ["when"]
    if day.several_cities:
        columns.append("town")
    columns += ["what", "where", "who"]
    if any(row.notes for row in day.rows):
        columns.append("notes")
    return columns


def row_cells(row: Row) -> dict[str, str]:
    """A row's text by column key (the first line of each cell)."""
    return {
        "when": row.when,
        "town": row.city,
        "what": row.what,
        "where": row.where,
        "who": row.who,
        "notes": row.notes,
    }


@dataclass(slots=True)
class AgendaView:
    title: str
    subject: str
    tables: list[DayTable]
    notes: list[str]
    lang: str
    items: list[AgendaItem] = field(default_factory=list)
    """The items selected, in time order (what the JSON output lists)."""
    personal: list[dict[str, Any]] | None = None
    """With ``--include-personal``: the personal data of the delegates shown."""


def _clock(moment: datetime, zone: tzinfo) -> LocalTime:
    return local_time(moment, zone)


def _days(moment: date, day: date) -> str:
    delta = (moment - day).days
    return f" {delta:+d}" if delta else ""


def time_range(item: AgendaItem, zone: tzinfo | None, day: date | None = None) -> str:
    """``10:00–11:30 EDT``; a move ``14:10 EDT → 19:40 EDT``; ``+1`` marks a time on the
    local day after ``day`` (the day the item is listed under: its local start date)."""
    start_zone = zone or item.start_zone
    end_zone = zone or item.end_zone
    start, end = _clock(item.start, start_zone), _clock(item.end, end_zone)
    day = day or _clock(item.start, item.start_zone).date()
    first, second = _days(start.date(), day), _days(end.date(), day)
    if item.type == "travel":
        return f"{start:%H:%M %Z}{first} → {end:%H:%M %Z}{second}"
    if start.abbreviation == end.abbreviation and first == second:
        return f"{start:%H:%M}–{end:%H:%M %Z}{second}"
    return f"{start:%H:%M %Z}{first}–{end:%H:%M %Z}{second}"


def who(model: TripModel, item: AgendaItem, lang: str) -> str:
    return people_text(model, item.written, item.attendees, lang)


def subject(model: TripModel, request: Request, lang: str) -> str:
    """Whose agenda: the delegates asked for, everything in a city, or everyone."""
    if request.delegates is not None:
        if len(request.delegates) == len(model.delegates):
            return label(lang, "delegation")
        return ", ".join(model.delegates[k].name for k in request.delegates)
    if request.city is not None:
        return label(lang, "city", city=model.cities[request.city].name)
    return label(lang, "delegation")


def build_view(
    loaded: Loaded, items: list[AgendaItem], options: ViewOptions, request: Request
) -> AgendaView:
    model, trip = loaded.model, loaded.trip
    assert model is not None
    assert trip is not None
    lang = options.lang
    tables: dict[date, DayTable] = {}
    for item in items:
        day = _clock(item.start, item.start_zone).date()  # its local day, as --day selects
        table = tables.get(day)
        if table is None:
            table = tables[day] = DayTable(day, long_date(day, lang))
        row = _row(loaded, item, options, day)
        row.city = model.cities[item.place_city].name
        if row.city not in table.cities:
            table.cities.append(row.city)
        table.rows.append(row)
    ordered = sorted(tables.values(), key=lambda t: t.day)
    for table in ordered:
        table.heading += " — " + ", ".join(table.cities)
    title = model.info.title if model.info else loaded.result.file
    view = AgendaView(
        f"{label(lang, 'agenda')}{label(lang, 'colon')}{title}",
        subject(model, request, lang),
        ordered,
        _notes(loaded, ordered, options),
        lang,
        items,
    )
    if not items:
        view.notes.insert(0, _nothing(loaded, request, lang))
    if options.personal:
        _add_personal(loaded, view, request)
    return view


def _add_personal(loaded: Loaded, view: AgendaView, request: Request) -> None:
    """The diets at each meal (of the delegates shown), and each one's contacts and
    documents under the agenda."""
    trip = loaded.trip
    assert trip is not None
    shown = request.delegates if request.delegates is not None else tuple(trip.model.delegates)
    meals = {e.id: e for e in trip.events if e.event.meal}
    for table in view.tables:
        for row in table.rows:
            meal = meals.get(row.id)
            if meal is not None:
                keys = tuple(k for k in meal.attendees if k in shown)
                lines = diet_lines(trip, diets_of(trip, keys), view.lang)
                row.notes = "; ".join(n for n in (row.notes, *lines) if n)
    view.notes += personal_lines(trip.model, shown, view.lang)
    view.personal = [personal_object(trip.model, key) for key in shown]


def _row(loaded: Loaded, item: AgendaItem, options: ViewOptions, day: date) -> Row:
    model, trip = loaded.model, loaded.trip
    assert model is not None
    assert trip is not None
    lang = options.lang
    if item.type == "travel":
        what = label(lang, item.mode or "other") + (f" {item.carrier}" if item.carrier else "")
        where = route_between(model, item.place_city, item.city)
        kind = None
    else:
        what, kind = item.title, item.kind
        where = event_place(model, item.city, item.venue, address=True, with_city=False)
        contact = venue_contact(model, item.venue, lang)
        where += f" · {contact}" if contact else ""
    home = None
    when = time_range(item, options.zone, day)
    if options.home_time and trip.home_zone is not None:
        home = time_range(item, trip.home_zone, day)
        home = None if home == when else home  # a time at home is said once
    return Row(
        item.id,
        when,
        home,
        what,
        kind,
        where,
        who(model, item, lang),
        item.notes or "",
        item.conflicts,
    )


def _notes(loaded: Loaded, tables: list[DayTable], options: ViewOptions) -> list[str]:
    trip = loaded.trip
    assert trip is not None
    lang = options.lang
    notes = []
    rules = sorted({r for t in tables for row in t.rows for r in row.conflicts})
    if rules:
        notes.append(label(lang, "conflict", rules=", ".join(rules)))
    if options.zone is not None:
        notes.append(label(lang, "times_in", zone=zone_name(options.zone)))
    if options.home_time and trip.home_zone is not None:
        notes.append(label(lang, "home_line", zone=zone_name(trip.home_zone)))
    left_out = items_left_out(loaded)
    if left_out:
        shown = ", ".join(left_out[:10]) + (", …" if len(left_out) > 10 else "")
        notes.append(label(lang, "left_out", ids=shown))
    return notes


def _nothing(loaded: Loaded, request: Request, lang: str) -> str:
    """Why the agenda is empty: a day outside the trip, or nothing matching."""
    trip = loaded.trip
    assert trip is not None
    asked = request.first if request.first is not None and request.first == request.last else None
    if asked and trip.start and trip.end and not trip.start <= asked <= trip.end:
        return label(
            lang,
            "outside",
            day=long_date(asked, lang),
            start=long_date(trip.start, lang),
            end=long_date(trip.end, lang),
        )
    return label(lang, "nothing")
