"""A zone's offsets after 2037, from the zone's own TZif file.

pytz reads only the first, 32-bit block of a TZif file, whose transitions stop in 2037:
after that, pytz keeps the last offset for ever, so 10:00 in New York in July 2040 would
be EST, an hour off, and no gap or fold would be seen. The same file holds a 64-bit block
(with any transition after 2037 that the data lists one by one) and a footer, the POSIX
TZ rule that goes on for ever (``EST5EDT,M3.2.0,M11.1.0``, RFC 8536). :func:`extended`
gives the same pytz zone with its transitions carried on from them to the last year a
trip can have: still a pytz zone (``localize``, ``normalize``), read from the same data,
so that every other part of mission is unchanged.
"""

from __future__ import annotations

import re
import struct
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

import pytz
from pytz.tzinfo import DstTzInfo

LAST_YEAR = 2200
"""Transitions are made up to the end of this year: a wall-clock time of 2199-12-31 may
be an instant of 2200 in UTC."""
_EPOCH = datetime(1970, 1, 1)
_HEADER = struct.Struct(">4sc15x6l")
_NAME = r"[A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>"
_CLOCK = r"[+-]?\d{1,3}(?::\d{1,2}){0,2}"
_DATE = r"J\d{1,3}|\d{1,3}|M\d{1,2}\.\d\.\d"
_RULE = re.compile(
    rf"(?P<std>{_NAME})(?P<std_off>{_CLOCK})"
    rf"(?:(?P<dst>{_NAME})(?P<dst_off>{_CLOCK})?"
    rf",(?P<start>{_DATE})(?:/(?P<start_at>{_CLOCK}))?"
    rf",(?P<end>{_DATE})(?:/(?P<end_at>{_CLOCK}))?)?",
    re.ASCII,
)

Info = tuple[timedelta, timedelta, str]
"""What pytz keeps of a period: its UTC offset, its DST part, its abbreviation."""
Kind = tuple[int, bool, str]
"""A period as TZif and POSIX rules give it: UTC offset in seconds, DST or not, name."""


@lru_cache(maxsize=256)
def extended(zone: tzinfo) -> tzinfo:
    """``zone`` with transitions up to :data:`LAST_YEAR`; itself when it needs none (no
    rule changes the clocks after its last transition) or its file cannot be read. Made
    once per zone."""
    # pytz's own lists, which its type stubs do not declare.
    times: list[datetime] = list(getattr(zone, "_utc_transition_times", None) or [])
    details: list[Info] = list(getattr(zone, "_transition_info", None) or [])
    if not isinstance(zone, DstTzInfo) or not times:
        return zone
    try:
        with pytz.open_resource(str(zone.zone)) as stream:  # type: ignore[attr-defined]
            listed, footer = read_tzif(stream.read())
    except (OSError, ValueError, struct.error):
        return zone
    later = [(when, kind) for when, kind in listed if when > times[-1]]
    start = later[-1][0] if later else times[-1]
    later += [(when, kind) for when, kind in rule_transitions(footer, start.year) if when > start]
    if not later:
        return zone
    # A later period of a kind pytz knows gets the DST part pytz gave it.
    known = {(info[0], info[2]): info for info in details}
    for when, kind in later:
        info = known.get((timedelta(seconds=kind[0]), kind[2])) or _info(kind, details[-1])
        if info != details[-1]:
            times.append(when)
            details.append(info)
    attributes = {"_utc_transition_times": times, "_transition_info": details}
    zone_class = type(type(zone).__name__, (type(zone),), attributes)
    return zone_class()  # type: ignore[no-any-return]


def _info(kind: Kind, before: Info) -> Info:
    offset = timedelta(seconds=kind[0])
    standard = before[0] - before[1]
    return (offset, offset - standard if kind[1] else timedelta(0), kind[2])


