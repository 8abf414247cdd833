"""Every rule of ``mission``: its stable name, default severity, what fires it, and how
its findings are shown.

The leaf of the package and the one list of rules: every stage (load, model, resolve,
checks) names the rules it emits through the constants below, views read how to show a
finding from its rule, and this module imports nothing of ``mission_cli``. The functions
that check the schedule are paired with their rules in ``checks/run.py``; a rule of the
file is emitted by the stage that finds the problem. Each rule's page (an example that
fires it, the fix) is its section of ``reference/rules.en.md`` and of ``rules.fr.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Family(StrEnum):
    FILE = "file"
    """Found while loading, modelling and resolving: always errors, never ignored."""
    SCHEDULE = "schedule"
    """Found by a check on the resolved trip: can be ignored or given another severity."""


class Chapter(StrEnum):
    """Where a rule stands in the rules reference."""

    FILE = "file"
    SCHEDULE = "schedule"
    LOGISTICS = "logistics"


@dataclass(frozen=True, slots=True)
class Rule:
    """What a finding is reported under: a name, a severity unless the file overrides it,
    a family, what fires it and its chapter of the rules reference."""

    name: str
    severity: Severity
    family: Family
    summary: str
    """What fires it, in English; the catalogues find it as the summary of ``_file`` and
    ``_schedule`` below (``KEYWORDS`` in ``words/catalogues.py``), and the views word it."""
    chapter: Chapter
    whole_item: bool = False
    """A finding about an event or a move as a whole (a room, a vehicle): the report lists
    it once a day, not under each of the forty passengers of a coach (its ``delegates``
    still name them)."""
    first_item_only: bool = False
    """Of the items a finding names, only the first takes part in it; the others explain
    it (the move that left a delegate in another city): an agenda marks the first alone."""

    @property
    def of_the_file(self) -> bool:
        return self.family is Family.FILE


def _file(name: str, summary: str) -> Rule:
    return Rule(name, Severity.ERROR, Family.FILE, summary, Chapter.FILE)


def _schedule(
    name: str, severity: Severity, summary: str, chapter: Chapter = Chapter.SCHEDULE, **how: bool
) -> Rule:
    return Rule(name, severity, Family.SCHEDULE, summary, chapter, **how)


# -- rules of the file ----------------------------------------------------------

YAML_SYNTAX = _file("yaml-syntax", "the file is not readable YAML text (syntax, encoding)")
SCHEMA = _file(
    "schema",
    "a key is unknown, missing or of the wrong type, or a YAML feature the format refuses",
)
UNKNOWN_REFERENCE = _file(
    "unknown-reference", "a city, venue, delegate, group or id that is not defined"
)
DUPLICATE_ID = _file("duplicate-id", "an id used twice, or a key repeated in one mapping")
UNKNOWN_TIMEZONE = _file("unknown-timezone", "a time zone that is not an IANA name")
INVALID_TIME = _file(
    "invalid-time",
    "an unreadable time, date or duration; an end not after its start; an arrival before departure",
)
NONEXISTENT_TIME = _file("nonexistent-time", "a local time skipped by a daylight-saving jump")
AMBIGUOUS_TIME = _file("ambiguous-time", "a local time that happens twice (the fall-back hour)")

# -- rules of the schedule -------------------------------------------------------

EMPTY_EVENT = _schedule("empty-event", Severity.WARNING, "an event has no attendees")
OUTSIDE_TRIP = _schedule(
    "outside-trip",
    Severity.ERROR,
    "an event (by the local date of its start) or a move (of its departure) falls outside "
    "trip.start..trip.end",
)
ODD_HOUR = _schedule(
    "odd-hour",
    Severity.WARNING,
    "an event starts before day_start or ends after day_end, or a move leaves or arrives "
    "outside those hours, local time",
)
LONG_DAY = _schedule(
    "long-day",
    Severity.WARNING,
    "a delegate's events span more than max_day_hours within one local day",
)
UNUSED_IGNORE = _schedule("unused-ignore", Severity.WARNING, "an ignore entry matches nothing")
DOUBLE_BOOKING = _schedule(
    "double-booking", Severity.ERROR, "a delegate attends two events that overlap"
)
DURING_TRAVEL = _schedule(
    "during-travel",
    Severity.ERROR,
    "a delegate attends an event that overlaps one of their moves, or two moves overlap",
)
VENUE_OVERLAP = _schedule("venue-overlap", Severity.WARNING, "two events at the same venue overlap")
WRONG_CITY = _schedule(
    "wrong-city",
    Severity.ERROR,
    "when an event starts, an attendee is in another city (by their moves, or their legs)",
    first_item_only=True,
)
BROKEN_ITINERARY = _schedule(
    "broken-itinerary",
    Severity.ERROR,
    "a delegate's move leaves from a city other than the one their previous move reached",
)
TRANSFER_TIME = _schedule(
    "transfer-time",
    Severity.WARNING,
    "a delegate's next event is at another venue and starts less than transfer_minutes "
    "after the previous one ends",
)

# -- rules of the logistics (version 1.1) ----------------------------------------

NO_LODGING = _schedule(
    "no-lodging",
    Severity.ERROR,
    "a delegate needs a bed in a city (there at 03:00, not home) and no lodging holds them",
    Chapter.LOGISTICS,
)
LODGING_WRONG_CITY = _schedule(
    "lodging-wrong-city",
    Severity.ERROR,
    "a delegate's lodging for a night is in another city than the one they are in",
    Chapter.LOGISTICS,
)
LODGING_UNUSED = _schedule(
    "lodging-unused",
    Severity.WARNING,
    "a delegate has a lodging for a night they spend in transit",
    Chapter.LOGISTICS,
)
DOUBLE_LODGING = _schedule(
    "double-lodging",
    Severity.WARNING,
    "two lodgings hold the same delegate on the same night",
    Chapter.LOGISTICS,
)
OVER_CAPACITY = _schedule(
    "over-capacity",
    Severity.ERROR,
    "an event's attendees and guests exceed its venue's capacity, or a move's passengers its seats",
    Chapter.LOGISTICS,
    whole_item=True,
)
MISSING_DOCUMENT = _schedule(
    "missing-document",
    Severity.ERROR,
    "a delegate enters a country without a document its entry rule requires",
    Chapter.LOGISTICS,
)
DOCUMENT_EXPIRED = _schedule(
    "document-expired",
    Severity.ERROR,
    "a required document expires before the delegate leaves the country (a passport: plus "
    "passport_valid_months)",
    Chapter.LOGISTICS,
)
IMPLAUSIBLE_TRAVEL = _schedule(
    "implausible-travel",
    Severity.WARNING,
    "a move too short or too long for its mode, or too fast (or a flight too slow) for the "
    "distance; an error over 1,200 km/h",
    Chapter.LOGISTICS,
    whole_item=True,
)
LEG_MISMATCH = _schedule(
    "leg-mismatch",
    Severity.WARNING,
    "a leg puts a delegate in a city on a day their moves never take them there",
    Chapter.LOGISTICS,
)

# -- rules of the rooms (version 1.2) ---------------------------------------------

ROOM_OVER_CAPACITY = _schedule(
    "room-over-capacity",
    Severity.ERROR,
    "a room holds more guests than its type sleeps: single 1, double 2, twin 2, triple 3",
    Chapter.LOGISTICS,
)
ROOM_UNKNOWN_GUEST = _schedule(
    "room-unknown-guest",
    Severity.ERROR,
    "a room's guest is not a guest of its lodging, or is in two rooms of it",
    Chapter.LOGISTICS,
)

RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        YAML_SYNTAX,
        SCHEMA,
        UNKNOWN_REFERENCE,
        DUPLICATE_ID,
        UNKNOWN_TIMEZONE,
        INVALID_TIME,
        NONEXISTENT_TIME,
        AMBIGUOUS_TIME,
        DOUBLE_BOOKING,
        DURING_TRAVEL,
        WRONG_CITY,
        BROKEN_ITINERARY,
        OUTSIDE_TRIP,
        TRANSFER_TIME,
        VENUE_OVERLAP,
        ODD_HOUR,
        LONG_DAY,
        EMPTY_EVENT,
        UNUSED_IGNORE,
        IMPLAUSIBLE_TRAVEL,
        LEG_MISMATCH,
        NO_LODGING,
        LODGING_WRONG_CITY,
        LODGING_UNUSED,
        DOUBLE_LODGING,
        ROOM_OVER_CAPACITY,
        ROOM_UNKNOWN_GUEST,
        OVER_CAPACITY,
        MISSING_DOCUMENT,
        DOCUMENT_EXPIRED,
    )
}
"""Every rule by name, in the order ``mission rules`` and the reference list them: the
rules of the file, then those of the schedule, then those of the logistics."""

FILE_RULES = frozenset(name for name, rule in RULES.items() if rule.of_the_file)
SCHEDULE_RULES = frozenset(RULES) - FILE_RULES
"""The names that ``checks.rules`` and ``ignore`` entries may give."""
