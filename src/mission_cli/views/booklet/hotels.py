"""The hotels of a booklet: lodgings taken together as the delegates know them (one hotel
for the lodgings at one venue, or of the same name in the same city), with the address
and phone to give a taxi driver or to call."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from mission_cli.model.build import TripModel
from mission_cli.resolve.items import ResolvedStay
from mission_cli.views.items import city_name


@dataclass(slots=True)
class Hotel:
    name: str
    city: str
    """The city's display name."""
    address: str | None
    phone: str | None
    first: date
    """The first night anyone of the booklet spends there."""
    last: date
    """The last night: they check out the day after."""

    @property
    def line(self) -> str:
        """``Hôtel X, 12 rue Y · +1 418 555 0180``: what the night's line at the end of a
        day says."""
        text = ", ".join(part for part in (self.name, self.address) if part)
        return f"{text} · {self.phone}" if self.phone else text


def hotel_key(stay: ResolvedStay) -> tuple[str, ...]:
    """Lodgings at one venue are one hotel; so are those of one name in one city."""
    if stay.stay.venue:
        return ("venue", stay.stay.venue)
    return ("name", stay.stay.name.casefold(), stay.city)


def hotel_of(model: TripModel, stay: ResolvedStay) -> Hotel:
    """A lodging as a hotel: at a venue, the venue's address (and its on-site phone when
    the lodging gives none)."""
    venue = model.venues.get(stay.stay.venue) if stay.stay.venue else None
    address = (venue.address if venue is not None else None) or stay.stay.address
    phone = stay.stay.phone
    if phone is None and venue is not None and venue.contact is not None:
        phone = venue.contact.phone
    return Hotel(stay.stay.name, city_name(model, stay.city), address, phone, stay.first, stay.last)


def hotels(model: TripModel, stays: Iterable[ResolvedStay]) -> dict[tuple[str, ...], Hotel]:
    """The hotels of ``stays``, in the order of their first night, each spanning the
    nights of all its lodgings."""
    found: dict[tuple[str, ...], Hotel] = {}
    for stay in sorted(stays, key=lambda s: (s.first, s.index)):
        key = hotel_key(stay)
        hotel = found.get(key)
        if hotel is None:
            found[key] = hotel_of(model, stay)
        else:
            hotel.first, hotel.last = min(hotel.first, stay.first), max(hotel.last, stay.last)
    return found
