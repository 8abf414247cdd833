"""The scheduling problem as the engine sees it, and the plan it gives back.

Nothing here knows the trip file: the caller turns requests into candidate placements,
each occupying resources (delegates, the outside party, a room or a session's tables)
over intervals, and the engine picks at most one candidate per request. Times are whole
minutes from an origin the caller chooses (any instant, the same for every item): the
engine only compares and subtracts them, so zones and the time grid stay the caller's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum


class Priority(StrEnum):
    """How much a request matters: every must placed that can be, then shoulds, then coulds."""

    MUST = "must"
    SHOULD = "should"
    COULD = "could"

    @property
    def rank(self) -> int:
        """0 for must, 2 for could: a lower rank always wins over any number of higher ones."""
        return LEVELS.index(self)


LEVELS = (Priority.MUST, Priority.SHOULD, Priority.COULD)


@dataclass(frozen=True, slots=True)
class Use:
    """A resource held over ``[start, end)``: two uses of one resource that overlap need
    capacity for both (touching ones do not overlap, as in ``double-booking``).

    ``venue`` is where the resource is: two uses of one resource at different venues need
    the problem's ``transfer`` minutes between them (``transfer-time``). ``day`` is the
    local day the use counts in for a :class:`DayCap` of the resource (``long-day``).
    ``within`` names a :class:`Busy` item the use takes place inside (a table of a B2B
    session, ``part_of``): it never conflicts with that item, on a resource of capacity 1
    (a delegate; the fixed items of a pool always take their seats).
    """

    resource: str
    start: int
    end: int
    venue: str | None = None
    day: str | None = None
    within: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way of placing a request: its meeting's times and what it holds meanwhile."""

    start: int
    end: int
    uses: tuple[Use, ...]


@dataclass(frozen=True, slots=True)
class Request:
    """A meeting to place, at most once, by one of its candidates (none: nowhere left)."""

    id: str
    priority: Priority
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class Busy:
    """What a resource already holds in the trip (an event, a move): fixed, never moved.

    ``label`` names it in the reasons (the event's id) and for :attr:`Use.within`."""

    resource: str
    start: int
    end: int
    label: str
    venue: str | None = None


@dataclass(frozen=True, slots=True)
class DayCap:
    """At most ``span`` minutes from the first start to the last end of ``resource``'s
    uses on ``day``, counting its fixed events of that day, ``first``..``last`` (none:
    no fixed event that day)."""

    resource: str
    day: str
    span: int
    first: int | None = None
    last: int | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Requests, what is already fixed, and the rules a plan keeps.

    ``capacity`` gives a resource room for several uses at once (a session's eight
    tables as one pool: tables are alike, so the solver does not try each of them, and
    :func:`~mission_cli.schedule.solve.schedule` numbers them afterwards); default 1.
    """

    requests: tuple[Request, ...]
    busy: tuple[Busy, ...] = ()
    day_caps: tuple[DayCap, ...] = ()
    transfer: int = 0
    capacity: Mapping[str, int] = field(default_factory=dict)

    def capacity_of(self, resource: str) -> int:
        return self.capacity.get(resource, 1)


class BlockKind(Enum):
    """Which rule a placement would break."""

    OVERLAP = "overlap"
    """The resource is taken at that time (for a pool: every seat of it)."""
    TRANSFER = "transfer"
    """Too little time to go between the two venues."""
    LONG_DAY = "long-day"
    """The resource's day would last longer than its cap."""


@dataclass(frozen=True, slots=True)
class Blocked:
    """Why one candidate of a left-out request cannot be added to the plan.

    ``by_request`` is the placed request in the way, ``by_busy`` the label of a fixed
    item in the way; neither for a day that the candidate alone makes too long (with
    the day's fixed events)."""

    candidate: int
    resource: str
    kind: BlockKind
    by_request: str | None = None
    by_busy: str | None = None


@dataclass(frozen=True, slots=True)
class Placement:
    """A request placed by its candidate number ``index``; ``seats`` numbers the seat
    (from 0) it takes in each pool resource (``capacity`` over 1)."""

    request: str
    index: int
    candidate: Candidate
    seats: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A request left out, with every candidate's reasons (no candidates: none at all)."""

    request: str
    priority: Priority
    blocks: tuple[Blocked, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """The placements and the requests left out.

    ``optimal`` says the solver proved that no plan places more musts, then more
    shoulds, then more coulds; false when it stopped at the time limit with the best
    plan found so far. ``bound`` is then the most each level could still reach (equal to
    ``placed_counts`` when optimal)."""

    placed: tuple[Placement, ...]
    unplaced: tuple[Unplaced, ...]
    optimal: bool
    placed_counts: tuple[int, int, int]
    bound: tuple[int, int, int]
    seconds: float
