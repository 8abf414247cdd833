"""Calendar files (RFC 5545) through the ``icalendar`` library.

Each event and move is a VEVENT whose DTSTART and DTEND carry the TZID of the
item's own zone (a flight starts in its departure zone and ends in its arrival
zone), with a VTIMEZONE for every TZID used; never a floating time. UIDs are made
from the trip and the item id, so that importing an updated file updates events.
SEQUENCE grows when an item changed since the export found at the same path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from mission_cli.i18n import label as word
from mission_cli.resolve.items import Item, ResolvedEvent, ResolvedMove, ResolvedTrip
from mission_cli.suggest import slugify
from mission_cli.times import in_zone
from mission_cli.views.items import carrier_label, event_place, people_text, route, venue_contact
from mission_cli.views.logistics import diet_lines, diets_of
from mission_cli.views.personal import diet_words, document_words

PRODID = "-//mission//trip programme//EN"
_DIGEST = "X-MISSION-DIGEST"


@dataclass(frozen=True, slots=True)
class IcsOptions:
    alarm: timedelta | None = None
    include_contacts: bool = False
    include_personal: bool = False
    """Diets at meals and the traveller's documents (last 3 characters of a number), and
    contacts as with ``include_contacts``."""
    lang: str = "en"
    """The language of summaries and descriptions (data is never translated)."""
    stamp: datetime | None = None
    """DTSTAMP (UTC); the export's time when None."""


def trip_uid_part(trip: ResolvedTrip) -> str:
    info = trip.model.info
    title = slugify(info.title) if info else "trip"
    start = f"{trip.start:%Y%m%d}" if trip.start else "undated"
    return f"{title}.{start}"


def uid_of(trip: ResolvedTrip, item_id: str) -> str:
    return f"{item_id}.{trip_uid_part(trip)}@mission"


def previous_sequences(data: bytes | None) -> dict[str, tuple[int, str]]:
    """UID -> (SEQUENCE, digest) of a calendar file written by an earlier export."""
    if not data:
        return {}
    try:
        calendar = Calendar.from_ical(data)
    except Exception:  # not a calendar, or not ours: start afresh
        return {}
    found: dict[str, tuple[int, str]] = {}
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", ""))
        try:
            sequence = max(0, int(component.get("SEQUENCE", 0)))
        except (TypeError, ValueError):
            sequence = 0
        found[uid] = (sequence, str(component.get(_DIGEST, "")))
    return found


def build_calendar(
    trip: ResolvedTrip,
    delegate: str | None,
    options: IcsOptions,
    previous: dict[str, tuple[int, str]] | None = None,
) -> Calendar:
    """One delegate's programme (their events and moves), or everything when None."""
    model = trip.model
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    title = model.info.title if model.info else "Trip"
    name = f"{title}: {model.delegates[delegate].name}" if delegate else title
    calendar.add("x-wr-calname", name)
    stamp = options.stamp or datetime.now(UTC)  # never the local zone (TZ may be anything)
    items: list[Item] = [e for e in trip.events if delegate is None or delegate in e.attendees]
    items += [m for m in trip.moves if delegate is None or delegate in m.passengers]
    items.sort(key=lambda i: i.start)
    for item in items:
        component = (
            _event(trip, item, options, delegate)
            if isinstance(item, ResolvedEvent)
            else _move(trip, item, options, delegate)
        )
        digest = _digest(component)
        uid = str(component["UID"])
        sequence, old_digest = (previous or {}).get(uid, (0, digest))
        component.add("sequence", sequence if old_digest == digest else sequence + 1)
        component.add(_DIGEST, digest)
        component.add("dtstamp", stamp)
        if options.alarm is not None:
            component.add_component(_alarm(str(component["SUMMARY"]), options.alarm))
        calendar.add_component(component)
    first, last = _span(trip)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def _span(trip: ResolvedTrip) -> tuple[date, date]:
    """The years the VTIMEZONEs must cover: those of the items, a year either side, and
    at most twenty (a trip of 1900 to 2199 would make thousands of transitions per zone;
    calendar applications know the zones by their TZID beyond that)."""
    days = [e.local_start.date() for e in trip.events]
    days += [m.local_depart.date() for m in trip.moves]
    if not days:
        days = [d for d in (trip.start, trip.end) if d is not None]
    low = min(days, default=date(2024, 1, 1))
    high = min(max(days, default=low), date(low.year + 20, 1, 1))
    return date(low.year - 1, 1, 1), date(high.year + 2, 1, 1)


