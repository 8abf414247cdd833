"""An agenda laid out for reading: rows of text grouped by local day and city.

Shared by the terminal table, the Markdown and the HTML booklet, so that the three
say the same thing. A time is never shown without its zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from mission_cli.agenda import AgendaItem
from mission_cli.pipeline import Loaded
from mission_cli.render.i18n import label, long_date
from mission_cli.times import LocalTime, local_time


@dataclass(frozen=True, slots=True)
class ViewOptions:
    lang: str = "en"
    zone: tzinfo | None = None
    """Show every time in this zone (``--tz``); None for each item's own zone."""
    home_time: bool = False


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


@dataclass(slots=True)
class DayTable:
    day: date
    city: str
    heading: str
    rows: list[Row] = field(default_factory=list)


@dataclass(slots=True)
class AgendaView:
    title: str
    subject: str
    tables: list[DayTable]
    notes: list[str]
    lang: str


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
    if start.abbreviation == end.abbreviation and not first:
        return f"{start:%H:%M}–{end:%H:%M %Z}{second}"
    return f"{start:%H:%M %Z}{first}–{end:%H:%M %Z}{second}"


def who(loaded: Loaded, item: AgendaItem, lang: str) -> str:
    model = loaded.model
    assert model is not None
    if item.written is None or len(item.attendees) == len(model.delegates) > 0:
        return label(lang, "whole")
    parts = []
    for name in item.written:
        if name.startswith("@"):
            parts.append(name)  # a group, as the organiser wrote it
        elif name in model.delegates:
            parts.append(model.delegates[name].name)
    return ", ".join(dict.fromkeys(parts))


def build_view(
    loaded: Loaded, items: list[AgendaItem], options: ViewOptions, subject: str
) -> AgendaView:
    model, trip = loaded.model, loaded.trip
    assert model is not None
    assert trip is not None
    lang = options.lang
    cities = {k: c.name for k, c in model.cities.items()}
    venues = model.venues
    tables: dict[tuple[date, str], DayTable] = {}
    for item in items:
        day = _clock(item.start, item.start_zone).date()  # its local day, as --day selects
        city = item.place_city
        table = tables.get((day, city))
        if table is None:
            heading = f"{long_date(day, lang)} — {cities[city]}"
            table = tables[(day, city)] = DayTable(day, city, heading)
        if item.type == "travel":
            what = label(lang, item.mode or "other") + (f" {item.carrier}" if item.carrier else "")
            where = f"{cities[item.place_city]} → {cities[item.city]}"
            kind = None
        else:
            what, kind = item.title, item.kind
            if item.venue is not None:
                venue = venues[item.venue]
                where = venue.name + (f", {venue.address}" if venue.address else "")
            else:
                where = cities[item.city]
        home = None
        if options.home_time and trip.home_zone is not None:
            home = time_range(item, trip.home_zone, day)
        table.rows.append(
            Row(
                item.id,
                time_range(item, options.zone, day),
                home,
                what,
                kind,
                where,
                who(loaded, item, lang),
                item.notes or "",
                item.conflicts,
            )
        )
    ordered = sorted(tables.values(), key=lambda t: t.day)  # stable: cities in time order
    title = model.info.title if model.info else loaded.result.file
    notes = []
    rules = sorted({r for t in ordered for row in t.rows for r in row.conflicts})
    if rules:
        notes.append(label(lang, "conflict", rules=", ".join(rules)))
    if options.zone is not None:
        notes.append(label(lang, "times_in", zone=str(getattr(options.zone, "zone", ""))))
    if options.home_time and trip.home_zone is not None:
        zone_name = str(getattr(trip.home_zone, "zone", ""))
        notes.append(label(lang, "home_line", zone=zone_name))
    return AgendaView(f"{label(lang, 'agenda')}: {title}", subject, ordered, notes, lang)
