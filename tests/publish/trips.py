"""A trip as the publish tests need it: meetings in several zones, each attended by some
delegates, made into the calendars mission publishes (one VCALENDAR per item, with its
VTIMEZONEs), and an independent reader of what a CalDAV server then holds (plain
``urllib`` and ``icalendar``, none of the code under test)."""

from __future__ import annotations

import base64
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from mission_cli.publish.plan import CalendarToPublish

ZONES = ("Europe/Paris", "America/New_York", "Asia/Tokyo", "America/Toronto")
PROGRAMME = "_programme"


@dataclass(frozen=True)
class Meeting:
    uid: str
    summary: str
    start: datetime
    end: datetime
    attendees: tuple[str, ...]


def delegates(count: int) -> list[str]:
    return [f"d{n:02d}" for n in range(count)]


def meetings(count: int, people: list[str], per_meeting: int = 2) -> list[Meeting]:
    """``count`` meetings over a week, in turn in each zone (a flight's end in another
    zone now and then), each attended by ``per_meeting`` delegates in turn."""
    found = []
    for n in range(count):
        zone = ZoneInfo(ZONES[n % len(ZONES)])
        start = datetime(2025, 3, 27 + n % 5, 8 + n % 9, 15 * (n % 4), tzinfo=zone)
        end = start + timedelta(minutes=45)
        if n % 7 == 3:  # a flight: it lands in another zone
            end = end.astimezone(ZoneInfo(ZONES[(n + 1) % len(ZONES)]))
        who = tuple(people[(n * per_meeting + k) % len(people)] for k in range(per_meeting))
        found.append(Meeting(f"m{n:04d}.test-trip@mission", f"Meeting {n}", start, end, who))
    return found


@cache
def _timezone(name: str) -> Timezone:
    return Timezone.from_tzid(name, first_date=date(2024, 1, 1), last_date=date(2027, 1, 1))


def item_text(meeting: Meeting, stamp: datetime | None = None) -> str:
    calendar = Calendar()
    calendar.add("prodid", "-//mission//test//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", meeting.uid)
    event.add("summary", meeting.summary)
    event.add("dtstart", meeting.start)
    event.add("dtend", meeting.end)
    event.add("sequence", 0)
    event.add("dtstamp", stamp or datetime.now(UTC).replace(microsecond=0))
    for name in sorted({str(meeting.start.tzinfo), str(meeting.end.tzinfo)}):
        calendar.add_component(_timezone(name))
    calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


def calendars(
    found: list[Meeting], people: list[str], stamp: datetime | None = None
) -> list[CalendarToPublish]:
    """Each delegate's calendar, then the programme's (every meeting)."""
    texts = {m.uid: item_text(m, stamp) for m in found}
    out = [
        CalendarToPublish(
            key, f"Test trip: {key}", {m.uid: texts[m.uid] for m in found if key in m.attendees}
        )
        for key in people
    ]
    out.append(CalendarToPublish(PROGRAMME, "Test trip", texts))
    return out


def moved(meeting: Meeting, minutes: int) -> Meeting:
    shift = timedelta(minutes=minutes)
    return replace(meeting, start=meeting.start + shift, end=meeting.end + shift)


class Reader:
    """What the server holds, read with plain HTTP (Basic auth) and ``icalendar``."""

    def __init__(self, user: str, password: str) -> None:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.headers = {"Authorization": f"Basic {token}"}

    def send(self, method: str, url: str, body: bytes | None = None, **headers: str) -> bytes:
        request = urllib.request.Request(
            url, data=body, method=method, headers={**self.headers, **headers}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            data: bytes = answer.read()
            return data

    def members(self, calendar_url: str) -> dict[str, str]:
        """Each member's URL -> its ETag."""
        body = b'<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>'
        root = ET.fromstring(self.send("PROPFIND", calendar_url, body, Depth="1"))
        found = {}
        for response in root.iter("{DAV:}response"):
            href = urljoin(calendar_url, response.findtext("{DAV:}href") or "")
            if href.rstrip("/") != calendar_url.rstrip("/"):
                found[href] = response.findtext(".//{DAV:}getetag") or ""
        return found

    def events(self, calendar_url: str) -> dict[str, Event]:
        """UID -> the VEVENT, of every member of the calendar."""
        found = {}
        for href in self.members(calendar_url):
            calendar = Calendar.from_ical(self.send("GET", href))
            for event in calendar.walk("VEVENT"):
                found[str(event["UID"])] = event
        return found

    def display_name(self, calendar_url: str) -> str:
        body = b'<propfind xmlns="DAV:"><prop><displayname/></prop></propfind>'
        root = ET.fromstring(self.send("PROPFIND", calendar_url, body, Depth="0"))
        return root.findtext(".//{DAV:}displayname") or ""
