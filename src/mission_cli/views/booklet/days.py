"""The booklet's days: every local day from the first item to the last, each item in its
place's zone with the home time under it (the agenda's wording), an item that runs past
midnight again on the days it ends in, and the night's hotel at the end of the day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from itertools import pairwise

from mission_cli.booklet.data import Day, Item
from mission_cli.clock.times import day_range, in_zone, lenient_instant, local_time
from mission_cli.views.agenda import AgendaItem, Request, agenda_items
from mission_cli.views.agenda_layout import time_range, who
from mission_cli.views.booklet.edition import Edition, Selection
from mission_cli.views.booklet.hotels import hotel_key, hotel_of
from mission_cli.views.items import city_name, event_place, move_label, route_between
from mission_cli.views.logistics.meals import diet_lines, diets_of
from mission_cli.views.logistics.personal import diet_words
from mission_cli.words.terms import MEALS

Placed = list[tuple[AgendaItem, bool]]
"""A day's items, each with whether it began on an earlier day (``carried``)."""


FREE_DAYS = 14
"""The longest run of days with no item that the booklet shows, day by day: a longer one
is a mistake of the file (an item a year away), not days to print."""


def booklet_days(ed: Edition, who_for: Selection) -> list[Day]:
    """The days of the booklet of ``who_for``: their items (everyone's for the whole
    delegation), and the days between with no item (a free day still has its night)."""
    request = Request(None if who_for.whole else who_for.keys)
    placed = _by_day(agenda_items(ed.loaded, request, ed.words))
    return [_day(ed, who_for, day, placed.get(day, [])) for day in _shown(sorted(placed))]


def _shown(busy: list[date]) -> list[date]:
    """The days with items, and those between two of them at most ``FREE_DAYS`` apart."""
    days = busy[:1]
    for before, after in pairwise(busy):
        gap = day_range(before + timedelta(days=1), after)
        days += gap if len(gap) <= FREE_DAYS + 1 else [after]
    return days


def _by_day(items: list[AgendaItem]) -> dict[date, Placed]:
    """Items by their local day (the agenda's: the date of their start in its zone), and
    again on each later day they end in (an arrival after midnight)."""
    placed: dict[date, Placed] = {}
    for item in items:
        first = local_time(item.start, item.start_zone).date()
        placed.setdefault(first, []).append((item, False))
        end = local_time(item.end, item.end_zone).wall
        last = end.date() - timedelta(days=1) if end.time() == time() else end.date()
        for day in day_range(first + timedelta(days=1), last):
            placed.setdefault(day, []).append((item, True))
    for entries in placed.values():
        entries.sort(key=lambda entry: (entry[0].start, entry[0].type != "travel", entry[0].id))
    return placed


def _day(ed: Edition, who_for: Selection, day: date, entries: Placed) -> Day:
    words, model = ed.words, ed.model
    cities: list[str] = []
    for item, carried in entries:  # where the day goes: a move's ends, an event's city
        for town in (item.city,) if carried else (item.place_city, item.city):
            if city_name(model, town) not in cities:
                cities.append(city_name(model, town))
    if not cities:
        where = next((n.place for k in who_for.keys if (n := ed.night(k, day)) and n.place), None)
        cities += [city_name(model, where)] if where else []
    heading = words.long_date(day) + (" — " + ", ".join(cities) if cities else "")
    note = _zone_note(ed, day, entries) if entries else words.t("Nothing planned this day.")
    return {
        "heading": heading,
        "note": note,
        "items": [_item(ed, who_for, day, item, carried) for item, carried in entries],
        "night": _night(ed, who_for, day),
    }


