"""What the resolve stage produces: every item with its absolute instants, zones and
people. Every instant is timezone-aware UTC; wall-clock times are kept beside them for
the local date that decides an item's day.

A leg, a move left out, a room and a document are made once each and only ever read:
they are the same when they are the same object (``eq=False``: no comparison and no hash
by value to generate when the module is imported).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from mission_cli.model.build import TripModel
from mission_cli.model.schema import Event, Leg, MeetingRequest, Move
from mission_cli.model.supplies import Document, Stay


@dataclass(frozen=True, slots=True)
class ResolvedEvent:
    """An event (``events[index]``) with its city, venue, zone, instants and attendees."""

    index: int
    event: Event
    city: str
    venue: str | None
    zone: tzinfo
    start: datetime
    end: datetime
    attendees: tuple[str, ...]
    local_start: datetime
    """Naive wall-clock start in the event's zone (its local date decides its day)."""
    local_end: datetime
    attendees_known: bool = True
    """False when some attendee names were unknown (reported as unknown-reference)."""

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def people(self) -> tuple[str, ...]:
        """Who takes part: the attendees."""
        return self.attendees


@dataclass(frozen=True, slots=True)
class ResolvedMove:
    """A move (``travel[index]``) with its instants, the zone of each end and its
    passengers."""

    index: int
    move: Move
    depart: datetime
    arrive: datetime
    from_zone: tzinfo
    to_zone: tzinfo
    passengers: tuple[str, ...]
    local_depart: datetime
    """Naive wall-clock departure in the ``from`` city's zone."""
    in_error: bool = False
    """A move whose own times are in error (arriving before it leaves, one of its times
    unreadable), placed by the instant that can be read (``depart``, else ``arrive``) with
    ``arrive == depart``: it takes its passengers from ``from`` to ``to`` in
    ``Timeline.moves`` (trip format 1.2), and is never one of ``ResolvedTrip.moves``, so
    no rule reports anything of its own, or because of it."""

    @property
    def id(self) -> str:
        return self.move.id

    @property
    def start(self) -> datetime:
        """The departure: a move occupies its passengers from departure to arrival."""
        return self.depart

    @property
    def end(self) -> datetime:
        return self.arrive

    @property
    def local_start(self) -> datetime:
        return self.local_depart

    @property
    def people(self) -> tuple[str, ...]:
        """Who takes part: the passengers."""
        return self.passengers


@dataclass(frozen=True, slots=True, eq=False)
class ResolvedLeg:
    """A leg (``legs[index]``) with its first and last days and its delegates."""

    index: int
    leg: Leg
    start: date
    end: date
    delegates: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class UnplacedMove:
    """A move whose cities are known but whose times are in error: left out of the
    schedule rules, it still joins its passengers' itinerary."""

    index: int
    move: Move
    passengers: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class ResolvedRoom:
    """A room of a lodging: its place in the file's ``rooms``, its type, and its guests
    (delegate keys, the file's order)."""

    index: int
    type: str
    guests: tuple[str, ...]
    written: list[str] | None
    """Its ``guests`` as written (None: ``all``), to point at one of them."""


@dataclass(frozen=True, slots=True, eq=False)
class ResolvedStay:
    """A ``lodging`` entry: its city, and its nights from ``first`` to ``last`` (the day
    before ``check_out``), inclusive. Each is resolved once: two are the same stay when
    they are the same object (comparing their fields, the whole lodging entry, cost the
    nights of a long trip a tenth of their time)."""

    index: int
    stay: Stay
    city: str
    first: date
    last: date
    guests: tuple[str, ...]
    rooms: tuple[ResolvedRoom, ...] = ()
    """Its ``rooms`` whose guests all resolved (version 1.2)."""

    @property
    def id(self) -> str:
        return self.stay.id

    def room_of(self, key: str) -> ResolvedRoom | None:
        """The first room that holds ``key`` (none: a single of their own)."""
        return next((room for room in self.rooms if key in room.guests), None)


@dataclass(frozen=True, slots=True, eq=False)
class ResolvedDocument:
    """A delegate's document whose expiry date could be read."""

    delegate: str
    index: int
    """Its place in the delegate's ``documents``."""
    document: Document
    expires: date


@dataclass(frozen=True, slots=True)
class ResolvedRequest:
    """A meeting to place (``requests``), its references and times read: where it would
    happen (inside ``within`` when it names an event), how long, and when the outside
    party can meet (``windows``, as instants; empty: any time of the trip's days)."""

    index: int
    request: MeetingRequest
    city: str
    venue: str | None
    zone: tzinfo
    within: ResolvedEvent | None
    duration: timedelta
    windows: tuple[tuple[datetime, datetime], ...]
    attendees: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.request.id


@dataclass(slots=True)
class ResolvedTrip:
    """The trip's items resolved, with the zones of its cities and its first and last
    days."""

    model: TripModel
    zones: dict[str, tzinfo] = field(default_factory=dict)
    """City key -> zone, for the cities whose zone is known."""
    home_zone: tzinfo | None = None
    start: date | None = None
    end: date | None = None
    groups: dict[str, list[str]] = field(default_factory=dict)
    events: list[ResolvedEvent] = field(default_factory=list)
    moves: list[ResolvedMove] = field(default_factory=list)
    legs: list[ResolvedLeg] = field(default_factory=list)
    unplaced_moves: list[UnplacedMove] = field(default_factory=list)
    moves_in_error: list[ResolvedMove] = field(default_factory=list)
    """The moves whose times are in error, placed by the instant that can be read (see
    ``ResolvedMove.in_error``): only in the passengers' timelines."""
    stays: list[ResolvedStay] = field(default_factory=list)
    documents: dict[str, list[ResolvedDocument]] = field(default_factory=dict)
    """Delegate key -> their documents whose expiry date could be read."""
    requests: list[ResolvedRequest] = field(default_factory=list)
    """The meeting requests without errors of their own, for ``mission schedule``."""
    events_resolved: bool = True
    """False when the events (and requests) were not read (a view that shows none)."""


Item = ResolvedEvent | ResolvedMove
"""An event or a move: both have ``id``, ``start``, ``end``, ``local_start`` and ``people``."""
