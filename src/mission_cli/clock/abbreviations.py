"""Zone abbreviations (``JST``, ``EDT``, ``CEST``) as people write them after a time.

An abbreviation is no zone: ``CST`` is Chicago's winter and China's whole year, and
Paris is ``CET`` or ``CEST`` by the date. So it is read only against the zones a trip
already has, at the instant it names: :func:`readings` says when a zone's clock showed
a wall-clock time under an abbreviation; the caller decides what several readings mean.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

from mission_cli.clock.zones import far

_ABBREVIATION = re.compile(r"[A-Za-z]{2,6}", re.ASCII)


def looks_like_abbreviation(name: str) -> bool:
    """``JST``, ``CEST``, ``AEDT``: letters only, no ``/`` of an IANA name."""
    return _ABBREVIATION.fullmatch(name) is not None


def readings(wall: datetime, abbreviation: str, zone: tzinfo) -> list[datetime]:
    """The UTC instants at which ``zone``'s clock showed ``wall`` (naive) as
    ``abbreviation`` (any case): none when the zone does not use it then, one on most
    days, and in a fold the one of that abbreviation (``02:30 CEST`` and ``02:30 CET``
    are the two readings of a night when the clocks go back). A time the clocks jump
    over has none."""
    wanted = abbreviation.upper()
    clock = far(zone, wall.year)
    found: set[datetime] = set()
    for summer in (False, True):  # never raises: is_dst says which reading to take
        moment = clock.localize(wall, is_dst=summer)  # type: ignore[attr-defined]
        if (moment.tzname() or "").upper() != wanted:
            continue
        shown = clock.normalize(moment)  # type: ignore[attr-defined]
        if shown.replace(tzinfo=None) == wall and (shown.tzname() or "").upper() == wanted:
            found.add(moment.astimezone(UTC))
    return sorted(found)


def abbreviation_at(instant: datetime, zone: tzinfo) -> str:
    """What the zone's clock calls itself at ``instant`` (``JST``, ``CET``, ``+0530``)."""
    clock = far(zone, instant.year)
    return str(clock.normalize(instant.astimezone(clock)).tzname() or "")  # type: ignore[attr-defined]
