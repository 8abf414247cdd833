"""The trip's official contacts (``contacts``): who to call where the delegation is.

Shared by ``whereis`` (duty of care: who to call now) and the booklet. A contact serves
a city, a whole country, or the whole trip (neither): in a city, its own contacts, those
of its country and the trip's are the ones that matter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mission_cli.model.build import TripModel
from mission_cli.model.schema import OfficialContact
from mission_cli.views.document import Cell, Column, Row, Span, Table, line
from mission_cli.words.terms import NC_, Term
from mission_cli.words.words import Words

ROLES: dict[str, Term] = {
    "organizer": NC_("role", "organiser"),
    "duty-officer": NC_("role", "duty officer"),
    "embassy": NC_("role", "embassy"),
    "consulate": NC_("role", "consulate"),
    "emergency": NC_("role", "emergency"),
    "police": NC_("role", "police"),
    "ambulance": NC_("role", "ambulance"),
    "fire": NC_("role", "fire brigade"),
    "insurer": NC_("role", "insurer"),
    "host": NC_("role", "host"),
    "interpreter": NC_("role", "interpreter"),
    "driver": NC_("role", "driver"),
    "other": NC_("role", "other"),
}


def contacts_for(model: TripModel, cities: Iterable[str]) -> list[OfficialContact]:
    """The contacts that matter in these cities: each city's own, those of their
    countries, and the trip's (no city, no country), in the file's order."""
    towns = set(cities)
    countries = {c.country for key, c in model.cities.items() if key in towns and c.country}
    return [
        contact
        for _, contact in model.contacts
        if (contact.city is None and contact.country is None)
        or contact.city in towns
        or (contact.country is not None and contact.country in countries)
    ]


def contacts_table(model: TripModel, contacts: list[OfficialContact], words: Words) -> Table:
    """A row per contact: who, their role, their phone, and where and when."""
    columns = (
        Column(words.t("Contact"), aside=words.t("Role")),
        Column(words.tp("column", "Phone"), nowrap=True, weight=0),
        Column(words.t("Details"), weight=2),
    )
    rows = []
    for contact in contacts:
        who: Cell = (line(contact.name), line(Span(words.term(ROLES[contact.role]), "dim")))
        rows.append(Row((who, (line(contact.phone or "—"),), _details(model, contact, words))))
    return Table(columns, tuple(rows))


def _details(model: TripModel, contact: OfficialContact, words: Words) -> Cell:
    served = None
    if contact.city is not None and contact.city in model.cities:
        served = words.t("serves {city}", city=model.cities[contact.city].name)
    elif contact.country is not None:
        served = words.t(
            "serves the whole country: {country}", country=words.country(contact.country)
        )
    parts = [served, contact.address, contact.email, contact.hours, contact.notes]
    return tuple(line(part) for part in parts if part) or (line(""),)


def contact_object(contact: OfficialContact) -> dict[str, Any]:
    """A contact as JSON: its keys as written in the file."""
    return contact.model_dump(exclude_none=True)
