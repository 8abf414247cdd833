"""The hotel's view: ``rooming``, per hotel, a row per guest and stay, and who has no
bed.

A hotel is the lodgings at one venue, or of one name in one city (a lodging per booking,
one list per hotel: contract 1.2, "Sheets for suppliers"), with the address and phone of
its lodgings, else of its venue (the venue's on-site contact). A row gives the guest
(family name first), arrival and departure in the language's dates, nights, the room's
type and who shares it (a guest in no room has a single), the booking reference; with
``--include-personal``, the nationality and the passport's number whole, which hotels
register. The JSON keeps the 1.1 shape (``nights``, ``unhoused``) and adds ``hotels``;
``unhoused`` lists every delegate who needs a bed in a city that night (see
``resolve/nights.py``) and has none there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mission_cli.model.schema import Delegate
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedStay, ResolvedTrip
from mission_cli.resolve.nights import nights_by_delegate, trip_nights
from mission_cli.resolve.whereabouts import alike, build_timelines
from mission_cli.views.items import city_name
from mission_cli.views.logistics.sheets import (
    LogisticsView,
    Sheet,
    Value,
    columns,
    family_and_given,
    person_name,
    sheet_date_format,
    short_date,
    without_empty,
)
from mission_cli.words.terms import ROOMS
from mission_cli.words.words import Words

_GUEST = ("family_name", "given_names", "arrival", "departure", "nights", "room", "sharing",
          "confirmation")  # fmt: skip
_PERSONAL = ("nationality", "passport")
_SHOWN = ("guest", "dates", "nights", "room", "confirmation")
"""The columns of a hotel's table in a document: fewer and wider than the flat sheet's."""
_HOTEL = ("hotel", "city", "address", "phone")


@dataclass(slots=True)
class Hotel:
    """Lodgings that are one hotel: its name, city, address and phone, and its stays in
    the order of their first night."""

    name: str
    city: str
    address: str | None
    phone: str | None
    stays: list[ResolvedStay] = field(default_factory=list)
    venues: set[str] = field(default_factory=set)
    names: set[tuple[str, str]] = field(default_factory=set)


def hotels_of(trip: ResolvedTrip) -> list[Hotel]:
    """The hotels of the trip, in the order of their first night: a lodging joins the
    hotel of its venue, or of its name (any case) in its city."""
    hotels: list[Hotel] = []
    for stay in sorted(trip.stays, key=lambda s: (s.first, s.index)):
        venue = stay.stay.venue
        name = (stay.stay.name.casefold(), stay.city)
        hotel = next((h for h in hotels if venue in h.venues or name in h.names), None)
        if hotel is None:
            hotel = Hotel(stay.stay.name, stay.city, None, None)
            hotels.append(hotel)
        hotel.stays.append(stay)
        if venue is not None:
            hotel.venues.add(venue)
        hotel.names.add(name)
        place = trip.model.venues.get(venue) if venue is not None else None
        contact = place.contact if place is not None else None
        hotel.address = hotel.address or stay.stay.address or (place.address if place else None)
        hotel.phone = hotel.phone or stay.stay.phone or (contact.phone if contact else None)
    return hotels


def unhoused(trip: ResolvedTrip) -> list[dict[str, str]]:
    """``{"date", "delegate", "city"}`` for every night a delegate has no bed where they
    are, by date then the file's order of delegates."""
    out = []
    for nights, keys in alike(nights_by_delegate(trip, build_timelines(trip))[0]):
        missing = [
            (night.day.isoformat(), night.city)
            for night in nights
            if night.city is not None and not any(s.city == night.city for s in night.stays)
        ]  # once for those who travel together
        out += [
            {"date": day, "delegate": key, "city": city} for key in keys for day, city in missing
        ]
    order = {key: i for i, key in enumerate(trip.model.delegates)}
    return sorted(out, key=lambda row: (row["date"], order[row["delegate"]]))


def passport_number(person: Delegate) -> str:
    """``FR 21FR481516``: the issuer and the whole number of their first passport (what a
    hotel registers; personal data, shown only with ``--include-personal``)."""
    passport = next((d for d in person.documents if d.type == "passport"), None)
    if passport is None:
        return ""
    return " ".join(p for p in (passport.country, passport.number) if p)


