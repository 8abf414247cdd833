"""An agenda laid out for reading: rows of text grouped by local day, as a document.

Shared by the terminal, Markdown and HTML, so that the three say the same thing. A time
is never shown without its zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from mission_cli.clock.times import LocalTime, local_time, zone_name
from mission_cli.pipeline import LoadedTrip
from mission_cli.views.agenda import AgendaItem, Request, arrivals
from mission_cli.views.agenda_days import add_stops, local_day, placed, route_text
from mission_cli.views.document import (
    Block,
    Cell,
    Column,
    Document,
    Paragraph,
    Row,
    Section,
    Span,
    Table,
    line,
)
from mission_cli.views.items import (
    city_name,
    event_place,
    items_left_out,
    kind_aside,
    move_label,
    people_text,
    route_between,
    venue_contact,
)
from mission_cli.views.logistics.meals import diet_lines, diets_of
from mission_cli.views.logistics.personal import personal_lines, personal_object
from mission_cli.words.message import N_
from mission_cli.words.words import Words


@dataclass(frozen=True, slots=True)
class ViewOptions:
    words: Words
    zone: tzinfo | None = None
    """Show every time in this zone (``--tz``); None for each item's own zone."""
    home_time: bool = False
    personal: bool = False
    """``--include-personal``: the delegates' contacts, diets and documents, and the diets
    at each meal."""


@dataclass(slots=True)
class AgendaRow:
    id: str
    when: str
    home: str | None
    what: str
    kind: str | None
    """Said under the title, apart: ``(réunion interne)``."""
    where: str
    who: str
    notes: str
    conflicts: tuple[str, ...]
    city: str = ""
    """The display name of the city where it happens (a move: its departure city; its
    arrival, the city it reaches)."""


@dataclass(slots=True)
class DayTable:
    """One local day, its rows in time order whatever their city."""

    day: date
    heading: str
    cities: list[str] = field(default_factory=list)
    """The cities where the day's rows happen, in the order of their first row (a City
    column where there are several)."""
    rows: list[AgendaRow] = field(default_factory=list)
    stops: list[tuple[str, str]] = field(default_factory=list)
    """Every city the day goes through, in order, each with how it is reached: ``→``
    by a move, ``,`` otherwise (another delegate's city that day)."""


COLUMNS: dict[str, tuple[str, int]] = {
    "when": (N_("When"), 0),
    "town": (N_("City"), 1),
    "what": (N_("What"), 3),
    "where": (N_("Where"), 2),
    "who": (N_("Who"), 2),
    "notes": (N_("Notes"), 2),
}
"""Each column's label and weight (its share of the spare width)."""
ASIDES = {"when": N_("At home"), "what": N_("Kind")}
"""The label of what a cell says under its value (the time at home, the event's kind),
where each row is a block of labelled lines."""


def day_columns(day: DayTable) -> list[str]:
    """The columns a day needs: the city only where a day has several, the notes only
    where a row has some."""
    columns = ["when"]
    if len(day.cities) > 1:
        columns.append("town")
    columns += ["what", "where", "who"]
    if any(row.notes for row in day.rows):
        columns.append("notes")
    return columns


@dataclass(slots=True)
class AgendaView:
    words: Words
    title: str
    subject: str
    tables: list[DayTable]
    notes: list[str]
    items: list[AgendaItem] = field(default_factory=list)
    """The items selected, in time order (what the JSON output lists)."""
    personal: list[dict[str, Any]] | None = None
    """With ``--include-personal``: the personal data of the delegates shown."""

    def document(self) -> Document:
        words = self.words
        blocks: list[Block] = [Paragraph((line(self.subject),), "subject")]
        blocks += [
            Section(line(day.heading), [_table(day, words)], page=True) for day in self.tables
        ]
        blocks += [Paragraph((line(note),), "note") for note in self.notes]
        return Document(self.title, words.lang, words.colon, blocks)


def _table(day: DayTable, words: Words) -> Table:
    keys = day_columns(day)
    columns = tuple(
        Column(
            words.t(COLUMNS[k][0]),
            weight=COLUMNS[k][1],
            nowrap=k == "when",
            aside=words.t(ASIDES[k]) if k in ASIDES else "",
        )
        for k in keys
    )
    rows = []
    for row in day.rows:
        texts = {"when": row.when, "town": row.city, "what": row.what, "where": row.where,
                 "who": row.who, "notes": row.notes}  # fmt: skip
        cells: list[Cell] = []
        for key in keys:
            more = row.home if key == "when" else row.kind if key == "what" else None
            cells.append(
                (line(texts[key]), line(Span(more, "dim"))) if more else (line(texts[key]),)
            )
        rows.append(Row(tuple(cells), marked=bool(row.conflicts)))
    return Table(columns, tuple(rows))


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


def who(loaded: LoadedTrip, item: AgendaItem, words: Words) -> str:
    return people_text(loaded.model, item.written, item.attendees, words)


def subject(loaded: LoadedTrip, request: Request, words: Words) -> str:
    """Whose agenda: the delegates asked for, everything in a city, or everyone."""
    model = loaded.model
    if request.delegates is not None:
        if len(request.delegates) == len(model.delegates):
            return words.t("whole delegation")
        return ", ".join(model.delegates[k].name for k in request.delegates)
    if request.city is not None:
        return words.t("everything in {city}", city=model.cities[request.city].name)
    return words.t("whole delegation")


