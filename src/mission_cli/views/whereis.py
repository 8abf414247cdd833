"""Where everyone is at an instant: in an event, on a move, in a city, or unknown."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from mission_cli.clock.times import in_zone
from mission_cli.model.build import TripModel
from mission_cli.model.schema import OfficialContact
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.whereabouts import build_timelines
from mission_cli.views.agenda import AgendaItem, event_item, move_item
from mission_cli.views.agenda_layout import time_range
from mission_cli.views.contacts import contacts_for, contacts_table
from mission_cli.views.document import Block, Column, Document, Row, Section, Table, line
from mission_cli.views.items import city_name, event_place, move_label
from mission_cli.views.requests import city_of
from mission_cli.words.words import Words


@dataclass(frozen=True, slots=True)
class Whereabout:
    delegate: str
    city: str | None
    event: AgendaItem | None = None
    move: AgendaItem | None = None
    elsewhere: str | None = None
    """At an event, but in this other city by their moves (a ``wrong-city`` finding)."""

    @property
    def state(self) -> str:
        """``event``, ``travel``, ``city`` or ``unknown``."""
        if self.event is not None:
            return "event"
        if self.move is not None:
            return "travel"
        return "city" if self.city is not None else "unknown"


@dataclass(frozen=True, slots=True)
class WhereRow:
    who: str
    """``Nathalie Appéré (nappere)``."""
    doing: str
    contact: str = ""
    """With ``--include-personal``: their phone and e-mail."""


@dataclass(slots=True)
class WhereisView:
    at: datetime
    title: str
    words: Words
    places: list[Whereabout]
    rows: list[WhereRow] = field(default_factory=list)
    personal: bool = False
    contacts: list[OfficialContact] = field(default_factory=list)
    """Who to call where the delegation is (the trip's ``contacts``)."""
    model: TripModel | None = None

    def document(self) -> Document:
        words = self.words
        columns = [Column(words.t("Delegate")), Column(words.t("Doing"), weight=2)]
        if self.personal:
            columns.append(Column(words.t("Contact")))
        rows = tuple(
            Row(tuple((line(text),) for text in (row.who, row.doing, row.contact)[: len(columns)]))
            for row in self.rows
        )
        blocks: list[Block] = [Table(tuple(columns), rows)]
        if self.contacts and self.model is not None:
            table = contacts_table(self.model, self.contacts, words)
            blocks.append(Section(line(words.t("Who to call")), [table]))
        return Document(self.title, words.lang, words.colon, blocks)


def where_is(loaded: LoadedTrip, at: datetime, words: Words) -> list[Whereabout]:
    """For each delegate at ``at``: the event they attend, the move they are on, or their
    city (None when nothing says)."""
    trip = loaded.trip
    out: list[Whereabout] = []
    for key, timeline in build_timelines(trip).items():
        current = next((e for e in timeline.events if e.start <= at < e.end), None)
        if current is not None:
            there = city_of(trip, timeline, at)
            elsewhere = there if there is not None and there != current.city else None
            out.append(Whereabout(key, current.city, event_item(current, {}), None, elsewhere))
            continue
        moving = next((m for m in timeline.moves if m.depart <= at < m.arrive), None)
        if moving is not None:
            out.append(Whereabout(key, None, move=move_item(trip, moving, {}, words)))
            continue
        out.append(Whereabout(key, city_of(trip, timeline, at)))
    return out


def build_whereis(
    loaded: LoadedTrip, at: datetime, words: Words, *, personal: bool = False
) -> WhereisView:
    """Every delegate at ``at``, with a line in words; the title gives home time. With
    ``personal``, how to reach each one."""
    trip, model = loaded.trip, loaded.model
    assert trip.home_zone is not None  # the command refuses a trip without one
    home = in_zone(at, trip.home_zone)
    moment = f"{words.long_date(home.date())}, {home:%H:%M %Z}"
    title = words.t("Where everyone is on {at}", at=moment)
    view = WhereisView(at, title, words, where_is(loaded, at, words), personal=personal)
    view.model = model
    cities = {p.city or (p.move.city if p.move else None) for p in view.places}
    view.contacts = contacts_for(model, (c for c in cities if c is not None))
    for place in view.places:
        person = model.delegates[place.delegate]
        contact = ", ".join(p for p in (person.phone, person.email) if p) if personal else ""
        who = f"{person.name} ({place.delegate})"
        view.rows.append(WhereRow(who, _doing(loaded, place, words), contact))
    return view


def _doing(loaded: LoadedTrip, place: Whereabout, words: Words) -> str:
    model = loaded.model
    if place.event is not None:
        event = place.event
        venue = event_place(model, event.city, event.venue, address=False, with_city=False)
        text = words.t("{title} ({venue})", title=event.title, venue=venue)
        text += " · " + time_range(event, None).replace(" ", "\u00a0")  # a time keeps its zone
        if place.elsewhere is not None:
            text += " " + words.t(
                "⚠ but in {city} by their moves", city=city_name(model, place.elsewhere)
            )
        return text
    if place.move is not None:
        move = place.move
        arrival = in_zone(move.end, move.end_zone)
        route = f"{city_name(model, move.place_city)} → {city_name(model, move.city)}"
        title = move_label(words, move.mode, move.carrier)
        at = f"{arrival:%H:%M %Z}"
        return words.t(
            "on {title} ({route}), arriving {arrival}", title=title, route=route, arrival=at
        )
    if place.city is not None:
        return words.t("in {city}", city=city_name(model, place.city))
    return words.t("unknown")