def build_rooming(loaded: LoadedTrip, words: Words, personal: bool = False) -> LogisticsView:
    trip = loaded.trip
    model = trip.model
    guest_columns = (*_GUEST, *(_PERSONAL if personal else ()))
    flat = Sheet(None, columns(words, *_HOTEL, *guest_columns))
    sheets, hotels = [], []
    for hotel in hotels_of(trip):
        rows, stays = hotel_rows(trip, hotel, words, personal)
        place = [city_name(model, hotel.city), hotel.address, hotel.phone]
        notes = [s.stay.notes for s in hotel.stays if s.stay.notes]
        shown = Sheet(hotel.name, columns(words, *_SHOWN, *guest_columns[len(_GUEST):]),
                      [_shown(row, words) for row in rows], numeric=frozenset({2}),
                      note=" · ".join(p for p in place if p), lines=list(dict.fromkeys(notes)),
                      page=True, nowrap=frozenset({1}))  # fmt: skip
        sheets.append(without_empty(shown, 4))
        head: list[Value] = [hotel.name, city_name(model, hotel.city), hotel.address or "",
                             hotel.phone or ""]  # fmt: skip
        flat.rows += [[*head, *row] for row in rows]
        hotels.append({"name": hotel.name, "city": hotel.city, "address": hotel.address,
                       "phone": hotel.phone, "stays": stays})  # fmt: skip
    missing = unhoused(trip)
    if missing:
        rows_out: list[list[Value]] = [
            [short_date(words, date.fromisoformat(r["date"])),
             person_name(model.delegates[r["delegate"]]), city_name(model, r["city"])]
            for r in missing
        ]  # fmt: skip
        heads = columns(words, "date", "guest", "city")
        sheets.append(Sheet(words.t("Without a bed"), heads, rows_out))
    notes = [] if trip.stays else [words.t("The trip has no lodging.")]
    data: dict[str, Any] = {"nights": _nights(trip), "unhoused": missing, "hotels": hotels}
    title = words.t("Rooming list: {title}", title=loaded.info.title)
    return LogisticsView("rooming", words, title, sheets, flat, data, notes,
                         sheet_date_format(words))  # fmt: skip


def _shown(row: list[Value], words: Words) -> list[Value]:
    """A flat row as a document's table shows it: the guest's name in one cell, the dates
    in one, whom the room is shared with under its type."""
    family, given, arrival, departure, nights, room, sharing, confirmation, *more = row
    guest = f"{family} {given}".strip()
    if sharing:
        room = f"{room}\n" + words.t("with {names}", names=str(sharing))
    return [guest, f"{arrival} → {departure}", nights, room, confirmation, *more]


def hotel_rows(
    trip: ResolvedTrip, hotel: Hotel, words: Words, personal: bool
) -> tuple[list[list[Value]], list[dict[str, Any]]]:
    """A row per guest and stay, roommates together (by arrival, stay, room, name), and
    the same as JSON."""
    model = trip.model
    found: list[tuple[tuple[Any, ...], list[Value], dict[str, Any]]] = []
    names = {key: family_and_given(person) for key, person in model.delegates.items()}
    rooms = {kind: words.term(term) for kind, term in ROOMS.items()}
    for stay in hotel.stays:  # a long trip's hotel has thousands of rows: each word once
        nights = (stay.last - stay.first).days + 1
        out = stay.last + timedelta(days=1)
        arrival, departure = short_date(words, stay.first), short_date(words, out)
        for key in stay.guests:
            person = model.delegates[key]
            room = stay.room_of(key)
            kind = room.type if room is not None else "single"
            others = [k for k in room.guests if k != key] if room is not None else []
            family, given = names[key]
            row: list[Value] = [
                family, given, arrival, departure, nights, rooms[kind],
                ", ".join(person_name(model.delegates[k]) for k in others),
                stay.stay.confirmation or "",
            ]  # fmt: skip
            entry: dict[str, Any] = {
                "lodging": stay.id, "guest": key, "check_in": stay.first.isoformat(),
                "check_out": out.isoformat(), "nights": nights, "room": kind,
                "shares_with": others, "confirmation": stay.stay.confirmation,
            }  # fmt: skip
            if personal:
                nationality = words.country(person.nationality) if person.nationality else ""
                row += [nationality, passport_number(person)]
                entry |= {"nationality": person.nationality, "passport": passport_number(person)}
            where = room.index if room is not None else len(stay.rooms) + 1
            order = (stay.first, stay.last, stay.index, where, family.casefold(), given)
            found.append((order, row, entry))
    found.sort(key=lambda f: f[0])
    return [row for _, row, _ in found], [entry for _, _, entry in found]


def _nights(trip: ResolvedTrip) -> list[dict[str, Any]]:
    out = []
    for day in trip_nights(trip):
        for stay in trip.stays:
            if stay.first <= day <= stay.last and stay.guests:
                out.append({"date": day.isoformat(), "lodging": stay.id, "city": stay.city,
                            "guests": list(stay.guests)})  # fmt: skip
    return out
