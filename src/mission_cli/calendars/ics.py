"""Calendar files (RFC 5545) through the ``icalendar`` library.

Each event and move is a VEVENT whose DTSTART and DTEND carry the TZID of the
item's own zone (a flight starts in its departure zone and ends in its arrival
zone), with a VTIMEZONE for every TZID used, made from the very zone the times were
computed with (so that both agree, past 2037 too); never a floating time. UIDs are made
from the trip and the item id, so that importing an updated file updates events.
SEQUENCE grows when an item changed since the export found at the same path.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from mission_cli.calendars.manifest import Entry
from mission_cli.calendars.vtimezone import vtimezone
from mission_cli.clock.times import in_zone, zone_name
from mission_cli.clock.zones import zone_named
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.suggest import slugify
from mission_cli.views.calendar import (
    CalendarEntry,
    CalendarOptions,
    calendar_entries,
    calendar_name,
)

PRODID = "-//mission//trip programme//EN"
_DIGEST = "X-MISSION-DIGEST"


Made = tuple[str, Entry, frozenset[str]]
"""A VEVENT as text, what the manifest keeps of it, and the TZIDs it uses."""


@dataclass(frozen=True, slots=True)
class IcsOptions:
    said: CalendarOptions
    """What the entries say (``views/calendar.py``), in the trip's language."""
    alarm: timedelta | None = None
    stamp: datetime | None = None
    """DTSTAMP (UTC); the export's time when None."""
    digests: dict[CalendarEntry, tuple[str, str]] = field(default_factory=dict, compare=False)
    """Each entry's UID and digest, once per run: an item is in the programme and in the
    calendar of each of its people (a 10,000-event trip: 100,000 entries)."""
    made: dict[tuple[CalendarEntry, int, datetime], Made] = field(
        default_factory=dict, compare=False
    )
    """Each entry's VEVENT as text, by its SEQUENCE and stamp: written once per run."""
    zones: dict[str, str] = field(default_factory=dict, compare=False)
    """Each TZID's VTIMEZONE as text."""


def trip_uid_part(trip: ResolvedTrip) -> str:
    info = trip.model.info
    title = slugify(info.title) if info else "trip"
    start = f"{trip.start:%Y%m%d}" if trip.start else "undated"
    return f"{title}.{start}"


def uid_of(trip: ResolvedTrip, item_id: str) -> str:
    return f"{item_id}.{trip_uid_part(trip)}@mission"


def previous_entries(data: bytes | None) -> dict[str, Entry]:
    """UID -> what an earlier export wrote, read from its calendar file (where no
    manifest says it): a file that is not a calendar starts afresh."""
    if not data:
        return {}
    try:
        calendar = Calendar.from_ical(data)
        found: dict[str, Entry] = {}
        for component in calendar.walk("VEVENT"):
            uid = str(component.get("UID", ""))
            try:
                sequence = max(0, int(component.get("SEQUENCE", 0)))
            except (TypeError, ValueError):
                sequence = 0
            start, end = component.decoded("DTSTART"), component.decoded("DTEND")
            if not isinstance(start, datetime) or not isinstance(end, datetime):
                continue
            if start.tzinfo is None or end.tzinfo is None:
                continue
            found[uid] = Entry(
                sequence, str(component.get(_DIGEST, "")),
                str(component.get("STATUS", "")).upper() == "CANCELLED",
                str(component.get("SUMMARY", "")), start.isoformat(), zone_name(start.tzinfo),
                end.isoformat(), zone_name(end.tzinfo),
            )  # fmt: skip
    except Exception:  # not a calendar, or not ours: start afresh
        return {}
    return found


