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
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple, overload

from mission_cli.clock.times import day_start, lenient_instant
from mission_cli.resolve.items import ResolvedStay, ResolvedTrip
from mission_cli.resolve.whereabouts import Timeline

BEDTIME = time(3, 0)
"""The hour of the night at which where a delegate is decides where they sleep."""


class Night(NamedTuple):
    """One night of one delegate: a tuple, made only when looked at (see
    :class:`Nights`), and made fast, since a check may look at millions."""

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

Where = tuple[str | None, str | None, bool, tuple[ResolvedStay, ...]]
"""What a night says, but its date: city, place, in transit, stays."""


class Nights(Sequence[Night]):
    """One delegate's nights, kept as runs of alike nights (``(first, count, where)``):
    a trip of three years and thousands of delegates holds millions of nights but few
    runs, and a :class:`Night` is made only when it is looked at."""

    __slots__ = ("_days", "_runs", "_starts")

    def __init__(self, days: list[date], runs: list[tuple[int, int, Where]]) -> None:
        self._days = days
        """The trip's nights, one list for every delegate."""
        self._runs = runs
        self._starts = [start for start, _, _ in runs]

    def __len__(self) -> int:
        return self._runs[-1][0] + self._runs[-1][1] if self._runs else 0

    def __iter__(self) -> Iterator[Night]:
        make = tuple.__new__
        for start, count, where in self._runs:
            for day in self._days[start : start + count]:
                yield make(Night, (day, *where))

    @overload
    def __getitem__(self, index: int) -> Night: ...
    @overload
    def __getitem__(self, index: slice) -> list[Night]: ...
    def __getitem__(self, index: int | slice) -> Night | list[Night]:
        if isinstance(index, slice):
            return list(self)[index]
        n = index + len(self) if index < 0 else index
        if not 0 <= n < len(self):
            raise IndexError(index)
        _, _, where = self._runs[bisect_right(self._starts, n) - 1]
        return Night(self._days[n], *where)

    @property
    def runs(self) -> int:
        """How many runs of alike nights it holds (what it costs)."""
        return len(self._runs)


def trip_nights(trip: ResolvedTrip) -> list[date]:
    """Every night of the trip: ``trip.start`` up to the day before ``trip.end``."""
    if trip.start is None or trip.end is None:
        return []
    return [trip.start + timedelta(days=n) for n in range((trip.end - trip.start).days)]


def nights_by_delegate(
    trip: ResolvedTrip, timelines: dict[str, Timeline]
) -> tuple[dict[str, Nights], bool]:
    """Delegate key -> their nights, and whether the nights were cut at
    ``NIGHTS_BUDGET``."""
    nights = trip_nights(trip)
    cut = len(nights) > NIGHTS_BUDGET
    nights = nights[:NIGHTS_BUDGET]
    if not nights:
        return {}, False
    held = _stays_by_guest(trip, nights[0], nights[-1])
    homes = {key for key, city in trip.model.cities.items() if city.home}
    alike: dict[tuple[tuple[int, ...], ...], Nights] = {}  # a delegation travels together
    found = {}
    for key, timeline in timelines.items():
        stays = held.get(key, [])
        same = (
            tuple(map(id, timeline.moves)),
            tuple(map(id, timeline.legs)),
            tuple(id(stay) for _, stay in stays),
        )
        if same not in alike:
            alike[same] = _nights_of(trip, timeline, nights, homes, stays)
        found[key] = alike[same]
    return found, cut


Span = tuple[int, int]
"""Nights ``[first, end)`` by their place in the trip's nights."""


def _stays_by_guest(
    trip: ResolvedTrip, first: date, last: date
) -> dict[str, list[tuple[Span, ResolvedStay]]]:
    """Each guest's stays in the file's order, with the nights of the trip they hold: a
    stay per guest, never a night per guest."""
    held: dict[str, list[tuple[Span, ResolvedStay]]] = {}
    for stay in trip.stays:
        span = _span(max(stay.first, first), min(stay.last, last), first)
        if span[0] < span[1]:
            for key in stay.guests:
                held.setdefault(key, []).append((span, stay))
    return held


def _span(start: date, last: date, first: date) -> Span:
    return (start - first).days, (last - first).days + 1


