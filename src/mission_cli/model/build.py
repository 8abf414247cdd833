"""Plain values -> a :class:`TripModel`, section by section and item by item.

A bad item is reported and left out; the rest of the file is still modelled,
so one run reports every problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from mission_cli.catalog import SCHEMA
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Hint, Loc, Locator, format_path
from mission_cli.model.places import places_and_ends
from mission_cli.model.schema import (
    Checks,
    City,
    Delegate,
    Event,
    Group,
    Ignore,
    Leg,
    MeetingRequest,
    Move,
    OfficialContact,
    TripInfo,
    Venue,
)
from mission_cli.model.supplies import EntryRule, Stay, country_hint
from mission_cli.model.texts import SLUG_PATTERN
from mission_cli.words.countries import code_for, is_country
from mission_cli.words.message import Message

if TYPE_CHECKING:
    from mission_cli.model.schema_errors import Label

M = TypeVar("M", bound=BaseModel)

REQUIRED = ("trip", "cities", "delegates")
_SINGULAR = {"events": "event", "travel": "move", "lodging": "lodging", "requests": "request"}
SECTIONS = (
    "trip", "groups", "cities", "venues", "delegates", "contacts", "entry", "legs", "lodging",
    "travel", "events", "requests", "checks", "ignore",
)  # fmt: skip
_SLUG = re.compile(SLUG_PATTERN)


@dataclass(slots=True)
class TripModel:
    """What of the file fits the schema; ``index`` keeps each item's place in its list."""

    info: TripInfo | None = None
    cities: dict[str, City] = field(default_factory=dict)
    venues: dict[str, Venue] = field(default_factory=dict)
    delegates: dict[str, Delegate] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    """Groups declared with a display name (a group need not be declared)."""
    legs: list[tuple[int, Leg]] = field(default_factory=list)
    travel: list[tuple[int, Move]] = field(default_factory=list)
    events: list[tuple[int, Event]] = field(default_factory=list)
    requests: list[tuple[int, MeetingRequest]] = field(default_factory=list)
    """Meetings for ``mission schedule`` to place (each kept with its place in the list)."""
    checks: Checks = field(default_factory=Checks)
    entry: dict[str, EntryRule] = field(default_factory=dict)
    """Country code -> what entering it requires."""
    lodging: list[tuple[int, Stay]] = field(default_factory=list)
    has_lodging: bool = False
    """The file has a ``lodging`` section (even an empty one): beds are checked."""
    ignore: list[tuple[int, Ignore]] = field(default_factory=list)
    contacts: list[tuple[int, OfficialContact]] = field(default_factory=list)
    """Who to call during the trip (version 1.2)."""
    declared: dict[str, set[str]] = field(default_factory=dict)
    """Keys and ids written in the file, valid or not: references to them are not unknown."""
    incomplete: dict[str, set[str]] = field(default_factory=dict)
    """Items kept without some of their fields, by path (``delegates.nappere``) -> those
    fields: the checks that read them say nothing of such an item (its error says it)."""
    kept_at: dict[str, list[int]] = field(default_factory=dict)
    """A list kept without its items in error (``delegates.nappere.documents``) -> where
    in the file each item kept stands."""
    lodging_written: int = 0
    """Entries in ``lodging``, valid or not: beds are checked only when all of them hold."""
    refused: list[tuple[int, Event | Move]] = field(default_factory=list)
    """Events and moves left out for an error of their own (``atendees``), without their
    keys in error: the later stages read their times and places for errors of their own
    (a start at 25:00), so that one run reports every problem, and keep nothing of them."""


def _section_hint(key: str) -> Callable[[], Message]:
    from mission_cli.suggest import nearest, suggestion

    return lambda: (
        suggestion(nearest(key, SECTIONS))
        or Message("the sections are: {sections}", sections=", ".join(SECTIONS))
    )


def describe(value: Any) -> Message:
    """``schema_errors.describe``, imported only when a file has an error to word."""
    from mission_cli.model.schema_errors import describe

    return describe(value)


def _without_bad_extras(
    model: type[M], value: dict[str, Any], exc: ValidationError
) -> tuple[M | None, dict[str, list[int] | None]]:
    """The item without its unknown keys and its optional fields in error, when what is
    left holds (a typo in a delegate's title keeps the delegate; the error is reported),
    and the fields it lost: None for a whole field, else the places in the file of the
    list items it kept. In a list (``documents``, ``diet``) only the items in error are
    left out: one bad document keeps the others."""
    required = {f.alias or n for n, f in model.model_fields.items() if f.is_required()}
    bad: dict[str, set[int] | None] = {}
    for err in exc.errors():
        loc = err["loc"]
        if not loc:
            continue
        key = str(loc[0])
        whole = len(loc) < 2 or not isinstance(loc[1], int) or not isinstance(value.get(key), list)
        if whole:
            bad[key] = None
        elif bad.get(key, set()) is not None:
            bad.setdefault(key, set()).add(int(loc[1]))  # type: ignore[union-attr]
    if not bad or (set(bad) & required) - STAND_INS.keys():
        return None, {}
    kept: dict[str, Any] = {}
    lost: dict[str, list[int] | None] = {}
    for key, field_value in value.items():
        if key not in bad:
            kept[key] = field_value
        elif key in STAND_INS and key in required:
            kept[key] = STAND_INS[key]
            lost[key] = None
        elif (drop := bad[key]) is not None:
            places = [i for i in range(len(field_value)) if i not in drop]
            kept[key] = [field_value[i] for i in places]
            lost[key] = places
        else:
            lost[key] = None
    try:
        return model.model_validate(kept), lost
    except ValidationError:
        return None, {}


