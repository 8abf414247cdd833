"""The delegation's timeline: a row per delegate, the trip's days across, a bar in each
city's colour while they are there and a hatched one while they travel.

Positions are wall-clock times of the place (a stay from its arrival to its departure,
local; a move from its local departure to its local arrival): each delegate reads the
day of their own whereabouts, and a stay and the move after it meet. A city where no one
of the booklet sleeps or has an item (a connection at an airport) is part of the travel;
a home city is left blank: they are not on the trip yet, or no longer.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from mission_cli.booklet.data import CITY_PALETTE, City, Segment, TimelineData, TimelineRow
from mission_cli.clock.times import day_range, wall_clock
from mission_cli.resolve.whereabouts import Timeline
from mission_cli.views.booklet.edition import Edition, Selection
from mission_cli.views.items import city_name

Span = tuple[datetime, datetime, str | None]
"""From, to (wall clock), and the city key (None: travelling)."""


LONGEST = 62
"""The most days the picture spreads across a page's width: a longer trip (or an ``end``
typed a year late) gets none, rather than columns too thin to read."""


def booklet_timeline(ed: Edition, who_for: Selection) -> TimelineData | None:
    """The picture of ``who_for``'s whereabouts; None when the trip has no dates, or
    more than ``LONGEST``."""
    trip = ed.trip
    if trip.start is None or trip.end is None or (trip.end - trip.start).days >= LONGEST:
        return None
    origin = datetime.combine(trip.start, datetime.min.time())
    length = timedelta(days=(trip.end - trip.start).days + 1)
    stays = _stay_cities(ed, who_for)
    spans = {key: _spans(ed, ed.timelines.get(key, Timeline()), stays) for key in who_for.keys}
    order = list(dict.fromkeys(city for found in spans.values() for _, _, city in found if city))
    names = {key: city_name(ed.model, key) for key in order}
    rows: list[TimelineRow] = []
    for key, found in spans.items():
        segments: list[Segment] = []
        for start, end, city in found:
            first = _fraction(start - origin, length)
            last = max(first, _fraction(end - origin, length))
            if last > first or city is None:
                segments.append({"start": first, "end": last, "city": names.get(city or "")})
        rows.append({"name": ed.model.delegates[key].name, "segments": segments})
    cities: list[City] = [
        {"name": names[key], "colour": CITY_PALETTE[n % len(CITY_PALETTE)]}
        for n, key in enumerate(order)
    ]
    days = [ed.words.short_day(day) for day in day_range(trip.start, trip.end)]
    return {"days": days, "cities": cities, "rows": rows}


def _fraction(part: timedelta, whole: timedelta) -> float:
    return round(min(max(part / whole, 0.0), 1.0), 5)


def _stay_cities(ed: Edition, who_for: Selection) -> set[str]:
    """The cities the picture colours: where one of the booklet's delegates sleeps or
    has an item, home cities left out."""
    homes = {key for key, city in ed.model.cities.items() if city.home}
    keys = set(who_for.keys)
    found = {e.city for e in ed.trip.events if keys.intersection(e.attendees)}
    for key in who_for.keys:
        found |= {night.city for night in ed.nights.get(key, ()) if night.city}
        found |= {leg.leg.city for leg in ed.timelines.get(key, Timeline()).legs}
    return found - homes


def _spans(ed: Edition, timeline: Timeline, stays: set[str]) -> list[Span]:
    """One delegate's stays and travels, in order; consecutive travels (through a
    connection) made one."""
    spans: list[Span] = []
    if not timeline.moves:
        for leg in timeline.legs:
            end = datetime.combine(leg.end + timedelta(days=1), datetime.min.time())
            spans.append((datetime.combine(leg.start, datetime.min.time()), end, leg.leg.city))
        return [span for span in spans if span[2] in stays]
    arrived: datetime | None = None
    for move in timeline.moves:
        here, depart = move.move.from_, wall_clock(move.depart, move.from_zone)
        if here in stays:  # before their first move, they are where it leaves from
            since = arrived or datetime.combine(ed.trip.start or depart.date(), datetime.min.time())
            spans.append((since, depart, here))
        arrive = wall_clock(move.arrive, move.to_zone)
        if spans and spans[-1][2] is None and here not in stays:
            spans[-1] = (spans[-1][0], arrive, None)  # on through a connection
        else:
            spans.append((depart, arrive, None))
        arrived = arrive
    last = timeline.moves[-1].move.to
    if arrived is not None and last in stays:
        end = datetime.combine(ed.trip.end or arrived.date(), datetime.max.time())
        spans.append((arrived, end, last))
    return spans
