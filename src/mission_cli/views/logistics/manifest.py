"""The coach company's view: ``manifest``, every move with its passengers, seats and
times, its ``notes`` (the pick-up point) and its driver when ``contacts`` names one; a
passenger's nationality, phone and passport's last 3 characters only with
``--include-personal``.

A driver is tied to a move by this convention (the format has no key for it): a
``driver`` contact whose ``notes`` name the move's id drives that move (and only the
moves it names); otherwise a ``driver`` contact of the move's ``from`` city drives its
moves by road (``bus``, ``car``, ``other``).
"""

from __future__ import annotations

import re
from typing import Any

from mission_cli.clock.times import iso_local, local_time
from mission_cli.model.build import TripModel
from mission_cli.model.schema import OfficialContact
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedMove
from mission_cli.views.items import carrier_label, city_name, route
from mission_cli.views.logistics.sheets import (
    LogisticsView,
    Sheet,
    Value,
    columns,
    masked,
    person_name,
    sheet_date_format,
    short_date,
)
from mission_cli.words.terms import MODES
from mission_cli.words.words import Words

BY_ROAD = frozenset({"bus", "car", "other"})
"""Modes a driver of the trip's ``contacts`` may drive."""
_PERSONAL = ("nationality", "phone", "passport")


def _names(notes: str | None, ident: str) -> bool:
    """Whether ``notes`` name the id ``ident`` as a word of its own."""
    found = re.search(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", notes or "")
    return found is not None


def drivers(model: TripModel, move: ResolvedMove) -> list[OfficialContact]:
    """The drivers of a move, by the convention above."""
    ids = {m.id for _, m in model.travel}
    found = [c for _, c in model.contacts if c.role == "driver"]
    named = [c for c in found if _names(c.notes, move.id)]
    if named or move.move.mode not in BY_ROAD:
        return named
    return [
        c for c in found
        if c.city == move.move.from_ and not any(_names(c.notes, i) for i in ids)
    ]  # fmt: skip


def build_manifest(loaded: LoadedTrip, words: Words, personal: bool = False) -> LogisticsView:
    trip = loaded.trip
    model = trip.model
    extra = _PERSONAL if personal else ()
    cols = columns(words, "passenger", "organization", *extra)
    flat = Sheet(None, columns(words, "date", "mode", "carrier", "from", "to", "depart",
                               "arrive", "seats", "notes", "driver", "passenger",
                               "organization", *extra))  # fmt: skip
    sheets, data = [], []
    for move in sorted(trip.moves, key=lambda m: (m.depart, m.index)):
        sheet, head, driven = _move_sheet(loaded, move, words)
        sheet.columns = cols
        for key in move.passengers:
            person = model.delegates[key]
            row: list[Value] = [person_name(person), person.organization or ""]
            if personal:
                passport = next((d for d in person.documents if d.type == "passport"), None)
                held = f"{passport.country} {masked(passport.number)}".strip() if passport else ""
                nationality = words.country(person.nationality) if person.nationality else ""
                row += [nationality, person.phone or "", held]
            sheet.rows.append(row)
            flat.rows.append([*head, *row])
        sheets.append(sheet)
        data.append(_move_data(move, driven))
    notes = [] if trip.moves else [words.t("No move in the trip.")]
    title = words.t("Passenger lists: {title}", title=loaded.info.title)
    return LogisticsView("manifest", words, title, sheets, flat, {"moves": data}, notes,
                         sheet_date_format(words))  # fmt: skip


def _move_sheet(
    loaded: LoadedTrip, move: ResolvedMove, words: Words
) -> tuple[Sheet, list[Value], list[OfficialContact]]:
    """A move's block (its route and carrier, times, seats, notes and driver) and the
    start of its flat rows."""
    model = loaded.model
    depart = local_time(move.depart, move.from_zone)
    arrive = local_time(move.arrive, move.to_zone)
    later = arrive.date() != depart.date()
    arrives = f"{arrive:%H:%M %Z}" + (f" ({words.long_date(arrive.date())})" if later else "")
    seats = move.move.seats
    mode = words.term(MODES[move.move.mode])
    carrier = carrier_label(move.move)
    counts = words.tn("{n} passenger", "{n} passengers", len(move.passengers))
    if seats is not None:
        counts += " / " + words.tn("{n} seat", "{n} seats", seats)
    heading = f"{' '.join(p for p in (mode, carrier) if p)} · {route(model, move.move)}"
    note = f"{words.long_date(depart.date())} · {depart:%H:%M %Z} → {arrives} · {counts}"
    driven = drivers(model, move)
    driver = "; ".join(", ".join(p for p in (c.name, c.phone) if p) for c in driven)
    lines = []
    if move.move.notes:
        lines.append(words.t("Notes: {notes}", notes=move.move.notes))
    if driver:
        lines.append(words.t("Driver: {driver}", driver=driver))
    sheet = Sheet(heading, [], note=note, lines=lines)
    head: list[Value] = [
        short_date(words, depart.date()), mode, carrier, city_name(model, move.move.from_),
        city_name(model, move.move.to), f"{depart:%H:%M %Z}", arrives,
        "" if seats is None else seats, move.move.notes or "", driver,
    ]  # fmt: skip
    return sheet, head, driven


def _move_data(move: ResolvedMove, driven: list[OfficialContact]) -> dict[str, Any]:
    """The contract's move, with its ``notes`` and ``drivers`` (version 1.2)."""
    return {
        "id": move.id, "mode": move.move.mode, "from": move.move.from_, "to": move.move.to,
        "depart": iso_local(move.depart, move.from_zone),
        "arrive": iso_local(move.arrive, move.to_zone),
        "passengers": list(move.passengers), "seats": move.move.seats,
        "notes": move.move.notes,
        "drivers": [{"name": c.name, "phone": c.phone} for c in driven],
    }  # fmt: skip
