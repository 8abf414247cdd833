"""Where each delegate sleeps: for every night of the trip, the city they need a bed in
and the lodgings that hold them.

A delegate needs a bed in city C for night D when they are in C, not in transit, at
03:00 on D+1 in C's own zone, and C is not a ``home`` city, and D is a day of C's
calendar: a day its zone skipped (Pacific/Apia went from 29 to 31 December 2011) has no
evening, so no night. Their moves say where they
are (see ``whereabouts``); a delegate with legs only sleeps, on night D, in the city of
their leg that holds D (a leg's ``end`` is its last night). Each delegate's nights are
computed in one pass: a lookup per zone and night, never a rescan of the trip.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from mission_cli.clock.times import day_range, day_start, lenient_instant
from mission_cli.resolve.items import ResolvedStay, ResolvedTrip
from mission_cli.resolve.whereabouts import Timeline

BEDTIME = time(3, 0)
"""The hour of the night at which where a delegate is decides where they sleep."""


@dataclass(frozen=True, slots=True)
class Night:
    day: date
    """The evening's date: the night from D to D+1."""
    city: str | None
    """The city where they need a bed; None when they need none."""
    place: str | None
    """Where they are at 03:00 (a home city included); None in transit or unknown."""
    in_transit: bool
    stays: tuple[ResolvedStay, ...]
    """The lodgings that hold them that night, in the file's order."""


NIGHTS_BUDGET = 3 * 366
"""Nights looked at, at most: a trip of years is a typo (``end: 2042-04-12``), and each
night costs a lookup per delegate."""


def trip_nights(trip: ResolvedTrip) -> list[date]:
    """Every night of the trip: ``trip.start`` up to the day before ``trip.end``."""
    if trip.start is None or trip.end is None:
        return []
    return [trip.start + timedelta(days=n) for n in range((trip.end - trip.start).days)]


def nights_by_delegate(
    trip: ResolvedTrip, timelines: dict[str, Timeline]
) -> tuple[dict[str, list[Night]], bool]:
    """Delegate key -> their nights, and whether the nights were cut at
    ``NIGHTS_BUDGET``."""
    nights = trip_nights(trip)
    cut = len(nights) > NIGHTS_BUDGET
    nights = nights[:NIGHTS_BUDGET]
    if not nights:
        return {}, False
    held = _stays_by_guest(trip, nights[0], nights[-1])
    homes = {key for key, city in trip.model.cities.items() if city.home}
    found = {
        key: _nights_of(trip, timeline, nights, homes, held.get(key, {}))
        for key, timeline in timelines.items()
    }
    return found, cut


def _stays_by_guest(
    trip: ResolvedTrip, first: date, last: date
) -> dict[str, dict[date, list[ResolvedStay]]]:
    held: dict[str, dict[date, list[ResolvedStay]]] = {}
    for stay in trip.stays:
        for key in stay.guests:
            mine = held.setdefault(key, {})
            for day in day_range(max(stay.first, first), min(stay.last, last)):
                mine.setdefault(day, []).append(stay)
    return held


def _nights_of(
    trip: ResolvedTrip,
    timeline: Timeline,
    nights: list[date],
    homes: set[str],
    held: dict[date, list[ResolvedStay]],
) -> list[Night]:
    """One delegate's nights: where they are at bedtime (a lookup per zone they travel
    through and night, or their leg that night), and the stays that hold them."""
    out = []
    if timeline.moves:
        bedtimes = [
            (zone, _bedtimes(zone, nights[0], len(nights))) for zone in _zones_of(trip, timeline)
        ]
        places = _at_bedtimes(trip, timeline, bedtimes, len(nights))
    else:
        by_day: dict[date, str] = {}
        for leg in timeline.legs:  # the first leg that holds a night decides it
            for day in day_range(max(leg.start, nights[0]), min(leg.end, nights[-1])):
                by_day.setdefault(day, leg.leg.city)
        places = [(by_day.get(day), False) for day in nights]
    for day, (place, in_transit) in zip(nights, places, strict=True):
        city = None if place is None or place in homes else place
        if city is not None and _skipped(trip.zones.get(city), day):
            city = None
        out.append(Night(day, city, place, in_transit, tuple(held.get(day, ()))))
    return out


@lru_cache(maxsize=8192)
def _skipped(zone: tzinfo | None, day: date) -> bool:
    """Whether ``zone`` skipped the whole of ``day`` (its first instant is the next
    day's)."""
    return zone is not None and day_start(day, zone) >= day_start(day + timedelta(days=1), zone)


@lru_cache(maxsize=64)
def _bedtimes(zone: tzinfo, first: date, count: int) -> tuple[datetime, ...]:
    """03:00 on the day after each of ``count`` nights from ``first``, in ``zone``: the
    same for every delegate, computed once."""
    return tuple(bedtime(first + timedelta(days=n + 1), zone) for n in range(count))


def _at_bedtimes(
    trip: ResolvedTrip,
    timeline: Timeline,
    bedtimes: list[tuple[tzinfo, tuple[datetime, ...]]],
    count: int,
) -> list[tuple[str | None, bool]]:
    """For each night, the city a delegate is in at 03:00 on the next day in that city's
    zone (the earliest such instant when several zones qualify), or None and whether they
    are in transit at 03:00 of every zone they travel through. A binary search in their
    moves per zone and night (``place_at``, without building its answer)."""
    moves, departs, zone_of = timeline.moves, timeline.departs, trip.zones
    out: list[tuple[str | None, bool]] = []
    for n in range(count):
        best: tuple[datetime, str] | None = None
        in_transit = False
        for zone, instants in bedtimes:
            instant = instants[n]
            i = bisect_right(departs, instant)
            if i and instant < moves[i - 1].arrive:
                in_transit = True
                continue
            city = moves[i - 1].move.to if i else moves[0].move.from_
            if zone_of.get(city) is zone and (best is None or instant < best[0]):
                best = (instant, city)
        out.append((best[1], False) if best is not None else (None, in_transit))
    return out


def _zones_of(trip: ResolvedTrip, timeline: Timeline) -> list[tzinfo]:
    """The zones of the cities a delegate's moves take them to and from."""
    seen: dict[int, tzinfo] = {}
    for move in timeline.moves:
        for city in (move.move.from_, move.move.to):
            zone = trip.zones.get(city)
            if zone is not None:
                seen.setdefault(id(zone), zone)
    return list(seen.values())


def bedtime(day: date, zone: tzinfo) -> datetime:
    """03:00 on ``day`` in ``zone``, as a UTC instant."""
    return lenient_instant(datetime.combine(day, BEDTIME), zone)