def _item(ed: Edition, who_for: Selection, day: date, item: AgendaItem, carried: bool) -> Item:
    """An item as the agenda words it: a move by its mode and carrier, with its route
    as its place; an event by its title, kind and venue (with the address)."""
    words, model = ed.words, ed.model
    when = time_range(item, None, day)
    shown: Item = {"time": when, "title": item.title, "carried": carried}
    if ed.trip.home_zone is not None:
        home = time_range(item, ed.trip.home_zone, day)
        shown["home_time"] = None if home == when else home  # a time at home is said once
    if item.type == "travel":
        shown["title"] = move_label(words, item.mode, item.carrier)
        shown["place"] = route_between(model, item.place_city, item.city)
    else:
        shown["kind"] = item.kind
        shown["place"] = event_place(model, item.city, item.venue, address=True, with_city=False)
        shown["meal"] = _meal(ed, who_for, item)
        venue = model.venues.get(item.venue) if item.venue else None
        if venue is not None and venue.contact is not None:
            shown["contact"] = ", ".join(
                part for part in (venue.contact.name, venue.contact.phone) if part
            )
    shown["people"] = who(ed.loaded, item, words)
    shown["notes"] = item.notes
    return shown


def _meal(ed: Edition, who_for: Selection, item: AgendaItem) -> str | None:
    """``Dîner``; with ``--include-personal``, the diets of the booklet's delegates
    at it (``Dîner — régime : végétarien``)."""
    event = ed.meals.get(item.id)
    if event is None or event.event.meal is None:
        return None
    meal = ed.words.term(MEALS[event.event.meal])
    meal = meal[:1].upper() + meal[1:]
    if not ed.personal:
        return meal
    keys = tuple(key for key in event.attendees if key in who_for.keys)
    if who_for.one is not None:
        needs = diet_words(ed.model, who_for.one, ed.words) if who_for.one in keys else ""
        diet = ed.words.t("diet: {diet}", diet=needs) if needs else ""
    else:
        diet = "; ".join(diet_lines(ed.trip, diets_of(ed.trip, keys), ed.words))
    return f"{meal} — {diet}" if diet else meal


def _zone_note(ed: Edition, day: date, entries: Placed) -> str | None:
    """Where all of a day's times are in one zone that is not home's: that zone and the
    home one, with their offsets from UTC (``EDT (UTC−4)``)."""
    home = ed.trip.home_zone
    zones = {
        id(zone): zone
        for item, carried in entries
        for zone in ((item.end_zone,) if carried else (item.start_zone, item.end_zone))
    }
    if home is None or len(zones) != 1:
        return None
    (zone,) = zones.values()
    noon = lenient_instant(datetime.combine(day, time(12)), zone)
    local, at_home = _zone_text(noon, zone), _zone_text(noon, home)
    if local == at_home:
        return None
    cities = [c.name for c in ed.model.cities.values() if c.home]
    if cities:
        return ed.words.t(
            "Local time: {local}; time in {city}: {home}",
            local=local,
            city=cities[0],
            home=at_home,
        )
    return ed.words.t("Local time: {local}; home time: {home}", local=local, home=at_home)


def _zone_text(instant: datetime, zone: tzinfo) -> str:
    """``EDT (UTC−4)``, ``IST (UTC+5:30)``."""
    moment = in_zone(instant, zone)
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "−" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    amount = f"{hours}:{rest:02d}" if rest else str(hours)
    return f"{moment:%Z} (UTC{sign}{amount})" if minutes else f"{moment:%Z} (UTC)"


def _night(ed: Edition, who_for: Selection, day: date) -> str | None:
    """The hotel (or hotels) where the booklet's delegates sleep after ``day``; a night
    on the move said so; nothing at home, nor outside the trip's nights."""
    lines: dict[tuple[str, ...], str] = {}
    moving = False
    for key in who_for.keys:
        night = ed.night(key, day)
        if night is None:
            continue
        if night.stays:
            stay = night.stays[0]
            lines.setdefault(hotel_key(stay), hotel_of(ed.model, stay).line)
        moving = moving or (night.in_transit and not night.stays)
    said = list(lines.values())
    if moving:
        said.append(ed.words.t("travelling overnight"))
    return "\n".join(said) or None