def build_calendar(
    loaded: LoadedTrip,
    delegate: str | None,
    options: IcsOptions,
    previous: dict[str, Entry] | None = None,
    keep: frozenset[str] = frozenset(),
) -> tuple[str, dict[str, Entry]]:
    """One delegate's programme (their events and moves), or everything when None, as
    the text of a VCALENDAR, and what it holds, for the manifest. Items of ``previous``
    (the last export) that are gone come back cancelled; changed ones get a higher
    SEQUENCE. Those of ``keep`` (the UIDs of items left out for errors of their own) and
    those of another trip are kept as they were, not cancelled: a typo in a time must not
    empty phones. An entry that several calendars hold is written once (``options``)."""
    trip = loaded.trip
    head = _calendar()
    head.add("x-wr-calname", calendar_name(loaded, delegate, options.said.words))
    stamp = options.stamp or datetime.now(UTC)  # never the local zone (TZ may be anything)
    before = previous or {}
    entries: dict[str, Entry] = {}
    texts: list[str] = []
    tzids: set[str] = set()
    for said in calendar_entries(loaded, delegate, options.said):
        uid, (text, entries[uid], used) = _entry_text(trip, said, options, before, stamp)
        texts.append(text)
        tzids |= used
    ours = f".{trip_uid_part(trip)}@mission"
    for uid, gone in before.items():
        if uid in entries:
            continue
        if uid in keep or not uid.endswith(ours):
            entries[uid] = gone
            continue
        entries[uid] = replace(gone, cancelled=True, sequence=gone.sequence + (not gone.cancelled))
        component = _cancelled(uid, entries[uid], stamp)
        texts.append(component.to_ical().decode("utf-8"))
        tzids |= _tzids(component)
    return _assembled(head, tzids, texts, trip, options), entries


def _entry_text(
    trip: ResolvedTrip,
    said: CalendarEntry,
    options: IcsOptions,
    before: dict[str, Entry],
    stamp: datetime,
) -> tuple[str, Made]:
    """An entry's UID and its VEVENT (made once per SEQUENCE and stamp)."""
    component = None
    known = options.digests.get(said)
    if known is None:
        component = event_of(trip, said)
        known = options.digests[said] = (str(component["UID"]), _digest(component))
    uid, digest = known
    last = before.get(uid)
    sequence = 0
    if last is not None:
        sequence = (
            last.sequence if last.digest == digest and not last.cancelled else last.sequence + 1
        )
    made = options.made.get((said, sequence, stamp))
    if made is None:
        component = component or event_of(trip, said)
        entry = _sequenced(component, digest, sequence, stamp)
        if options.alarm is not None:
            component.add_component(_alarm(str(component["SUMMARY"]), options.alarm))
        made = (component.to_ical().decode("utf-8"), entry, _tzids(component))
        options.made[(said, sequence, stamp)] = made
    return uid, made


def _tzids(component: Event) -> frozenset[str]:
    return frozenset(str(component[n].params.get("TZID", "")) for n in ("DTSTART", "DTEND")) - {""}


def _assembled(
    head: Calendar, tzids: set[str], texts: list[str], trip: ResolvedTrip, options: IcsOptions
) -> str:
    """The VCALENDAR: its properties, a VTIMEZONE for each TZID used, in name order, from
    mission's own zone of that name (``calendars/vtimezone.py``), then the VEVENTs."""
    for tzid in tzids - options.zones.keys():
        first, last = _span(trip)
        zone = zone_named(tzid)
        block = vtimezone(zone, tzid, first, last).to_ical() if zone is not None else b""
        options.zones[tzid] = block.decode("utf-8")
    text = head.to_ical().decode("utf-8").removesuffix("END:VCALENDAR\r\n")
    zones = "".join(options.zones[tzid] for tzid in sorted(tzids))
    return f"{text}{zones}{''.join(texts)}END:VCALENDAR\r\n"


def cancelled_calendar(
    trip: ResolvedTrip, before: dict[str, Entry], options: IcsOptions
) -> tuple[Calendar, dict[str, Entry]]:
    """The calendar of a delegate no longer in the trip: everything it held, cancelled."""
    calendar = _calendar()
    stamp = options.stamp or datetime.now(UTC)
    entries: dict[str, Entry] = {}
    ours = f".{trip_uid_part(trip)}@mission"
    for uid, gone in before.items():
        if not uid.endswith(ours):
            entries[uid] = gone
            continue
        entries[uid] = replace(gone, cancelled=True, sequence=gone.sequence + (not gone.cancelled))
        calendar.add_component(_cancelled(uid, entries[uid], stamp))
    first, last = _span(trip)
    _add_timezones(calendar, first, last)
    return calendar, entries


