"""The caterer's view: ``meals``, a block per meal: its date in words, time, venue and
address, covers (the delegation and outside guests), then each need with the names of
those who have it, allergies first (what a kitchen must never get wrong).

Each logistics view is a :class:`LogisticsView`, one module each. Diets are personal
data that the caterer needs: this sheet names them; the agenda and calendars show them
only with ``--include-personal`` (``diet_lines``).
"""

from __future__ import annotations

from typing import Any

from mission_cli.clock.times import iso_local, span_text
from mission_cli.model.supplies import DIETS, OTHER_DIET
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedEvent, ResolvedTrip
from mission_cli.views.items import event_place
from mission_cli.views.logistics.sheets import (
    LogisticsView,
    Sheet,
    Value,
    columns,
    person_name,
    sheet_date_format,
    short_date,
)
from mission_cli.words.terms import DIETS as DIET_WORDS
from mission_cli.words.terms import MEALS
from mission_cli.words.words import Words

KITCHEN_ORDER = (
    "nut-allergy", "shellfish-allergy", "gluten-free", "lactose-free", "halal", "kosher",
    "vegan", "vegetarian", "pescatarian", OTHER_DIET,
)  # fmt: skip
"""Needs as a kitchen reads them: allergies first, then intolerances, then the rest."""


def diets_of(trip: ResolvedTrip, keys: tuple[str, ...]) -> dict[str, list[str]]:
    """Need -> the delegate keys who have it, in the order of ``DIETS`` then ``other``."""
    found: dict[str, list[str]] = {need: [] for need in (*DIETS, OTHER_DIET)}
    for key in keys:
        for need in trip.model.delegates[key].diet:
            if key not in found[need.need]:
                found[need.need].append(key)
    return {need: keys for need, keys in found.items() if keys}


def diet_lines(trip: ResolvedTrip, diets: dict[str, list[str]], words: Words) -> list[str]:
    """``vegetarian ×2 (a, b)``, one line per need; an ``other`` need with its text (the
    agenda's and the calendar's, with ``--include-personal``)."""
    lines = []
    for need, keys in diets.items():
        if need == OTHER_DIET:
            for key in keys:
                texts = [n.text for n in trip.model.delegates[key].diet if n.need == OTHER_DIET]
                lines += [f"{text} ({key})" for text in texts if text]
        else:
            lines.append(f"{words.term(DIET_WORDS[need])} ×{len(keys)} ({', '.join(keys)})")
    return lines


def needs(trip: ResolvedTrip, keys: tuple[str, ...], words: Words) -> list[tuple[str, list[str]]]:
    """(the need in words, the names of those who have it), allergies first; each
    ``other`` text its own need, those who wrote the same text together."""
    delegates = trip.model.delegates
    diets = diets_of(trip, keys)
    out: list[tuple[str, list[str]]] = []
    for need in KITCHEN_ORDER:
        if need not in diets:
            continue
        if need != OTHER_DIET:
            out.append(
                (words.term(DIET_WORDS[need]), [person_name(delegates[k]) for k in diets[need]])
            )
            continue
        texts: dict[str, list[str]] = {}
        for key in diets[need]:
            for item in delegates[key].diet:
                if item.need == OTHER_DIET and item.text:
                    texts.setdefault(item.text, []).append(person_name(delegates[key]))
        out += list(texts.items())
    return out


_FLAT = ("date", "time", "meal", "event", "venue", "address", "covers", "headcount", "guests",
         "need", "count", "names")  # fmt: skip


def build_meals(loaded: LoadedTrip, words: Words, personal: bool = False) -> LogisticsView:
    trip = loaded.trip
    meals = sorted((e for e in trip.events if e.event.meal), key=lambda e: (e.start, e.index))
    flat = Sheet(None, columns(words, *_FLAT))
    sheets, data = [], []
    for event in meals:
        data.append(_meal_data(trip, event))
        sheet, head = _meal_sheet(trip, event, words)
        sheets.append(sheet)
        rows: list[list[Value]] = sheet.rows or [["", "", ""]]  # a meal with no need too
        flat.rows += [[*head, *row] for row in rows]
    notes = [] if meals else [words.t("No event has a meal.")]
    title = words.t("Meals: {title}", title=loaded.info.title)
    return LogisticsView("meals", words, title, sheets, flat, {"meals": data}, notes,
                         sheet_date_format(words))  # fmt: skip


def _meal_sheet(
    trip: ResolvedTrip, event: ResolvedEvent, words: Words
) -> tuple[Sheet, list[Value]]:
    """A meal's block (on a page of its own in HTML) and the start of its flat rows."""
    model = trip.model
    day = event.local_start.date()
    hours = span_text(event.start, event.end, event.zone).split(" ", 1)[1]
    meal = words.term(MEALS[event.event.meal or "dinner"])
    venue = model.venues.get(event.venue) if event.venue is not None else None
    place = event_place(model, event.city, event.venue, address=False, with_city=True)
    address = venue.address if venue is not None and venue.address else ""
    shown = event_place(model, event.city, event.venue, address=True, with_city=True)
    delegation, guests = len(event.attendees), event.event.guests
    outside = words.tn("{n} guest", "{n} guests", guests)
    covers = words.tn(
        "{n} cover: {delegation} of the delegation, {outside}",
        "{n} covers: {delegation} of the delegation, {outside}",
        delegation + guests,
        delegation=delegation,
        outside=outside,
    )
    where = words.t("Place: {place}", place=shown)
    found = needs(trip, event.attendees, words)
    lines = [where, covers]
    if not found:
        lines.append(words.t("No particular diet."))
    rows: list[list[Value]] = [[need, len(names), ", ".join(names)] for need, names in found]
    heading = f"{meal[:1].upper()}{meal[1:]} · {event.event.title}"
    note = f"{words.long_date(day)} · {hours}"
    sheet = Sheet(heading, columns(words, "need", "count", "names") if found else [], rows,
                  numeric=frozenset({1}), note=note, lines=lines, page=True)  # fmt: skip
    head: list[Value] = [short_date(words, day), hours, meal, event.event.title, place, address,
                         delegation + guests, delegation, guests]  # fmt: skip
    return sheet, head


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