def _names(
    trip: ResolvedTrip, written: Sequence[str] | None, keys: Iterable[str], lang: str
) -> str:
    """As the agenda says it: names, groups by their display names, "… except …"."""
    return people_text(trip.model, written, list(keys), lang)


def _contacts(trip: ResolvedTrip, keys: Iterable[str]) -> list[str]:
    lines = []
    for key in keys:
        person = trip.model.delegates[key]
        details = [d for d in (person.email, person.phone) if d]
        if details:
            lines.append(f"- {person.name}: {', '.join(details)}")
    return lines


def _event(
    trip: ResolvedTrip, item: ResolvedEvent, options: IcsOptions, whose: str | None
) -> Event:
    model, event = trip.model, item.event
    component = Event()
    component.add("uid", uid_of(trip, event.id))
    component.add("summary", event.title)
    component.add("dtstart", in_zone(item.start, item.zone))
    component.add("dtend", in_zone(item.end, item.zone))
    component.add(
        "location", event_place(model, item.city, item.venue, address=True, with_city=True)
    )
    lang = options.lang
    who = _names(trip, event.attendees, item.attendees, lang)
    description = [f"{word(lang, 'ics_who')}{word(lang, 'colon')}{who}"]
    if event.notes:
        description.append(event.notes)
    contact = venue_contact(model, item.venue, lang)
    if contact:
        description.append(contact)
    if options.include_personal and event.meal:
        if whose is None:
            description += diet_lines(trip, diets_of(trip, item.attendees), lang)
        elif model.delegates[whose].diet:
            diet = diet_words(model, whose, lang)
            description.append(f"{word(lang, 'diet_word').capitalize()}{word(lang, 'colon')}{diet}")
    if options.include_contacts or options.include_personal:
        contacts = _contacts(trip, item.attendees)
        if contacts:
            description += [
                f"{word(lang, 'ics_contacts')}{word(lang, 'colon').rstrip()}",
                *contacts,
            ]
        for key in item.attendees:
            person = model.delegates[key]
            if person.email:
                component.add("attendee", f"mailto:{person.email}", parameters={"CN": person.name})
    component.add("description", "\n".join(description))
    if event.kind:
        component.add("categories", [event.kind])
    return component


def _move(trip: ResolvedTrip, item: ResolvedMove, options: IcsOptions, whose: str | None) -> Event:
    model, move, lang = trip.model, item.move, options.lang
    label = carrier_label(move)
    component = Event()
    component.add("uid", uid_of(trip, move.id))
    component.add(
        "summary",
        f"{word(lang, move.mode)} {route(model, move)}" + (f" ({label})" if label else ""),
    )
    component.add("dtstart", in_zone(item.depart, item.from_zone))
    component.add("dtend", in_zone(item.arrive, item.to_zone))
    component.add("location", model.cities[move.from_].name)
    description = []
    if label:
        description.append(f"{word(lang, 'ics_carrier')}{word(lang, 'colon')}{label}")
    passengers = _names(trip, move.passengers, item.passengers, lang)
    description.append(f"{word(lang, 'ics_passengers')}{word(lang, 'colon')}{passengers}")
    if move.notes:
        description.append(move.notes)
    if options.include_personal and whose is not None and model.delegates[whose].documents:
        papers = document_words(model, whose, lang)
        description.append(
            f"{word(lang, 'documents_word').capitalize()}{word(lang, 'colon')}{papers}"
        )
    component.add("description", "\n".join(description))
    component.add("categories", [word(lang, move.mode)])
    return component


def _alarm(summary: str, before: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -before)
    return alarm


def _digest(component: Event) -> str:
    """What an item says (not when it was exported): a change bumps its SEQUENCE."""
    return hashlib.sha256(component.to_ical()).hexdigest()[:16]
