"""The booklet's contacts: the trip's own (``contacts``), grouped by what one calls them
for, emergencies first; the hotels of the booklet's nights; the people on site at the
venues of its items. All official: a delegate's own phone or e-mail is never here."""

from __future__ import annotations

from datetime import timedelta

from mission_cli.booklet.data import Contact, ContactSection
from mission_cli.model.schema import OfficialContact
from mission_cli.views.booklet.edition import Edition, Selection
from mission_cli.views.booklet.hotels import hotels
from mission_cli.views.contacts import ROLES, contacts_for
from mission_cli.views.items import city_name
from mission_cli.words.message import N_

SECTIONS: tuple[tuple[str, frozenset[str]], ...] = (
    (N_("Emergencies"), frozenset({"emergency", "police", "ambulance", "fire"})),
    (N_("Embassies and consulates"), frozenset({"embassy", "consulate"})),
    (N_("Organisation and assistance"), frozenset({"organizer", "duty-officer", "insurer"})),
    (N_("Hosts, interpreters and drivers"), frozenset({"host", "interpreter", "driver", "other"})),
)
"""The trip's contacts by role, in the order one looks for them."""


def booklet_contacts(ed: Edition, who_for: Selection) -> list[ContactSection]:
    """The sections of the contacts' pages; an empty one is left out."""
    words, official = ed.words, _official(ed, who_for)
    found: list[tuple[str, list[Contact]]] = [
        (words.t(heading), [_contact_row(ed, c) for c in official if c.role in roles])
        for heading, roles in SECTIONS
    ]
    found.append((words.t("Hotels"), _hotel_rows(ed, who_for)))
    found.append((words.t("On site at the venues"), _venue_rows(ed, who_for)))
    return [{"heading": heading, "rows": rows} for heading, rows in found if rows]


def _official(ed: Edition, who_for: Selection) -> list[OfficialContact]:
    """Every contact of the trip for the delegation; for some delegates, those of the
    cities they go through (and of their countries) and the trip's own."""
    model = ed.model
    if who_for.whole:
        return [contact for _, contact in model.contacts]
    keys = set(who_for.keys)
    cities = {e.city for e in ed.trip.events if keys.intersection(e.attendees)}
    for move in ed.trip.moves:
        if keys.intersection(move.passengers):
            cities |= {move.move.from_, move.move.to}
    return contacts_for(model, cities)


def _contact_row(ed: Edition, contact: OfficialContact) -> Contact:
    words, model = ed.words, ed.model
    role = words.term(ROLES[contact.role])
    if contact.city is not None and contact.city in model.cities:
        role += " · " + city_name(model, contact.city)
    elif contact.country is not None:
        role += " · " + words.country(contact.country)
    notes = "\n".join(part for part in (contact.hours, contact.notes) if part)
    return {
        "name": contact.name,
        "role": role,
        "phone": contact.phone,
        "email": contact.email,
        "address": contact.address,
        "notes": notes or None,
    }


def _hotel_rows(ed: Edition, who_for: Selection) -> list[Contact]:
    """A row per hotel of the booklet's delegates: its city and their dates there."""
    words = ed.words
    keys = set(who_for.keys)
    stays = [stay for stay in ed.trip.stays if who_for.whole or keys.intersection(stay.guests)]
    rows: list[Contact] = []
    for hotel in hotels(ed.model, stays).values():
        dates = words.t(
            "{start} to {end}",
            start=words.day_month(hotel.first),
            end=words.day_month(hotel.last + timedelta(days=1)),
        )
        rows.append(
            {
                "name": hotel.name,
                "role": f"{hotel.city} · {dates}",
                "phone": hotel.phone,
                "address": hotel.address,
            }
        )
    return rows


def _venue_rows(ed: Edition, who_for: Selection) -> list[Contact]:
    """The person to ask for at each venue of the booklet's items that names one."""
    model, keys = ed.model, set(who_for.keys)
    rows: list[Contact] = []
    seen: set[str] = set()
    for event in sorted(ed.trip.events, key=lambda e: (e.start, e.index)):
        venue = model.venues.get(event.venue) if event.venue else None
        if venue is None or venue.contact is None or event.venue in seen:
            continue
        if not who_for.whole and not keys.intersection(event.attendees):
            continue
        seen.add(event.venue or "")
        rows.append(
            {
                "name": venue.contact.name,
                "role": venue.name,
                "phone": venue.contact.phone,
                "address": venue.address,
            }
        )
    return rows