DROPPABLE = frozenset(
    {"carrier", "number", "notes", "kind", "meal", "seats", "address", "phone", "rooms",
     "confirmation"}
)  # fmt: skip
"""Optional fields of events, moves and lodgings that say nothing of when, where and who:
an item whose only errors are there is kept without them."""


STAND_INS = {"mode": "other"}
"""A required field of a move that says nothing of when and where: a move whose mode is
misspelt (``plane``) keeps its place in its passengers' itinerary, as a move of mode
``other``, instead of leaving them in the city it left (the error is still reported)."""


def _only_in(exc: ValidationError, fields: frozenset[str]) -> bool:
    """Whether every error is in one of ``fields`` (never an unknown key)."""
    errors = exc.errors()
    return bool(errors) and all(
        err["type"] != "extra_forbidden" and err["loc"] and str(err["loc"][0]) in fields
        for err in errors
    )


def build_model(
    data: Any, locator: Locator, *, events: bool = True
) -> tuple[TripModel, list[Diagnostic]]:
    """The model of the file's data; without ``events``, only the ids of its events are
    taken (what a view that shows none needs: references to them are not unknown)."""
    builder = _ModelBuilder(locator, events=events)
    builder.build(data)
    return builder.model, builder.diagnostics


class _ModelBuilder:
    def __init__(self, locator: Locator, *, events: bool = True) -> None:
        self.with_events = events
        self.locator = locator
        self.model = TripModel()
        self.diagnostics: list[Diagnostic] = []

    def _add(
        self,
        loc: Loc,
        message: Message,
        hint: Hint = None,
        *,
        at_key: bool = False,
        events: tuple[str, ...] = (),
    ) -> None:
        self.diagnostics.append(
            self.locator.diag(SCHEMA, loc, message, hint, at_key=at_key, events=events)
        )

    def build(self, data: Any) -> None:
        if data is None:
            self._add(
                (),
                Message("the file is empty"),
                Message(
                    "a trip file holds the sections trip, cities and delegates; `mission init "
                    "trip.yaml` writes one to start from, every section explained"
                ),
            )
            return
        if not isinstance(data, dict):
            self._add(
                (),
                Message(
                    "the top level of a trip file must be a mapping of sections, not {found}",
                    found=describe(data),
                ),
                Message("start with `trip:`, `cities:` and `delegates:`"),
            )
            return
        for key in data:
            if key not in SECTIONS:
                said = Message("unknown section '{name}'", name=key)
                self._add((key,), said, _section_hint(key), at_key=True)
        for key in REQUIRED:
            if key not in data:
                said = Message("the file has no '{name}' section", name=key)
                self._add((), said, Message("add `{name}:` at the top level", name=key))
        m = self.model
        if "trip" in data:
            m.info = self._item(TripInfo, data["trip"], ("trip",), salvage=True)
        m.cities = self._mapping(City, data, "cities")
        m.venues = self._mapping(Venue, data, "venues")
        m.delegates = self._mapping(Delegate, data, "delegates")
        m.groups = self._mapping(Group, data, "groups", slugs=False)
        m.legs = self._list(Leg, data, "legs")
        m.travel = self._list(Move, data, "travel")
        if self.with_events:
            m.events = self._list(Event, data, "events")
        else:
            self._ids(data, "events")
        m.requests = self._list(MeetingRequest, data, "requests")
        m.entry = self._entry(data)
        m.lodging = self._list(Stay, data, "lodging")
        written = data.get("lodging")
        m.lodging_written = len(written) if isinstance(written, list) else -bool(written)
        m.has_lodging = "lodging" in data
        m.ignore = self._list(Ignore, data, "ignore")
        m.contacts = self._list(OfficialContact, data, "contacts")
        if data.get("checks") is not None:
            m.checks = self._item(Checks, data["checks"], ("checks",)) or Checks()
        for loc, said, fix, at_key, ids in places_and_ends(self.model):
            self._add(loc, said, fix, at_key=at_key, events=ids)

    def _item(
        self,
        model: type[M],
        value: Any,
        loc: Loc,
        label: Label | None = None,
        *,
        salvage: bool = False,
    ) -> M | None:
        """The item, or None; with ``salvage`` (the trip, a city, a delegate: what other
        items refer to), one whose error is only in an unknown key or an optional field is
        kept without it. An event, a move or a lodging is kept only when its errors are
        all in ``DROPPABLE`` fields: ``atendees`` dropped would make it everyone's, but
        ``seats: 0`` dropped keeps the move in its passengers' itinerary."""
        if not isinstance(value, dict):
            self._add(
                loc,
                Message(
                    "{path} should be a mapping of keys and values, not {found}",
                    path=format_path(loc),
                    found=describe(value),
                ),
                Message("write one `key: value` per line, indented under it"),
            )
            return None
        try:
            return model.model_validate(value)
        except ValidationError as exc:
            from mission_cli.model.schema_errors import schema_diagnostics

            ids = (value["id"],) if label is not None and isinstance(value.get("id"), str) else ()
            self.diagnostics.extend(
                schema_diagnostics(exc, loc, model, self.locator, label=label, ids=ids)
            )
            if not salvage and not _only_in(exc, DROPPABLE | STAND_INS.keys()):
                self._read_for_errors(model, value, exc, loc)
                return None
            item, lost = _without_bad_extras(model, value, exc)
            if item is not None and lost:
                self.model.incomplete[format_path(loc)] = set(lost)
                for key, places in lost.items():
                    if places is not None:
                        self.model.kept_at[f"{format_path(loc)}.{key}"] = places
            return item

    def _read_for_errors(
        self, model: type[M], value: dict[str, Any], exc: ValidationError, loc: Loc
    ) -> None:
        """Keeps a refused event or move, without its keys in error, in ``refused`` when
        its time and place are whole (a lost ``city`` would make a false "neither city
        nor venue")."""
        item, lost = _without_bad_extras(model, value, exc)
        whole = not set(lost) & {"city", "venue", "end", "duration"}
        if isinstance(item, Event | Move) and isinstance(loc[-1], int) and whole:
            self.model.refused.append((loc[-1], item))

    def _mapping(
        self, model: type[M], data: dict[str, Any], section: str, *, slugs: bool = True
    ) -> dict[str, M]:
        value = data.get(section)
        declared = self.model.declared.setdefault(section, set())
        if value is None:
            return {}
        if not isinstance(value, dict):
            self._add(
                (section,),
                Message(
                    "{section} should be a mapping of key -> entry, not {found}",
                    section=section,
                    found=describe(value),
                ),
                Message("write one `key:` per entry, with its fields indented under it"),
            )
            return {}
        out: dict[str, M] = {}
        for key, entry in value.items():
            declared.add(key)
            if slugs and not _SLUG.fullmatch(key):
                from mission_cli.suggest import slugify

                self._add(
                    (section, key),
                    Message("'{key}' is not a valid key", key=key),
                    Message(
                        "use lower-case letters, digits, '-' and '_', such as '{slug}'",
                        slug=slugify(key),
                    ),
                    at_key=True,
                )
            item = self._item(model, entry, (section, key), salvage=True)
            if item is not None and (not slugs or _SLUG.fullmatch(key)):  # a bad key names nothing
                out[key] = item
        return out

    def _list(self, model: type[M], data: dict[str, Any], section: str) -> list[tuple[int, M]]:
        value = data.get(section)
        self._ids(data, section)
        if value is None:
            return []
        if not isinstance(value, list):
            self._add(
                (section,),
                Message(
                    "{path} should be a list, not {found}", path=section, found=describe(value)
                ),
                Message("start each entry with '- ' on its own line"),
            )
            return []
        out: list[tuple[int, M]] = []
        singular = _SINGULAR.get(section)
        for index, entry in enumerate(value):
            ident = entry.get("id") if isinstance(entry, dict) else None
            label: Label | None = (singular, ident) if singular and isinstance(ident, str) else None
            item = self._item(model, entry, (section, index), label)
            if item is not None:
                out.append((index, item))
        return out

    def _ids(self, data: dict[str, Any], section: str) -> None:
        """Declares a list's ids (references to them are not unknown): :meth:`_list`'s first
        step, and all a view reads of a section it does not show."""
        declared = self.model.declared.setdefault(section, set())
        value = data.get(section)
        for entry in value if isinstance(value, list) else ():
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                declared.add(entry["id"])

    def _entry(self, data: dict[str, Any]) -> dict[str, EntryRule]:
        """The ``entry`` mapping, keyed by country codes (``US``, not ``United States``)."""
        entry = self._mapping(EntryRule, data, "entry", slugs=False)
        for key in list(entry):
            if not is_country(key):
                code = code_for(key)
                self._add(
                    ("entry", key),
                    Message("'{key}' is not a country code", key=key),
                    country_hint(key, code),
                    at_key=True,
                )
                del entry[key]
        return entry
