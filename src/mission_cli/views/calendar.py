"""What a delegate's calendar holds, as data already worded: one entry per event and
move (summary, place, description in the trip's language, times in their own zones).

``calendars/ics.py`` writes these entries as iCalendar (files, and the resources
``mission publish`` sends); this module says what they say.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from mission_cli.clock.times import in_zone
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import Item, ResolvedEvent, ResolvedMove, ResolvedTrip
from mission_cli.views.items import carrier_label, event_place, people_text, route, venue_contact
from mission_cli.views.logistics.meals import diet_lines, diets_of
from mission_cli.views.logistics.personal import diet_words, document_words
from mission_cli.words.terms import MODES
from mission_cli.words.words import Words


@dataclass(frozen=True, slots=True)
class CalendarOptions:
    words: Words
    include_contacts: bool = False
    """Attendees' e-mail addresses and phones (and their e-mails as ATTENDEEs)."""
    include_personal: bool = False
    """Diets at meals and the traveller's documents (last 3 characters of a number), and
    contacts as with ``include_contacts``."""


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    id: str
    summary: str
    start: datetime
    """In the zone of the item's place (a move: of its ``from`` city)."""
    end: datetime
    """In the zone of its end (a move: of its ``to`` city)."""
    location: str
    description: str
    categories: tuple[str, ...] = ()
    attendees: tuple[tuple[str, str], ...] = ()
    """(e-mail, name) of each attendee, with ``include_contacts``."""


def calendar_items(trip: ResolvedTrip, delegate: str | None) -> list[Item]:
    """One delegate's events and moves (everything when None), in time order."""
    items: list[Item] = [e for e in trip.events if delegate is None or delegate in e.attendees]
    items += [m for m in trip.moves if delegate is None or delegate in m.passengers]
    items.sort(key=lambda i: i.start)
    return items


def calendar_name(loaded: LoadedTrip, delegate: str | None, words: Words) -> str:
    """``Délégation … : Nathalie Appéré`` (the language's colon), or the trip's title for
    the whole programme."""
    title = loaded.info.title
    return f"{title}{words.colon}{loaded.model.delegates[delegate].name}" if delegate else title


def calendar_entries(
    loaded: LoadedTrip, delegate: str | None, options: CalendarOptions
) -> list[CalendarEntry]:
    trip = loaded.trip
    return [
        _event(trip, item, options, delegate)
        if isinstance(item, ResolvedEvent)
        else _move(trip, item, options, delegate)
        for item in calendar_items(trip, delegate)
    ]


def _names(trip: ResolvedTrip, written: Sequence[str] | None, keys: Iterable[str], w: Words) -> str:
    """As the agenda says it: names, groups by their display names, "… except …"."""
    return people_text(trip.model, written, list(keys), w)


def _contacts(trip: ResolvedTrip, keys: Iterable[str]) -> list[str]:
    lines = []
    for key in keys:
        person = trip.model.delegates[key]
        details = [d for d in (person.email, person.phone) if d]
        if details:
            lines.append(f"- {person.name}: {', '.join(details)}")
    return lines


def _event(
    trip: ResolvedTrip, item: ResolvedEvent, options: CalendarOptions, whose: str | None
) -> CalendarEntry:
    model, event, words = trip.model, item.event, options.words
    who = _names(trip, event.attendees, item.attendees, words)
    description = [words.t("Who: {who}", who=who)]
    if event.notes:
        description.append(event.notes)
    contact = venue_contact(model, item.venue, words)
    if contact:
        description.append(contact)
    if options.include_personal and event.meal:
        if whose is None:
            description += diet_lines(trip, diets_of(trip, item.attendees), words)
        elif model.delegates[whose].diet:
            diet = diet_words(model, whose, words)
            description.append(words.t("Diet: {diet}", diet=diet))
    attendees: tuple[tuple[str, str], ...] = ()
    if options.include_contacts or options.include_personal:
        contacts = _contacts(trip, item.attendees)
        if contacts:
            description += [words.t("Contacts:"), *contacts]
        people = (model.delegates[key] for key in item.attendees)
        attendees = tuple((p.email, p.name) for p in people if p.email)
    return CalendarEntry(
        event.id,
        event.title,
        in_zone(item.start, item.zone),
        in_zone(item.end, item.zone),
        event_place(model, item.city, item.venue, address=True, with_city=True),
        "\n".join(description),
        (event.kind,) if event.kind else (),
        attendees,
    )


def _move(
    trip: ResolvedTrip, item: ResolvedMove, options: CalendarOptions, whose: str | None
) -> CalendarEntry:
    model, move, words = trip.model, item.move, options.words
    label = carrier_label(move)
    mode = words.term(MODES[move.mode])
    description = []
    if label:
        description.append(words.t("Carrier: {carrier}", carrier=label))
    passengers = _names(trip, move.passengers, item.passengers, words)
    description.append(words.t("Passengers: {passengers}", passengers=passengers))
    if move.notes:
        description.append(move.notes)
    if options.include_personal and whose is not None and model.delegates[whose].documents:
        papers = document_words(model, whose, words)
        description.append(words.t("Documents: {documents}", documents=papers))
    return CalendarEntry(
        move.id,
        f"{mode} {route(model, move)}" + (f" ({label})" if label else ""),
        in_zone(item.depart, item.from_zone),
        in_zone(item.arrive, item.to_zone),
        model.cities[move.from_].name,
        "\n".join(description),
        (mode,),
    )
