"""Where a request's meeting may start: the grid of starts inside its party's windows.

The engine counts whole minutes from one origin (here the Unix epoch, in UTC), so that
items of every zone compare; the grid is laid on each place's own clock (with a step of
15 minutes, starts at :00, :15, :30 and :45 local time, whatever the zone's offset).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from mission_cli.clock.times import day_range, lenient_instant, wall_clock
from mission_cli.resolve.items import ResolvedRequest

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def minute(instant: datetime) -> int:
    """Whole minutes from the origin, down: where an item that holds its start begins."""
    return math.floor((instant - EPOCH) / MINUTE)


def minute_up(instant: datetime) -> int:
    """Whole minutes from the origin, up: an item ending at 10:00:30 holds 10:00 too."""
    return math.ceil((instant - EPOCH) / MINUTE)


@dataclass(frozen=True, slots=True)
class Slot:
    """One start of a request's meeting on the grid, and its end."""

    start: datetime
    end: datetime

    @property
    def span(self) -> tuple[int, int]:
        return minute(self.start), minute_up(self.end)


Window = tuple[datetime, datetime]


def windows_of(
    request: ResolvedRequest, first: date | None, last: date | None, day: tuple[time, time]
) -> list[Window]:
    """When the party can meet: its ``windows``, else every day of the trip from
    ``day_start`` to ``day_end``; inside its ``within`` event's times."""
    windows = list(request.windows) or _days(request.zone, first, last, day)
    within = request.within
    if within is not None:
        windows = [(max(a, within.start), min(b, within.end)) for a, b in windows]
    return [(a, b) for a, b in windows if a < b]


def _days(
    zone: tzinfo, first: date | None, last: date | None, day: tuple[time, time]
) -> list[Window]:
    if first is None or last is None:
        return []
    return [
        (lenient_instant(datetime.combine(d, day[0]), zone), _day_end(d, day[1], zone))
        for d in day_range(first, last)
    ]


def _day_end(day: date, end: time, zone: tzinfo) -> datetime:
    if end >= time(23, 59):  # "24:00": up to midnight
        return lenient_instant(datetime.combine(day + timedelta(days=1), time()), zone)
    return lenient_instant(datetime.combine(day, end), zone)


def slots(windows: list[Window], length: timedelta, step: int, zone: tzinfo) -> list[Slot]:
    """Every start on the grid (a multiple of ``step`` minutes after local midnight) whose
    meeting of ``length`` fits in one of the windows, in time order, each once."""
    starts: set[datetime] = set()
    for begin, end in windows:
        local = wall_clock(begin, zone)
        past = local.hour * 60 + local.minute + (1 if local.second or local.microsecond else 0)
        first = begin.replace(second=0, microsecond=0) + MINUTE * (
            past - local.hour * 60 - local.minute + (-past) % step
        )
        start = first
        while start + length <= end:
            starts.add(start)
            start += MINUTE * step
    return [Slot(start, start + length) for start in sorted(starts)]
