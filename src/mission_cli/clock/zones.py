"""Time zones by IANA name, and what to say when a name is not one.

Zones are pytz's, with their transitions carried on past 2037 (``clock/future.py``). A
name that pytz knows but that misleads (``EST`` is UTC-05:00 all year; ``Etc/GMT+3``
is UTC-03:00, its sign inverted) is refused like an unknown one, with the place's
name to use instead.
"""

from __future__ import annotations

import os
import re
from datetime import tzinfo
from functools import cache
from pathlib import Path

import pytz
from pytz.tzfile import build_tzinfo

from mission_cli.words.message import Message

# Legacy names that pytz knows but that mislead: "EST" is UTC-05:00 all year long,
# so a time typed with it in April in New York is an hour off.
_MISLEADING_ZONES = {
    "EST": "America/New_York", "EDT": "America/New_York", "EST5EDT": "America/New_York",
    "CST6CDT": "America/Chicago", "MST": "America/Denver", "MST7MDT": "America/Denver",
    "PST8PDT": "America/Los_Angeles", "HST": "Pacific/Honolulu",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "MET": "Europe/Paris",
    "EET": "Europe/Athens", "WET": "Europe/Lisbon",
}  # fmt: skip
# Places people write as zones that are no IANA name.
_PLACES = {
    "quebec": "America/Toronto", "québec": "America/Toronto", "montreal": "America/Toronto",
    "montréal": "America/Toronto", "ottawa": "America/Toronto", "rochester": "America/New_York",
    "boston": "America/New_York", "washington": "America/New_York", "miami": "America/New_York",
    "san_francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "rennes": "Europe/Paris", "lyon": "Europe/Paris", "marseille": "Europe/Paris",
    "nantes": "Europe/Paris", "geneva": "Europe/Zurich", "genève": "Europe/Zurich",
    "delhi": "Asia/Kolkata", "new_delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "beijing": "Asia/Shanghai", "sydney": "Australia/Sydney",
}  # fmt: skip


# "Etc/GMT+3" is UTC-03:00: POSIX signs, the opposite of what everyone reads.
_ETC_OFFSET = re.compile(r"(?:Etc/)?GMT([+-])(\d{1,2})", re.IGNORECASE)


FROM_YEAR = 2036
"""From this year on (a year before the last that pytz's own transitions cover, 2037, so
that a local date a day off its UTC date never matters), a time is read in the zone
extended to 2200 (``clock/future.py``); an earlier one, in pytz's zone as it is."""


def far(zone: tzinfo, year: int) -> tzinfo:
    """The zone to read a time of ``year`` in: ``zone`` itself before :data:`FROM_YEAR`
    (a trip of 2024 never pays for the transitions after 2037), else extended."""
    if year < FROM_YEAR:
        return zone
    from mission_cli.clock.future import extended

    return extended(zone)


@cache
def zone_named(name: str) -> tzinfo | None:
    """The pytz zone of that IANA name; None when there is none (or it misleads). A time
    after 2036 is read in it extended to 2200 (:func:`far`)."""
    if name.upper() in _MISLEADING_ZONES or _inverted_offset(name) is not None:
        return None
    try:
        return _zone_file(name) or pytz.timezone(name)
    except (pytz.UnknownTimeZoneError, ValueError, UnicodeError):
        return None


_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9][A-Za-z0-9_+-]*)+")
"""An area and a place, as pytz's zone files are named (``America/New_York``)."""


def _zone_file(name: str) -> tzinfo | None:
    """The zone ``pytz.timezone(name)`` gives, built from the same file, when ``name`` is
    exactly the name of a file of pytz's folder of zones with an area
    (``America/New_York``, not ``america/new_york``); else None, and pytz decides. Every
    such file is a zone pytz lists (``tests/clock/test_zone_files.py``); pytz's first
    lookup would check that all 600 exist, a noticeable part of a short command."""
    if "PYTZ_TZDATADIR" in os.environ or not _ZONE_NAME.fullmatch(name):
        return None  # another folder of zones: pytz's own list decides
    folder = Path(pytz.__file__).parent / "zoneinfo"
    for part in name.split("/"):  # each part as the folder spells it, whatever the system
        if part not in _listing(folder):
            return None
        folder /= part
    if not folder.is_file():
        return None
    with folder.open("rb") as stream:
        return build_tzinfo(name, stream)


@cache
def _listing(folder: Path) -> frozenset[str]:
    try:
        return frozenset(os.listdir(folder))
    except OSError:
        return frozenset()


def suggest_zone(name: str) -> Message | None:
    """What to write instead of a name that is no (usable) IANA zone, if a guess is good."""
    from mission_cli.suggest import nearest, suggestion

    if name.upper() in _MISLEADING_ZONES:
        return Message(
            "'{name}' is a fixed offset or an abbreviation, not a place's rules: "
            "use an IANA name such as '{zone}'",
            name=name,
            zone=_MISLEADING_ZONES[name.upper()],
        )
    inverted = _inverted_offset(name)
    if inverted is not None:
        return Message(
            "'{name}' means UTC{offset} (its sign is inverted) and never changes for "
            "summer time: use the IANA name of the place, such as 'America/Sao_Paulo'",
            name=name,
            offset=inverted,
        )
    if not name.isprintable():
        return Message("the name holds a control character: write the zone's name again")
    wanted = name.strip().replace(" ", "_").lower()
    place = wanted.rsplit("/", 1)[-1]
    if place in _PLACES:
        return suggestion(_PLACES[place])
    candidates = pytz.common_timezones
    for cand in candidates:  # "Paris" or "new york": the city part of an IANA name
        if cand.lower() == wanted or cand.rsplit("/", 1)[-1].lower() == place:
            return suggestion(cand)
    return suggestion(nearest(name, candidates))


def _inverted_offset(name: str) -> str | None:
    """``-03:00`` for ``Etc/GMT+3``; None for any other name (``Etc/GMT+0`` included)."""
    match = _ETC_OFFSET.fullmatch(name.strip())
    if match is None or int(match[2]) == 0:
        return None
    sign = "-" if match[1] == "+" else "+"
    return f"{sign}{int(match[2]):02d}:00"
