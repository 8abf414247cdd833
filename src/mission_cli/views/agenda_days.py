"""The days of an agenda: which rows stand under each local day, and where the day goes.

An item stands under the local day of its start; a move that lands on a later local day
(an overnight flight) stands under its arrival day too, as the arrival. A day's heading
names every city the day goes through, in order: ``Sendai → Tokyo`` where a move takes
the delegates from one to the next, ``Tokyo, Osaka`` where the delegation is split.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from mission_cli.clock.times import wall_clock
from mission_cli.model.build import TripModel
from mission_cli.views.agenda import AgendaItem
from mission_cli.views.items import city_name

Placed = tuple[AgendaItem, bool]
"""An item, and whether it stands as the arrival of a move that left on an earlier day."""

Stops = list[tuple[str, str]]
"""The cities a day goes through, each with how it is reached (``→``, ``,``)."""


def local_day(item: AgendaItem, arrival: bool) -> date:
    """The local day an item stands under: its start's, or its arrival's."""
    if arrival:
        return wall_clock(item.end, item.end_zone).date()
    return wall_clock(item.start, item.start_zone).date()


def placed(items: Iterable[AgendaItem], landing: Iterable[AgendaItem]) -> list[Placed]:
    """The items and the arrivals, in time order (an arrival at its arrival time, before
    a move or an event of the same minute)."""
    entries = [(item, False) for item in items] + [(item, True) for item in landing]
    return sorted(entries, key=_order)


def _order(entry: Placed) -> tuple[object, ...]:
    item, arrival = entry
    rank = 0 if arrival else 1 if item.type == "travel" else 2
    return (item.end if arrival else item.start, rank, item.id)


def add_stops(stops: Stops, model: TripModel, entry: Placed, day: date) -> None:
    """The cities an entry takes the day through: an event's city; a move's departure
    city, and its arrival city when it lands that day; an arrival's city."""
    item, arrival = entry
    if arrival:
        _reach(stops, city_name(model, item.city), "→")
        return
    _reach(stops, city_name(model, item.place_city), ",")
    if item.type == "travel" and local_day(item, True) == day:
        _reach(stops, city_name(model, item.city), "→")


def _reach(stops: Stops, city: str, link: str) -> None:
    """``city`` after the day's last stop: again only when a move takes someone back
    (``Tokyo → Yokohama → Tokyo``); an event in a city already said is someone else's
    (the delegation split), not a return."""
    if stops and stops[-1][0] == city:
        return
    if link == "," and any(name == city for name, _ in stops):
        return
    stops.append((city, link))


def route_text(stops: Stops) -> str:
    """``Sendai → Tokyo``, ``Rennes → Paris``, ``Tokyo, Osaka``."""
    text = ""
    for number, (city, link) in enumerate(stops):
        text += city if number == 0 else f" → {city}" if link == "→" else f", {city}"
    return text
