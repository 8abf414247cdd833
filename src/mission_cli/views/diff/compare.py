"""What changed between two versions of a trip, item by item and for each delegate.

Items (events, moves, lodgings) are matched by id and compared after resolution: a
time is an instant (written in another zone but meaning the same instant, it has not
changed), people are a set (their order is no change), a venue that moves the event to
another city changes both. An id that changed is a removal and an addition. Items that
one side leaves out because of their own errors are not compared (a note says so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from mission_cli.clock.times import iso_local
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedEvent, ResolvedMove, ResolvedStay, ResolvedTrip
from mission_cli.views.items import items_left_out

PEOPLE = {"event": "attendees", "travel": "passengers", "lodging": "guests"}
"""The field of each kind of item that lists its people (an event's ``guests`` is a
number of outside people)."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An item as the comparison sees it: each field's value (times as instants, people
    as sets), shown as JSON only where it changed (:meth:`shown`)."""

    id: str
    item: str
    """``event``, ``travel`` or ``lodging``."""
    title: str
    compared: dict[str, Any]
    people: frozenset[str]
    day: date | None
    """The local date it starts (a lodging: its first night)."""
    start: datetime | None = None
    end: datetime | None = None
    start_zone: tzinfo | None = None
    end_zone: tzinfo | None = None

    def shown(self, name: str) -> Any:
        """A field as JSON: a time in ISO 8601 with its place's offset (a move's departure
        in its ``from`` zone, its arrival in its ``to`` zone), people as a sorted list."""
        value = self.compared.get(name)
        if isinstance(value, datetime):
            zone = self.start_zone if name in ("start", "depart") else self.end_zone
            assert zone is not None
            return iso_local(value, zone)
        if isinstance(value, frozenset):
            return sorted(value)
        return value


@dataclass(slots=True)
class Change:
    id: str
    item: str
    change: str
    """``added``, ``removed`` or ``changed``."""
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    delegates: tuple[str, ...] = ()
    old: Snapshot | None = None
    new: Snapshot | None = None

    def for_delegate(self, key: str) -> str | None:
        """What the change is for one delegate: ``added`` (to their programme),
        ``removed``, ``changed``, or None when it does not touch them."""
        old = self.old is not None and key in self.old.people
        new = self.new is not None and key in self.new.people
        if new and not old:
            return "added"
        if old and not new:
            return "removed"
        if old and new and any(name != PEOPLE[self.item] for name in self.fields):
            return "changed"
        return None


@dataclass(slots=True)
class Changes:
    changes: list[Change]
    left_out: list[str]
    """Ids not compared: in error on one side or the other."""
    delegates: list[str]
    """Every delegate key of the new version (then those only in the old), in order."""
    names: dict[str, str]


def _event(e: ResolvedEvent) -> Snapshot:
    m = e.event
    people = frozenset(e.attendees)
    compared = {
        "title": m.title, "city": e.city, "venue": e.venue, "start": e.start, "end": e.end,
        "attendees": people, "kind": m.kind, "notes": m.notes, "meal": m.meal,
        "guests": m.guests,
    }  # fmt: skip
    return Snapshot(e.id, "event", m.title, compared, people, e.local_start.date(),
                    e.start, e.end, e.zone, e.zone)  # fmt: skip


def _move(v: ResolvedMove) -> Snapshot:
    m = v.move
    people = frozenset(v.passengers)
    compared = {
        "mode": m.mode, "from": m.from_, "to": m.to, "depart": v.depart, "arrive": v.arrive,
        "passengers": people, "carrier": m.carrier, "number": m.number, "notes": m.notes,
        "seats": m.seats,
    }  # fmt: skip
    title = " ".join(p for p in (m.carrier, m.number) if p) or m.mode
    return Snapshot(v.id, "travel", title, compared, people, v.local_depart.date(),
                    v.depart, v.arrive, v.from_zone, v.to_zone)  # fmt: skip


def _stay(s: ResolvedStay) -> Snapshot:
    m = s.stay
    people = frozenset(s.guests)
    compared = {
        "name": m.name, "city": s.city, "venue": m.venue, "address": m.address,
        "phone": m.phone, "check_in": s.first.isoformat(),
        "check_out": date.fromordinal(s.last.toordinal() + 1).isoformat(),
        "guests": people, "notes": m.notes,
    }  # fmt: skip
    return Snapshot(s.id, "lodging", m.name, compared, people, s.first)


def snapshots(trip: ResolvedTrip) -> dict[str, Snapshot]:
    out: dict[str, Snapshot] = {}
    for event in trip.events:
        out[event.id] = _event(event)
    for move in trip.moves:
        out[move.id] = _move(move)
    for stay in trip.stays:
        out[stay.id] = _stay(stay)
    return out


def compare(old: LoadedTrip, new: LoadedTrip) -> Changes:
    """Every change from ``old`` to ``new``, in the new file's order of items (removed
    ones after), each with the delegates whose own programme it touches."""
    left_out = sorted(set(items_left_out(old)) | set(items_left_out(new)))
    skip = set(left_out)
    before, after = snapshots(old.trip), snapshots(new.trip)
    changes: list[Change] = []
    for ident, now in after.items():
        if ident in skip:
            continue
        was = before.get(ident)
        if was is None or was.item != now.item:
            if was is not None:
                changes.append(_removed(was))
            changes.append(Change(ident, now.item, "added", delegates=_sorted(now.people),
                                  new=now))  # fmt: skip
            continue
        fields = {
            name: (was.shown(name), now.shown(name))
            for name, value in now.compared.items()
            if was.compared.get(name) != value
        }
        if fields:
            changes.append(Change(ident, now.item, "changed", fields,
                                  _touched(was, now, fields), was, now))  # fmt: skip
    changes += [_removed(was) for ident, was in before.items()
                if ident not in after and ident not in skip]  # fmt: skip
    model_new, model_old = new.trip.model, old.trip.model
    keys = list(model_new.delegates) + [
        k for k in model_old.delegates if k not in model_new.delegates
    ]
    names = {k: d.name for k, d in model_old.delegates.items()}
    names.update({k: d.name for k, d in model_new.delegates.items()})
    order = {k: i for i, k in enumerate(keys)}
    for change in changes:
        change.delegates = tuple(sorted(change.delegates, key=lambda k: order.get(k, len(order))))
    return Changes(changes, left_out, keys, names)


def _removed(was: Snapshot) -> Change:
    return Change(was.id, was.item, "removed", delegates=_sorted(was.people), old=was)


def _sorted(people: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(people))


def _touched(was: Snapshot, now: Snapshot, fields: dict[str, tuple[Any, Any]]) -> tuple[str, ...]:
    """Everyone on the item when something other than its people changed; otherwise
    those added or taken off."""
    if any(name != PEOPLE[now.item] for name in fields):
        return _sorted(was.people | now.people)
    return _sorted(was.people ^ now.people)


def for_delegates(found: Changes, keys: tuple[str, ...] | None) -> Changes:
    """Only the changes that touch one of ``keys`` (all when None)."""
    if keys is None:
        return found
    wanted = set(keys)
    kept = [c for c in found.changes if wanted & set(c.delegates)]
    return Changes(kept, found.left_out, [k for k in found.delegates if k in wanted], found.names)
