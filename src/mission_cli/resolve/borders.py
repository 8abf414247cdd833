"""The countries each delegate enters, in order, with the dates they enter and leave.

A delegate enters the country of the first city they are in, then each country another
move's ``to`` city is in; a city without ``country`` changes nothing. Dates are local:
entering is the arrival's date in the ``to`` city, leaving the departure's date in the
``from`` city of the move out; the last country is left at the trip's end.

Since version 1.2 the return home is an entry like any other (a delegate who is not a
national needs the visa or the residence permit that lets them back in), and leaving
home is none: :func:`entries` leaves out a first stay in a home country.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mission_cli.clock.times import wall_clock
from mission_cli.resolve.items import ResolvedMove, ResolvedTrip
from mission_cli.resolve.whereabouts import Timeline


@dataclass(slots=True)
class CountryStay:
    """A delegate's time in one country: from the day they enter it (None: before the
    trip starts) to the day they leave it (None: past its end)."""

    country: str
    enter: date | None
    leave: date | None
    enter_move: ResolvedMove | None = None
    """The move that brought them in (None: where the trip starts for them)."""


def country_stays(trip: ResolvedTrip, timeline: Timeline) -> list[CountryStay]:
    countries = {key: city.country for key, city in trip.model.cities.items()}
    stays: list[CountryStay] = []
    if timeline.moves:
        first = countries.get(timeline.moves[0].move.from_)
        if first is not None:
            stays.append(CountryStay(first, trip.start, None))
        for move in timeline.moves:
            country = countries.get(move.move.to)
            if country is None or (stays and stays[-1].country == country):
                continue
            if stays:
                stays[-1].leave = wall_clock(move.depart, move.from_zone).date()
            arrived = wall_clock(move.arrive, move.to_zone).date()
            stays.append(CountryStay(country, arrived, None, move))
    else:
        for leg in sorted(timeline.legs, key=lambda leg: (leg.start, leg.index)):
            country = countries.get(leg.leg.city)
            if country is None:
                continue
            if stays and stays[-1].country == country:
                stays[-1].leave = leg.end
            else:
                stays.append(CountryStay(country, leg.start, leg.end))
        return stays
    if stays:
        stays[-1].leave = trip.end
    return stays


def home_countries(trip: ResolvedTrip) -> set[str]:
    """The countries of the ``home`` cities."""
    return {c.country for c in trip.model.cities.values() if c.home and c.country}


def entries(trip: ResolvedTrip, timeline: Timeline) -> list[CountryStay]:
    """The countries a delegate enters: their country stays, but for the first when it is
    a home country (they start from home; coming back is an entry)."""
    stays = country_stays(trip, timeline)
    if stays and stays[0].enter_move is None and stays[0].country in home_countries(trip):
        return stays[1:]
    return stays
