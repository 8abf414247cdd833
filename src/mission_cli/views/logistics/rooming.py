"""The hotel's view: ``rooming``, each lodging's guests and nights, and who has no bed.

A row per guest and stay (the range of nights a hotel books); the nights of the JSON
list, for every night of the trip, who each lodging holds; ``unhoused`` lists every
delegate who needs a bed in a city that night (see ``resolve/nights.py``) and has none
there.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedStay, ResolvedTrip
from mission_cli.resolve.nights import nights_by_delegate, trip_nights
from mission_cli.resolve.whereabouts import build_timelines
from mission_cli.views.items import city_name
from mission_cli.views.logistics.sheets import LogisticsView, Sheet, columns
from mission_cli.words.words import Words

_GUEST_COLUMNS = ("guest", "key", "check_in", "check_out", "nights")


def unhoused(trip: ResolvedTrip) -> list[dict[str, str]]:
    """``{"date", "delegate", "city"}`` for every night a delegate has no bed where they
    are, by date then the file's order of delegates."""
    out = []
    for key, nights in nights_by_delegate(trip, build_timelines(trip))[0].items():
        for night in nights:
            if night.city is not None and not any(s.city == night.city for s in night.stays):
                out.append({"date": night.day.isoformat(), "delegate": key, "city": night.city})
    order = {key: i for i, key in enumerate(trip.model.delegates)}
    return sorted(out, key=lambda row: (row["date"], order[row["delegate"]]))


def build_rooming(loaded: LoadedTrip, words: Words) -> LogisticsView:
    trip = loaded.trip
    model = trip.model
    flat = Sheet(None, columns(words, "lodging", "hotel", "city", *_GUEST_COLUMNS, "organization"))
    sheets = []
    for stay in sorted(trip.stays, key=lambda s: (s.first, s.index)):
        sheet = _stay_sheet(trip, stay, words)
        sheets.append(sheet)
        city = city_name(model, stay.city)
        flat.rows += [
            [stay.id, stay.stay.name, city, *row, model.delegates[row[1]].organization or ""]
            for row in sheet.rows
        ]
    missing = unhoused(trip)
    if missing:
        rows = [[r["date"], model.delegates[r["delegate"]].name, r["delegate"],
                 city_name(model, r["city"])] for r in missing]  # fmt: skip
        heads = columns(words, "date", "guest", "key", "city")
        sheets.append(Sheet(words.t("Without a bed"), heads, rows))
    notes = [] if missing else [words.t("Everyone away from home has a bed every night.")]
    data: dict[str, Any] = {"nights": _nights(trip), "unhoused": missing}
    title = words.t("Rooming list: {title}", title=loaded.info.title)
    return LogisticsView("rooming", words, title, sheets, flat, data, notes)


def _stay_sheet(trip: ResolvedTrip, stay: ResolvedStay, words: Words) -> Sheet:
    model = trip.model
    nights = (stay.last - stay.first).days + 1
    out = (stay.last + timedelta(days=1)).isoformat()
    place = [city_name(model, stay.city), stay.stay.address, stay.stay.phone, stay.stay.notes]
    sheet = Sheet(
        f"{stay.stay.name} ({stay.id})",
        columns(words, *_GUEST_COLUMNS),
        numeric=frozenset({4}),
        note=" · ".join(p for p in place if p)
        + f" · {stay.first} → {out} · "
        + words.tn("{n} night", "{n} nights", nights),
    )
    for key in stay.guests:
        person = model.delegates[key]
        sheet.rows.append([person.name, key, str(stay.first), out, str(nights)])
    return sheet


def _nights(trip: ResolvedTrip) -> list[dict[str, Any]]:
    out = []
    for day in trip_nights(trip):
        for stay in trip.stays:
            if stay.first <= day <= stay.last and stay.guests:
                out.append({"date": day.isoformat(), "lodging": stay.id, "city": stay.city,
                            "guests": list(stay.guests)})  # fmt: skip
    return out