def item_calendars(
    loaded: LoadedTrip,
    delegate: str | None,
    options: IcsOptions,
    made: dict[CalendarEntry, tuple[str, str]] | None = None,
) -> dict[str, str]:
    """One delegate's items (everything when None) as CalDAV resources: UID -> a whole
    VCALENDAR holding that item's VEVENT, as ``build_calendar`` writes it the first
    time (``SEQUENCE:0``: a publish writes the one it remembers), and the VTIMEZONE of
    each zone it uses. ``made`` keeps each entry's text across calls: an item that
    several calendars hold, saying the same, is written once (give every call the same
    ``options``, with a ``stamp``)."""
    trip = loaded.trip
    made = {} if made is None else made
    stamp = options.stamp or datetime.now(UTC)
    found: dict[str, str] = {}
    for said in calendar_entries(loaded, delegate, options.said):
        if said not in made:
            uid, (text, _, used) = _entry_text(trip, said, options, {}, stamp)
            made[said] = uid, _assembled(_calendar(), set(used), [text], trip, options)
        uid, found[uid] = made[said]
    return found


def _sequenced(component: Event, digest: str, sequence: int, stamp: datetime) -> Entry:
    """Gives the component its SEQUENCE (the last one's, higher if it changed or was
    cancelled), its digest and its stamp; returns what the manifest keeps of it."""
    component.add("sequence", sequence)
    component.add(_DIGEST, digest)
    component.add("dtstamp", stamp)
    start, end = component.decoded("DTSTART"), component.decoded("DTEND")
    return Entry(sequence, digest, False, str(component["SUMMARY"]), start.isoformat(),
                 zone_name(start.tzinfo), end.isoformat(), zone_name(end.tzinfo))  # fmt: skip


def _cancelled(uid: str, entry: Entry, stamp: datetime) -> Event:
    """An item gone since the last export, as calendars remove it: the same UID, a
    higher SEQUENCE, STATUS:CANCELLED, its last times."""
    component = Event()
    component.add("uid", uid)
    component.add("summary", entry.summary)
    component.add("dtstart", _instant(entry.start, entry.start_zone))
    component.add("dtend", _instant(entry.end, entry.end_zone))
    component.add("status", "CANCELLED")
    component.add("sequence", entry.sequence)
    component.add("dtstamp", stamp)
    return component


def _instant(text: str, zone: str) -> datetime:
    """A time the manifest kept, in the zone it was written in (UTC where that zone is
    not one mission knows, or the text is not a time)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = datetime(1970, 1, 1, tzinfo=UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    place = zone_named(zone)
    return in_zone(moment, place) if place is not None else moment.astimezone(UTC)


def _add_timezones(calendar: Calendar, first: date, last: date) -> None:
    """A VTIMEZONE for each TZID used, in name order, from mission's own zone of that
    name (``calendars/vtimezone.py``)."""
    at = len(calendar.timezones)
    for tzid in sorted(calendar.get_missing_tzids()):
        zone = zone_named(tzid)
        if zone is not None:
            calendar.subcomponents.insert(at, vtimezone(zone, tzid, first, last))
            at += 1


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


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    return calendar


def event_of(trip: ResolvedTrip, said: CalendarEntry) -> Event:
    """An entry of a calendar as a VEVENT, its times with the TZID of their zones."""
    component = Event()
    component.add("uid", uid_of(trip, said.id))
    component.add("summary", said.summary)
    component.add("dtstart", said.start)
    component.add("dtend", said.end)
    component.add("location", said.location)
    for email, name in said.attendees:
        component.add("attendee", f"mailto:{email}", parameters={"CN": name})
    component.add("description", said.description)
    if said.categories:
        component.add("categories", list(said.categories))
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
