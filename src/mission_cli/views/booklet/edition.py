"""What every booklet of one run shares (the trip, its words, its date, where everyone
sleeps), computed once for the eighteen booklets of a folder; and whose booklet one is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mission_cli.model.build import TripModel
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedEvent, ResolvedTrip
from mission_cli.resolve.nights import Night, Nights, nights_by_delegate
from mission_cli.resolve.whereabouts import Timeline, build_timelines
from mission_cli.words.words import Words


@dataclass(frozen=True, slots=True)
class Edition:
    loaded: LoadedTrip
    words: Words
    day: date
    """The booklets' date: the trip file's (the same file, the same bytes)."""
    personal: bool
    """``--include-personal``: the delegates' own phones and e-mails, their diets at meals."""
    timelines: dict[str, Timeline] = field(default_factory=dict)
    nights: dict[str, Nights] = field(default_factory=dict)
    meals: dict[str, ResolvedEvent] = field(default_factory=dict)
    """The events with a meal, by id."""

    @property
    def model(self) -> TripModel:
        return self.loaded.model

    @property
    def trip(self) -> ResolvedTrip:
        return self.loaded.trip

    def night(self, key: str, day: date) -> Night | None:
        """Where ``key`` sleeps the night from ``day`` to the next; None outside the
        trip's nights."""
        nights, start = self.nights.get(key), self.trip.start
        if nights is None or start is None:
            return None
        index = (day - start).days
        return nights[index] if 0 <= index < len(nights) else None


def edition(loaded: LoadedTrip, words: Words, day: date, *, personal: bool = False) -> Edition:
    trip = loaded.trip
    timelines = build_timelines(trip)
    nights, _ = nights_by_delegate(trip, timelines)
    meals = {event.id: event for event in trip.events if event.event.meal}
    return Edition(loaded, words, day, personal, timelines, nights, meals)


@dataclass(frozen=True, slots=True)
class Selection:
    """Whose booklet: some delegates (in the file's order), or the whole delegation."""

    keys: tuple[str, ...]
    whole: bool = False

    @classmethod
    def everyone(cls, model: TripModel) -> Selection:
        return cls(tuple(model.delegates), whole=True)

    @property
    def one(self) -> str | None:
        """The one delegate of a personal booklet."""
        return self.keys[0] if len(self.keys) == 1 and not self.whole else None
