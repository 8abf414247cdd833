"""How fast a move goes, and the likelier reading of a move typed in home time, for the
rules that follow it.

A move whose departure or arrival falls in the small hours, and whose two times read in
the home zone fall within the day, was most likely pasted from an e-mail written at
home (the Shinkansen at 00:36 that leaves at 08:36 JST). ``odd-hour`` says so, once; the
other rules read the move at that home reading, so that the slip gives no finding of
theirs besides (no bed asked in the wrong city, no event missed): one slip, one finding.
So with a move too fast to be true (``implausible-travel`` as an error): read with the
end that, read at home, makes it plausible; else placed at its departure, taking no
time, as a move whose times are in error. The file is never rewritten, and the agenda
shows the move as written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta, tzinfo
from math import asin, cos, radians, sin, sqrt

from mission_cli.clock.times import TimeTextError, in_zone, place_wall, wall_clock
from mission_cli.resolve.items import ResolvedMove, ResolvedTrip

SHORTEST_FLIGHT = timedelta(minutes=30)
LONGEST_FLIGHT = timedelta(hours=20)
LONGEST_GROUND = timedelta(hours=24)
GROUND = ("train", "bus", "car")
"""Modes held to ``LONGEST_GROUND`` (a boat or an ``other`` move may take days)."""
FASTEST_KMH = 1000.0
IMPOSSIBLE_KMH = 1200.0
"""Over this great-circle speed no aircraft a delegation takes goes: an error."""
SLOWEST_FLIGHT_KMH = 150.0
EARTH_KM = 6371.0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two ``[latitude, longitude]`` points."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * asin(min(1.0, sqrt(h)))


def move_km(trip: ResolvedTrip, move: ResolvedMove) -> float | None:
    """The distance a move covers, where both its cities have a ``location``."""
    cities = trip.model.cities
    here, there = cities[move.move.from_].location, cities[move.move.to].location
    return distance_km(here, there) if here is not None and there is not None else None


def speed(km: float, span: timedelta) -> float:
    hours = span.total_seconds() / 3600
    return km / hours if hours > 0 else float("inf")


def plausible(mode: str, km: float, span: timedelta) -> bool:
    """Whether a move of ``mode`` may take ``span`` over ``km``."""
    if span <= timedelta(0) or speed(km, span) > FASTEST_KMH:
        return False
    if mode == "flight":
        slow = km > 0 and speed(km, span) < SLOWEST_FLIGHT_KMH
        return SHORTEST_FLIGHT <= span <= LONGEST_FLIGHT and not slow
    return mode not in GROUND or span <= LONGEST_GROUND


def impossible(trip: ResolvedTrip, move: ResolvedMove) -> bool:
    """Whether the move goes over ``IMPOSSIBLE_KMH`` (``implausible-travel``, an error)."""
    km = move_km(trip, move)
    return km is not None and speed(km, move.arrive - move.depart) > IMPOSSIBLE_KMH


def one_end_at_home(
    move: ResolvedMove, home: tzinfo | None, km: float
) -> tuple[str, ResolvedMove] | None:
    """(``arrive`` or ``depart``, the move with that end read in the home zone) when that
    makes it plausible: the arrival is tried first."""
    if home is None:
        return None
    name = getattr(home, "zone", str(home))
    ends = (("arrive", move.arrive, move.to_zone), ("depart", move.depart, move.from_zone))
    for field, instant, zone in ends:
        if zone is home:
            continue
        try:
            meant = place_wall(in_zone(instant, zone).replace(tzinfo=None), home, name)
        except TimeTextError:
            continue
        depart, arrive = (meant, move.arrive) if field == "depart" else (move.depart, meant)
        if plausible(move.move.mode, km, arrive - depart):
            local = wall_clock(depart, move.from_zone)
            return field, replace(move, depart=depart, arrive=arrive, local_depart=local)
    return None


def within(moment: datetime, first: time, last: time) -> bool:
    return first <= moment.time() <= last


def home_reading(
    move: ResolvedMove, home: tzinfo | None, first: time, last: time
) -> ResolvedMove | None:
    """The move with both its times read in the home zone, when one of them falls outside
    ``first``–``last`` as written and both fall inside as read at home; else None."""
    if home is None or (move.from_zone is home and move.to_zone is home):
        return None
    leaves, lands = in_zone(move.depart, move.from_zone), in_zone(move.arrive, move.to_zone)
    if within(leaves, first, last) and within(lands, first, last):
        return None
    name = getattr(home, "zone", str(home))
    try:
        depart = place_wall(leaves.replace(tzinfo=None), home, name)
        arrive = place_wall(lands.replace(tzinfo=None), home, name)
    except TimeTextError:
        return None
    if arrive <= depart:
        return None
    read = (in_zone(depart, move.from_zone), in_zone(arrive, move.to_zone))
    if not all(within(moment, first, last) for moment in read):
        return None
    local = wall_clock(depart, move.from_zone)
    return replace(move, depart=depart, arrive=arrive, local_depart=local)


def home_readings(
    trip: ResolvedTrip, first: time, last: time, *, odd: bool, fast: bool
) -> dict[int, ResolvedMove]:
    """Move index -> how the rules read it, for the moves typed in home time: too fast to
    be true (when ``fast``: ``implausible-travel`` is on) or in the small hours (when
    ``odd``: ``odd-hour`` is on)."""
    found: dict[int, ResolvedMove] = {}
    for move in trip.moves:
        km = move_km(trip, move) if fast else None
        if km is not None and speed(km, move.arrive - move.depart) > IMPOSSIBLE_KMH:
            end = one_end_at_home(move, trip.home_zone, km)
            found[move.index] = end[1] if end else replace(move, arrive=move.depart, in_error=True)
            continue
        read = home_reading(move, trip.home_zone, first, last) if odd else None
        if read is not None:
            found[move.index] = read
    return found
