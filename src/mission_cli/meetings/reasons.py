"""Why a request is left out, in words an organiser can act on.

Every start of the request on the grid has its causes: what the trip ruled out before
the engine saw it (``stating.Miss``) and what holds each candidate in the plan
(``schedule.Blocked``). The reason names the fewest causes that together hold every
start (a greedy cover: the cause holding most starts first), each with names, ids and
local times with their zones: "startup-ia is in Québec on 2024-04-10 (from
'vol-cdg-yqb' to 'autocar-yqb-yul')", "Desjardins is free 2024-04-09 14:00–15:00 EDT
only, already taken by 'rdv-cyber-desjardins' (must)".
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from mission_cli.clock.times import local_text, span_text, wall_clock
from mission_cli.meetings.grid import Slot
from mission_cli.meetings.stating import Asked, Miss, MissKind, Stated
from mission_cli.resolve.items import ResolvedMove, ResolvedRequest, ResolvedTrip
from mission_cli.schedule import Blocked, BlockKind
from mission_cli.words.message import Arg, Message

Key = tuple[str, ...]
"""A cause: its kind and what it is about (``("busy", "startup-ia")``)."""
MOST_CAUSES = 4


class _Causes:
    """Each cause with the starts it holds, the ids in the way, and its local dates."""

    def __init__(self) -> None:
        self.starts: defaultdict[Key, set[int]] = defaultdict(set)
        self.labels: defaultdict[Key, dict[str, None]] = defaultdict(dict)
        self.dates: defaultdict[Key, dict[date, None]] = defaultdict(dict)

    def add(self, key: Key, start: int, day: date, label: str | None = None) -> None:
        self.starts[key].add(start)
        self.dates[key][day] = None
        if label is not None:
            self.labels[key][label] = None

    def cover(self) -> list[Key]:
        """The fewest causes that hold every start, most first (at most ``MOST_CAUSES``)."""
        left = set().union(*self.starts.values()) if self.starts else set()
        chosen: list[Key] = []
        while left and len(chosen) < MOST_CAUSES:
            best = max(self.starts, key=lambda k: (len(self.starts[k] & left), -_rank(k)))
            chosen.append(best)
            left -= self.starts[best]
        return chosen


_ORDER = ("city", "leg", "travel", "outside", "odd", "party", "busy", "tables", "venue", "room")


def _rank(key: Key) -> int:
    """Among causes holding as many starts, where the delegates are comes first."""
    return _ORDER.index(key[0]) if key[0] in _ORDER else len(_ORDER)


def reason(
    stated: Stated, trip: ResolvedTrip, asked: Asked, blocks: tuple[Blocked, ...]
) -> Message:
    """Why ``asked`` is in no plan: what holds each of its starts."""
    said = _Sayer(stated, trip, asked)
    whole = next((misses for slot, misses in asked.missed if slot is None), None)
    if whole is not None:
        return said.whole(whole[0])
    causes = _Causes()
    for number, slot in enumerate(asked.offered):
        for block in blocks:
            if block.candidate == number:
                label = block.by_request or block.by_busy
                causes.add(_block_key(block), number, said.day(slot), label)
    for number, (missed, misses) in enumerate(asked.missed, start=len(asked.offered)):
        assert missed is not None
        for miss in misses:
            causes.add(said.miss_key(miss, missed), number, said.day(missed), miss.item)
    parts = [said.cause(key, causes) for key in causes.cover()]
    if not parts:  # not held by anything the engine said: cannot happen, said plainly
        return Message("no start fits it")
    found: Message = parts[-1]
    for part in reversed(parts[:-1]):
        found = Message("{first}; {then}", first=part, then=found)
    return found


def _block_key(block: Blocked) -> Key:
    resource = block.resource
    if resource.startswith("with:"):
        return ("party",)
    if resource.startswith("tables:"):
        return ("tables",)
    if resource.startswith("venue:"):
        return ("room", resource.removeprefix("venue:"))
    kind = {BlockKind.OVERLAP: "busy", BlockKind.TRANSFER: "transfer"}.get(block.kind, "long")
    return (kind, resource)


def listing(names: list[str]) -> Arg:
    """``'a'``, ``'a' and 'b'``, ``'a', 'b' and 'c'`` (``et`` in French)."""
    if len(names) < 2:
        return "".join(names)
    return Message("{some} and {last}", some=", ".join(names[:-1]), last=names[-1])


class _Sayer:
    """The words of one request's causes."""

    def __init__(self, stated: Stated, trip: ResolvedTrip, asked: Asked) -> None:
        self.stated = stated
        self.trip = trip
        self.asked = asked
        self.request: ResolvedRequest = asked.request
        self.party = asked.request.request.with_
        self.minutes = int(asked.request.duration.total_seconds() // 60)

    def day(self, slot: Slot) -> date:
        return wall_clock(slot.start, self.request.zone).date()

    def city(self, key: str) -> str:
        city = self.trip.model.cities.get(key)
        return city.name if city is not None else key

    def windows(self) -> str:
        return ", ".join(span_text(a, b, self.request.zone) for a, b in self.request.windows)

    def who(self) -> Arg:
        return listing(list(self.request.attendees))

    def miss_key(self, miss: Miss, slot: Slot) -> Key:
        kind, delegate = miss.kind, miss.delegate or ""
        if kind is MissKind.WRONG_CITY:
            assert miss.place is not None
            place = miss.place
            arrived = "" if place.before_first_move or place.move is None else place.move.id
            leaving = self._next_move(delegate, slot.start)
            return ("city", delegate, place.city or "", arrived, leaving.id if leaving else "")
        if kind is MissKind.NO_LEG:
            return ("leg", delegate)
        if kind is MissKind.TRAVEL:
            return ("travel", delegate, miss.item or "")
        if kind is MissKind.VENUE_TAKEN:
            return ("venue", miss.item or "")
        return ("odd",) if kind is MissKind.ODD_HOUR else ("outside",)

    def _next_move(self, delegate: str, instant: datetime) -> ResolvedMove | None:
        moves = self.stated.timelines[delegate].moves
        return next((m for m in moves if m.depart >= instant), None)

    def whole(self, miss: Miss) -> Message:
        """A request with no start at all: nobody, too many, no time in its windows."""
        if miss.kind is MissKind.NOBODY:
            return Message("its attendees name nobody")
        if miss.kind is MissKind.OVER_CAPACITY:
            venue = self.request.venue or ""
            room = self.trip.model.venues[venue].capacity or 0
            return Message.plural(
                len(self.request.attendees),
                "'{venue}' has room for {room}, fewer than its {n} attendee",
                "'{venue}' has room for {room}, fewer than its {n} attendees",
                venue=venue,
                room=room,
            )
        return self._no_slot()

    def _no_slot(self) -> Message:
        within = self.request.within
        if not self.asked.windows and not self.request.windows and within is None:
            return Message("the trip has no dates (trip.start, trip.end) to place it in")
        if within is None:
            return Message.plural(
                self.minutes,
                "{party} is free {windows} only: no {n}-minute meeting fits there on a "
                "{step}-minute grid",
                "{party} is free {windows} only: no {n}-minute meeting fits there on a "
                "{step}-minute grid",
                party=self.party,
                windows=self.windows(),
                step=self.stated.step,
            )
        session = span_text(within.start, within.end, within.zone)
        if not self.request.windows:
            return Message.plural(
                self.minutes,
                "'{event}' ({span}) has no {n}-minute time on a {step}-minute grid",
                "'{event}' ({span}) has no {n}-minute time on a {step}-minute grid",
                event=within.id,
                span=session,
                step=self.stated.step,
            )
        return Message.plural(
            self.minutes,
            "{party} is free {windows} only: no {n}-minute meeting fits inside '{event}' "
            "({span}) on a {step}-minute grid",
            "{party} is free {windows} only: no {n}-minute meeting fits inside '{event}' "
            "({span}) on a {step}-minute grid",
            party=self.party,
            windows=self.windows(),
            event=within.id,
            span=session,
            step=self.stated.step,
        )

    def cause(self, key: Key, causes: _Causes) -> Message:
        labels = list(causes.labels[key])
        dates = ", ".join(str(d) for d in causes.dates[key])
        kind = key[0]
        if kind == "city":
            return self._elsewhere(key, dates)
        if kind == "leg":
            city = self.city(self.request.city)
            return Message(
                "no leg puts {who} in {city} on {dates}", who=key[1], city=city, dates=dates
            )
        if kind == "travel":
            return self._travelling(key[1], key[2])
        if kind == "odd":
            early, late = (f"{clock:%H:%M}" for clock in self.stated.thresholds.day)
            return Message(
                "{party} is free only outside the day, {start}–{end} local time "
                "(checks.day_start, checks.day_end)",
                party=self.party,
                start=early,
                end=late,
            )
        if kind == "outside":
            return Message(
                "{party} is free only outside the trip, {first} to {last}",
                party=self.party,
                first=str(self.trip.start),
                last=str(self.trip.end),
            )
        if kind == "venue":
            return self._venue_taken(key[1])
        return self._held(key, labels, dates)

    def _elsewhere(self, key: Key, dates: str) -> Message:
        _, who, city, arrived, leaving = key
        where = self.city(city)
        if arrived and leaving:
            return Message(
                "{who} is in {city} on {dates} (from '{arrived}' to '{leaving}')",
                who=who, city=where, dates=dates, arrived=arrived, leaving=leaving,
            )  # fmt: skip
        if arrived:
            return Message(
                "{who} is in {city} on {dates} (since '{arrived}')",
                who=who, city=where, dates=dates, arrived=arrived,
            )  # fmt: skip
        return Message(
            "{who} is in {city} on {dates} (until '{leaving}')",
            who=who, city=where, dates=dates, leaving=leaving,
        )  # fmt: skip

    def _travelling(self, who: str, ident: str) -> Message:
        move = next((m for m in self.trip.moves if m.id == ident), None)
        if move is None:
            return Message("{who} is on '{move}' then", who=who, move=ident)
        return Message(
            "{who} is on '{move}' then (leaves {depart}, arrives {arrive})",
            who=who,
            move=ident,
            depart=local_text(move.depart, move.from_zone),
            arrive=local_text(move.arrive, move.to_zone),
        )

    def _venue_taken(self, ident: str) -> Message:
        event = next((e for e in self.trip.events if e.id == ident), None)
        span = span_text(event.start, event.end, event.zone) if event is not None else ""
        return Message(
            "'{venue}' hosts '{event}' then ({span})",
            venue=self.request.venue or "",
            event=ident,
            span=span,
        )

    def _held(self, key: Key, labels: list[str], dates: str) -> Message:
        kind = key[0]
        items = listing([f"'{label}'" for label in labels])
        if kind == "party":
            return self._party(labels)
        if kind == "busy":
            return self._no_gap(key[1], items)
        if kind == "tables":
            within = self.request.within
            assert within is not None
            return Message.plural(
                self.stated.tables.get(within.id, 1),
                "the only table of '{event}' is taken by {items} whenever {who} could meet {party}",
                "all {n} tables of '{event}' are taken by {items} whenever {who} could meet "
                "{party}",
                event=within.id,
                items=items,
                who=self.who(),
                party=self.party,
            )
        if kind == "room":
            return Message(
                "'{venue}' is taken by {items} whenever {who} could meet {party} there",
                venue=key[1],
                items=items,
                who=self.who(),
                party=self.party,
            )
        if kind == "transfer":
            return Message(
                "{who} would not have {minutes} minutes (checks.transfer_minutes) to go "
                "between '{venue}' and {items}",
                who=key[1],
                minutes=self.stated.thresholds.transfer,
                venue=self.request.venue or "",
                items=items,
            )
        hours = f"{self.stated.thresholds.max_day / 60:g}"
        return Message(
            "the day of {who} on {dates} would last more than {hours} hours (checks.max_day_hours)",
            who=key[1],
            dates=dates,
            hours=hours,
        )

    def _party(self, labels: list[str]) -> Message:
        priorities = {r.id: r.request.priority for r in self.trip.requests}
        named = [
            f"'{label}' ({priorities[label]})" if label in priorities else f"'{label}'"
            for label in labels
        ]
        if self.request.windows:
            return Message(
                "{party} is free {windows} only, already taken by {items}",
                party=self.party,
                windows=self.windows(),
                items=listing(named),
            )
        return Message(
            "{party} meets {items} whenever {who} could",
            party=self.party,
            items=listing(named),
            who=self.who(),
        )

    def _no_gap(self, who: str, items: Arg) -> Message:
        within = self.request.within
        if within is not None:
            return Message.plural(
                self.minutes,
                "no {n}-minute gap for {who} in '{event}' when {party} is free: {items}",
                "no {n}-minute gap for {who} in '{event}' when {party} is free: {items}",
                who=who,
                event=within.id,
                party=self.party,
                items=items,
            )
        return Message.plural(
            self.minutes,
            "no {n}-minute gap for {who} when {party} is free: {items}",
            "no {n}-minute gap for {who} when {party} is free: {items}",
            who=who,
            party=self.party,
            items=items,
        )
