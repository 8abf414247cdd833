"""The VTIMEZONE of a zone, made from the very zone mission computes its times with.

icalendar would make it from its own copy of the zone data (zoneinfo, of whatever
release is installed), which may disagree with pytz's, and did after 2037, where pytz
alone had no summer time: a calendar's times then contradicted its own VTIMEZONE. Here
each change of the zone between two dates is read from the pytz zone's transitions
(carried on past 2037 by ``clock/future.py``), and its DTSTART is the local time just
before it, in the offset it changes from, as RFC 5545 defines it.

Each further time a change happens is an ``RDATE`` line of its own, never one
comma-separated list: RFC 5545 allows both, but Radicale keeps only the first date of a
list inside a VTIMEZONE, and a client that reads the block rather than its own zone
data (as some phones do) then put a summer's morning in Toronto at UTC−5.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta, tzinfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from mission_cli.clock.times import in_zone, lenient_instant
from mission_cli.clock.zones import far

Period = tuple[timedelta, timedelta, str, bool]
"""Offset from, offset to, name and whether it is standard time: one sub-component."""


def vtimezone(zone: tzinfo, tzid: str, first: date, last: date) -> Timezone:
    """The zone's offsets from ``first`` to ``last``: one sub-component for each kind
    of change, with an RDATE line for each further time it happens."""
    zone = far(zone, last.year)  # its transitions after 2037 too, where the span goes
    begin = lenient_instant(datetime.combine(first, time()), zone)
    end = lenient_instant(datetime.combine(last, time()), zone)
    opening = in_zone(begin, zone)
    offset = opening.utcoffset() or timedelta(0)
    periods: dict[Period, list[datetime]] = defaultdict(list)
    periods[(offset, offset, opening.tzname() or "", not opening.dst())].append(
        datetime.combine(first, time())
    )
    times: list[datetime] = getattr(zone, "_utc_transition_times", [])
    infos: list[tuple[timedelta, timedelta, str]] = getattr(zone, "_transition_info", [])
    low, high = begin.replace(tzinfo=None), end.replace(tzinfo=None)
    for n in range(1, len(times)):
        if low < times[n] < high:
            before, after = infos[n - 1], infos[n]
            kind = (before[0], after[0], after[2], not after[1])
            periods[kind].append(times[n] + before[0])
    timezone = Timezone()
    timezone.add("TZID", tzid)
    timezone.add("COMMENT", f"This timezone only works from {first} to {last}.")
    for (offset_from, offset_to, name, standard), starts in periods.items():
        part = TimezoneStandard() if standard else TimezoneDaylight()
        part.add("DTSTART", starts[0])
        for start in starts[1:]:
            part.add("RDATE", start)
        part.add("TZNAME", name)
        part.add("TZOFFSETFROM", offset_from)
        part.add("TZOFFSETTO", offset_to)
        timezone.add_component(part)
    return timezone
