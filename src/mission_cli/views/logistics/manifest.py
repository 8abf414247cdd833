"""The coach company's view: ``manifest``, every move with its passengers, seats and
times (a passenger's nationality, phone and passport's last 3 characters: personal
data, for the office and its suppliers)."""

from __future__ import annotations

from mission_cli.clock.times import iso_local, local_time
from mission_cli.pipeline import LoadedTrip
from mission_cli.views.items import carrier_label, city_name, route
from mission_cli.views.logistics.sheets import LogisticsView, Sheet, columns, masked
from mission_cli.words.terms import MODES
from mission_cli.words.words import Words


def build_manifest(loaded: LoadedTrip, words: Words) -> LogisticsView:
    trip = loaded.trip
    model = trip.model
    cols = columns(words, "passenger", "key", "nationality", "phone", "passport")
    flat = Sheet(None, columns(words, "move", "mode", "from", "to", "depart", "arrive", "seats",
                               "passenger", "key", "organization", "nationality", "phone",
                               "passport"))  # fmt: skip
    sheets, data = [], []
    for move in sorted(trip.moves, key=lambda m: (m.depart, m.index)):
        depart = f"{local_time(move.depart, move.from_zone):%Y-%m-%d %H:%M %Z}"
        arrive = f"{local_time(move.arrive, move.to_zone):%Y-%m-%d %H:%M %Z}"
        seats = move.move.seats
        mode = words.term(MODES[move.move.mode])
        what = " ".join(p for p in (mode, carrier_label(move.move)) if p)
        counts = words.t("{count} passengers", count=str(len(move.passengers)))
        if seats is not None:
            counts += " / " + words.t("{count} seats", count=str(seats))
        heading = f"{what} · {route(model, move.move)} ({move.id})"
        sheet = Sheet(heading, cols, note=f"{depart} → {arrive} · {counts}")
        for key in move.passengers:
            person = model.delegates[key]
            passport = next((d for d in person.documents if d.type == "passport"), None)
            held = f"{passport.country} {masked(passport.number)}".strip() if passport else ""
            row = [person.name, key, person.nationality or "", person.phone or "", held]
            sheet.rows.append(row)
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
    notes = [] if trip.moves else [words.t("No move in the trip.")]
    title = words.t("Passenger lists: {title}", title=loaded.info.title)
    return LogisticsView("manifest", words, title, sheets, flat, {"moves": data}, notes)
