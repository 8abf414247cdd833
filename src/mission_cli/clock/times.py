"""The time syntax of trip files, and turning wall-clock text into instants.

Pure functions, no YAML and no model: a text goes in, a value or a
:class:`TimeTextError` comes out. Zones are pytz zones (carried on past 2037 by
``clock/future.py``), always through ``localize()`` and ``normalize()``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache

import pytz

from mission_cli.catalog import INVALID_TIME
from mission_cli.clock.errors import TimeTextError as TimeTextError
from mission_cli.clock.errors import ambiguous, nonexistent
from mission_cli.clock.errors import unknown_zone_error as unknown_zone_error
from mission_cli.clock.hints import TIME_FORMAT_HINT, impossible, time_hint
from mission_cli.clock.zones import far, zone_named
from mission_cli.words.message import Message

YEARS = range(1900, 2200)
"""The years a trip can happen in: outside them a date is a typo, and the zone
database and the calendar arithmetic have no answer."""
MAX_DURATION = timedelta(days=31)
"""The longest ``duration`` (and ``--alarm``): past a month it is a typo."""

_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_TIME_RE = re.compile(
    r"""
    (?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})
    (?:[Tt]|[ \t]+)
    (?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?
    (?:
        [ \t]*(?P<z>[Zz])
      | [ \t]*(?P<off>[+-]\d{2}(?::?\d{2})?)
      | [ \t]+(?P<zone>[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*)
    )?
    """,
    re.VERBOSE | re.ASCII,
)
_DURATION_RE = re.compile(
    r"(?:(?P<h>\d+)[ \t]*h(?:[ \t]*(?P<hm>\d+)[ \t]*(?:m|min)?)?|(?P<m>\d+)[ \t]*(?:m|min))",
    re.ASCII,
)
_CLOCK_RE = re.compile(r"(\d{1,2}):(\d{2})", re.ASCII)


@dataclass(frozen=True, slots=True)
class TimeText:
    """A time as written: a wall-clock reading, and the zone or offset it carried."""

    wall: datetime
    """Naive wall-clock time."""
    zone: str | None = None
    """A trailing IANA zone name, as written."""
    offset: timedelta | None = None
    """A trailing UTC offset (``Z`` is zero)."""


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` to a date."""
    match = _DATE_RE.fullmatch(text.strip())
    if not match:
        raise TimeTextError(
            INVALID_TIME,
            Message("'{text}' is not a date", text=text),
            Message("write dates as YYYY-MM-DD (2024-04-03)"),
        )
    year, month, day = (int(g) for g in match.groups())
    _check_year(year, text)
    try:
        return date(year, month, day)
    except ValueError:
        raise TimeTextError(
            INVALID_TIME,
            Message("'{text}' is not a date: {why}", text=text, why=impossible(*match.groups())),
            Message("no such day: check the month and the day (YYYY-MM-DD)"),
        ) from None


def parse_time_text(text: str) -> TimeText:
    """Read a time as written, without placing it in a zone yet."""
    match = _TIME_RE.fullmatch(text.strip())
    if not match:
        raise TimeTextError(
            INVALID_TIME, Message("'{text}' is not a time", text=text), lambda: time_hint(text)
        )
    g = match.groupdict()
    _check_year(int(g["y"]), text)
    try:
        wall = datetime(
            int(g["y"]), int(g["mo"]), int(g["d"]), int(g["h"]), int(g["mi"]), int(g["s"] or 0)
        )
    except ValueError:
        why = impossible(g["y"], g["mo"], g["d"], g["h"], g["mi"], g["s"] or "00")
        raise TimeTextError(
            INVALID_TIME,
            Message("'{text}' is not a time: {why}", text=text, why=why),
            TIME_FORMAT_HINT,
        ) from None
    if g["z"]:
        return TimeText(wall, offset=timedelta(0))
    if g["off"]:
        return TimeText(wall, offset=_parse_offset(g["off"], text))
    if g["zone"]:
        return TimeText(wall, zone=g["zone"])
    return TimeText(wall)


def _check_year(year: int, text: str) -> None:
    if year not in YEARS:
        raise TimeTextError(
            INVALID_TIME,
            Message(
                "'{text}' is in the year {year}, outside {first}–{last}",
                text=text,
                year=str(year),
                first=str(YEARS.start),
                last=str(YEARS.stop - 1),
            ),
            Message("check the year"),
        )


def _parse_offset(raw: str, text: str) -> timedelta:
    sign = -1 if raw[0] == "-" else 1
    digits = raw[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise TimeTextError(
            INVALID_TIME,
            Message("'{text}' has an impossible UTC offset '{offset}'", text=text, offset=raw),
        )
    return sign * timedelta(hours=hours, minutes=minutes)


def localize(wall: datetime, zone: tzinfo, zone_name: str) -> datetime:
    """Place a wall-clock time in a zone; refuse a gap or a fold."""
    zone = far(zone, wall.year)
    try:
        return zone.localize(wall, is_dst=None)  # type: ignore[attr-defined,no-any-return]
    except pytz.NonExistentTimeError:
        # The reading in the offset before the jump lands before it, whatever its length
        # (Pacific/Apia skipped a whole day: three hours earlier was skipped too).
        before = min(
            (zone.normalize(zone.localize(wall, is_dst=flag)) for flag in (True, False)),  # type: ignore[attr-defined]
            key=lambda moment: moment.astimezone(UTC),
        )
        jump = _gap_end(wall, zone)
        raise nonexistent(wall, zone_name, before, jump) from None
    except pytz.AmbiguousTimeError:
        # In the order the clock shows them: pytz's is_dst is the other way round where
        # summer time is negative (Europe/Dublin's winter is its "DST").
        first, second = sorted(
            (zone.localize(wall, is_dst=flag) for flag in (True, False)),  # type: ignore[attr-defined]
            key=lambda moment: moment.astimezone(UTC),
        )
        raise ambiguous(wall, zone_name, first, second) from None


def _gap_end(wall: datetime, zone: tzinfo) -> datetime:
    """The first local minute after the gap that swallowed ``wall``."""
    probe = wall
    for _ in range(24 * 60):
        probe += timedelta(minutes=1)
        try:
            return zone.localize(probe, is_dst=None)  # type: ignore[attr-defined,no-any-return]
        except (pytz.NonExistentTimeError, pytz.AmbiguousTimeError):
            continue
    return zone.normalize(zone.localize(wall))  # type: ignore[attr-defined,no-any-return]


def to_instant(parsed: TimeText, place_zone: tzinfo, place_zone_name: str) -> datetime:
    """The absolute instant (in UTC) of a time read in its place's zone."""
    if parsed.offset is not None:
        return parsed.wall.replace(tzinfo=timezone(parsed.offset)).astimezone(UTC)
    if parsed.zone is not None:
        zone = zone_named(parsed.zone)
        if zone is None:
            raise unknown_zone_error(parsed.zone)
        return localize(parsed.wall, zone, parsed.zone).astimezone(UTC)
    return place_wall(parsed.wall, place_zone, place_zone_name)


def place_wall(wall: datetime, zone: tzinfo, zone_name: str) -> datetime:
    """The UTC instant of a wall-clock time in a zone.

    Most days of a zone have one UTC offset from 00:00 to 23:59; for those, the
    offset is looked up once per (zone, day), through ``localize()``, and reused.
    A day with a transition takes the careful path, which refuses gaps and folds.
    """
    offset = _steady_offset(far(zone, wall.year), wall.date())
    if offset is None:
        return localize(wall, zone, zone_name).astimezone(UTC)
    return (wall - offset).replace(tzinfo=UTC)


@lru_cache(maxsize=8192)
def _steady_offset(zone: tzinfo, day: date) -> timedelta | None:
    """The zone's UTC offset all day long, or None when the clocks change that day."""
    try:
        first = zone.localize(datetime.combine(day, time(0, 0)), is_dst=None)  # type: ignore[attr-defined]
        last = zone.localize(datetime.combine(day, time(23, 59)), is_dst=None)  # type: ignore[attr-defined]
    except (pytz.NonExistentTimeError, pytz.AmbiguousTimeError):
        return None
    offset: timedelta | None = first.utcoffset()
    return offset if offset == last.utcoffset() else None


def parse_duration(text: str) -> timedelta:
    """``45m``, ``2h``, ``1h30`` or ``1h30m`` to a positive length."""
    match = _DURATION_RE.fullmatch(text.strip().lower())
    hint = Message("write a duration such as 45m, 2h or 1h30")
    if not match:
        raise TimeTextError(INVALID_TIME, Message("'{text}' is not a duration", text=text), hint)
    hours = _small_int(match["h"] or "0")
    minutes = _small_int(match["hm"] or match["m"] or "0")
    if match["hm"] and minutes >= 60:
        said = Message(
            "'{text}' has {minutes} minutes after the hours", text=text, minutes=str(minutes)
        )
        raise TimeTextError(INVALID_TIME, said, hint)
    if hours * 60 + minutes > MAX_DURATION.total_seconds() // 60:
        raise TimeTextError(
            INVALID_TIME,
            Message(
                "duration '{text}' is longer than {days} days", text=text, days=MAX_DURATION.days
            ),
            Message("an event lasts hours, not months: check the number (and 'h' against 'm')"),
        )
    length = timedelta(hours=hours, minutes=minutes)
    if length <= timedelta(0):
        raise TimeTextError(
            INVALID_TIME, Message("duration '{text}' is not positive", text=text), hint
        )
    return length


def _small_int(digits: str) -> int:
    """A count of hours or minutes; a run of more than nine digits is surely too many
    (and ``int()`` refuses past 4,300)."""
    return int(digits) if len(digits) <= 9 else 10**9


def parse_clock(text: str) -> time:
    """``HH:MM`` (a threshold such as ``day_start``) to a time of day."""
    match = _CLOCK_RE.fullmatch(text.strip())
    if not match or int(match[1]) > 24 or int(match[2]) > 59:
        raise TimeTextError(
            INVALID_TIME,
            Message("'{text}' is not a time of day", text=text),
            Message("write it as HH:MM (07:00)"),
        )
    hours, minutes = int(match[1]), int(match[2])
    if hours == 24:
        if minutes:
            raise TimeTextError(INVALID_TIME, Message("'{text}' is not a time of day", text=text))
        return time(23, 59, 59)
    return time(hours, minutes)


def wall_clock(instant: datetime, zone: tzinfo) -> datetime:
    """The naive wall-clock time of an instant in a zone.

    On a day with one UTC offset (most days), the offset found once per (zone,
    day) is added; around a clock change, pytz converts.
    """
    utc = instant.astimezone(UTC).replace(tzinfo=None)
    zone = far(zone, utc.year)
    offset = _steady_offset(zone, utc.date())
    if offset is not None:
        local = utc + offset
        if local.date() == utc.date() or _steady_offset(zone, local.date()) == offset:
            return local
    return in_zone(instant, zone).replace(tzinfo=None)


class LocalTime:
    """A wall-clock reading with the abbreviation of its zone (``EDT``), for display."""

    __slots__ = ("abbreviation", "wall")

    def __init__(self, wall: datetime, abbreviation: str) -> None:
        self.wall = wall
        self.abbreviation = abbreviation

    def __format__(self, spec: str) -> str:
        return self.wall.strftime(spec.replace("%Z", self.abbreviation))

    def date(self) -> date:
        return self.wall.date()


def local_time(instant: datetime, zone: tzinfo) -> LocalTime:
    """Like :func:`in_zone`, for display, with the same per-day shortcut as
    :func:`wall_clock` (the abbreviation is looked up once per zone and day)."""
    wall = wall_clock(instant, zone)
    zone = far(zone, wall.year)
    abbreviation = _steady_abbreviation(zone, wall.date())
    if abbreviation is None or _steady_offset(zone, wall.date()) is None:
        moment = in_zone(instant, zone)
        return LocalTime(moment.replace(tzinfo=None), moment.tzname() or "")
    return LocalTime(wall, abbreviation)


@lru_cache(maxsize=8192)
def _steady_abbreviation(zone: tzinfo, day: date) -> str | None:
    try:
        noon = zone.localize(datetime.combine(day, time(12, 0)), is_dst=None)  # type: ignore[attr-defined]
    except (pytz.NonExistentTimeError, pytz.AmbiguousTimeError):
        return None
    name: str | None = noon.tzname()
    return name


def in_zone(instant: datetime, zone: tzinfo) -> datetime:
    """An instant as wall-clock time in a zone (pytz-correct)."""
    zone = far(zone, instant.year)
    return zone.normalize(instant.astimezone(zone))  # type: ignore[attr-defined,no-any-return]


def local_text(instant: datetime, zone: tzinfo) -> str:
    """``2024-04-04 10:00 EDT``: a time is never shown without its zone."""
    return f"{in_zone(instant, zone):%Y-%m-%d %H:%M %Z}"


def span_text(start: datetime, end: datetime, zone: tzinfo) -> str:
    """``2024-04-04 16:30–18:00 EDT``, with the end's date when it is another day."""
    a, b = in_zone(start, zone), in_zone(end, zone)
    if a.date() == b.date():
        if a.tzname() == b.tzname():
            return f"{a:%Y-%m-%d %H:%M}–{b:%H:%M %Z}"
        return f"{a:%Y-%m-%d %H:%M %Z}–{b:%H:%M %Z}"
    return f"{a:%Y-%m-%d %H:%M %Z} – {b:%Y-%m-%d %H:%M %Z}"


def zone_name(zone: tzinfo) -> str:
    """A zone's IANA name (``America/Toronto``)."""
    return str(getattr(zone, "zone", zone))


@lru_cache(maxsize=8192)
def lenient_instant(wall: datetime, zone: tzinfo) -> datetime:
    """The UTC instant of a wall-clock time that mission chose (not one a user wrote): in
    a daylight-saving gap, the instant after the jump; in a fold, the later one: the later
    of the two readings either way (not pytz's ``is_dst=False``, which picks the earlier
    where summer time is negative)."""
    zone = far(zone, wall.year)
    readings = (zone.localize(wall, is_dst=flag) for flag in (False, True))  # type: ignore[attr-defined]
    return max(zone.normalize(moment).astimezone(UTC) for moment in readings)  # type: ignore[attr-defined,no-any-return]


def day_start(day: date, zone: tzinfo) -> datetime:
    """The first instant of a local date (00:00, or the end of a jump over midnight)."""
    return lenient_instant(datetime.combine(day, time()), zone)


def iso_local(instant: datetime, zone: tzinfo) -> str:
    """ISO 8601 with the offset of the item's own zone: ``2024-04-04T10:00:00-04:00``."""
    return str(in_zone(instant, zone).isoformat())


def day_range(first: date, last: date) -> list[date]:
    """Every date from ``first`` to ``last``, both included (none when ``last`` is before)."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
