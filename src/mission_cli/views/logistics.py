"""The caterer's and the coach company's views: ``meals`` and ``manifest``.

Each is a :class:`LogisticsView`; ``rooming`` and ``documents`` have their own modules.
Personal data (diets, phones, document numbers as their last 3 characters) belongs in
these views: they are for the office and its suppliers, not for circulation.
"""

from __future__ import annotations

from typing import Any

from mission_cli.i18n import label
from mission_cli.model.logistics import DIETS, OTHER_DIET
from mission_cli.pipeline import Loaded
from mission_cli.resolve.items import ResolvedEvent, ResolvedTrip
from mission_cli.times import iso_local, local_time, span_text
from mission_cli.views.items import carrier_label, city_name, event_place, route
from mission_cli.views.sheets import LogisticsView, Sheet, masked


def _trip(loaded: Loaded) -> ResolvedTrip:
    assert loaded.trip is not None  # a view is built from a trip that resolved
    return loaded.trip


def _title(trip: ResolvedTrip, key: str, lang: str) -> str:
    info = trip.model.info
    return label(lang, key, title=info.title if info else "")


def diets_of(trip: ResolvedTrip, keys: tuple[str, ...]) -> dict[str, list[str]]:
    """Need -> the delegate keys who have it, in the order of ``DIETS`` then ``other``."""
    found: dict[str, list[str]] = {need: [] for need in (*DIETS, OTHER_DIET)}
    for key in keys:
        for need in trip.model.delegates[key].diet:
            if key not in found[need.need]:
                found[need.need].append(key)
    return {need: keys for need, keys in found.items() if keys}


def diet_lines(trip: ResolvedTrip, diets: dict[str, list[str]], lang: str) -> list[str]:
    """``vegetarian ×2 (a, b)``, one line per need; an ``other`` need with its text."""
    lines = []
    for need, keys in diets.items():
        if need == OTHER_DIET:
            for key in keys:
                texts = [n.text for n in trip.model.delegates[key].diet if n.need == OTHER_DIET]
                lines += [f"{text} ({key})" for text in texts if text]
        else:
            lines.append(f"{label(lang, 'diet_' + need)} ×{len(keys)} ({', '.join(keys)})")
    return lines


def build_meals(loaded: Loaded, lang: str) -> LogisticsView:
    trip = _trip(loaded)
    meals = sorted((e for e in trip.events if e.event.meal), key=lambda e: (e.start, e.index))
    cols = ["col_when", "col_meal", "col_venue", "col_covers", "col_diets"]
    sheet = Sheet(None, [label(lang, c) for c in cols], numeric=frozenset({3}))
    flat_cols = ["col_date", "col_time", "col_meal", "col_event", "col_venue", "col_headcount",
                 "col_guests", "col_covers"]  # fmt: skip
    flat = Sheet(None, ["id", *(label(lang, c) for c in flat_cols),
                        *(label(lang, f"diet_{n}") for n in (*DIETS, OTHER_DIET)),
                        label(lang, "other_needs")])  # fmt: skip
    data = []
    for event in meals:
        data.append(_meal_data(trip, event))
        diets = data[-1]["diets"]
        day, hours, meal, title, place, delegation, guests, covers = _meal_cells(trip, event, lang)
        shown = f"{covers} ({delegation} + {guests})" if event.event.guests else covers
        sheet.rows.append([f"{day}\n{hours}", f"{meal}\n{title}", place, shown,
                           "\n".join(diet_lines(trip, diets, lang))])  # fmt: skip
        counts = [str(len(diets.get(n, []))) for n in (*DIETS, OTHER_DIET)]
        others = "; ".join(diet_lines(trip, {OTHER_DIET: diets.get(OTHER_DIET, [])}, lang))
        flat.rows.append([event.id, day, hours, meal, title, place, delegation, guests, covers,
                          *counts, others])  # fmt: skip
    notes = [] if meals else [label(lang, "no_meals")]
    return LogisticsView("meals", lang, _title(trip, "meals_title", lang), [sheet], flat,
                         {"meals": data}, notes)  # fmt: skip


