"""The caterer's view: ``meals``, covers and diets per meal.

Each logistics view is a :class:`LogisticsView`, one module each.
Personal data (diets, phones, document numbers as their last 3 characters) belongs in
these views: they are for the office and its suppliers, not for circulation.
"""

from __future__ import annotations

from typing import Any

from mission_cli.clock.times import iso_local, local_time, span_text
from mission_cli.model.supplies import DIETS, OTHER_DIET
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedEvent, ResolvedTrip
from mission_cli.views.items import event_place
from mission_cli.views.logistics.sheets import LogisticsView, Sheet, columns
from mission_cli.words.terms import DIETS as DIET_WORDS
from mission_cli.words.terms import MEALS
from mission_cli.words.words import Words


def diets_of(trip: ResolvedTrip, keys: tuple[str, ...]) -> dict[str, list[str]]:
    """Need -> the delegate keys who have it, in the order of ``DIETS`` then ``other``."""
    found: dict[str, list[str]] = {need: [] for need in (*DIETS, OTHER_DIET)}
    for key in keys:
        for need in trip.model.delegates[key].diet:
            if key not in found[need.need]:
                found[need.need].append(key)
    return {need: keys for need, keys in found.items() if keys}


def diet_lines(trip: ResolvedTrip, diets: dict[str, list[str]], words: Words) -> list[str]:
    """``vegetarian ×2 (a, b)``, one line per need; an ``other`` need with its text."""
    lines = []
    for need, keys in diets.items():
        if need == OTHER_DIET:
            for key in keys:
                texts = [n.text for n in trip.model.delegates[key].diet if n.need == OTHER_DIET]
                lines += [f"{text} ({key})" for text in texts if text]
        else:
            lines.append(f"{words.term(DIET_WORDS[need])} ×{len(keys)} ({', '.join(keys)})")
    return lines


def build_meals(loaded: LoadedTrip, words: Words) -> LogisticsView:
    trip = loaded.trip
    meals = sorted((e for e in trip.events if e.event.meal), key=lambda e: (e.start, e.index))
    heads = columns(words, "when", "meal", "venue", "covers", "diets")
    sheet = Sheet(None, heads, numeric=frozenset({3}))
    flat_cols = columns(words, "date", "time", "meal", "event", "venue", "headcount", "guests",
                        "covers")  # fmt: skip
    flat = Sheet(None, ["id", *flat_cols,
                        *(words.term(DIET_WORDS[n]) for n in (*DIETS, OTHER_DIET)),
                        *columns(words, "other_needs")])  # fmt: skip
    data = []
    for event in meals:
        data.append(_meal_data(trip, event))
        diets = data[-1]["diets"]
        day, hours, meal, title, place, delegation, guests, covers = _meal_cells(trip, event, words)
        shown = f"{covers} ({delegation} + {guests})" if event.event.guests else covers
        sheet.rows.append([f"{day}\n{hours}", f"{meal}\n{title}", place, shown,
                           "\n".join(diet_lines(trip, diets, words))])  # fmt: skip
        counts = [str(len(diets.get(n, []))) for n in (*DIETS, OTHER_DIET)]
        others = "; ".join(diet_lines(trip, {OTHER_DIET: diets.get(OTHER_DIET, [])}, words))
        flat.rows.append([event.id, day, hours, meal, title, place, delegation, guests, covers,
                          *counts, others])  # fmt: skip
    notes = [] if meals else [words.t("No event has a meal.")]
    title = words.t("Meals: {title}", title=loaded.info.title)
    return LogisticsView("meals", words, title, [sheet], flat, {"meals": data}, notes)


def _meal_cells(trip: ResolvedTrip, event: ResolvedEvent, words: Words) -> list[str]:
    start = local_time(event.start, event.zone)
    guests = event.event.guests
    place = event_place(trip.model, event.city, event.venue, address=False, with_city=True)
    return [
        f"{start:%Y-%m-%d}",
        span_text(event.start, event.end, event.zone).split(" ", 1)[1],
        words.term(MEALS[event.event.meal or "dinner"]),
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