def _nights_of(
    trip: ResolvedTrip,
    timeline: Timeline,
    nights: list[date],
    homes: set[str],
    held: list[tuple[Span, ResolvedStay]],
) -> Nights:
    """One delegate's nights, as runs: where they are at bedtime (a lookup per zone they
    travel through and night, or their legs), cut where a stay begins or ends, or a day
    their city's zone skipped."""
    if timeline.moves:
        bedtimes = [
            (zone, _bedtimes(zone, nights[0], len(nights))) for zone in _zones_of(trip, timeline)
        ]
        places = _runs_of(_at_bedtimes(trip, timeline, bedtimes, len(nights)))
    else:
        places = _leg_runs(timeline, nights)
    cuts = {0, len(nights)} | {start for start, _, _ in places}
    cuts |= {n for (start, end), _ in held for n in (start, end)}
    runs: list[tuple[int, int, Where]] = []
    ordered = sorted(cuts)
    at = 0
    holding = _holding(held, ordered)
    for start, end in pairwise(ordered):
        while at + 1 < len(places) and places[at + 1][0] <= start:
            at += 1
        place, in_transit = places[at][2]
        city = None if place is None or place in homes else place
        stays = holding[start]
        skipped = _skipped_nights(trip.zones.get(city), nights[0], len(nights)) if city else ()
        for part, count, gone in _split(start, end, skipped):
            _extend(runs, part, count, (None if gone else city, place, in_transit, stays))
    return Nights(nights, runs)


def _holding(
    held: list[tuple[Span, ResolvedStay]], cuts: list[int]
) -> dict[int, tuple[ResolvedStay, ...]]:
    """The stays that hold a delegate from each cut on, in the order of ``held``: a sweep
    over the stays by their first night (a stay per night of a long trip would make a scan
    of every stay at every cut quadratic)."""
    order = sorted(range(len(held)), key=lambda i: held[i][0][0])
    active: list[int] = []
    out: dict[int, tuple[ResolvedStay, ...]] = {}
    following = 0
    for cut in cuts:
        while following < len(order) and held[order[following]][0][0] <= cut:
            active.append(order[following])
            following += 1
        active = [i for i in active if held[i][0][1] > cut]
        out[cut] = tuple(held[i][1] for i in sorted(active))
    return out


def _runs_of(
    places: list[tuple[str | None, bool]],
) -> list[tuple[int, int, tuple[str | None, bool]]]:
    runs: list[tuple[int, int, tuple[str | None, bool]]] = []
    for n, value in enumerate(places):
        if runs and runs[-1][2] == value:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1, value)
        else:
            runs.append((n, 1, value))
    return runs


def _leg_runs(
    timeline: Timeline, nights: list[date]
) -> list[tuple[int, int, tuple[str | None, bool]]]:
    """Where a delegate with legs only sleeps, as runs: the first leg that holds a night
    decides it (``None`` outside every leg)."""
    spans = [
        (_span(max(leg.start, nights[0]), min(leg.end, nights[-1]), nights[0]), leg.leg.city)
        for leg in timeline.legs
    ]
    spans = [(span, city) for span, city in spans if span[0] < span[1]]
    cuts = sorted({0, len(nights)} | {n for span, _ in spans for n in span})
    runs: list[tuple[int, int, tuple[str | None, bool]]] = []
    for start, end in pairwise(cuts):
        city = next((c for (first, last), c in spans if first <= start < last), None)
        if runs and runs[-1][2] == (city, False):
            runs[-1] = (runs[-1][0], runs[-1][1] + end - start, (city, False))
        else:
            runs.append((start, end - start, (city, False)))
    return runs


def _split(start: int, end: int, skipped: tuple[int, ...]) -> Iterator[tuple[int, int, bool]]:
    """``[start, end)`` in pieces ``(first, count, skipped)``, a skipped night alone."""
    at = start
    for n in skipped[bisect_right(skipped, start - 1) :]:
        if n >= end:
            break
        if n > at:
            yield at, n - at, False
        yield n, 1, True
        at = n + 1
    if at < end:
        yield at, end - at, False


def _extend(runs: list[tuple[int, int, Where]], start: int, count: int, where: Where) -> None:
    if runs and runs[-1][2] == where and runs[-1][0] + runs[-1][1] == start:
        runs[-1] = (runs[-1][0], runs[-1][1] + count, where)
    else:
        runs.append((start, count, where))


@lru_cache(maxsize=256)
def _skipped_nights(zone: tzinfo | None, first: date, count: int) -> tuple[int, ...]:
    """The nights (by place in the trip) whose day ``zone`` skipped whole."""
    if zone is None:
        return ()
    return tuple(n for n in range(count) if _skipped(zone, first + timedelta(days=n)))


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