def _meal_cells(trip: ResolvedTrip, event: ResolvedEvent, lang: str) -> list[str]:
    start = local_time(event.start, event.zone)
    guests = event.event.guests
    place = event_place(trip.model, event.city, event.venue, address=False, with_city=True)
    return [
        f"{start:%Y-%m-%d}",
        span_text(event.start, event.end, event.zone).split(" ", 1)[1],
        label(lang, event.event.meal or ""),
        event.event.title,
        place,
        str(len(event.attendees)),
        str(guests),
        str(len(event.attendees) + guests),
    ]


def _meal_data(trip: ResolvedTrip, event: ResolvedEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.event.title,
        "meal": event.event.meal,
        "start": iso_local(event.start, event.zone),
        "city": event.city,
        "venue": event.venue,
        "headcount": len(event.attendees),
        "guests": event.event.guests,
        "diets": diets_of(trip, event.attendees),
        "other_needs": {
            key: [n.text for n in trip.model.delegates[key].diet if n.text]
            for key in diets_of(trip, event.attendees).get(OTHER_DIET, [])
        },
    }


def build_manifest(loaded: Loaded, lang: str) -> LogisticsView:
    trip = _trip(loaded)
    model = trip.model
    cols = ["col_passenger", "col_key", "col_nationality", "col_phone", "col_passport"]
    flat_cols = ["col_move", "col_mode", "col_from", "col_to", "col_depart", "col_arrive",
                 "col_seats", "col_passenger", "col_key", "col_organization", "col_nationality",
                 "col_phone", "col_passport"]  # fmt: skip
    flat = Sheet(None, [label(lang, c) for c in flat_cols])
    sheets, data = [], []
    for move in sorted(trip.moves, key=lambda m: (m.depart, m.index)):
        depart = f"{local_time(move.depart, move.from_zone):%Y-%m-%d %H:%M %Z}"
        arrive = f"{local_time(move.arrive, move.to_zone):%Y-%m-%d %H:%M %Z}"
        seats = move.move.seats
        what = " ".join(p for p in (label(lang, move.move.mode), carrier_label(move.move)) if p)
        counts = label(lang, "passengers_of", count=str(len(move.passengers)))
        if seats is not None:
            counts += f" / {label(lang, 'seats_of', count=str(seats))}"
        heading = f"{what} · {route(model, move.move)} ({move.id})"
        sheet = Sheet(
            heading, [label(lang, c) for c in cols], note=f"{depart} → {arrive} · {counts}"
        )
        for key in move.passengers:
            person = model.delegates[key]
            passport = next((d for d in person.documents if d.type == "passport"), None)
            held = f"{passport.country} {masked(passport.number)}".strip() if passport else ""
            row = [person.name, key, person.nationality or "", person.phone or "", held]
            sheet.rows.append(row)
            mode = label(lang, move.move.mode)
            flat.rows.append([move.id, mode, city_name(model, move.move.from_),
                              city_name(model, move.move.to), depart, arrive,
                              "" if seats is None else str(seats), person.name, key,
                              person.organization or "", *row[2:]])  # fmt: skip
        sheets.append(sheet)
        data.append({
            "id": move.id, "mode": move.move.mode, "from": move.move.from_, "to": move.move.to,
            "depart": iso_local(move.depart, move.from_zone),
            "arrive": iso_local(move.arrive, move.to_zone),
            "passengers": list(move.passengers), "seats": seats,
        })  # fmt: skip
    notes = [] if trip.moves else [label(lang, "no_moves")]
    return LogisticsView("manifest", lang, _title(trip, "manifest_title", lang), sheets, flat,
                         {"moves": data}, notes)  # fmt: skip
