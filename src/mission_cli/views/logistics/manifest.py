"""The coach company's view: ``manifest``, every move with its passengers, seats and
times (a passenger's nationality, phone and passport's last 3 characters: personal
data, for the office and its suppliers)."""

from __future__ import annotations

from mission_cli.clock.times import iso_local, local_time
from mission_cli.pipeline import Loaded
from mission_cli.views.items import carrier_label, city_name, route
from mission_cli.views.logistics.meals import _title, _trip
from mission_cli.views.logistics.sheets import LogisticsView, Sheet, masked
from mission_cli.words.labels import label


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