def read_tzif(data: bytes) -> tuple[list[tuple[datetime, Kind]], str]:
    """The transitions of a TZif file's 64-bit block (UTC, naive) and its footer; none
    and ``""`` for a file of version 1, which has neither."""
    magic, version, *_ = _HEADER.unpack_from(data)
    if magic != b"TZif" or version in (b"\0", b"1"):
        return [], ""
    at = _HEADER.size + _block_size(data, 0, 4)
    isut, isstd, leaps, count, types, chars = _HEADER.unpack_from(data, at)[2:]
    at += _HEADER.size
    times = struct.unpack_from(f">{count}q", data, at)
    indexes = data[at + 8 * count : at + 9 * count]
    at += 9 * count
    kinds: list[Kind] = []
    names = data[at + 6 * types : at + 6 * types + chars]
    for n in range(types):
        offset, dst, name_at = struct.unpack_from(">lBB", data, at + 6 * n)
        name = names[name_at : names.index(b"\0", name_at)].decode("ascii")
        kinds.append((offset, bool(dst), name))
    footer_at = at + 6 * types + chars + 12 * leaps + isstd + isut
    footer = data[footer_at:].strip(b"\n").decode("ascii")
    moments = [_EPOCH + timedelta(seconds=t) for t in times]
    return [(when, kinds[i]) for when, i in zip(moments, indexes, strict=True)], footer


def _block_size(data: bytes, at: int, time_size: int) -> int:
    isut, isstd, leaps, count, types, chars = _HEADER.unpack_from(data, at)[2:]
    return int(count * (time_size + 1) + types * 6 + chars + leaps * (time_size + 4) + isstd + isut)


def rule_transitions(footer: str, first_year: int) -> list[tuple[datetime, Kind]]:
    """The transitions a POSIX TZ rule makes from ``first_year`` to :data:`LAST_YEAR`,
    in order; none for a rule without summer time (``JST-9``) or one that cannot be
    read."""
    rule = _RULE.fullmatch(footer)
    if rule is None or rule["dst"] is None:
        return []
    standard = -_seconds(rule["std_off"])
    summer = -_seconds(rule["dst_off"]) if rule["dst_off"] else standard + 3600
    to_summer: Kind = (summer, True, rule["dst"].strip("<>"))
    to_standard: Kind = (standard, False, rule["std"].strip("<>"))
    found: list[tuple[datetime, Kind]] = []
    for year in range(first_year, LAST_YEAR + 1):
        begins = _day(rule["start"], year) + timedelta(seconds=_at(rule["start_at"]) - standard)
        ends = _day(rule["end"], year) + timedelta(seconds=_at(rule["end_at"]) - summer)
        found += [(begins, to_summer), (ends, to_standard)]
    found.sort(key=lambda pair: pair[0])
    # Summer time all year long is written as a change at each end of the year: the
    # two meet, and only the last of changes at one instant counts.
    nexts = [pair[0] for pair in found[1:]] + [datetime.max]
    return [pair for pair, following in zip(found, nexts, strict=True) if following > pair[0]]


def _at(clock: str | None) -> int:
    """The local time of a change, 02:00 when the rule does not say (RFC 8536 allows
    -167 to 167 hours)."""
    return 7200 if clock is None else _seconds(clock)


def _seconds(clock: str) -> int:
    sign = -1 if clock.startswith("-") else 1
    parts = [int(p) for p in clock.lstrip("+-").split(":")]
    hours, minutes, seconds = [*parts, 0, 0][:3]
    return sign * (hours * 3600 + minutes * 60 + seconds)


def _day(text: str, year: int) -> datetime:
    """The local midnight that starts the day a rule names in ``year``."""
    first = datetime(year, 1, 1)
    if text.startswith("J"):  # 1 to 365, February 29 never counted
        number = int(text[1:])
        leap = date(year, 12, 31).timetuple().tm_yday == 366
        return first + timedelta(days=number - 1 + (leap and number >= 60))
    if not text.startswith("M"):  # 0 to 365, February 29 counted
        return first + timedelta(days=int(text))
    month, week, weekday = (int(p) for p in text[1:].split("."))
    start = datetime(year, month, 1)
    day = start + timedelta(days=(weekday - start.isoweekday()) % 7 + 7 * (week - 1))
    while day.month != month:  # week 5: the last such day of the month
        day -= timedelta(days=7)
    return day