def build_view(
    loaded: LoadedTrip, items: list[AgendaItem], options: ViewOptions, request: Request
) -> AgendaView:
    """The agenda's days: each item under the local day of its start (as ``--day``
    selects), and each move that lands on a later day under that day too, as its
    arrival; each day's heading says where the day goes."""
    model, words = loaded.model, options.words
    tables: dict[date, DayTable] = {}
    for entry in placed(items, arrivals(loaded, request, words)):
        item, arrival = entry
        day = local_day(item, arrival)
        table = tables.get(day)
        if table is None:
            table = tables[day] = DayTable(day, words.long_date(day))
        row = _arrival(loaded, item, options, day) if arrival else _row(loaded, item, options, day)
        row.city = city_name(model, item.city if arrival else item.place_city)
        if row.city not in table.cities:
            table.cities.append(row.city)
        table.rows.append(row)
        add_stops(table.stops, model, entry, day)
    ordered = sorted(tables.values(), key=lambda t: t.day)
    for table in ordered:
        table.heading += " — " + route_text(table.stops)
    title = words.t("Agenda: {title}", title=loaded.info.title)
    notes = _notes(loaded, ordered, options)
    view = AgendaView(words, title, subject(loaded, request, words), ordered, notes, items)
    if not ordered:
        view.notes.insert(0, _nothing(loaded, request, words))
    if options.personal:
        _add_personal(loaded, view, request)
    return view


def _add_personal(loaded: LoadedTrip, view: AgendaView, request: Request) -> None:
    """The diets at each meal (of the delegates shown), and each one's contacts and
    documents under the agenda."""
    trip = loaded.trip
    shown = request.delegates if request.delegates is not None else tuple(trip.model.delegates)
    meals = {e.id: e for e in trip.events if e.event.meal}
    for table in view.tables:
        for row in table.rows:
            meal = meals.get(row.id)
            if meal is not None:
                keys = tuple(k for k in meal.attendees if k in shown)
                lines = diet_lines(trip, diets_of(trip, keys), view.words)
                row.notes = "; ".join(n for n in (row.notes, *lines) if n)
    view.notes += personal_lines(trip.model, shown, view.words)
    view.personal = [personal_object(trip.model, key) for key in shown]


def _row(loaded: LoadedTrip, item: AgendaItem, options: ViewOptions, day: date) -> AgendaRow:
    model, trip, words = loaded.model, loaded.trip, options.words
    if item.type == "travel":
        what = move_label(words, item.mode, item.carrier)
        where = route_between(model, item.place_city, item.city)
        kind = None
    else:
        what, kind = item.title, kind_aside(item.kind)
        where = event_place(model, item.city, item.venue, address=True, with_city=False)
        contact = venue_contact(model, item.venue, words)
        where += f" · {contact}" if contact else ""
    home = None
    when = time_range(item, options.zone, day)
    if options.home_time and trip.home_zone is not None:
        home = time_range(item, trip.home_zone, day)
        home = None if home == when else home  # a time at home is said once
    return AgendaRow(
        item.id, when, home, what, kind, where, who(loaded, item, words), item.notes or "",
        item.conflicts,
    )  # fmt: skip


def _arrival(loaded: LoadedTrip, item: AgendaItem, options: ViewOptions, day: date) -> AgendaRow:
    """A move that left on an earlier day, on its arrival day: at its arrival time,
    marked as the continuation of the day it left (its notes stay with its departure)."""
    words, home_zone = options.words, loaded.trip.home_zone
    left = words.day_month(_clock(item.start, item.start_zone).date())
    what = words.t(
        "{move}, arrival (continued from {day})",
        move=move_label(words, item.mode, item.carrier),
        day=left,
    )
    when = _landing(item, options.zone, day)
    home = _landing(item, home_zone, day) if options.home_time and home_zone else None
    where = route_between(loaded.model, item.place_city, item.city)
    return AgendaRow(
        item.id, when, None if home == when else home, what, None, where,
        who(loaded, item, words), "", item.conflicts,
    )  # fmt: skip


def _landing(item: AgendaItem, zone: tzinfo | None, day: date) -> str:
    """``→ 08:40 JST``: an arrival's time, ``+1`` when it is another day in ``zone``."""
    end = _clock(item.end, zone or item.end_zone)
    return f"→ {end:%H:%M %Z}{_days(end.date(), day)}"


def _notes(loaded: LoadedTrip, tables: list[DayTable], options: ViewOptions) -> list[str]:
    trip, words = loaded.trip, options.words
    notes = []
    rules = sorted({r for t in tables for row in t.rows for r in row.conflicts})
    if rules:
        notes.append(
            words.t(
                "⚠ in conflict ({rules}): run 'mission report' for the details.",
                rules=", ".join(rules),
            )
        )
    if options.zone is not None:
        notes.append(words.t("Times in {zone}.", zone=zone_name(options.zone)))
    if options.home_time and trip.home_zone is not None:
        notes.append(
            words.t(
                "Second line of a time: the time at home ({zone}).",
                zone=zone_name(trip.home_zone),
            )
        )
    left_out = items_left_out(loaded)
    if left_out:
        shown = ", ".join(left_out[:10]) + (", …" if len(left_out) > 10 else "")
        notes.append(
            words.t(
                "Left out because of errors in the file: {ids} (see 'mission validate').",
                ids=shown,
            )
        )
    return notes


def _nothing(loaded: LoadedTrip, request: Request, words: Words) -> str:
    """Why the agenda is empty: a day outside the trip, or nothing matching."""
    trip = loaded.trip
    asked = request.first if request.first is not None and request.first == request.last else None
    if asked and trip.start and trip.end and not trip.start <= asked <= trip.end:
        return words.t(
            "{day} is outside the trip, which runs from {start} to {end}.",
            day=words.long_date(asked),
            start=words.long_date(trip.start),
            end=words.long_date(trip.end),
        )
    return words.t("No item matches this request.")
