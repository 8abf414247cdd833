"""What every schedule rule receives: the resolved trip, timelines, thresholds, and its
own rule to report under.

``run.py`` makes one :class:`CheckRun` per run (what the checks share: timelines, values
computed once, whether a check stopped early) and hands each check a
:class:`CheckContext` bound to that check's rule: a check can only emit its own rule,
and reads whether another rule is on through :meth:`CheckContext.is_on`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from datetime import date, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar, cast

from mission_cli.catalog import IMPLAUSIBLE_TRAVEL, ODD_HOUR, Rule
from mission_cli.checks.readings import home_readings
from mission_cli.clock.times import TimeTextError, in_zone, parse_clock, span_text
from mission_cli.diagnostics import MAX_PROBLEMS, Diagnostic
from mission_cli.load.positions import Loc, Locator
from mission_cli.resolve.items import Item, ResolvedEvent, ResolvedStay, ResolvedTrip
from mission_cli.resolve.whereabouts import Timeline, build_timelines
from mission_cli.words.message import Message

if TYPE_CHECKING:
    from mission_cli.words.phrases import People

T = TypeVar("T")

PAIR_BUDGET = 2 * MAX_PROBLEMS
"""Overlapping pairs a check looks at, past which it stops (``CheckRun.stopped``):
three thousand events at one time would make millions of pairs."""


class CheckRun:
    """What the checks of one run share."""

    def __init__(self, trip: ResolvedTrip, locator: Locator) -> None:
        self.trip = trip
        self.locator = locator
        checks = trip.model.checks
        self.transfer = timedelta(minutes=checks.transfer_minutes)
        self.max_day = timedelta(hours=checks.max_day_hours)
        self.day_start = _clock(checks.day_start, time(7, 0))
        self.day_end = _clock(checks.day_end, time(23, 0))
        self.memos: dict[str, object] = {}
        self.stopped = False
        """A check stopped early: past ``PAIR_BUDGET`` pairs, the rest is not looked at."""

    @cached_property
    def timelines(self) -> dict[str, Timeline]:
        """Each delegate's timeline, a move typed in home time read as ``readings.py``
        says (unless the rule that would say it is off)."""
        odd, fast = self.level(ODD_HOUR) != "off", self.level(IMPLAUSIBLE_TRAVEL) != "off"
        read = home_readings(self.trip, self.day_start, self.day_end, odd=odd, fast=fast)
        return build_timelines(self.trip, read)

    @cached_property
    def delegate_order(self) -> dict[str, int]:
        return {key: i for i, key in enumerate(self.trip.model.delegates)}

    @cached_property
    def named_groups(self) -> list[tuple[str, Collection[str]]]:
        """The declared groups (display name, members), largest first: a message names a
        group where it is whole."""
        return named_groups(self.trip)

    def level(self, rule: Rule) -> str | None:
        """The trip's setting for ``rule`` (``checks.rules``): ``off``, a severity, or None
        for its default."""
        return self.trip.model.checks.rules.get(rule.name)


class CheckContext:
    """One check's view of the run: everything shared, and its own rule."""

    __slots__ = ("rule", "run")

    def __init__(self, run: CheckRun, rule: Rule) -> None:
        self.run = run
        self.rule = rule

    @property
    def trip(self) -> ResolvedTrip:
        return self.run.trip

    @property
    def locator(self) -> Locator:
        return self.run.locator

    @property
    def timelines(self) -> dict[str, Timeline]:
        return self.run.timelines

    @property
    def transfer(self) -> timedelta:
        return self.run.transfer

    @property
    def max_day(self) -> timedelta:
        return self.run.max_day

    @property
    def day_start(self) -> time:
        return self.run.day_start

    @property
    def day_end(self) -> time:
        return self.run.day_end

    def stop(self) -> None:
        """Past a budget: the rest is not looked at, and the run says so."""
        self.run.stopped = True

    def is_on(self, other: Rule) -> bool:
        """Whether ``other`` reports anything in this trip (``checks.rules`` may switch it
        off): a check that leaves another rule's cases to it asks here."""
        return self.run.level(other) != "off"

    def memo(self, name: str, compute: Callable[[], T]) -> T:
        """A value several rules share, computed once per check run."""
        memos = self.run.memos
        if name not in memos:
            memos[name] = compute()
        return cast(T, memos[name])

    def diag(
        self,
        loc: Loc,
        message: Message | str,
        hint: Message | str | None = None,
        *,
        items: Iterable[Item | ResolvedStay] = (),
        delegates: Iterable[str] = (),
        at_key: bool = False,
        day: date | None = None,
    ) -> Diagnostic:
        """A finding of this check's rule at ``loc``."""
        found = self.locator.diag(
            self.rule,
            loc,
            message,
            hint,
            at_key=at_key,
            events=tuple(i.id for i in items),
            delegates=tuple(self.in_file_order(delegates)),
        )
        return found if day is None else replace(found, day=day)

    def in_file_order(self, delegates: Iterable[str]) -> list[str]:
        order = self.run.delegate_order
        return sorted(set(delegates), key=order.__getitem__)

    # -- wording ---------------------------------------------------------------

    def city_name(self, key: str) -> str:
        city = self.trip.model.cities.get(key)
        return city.name if city else key

    def who(self, delegates: Iterable[str]) -> People:
        """The delegates as a message names them (``words.phrases.people``): by their
        keys, whole declared groups by their names; never cut."""
        from mission_cli.words.phrases import people  # only for a finding

        return people(self.trip.model.delegates, self.run.named_groups, delegates)

    def describe(self, item: Item) -> Message:
        """``'rit' (2024-04-04 16:30–18:00 EDT)``; a move with each end in its own zone."""
        if isinstance(item, ResolvedEvent):
            when = span_text(item.start, item.end, item.zone)
            return Message("'{id}' ({when})", id=item.event.id, when=when)
        depart = f"{in_zone(item.depart, item.from_zone):%Y-%m-%d %H:%M %Z}"
        arrive = f"{in_zone(item.arrive, item.to_zone):%Y-%m-%d %H:%M %Z}"
        return Message(
            "'{id}' (leaves {origin} {depart}, arrives {destination} {arrive})",
            id=item.move.id,
            origin=self.city_name(item.move.from_),
            depart=depart,
            destination=self.city_name(item.move.to),
            arrive=arrive,
        )


def person_loc(
    ctx: CheckContext, base: Loc, written: list[str] | None, key: str, fallback: Loc
) -> Loc:
    """Where a list of people (``attendees``, ``guests``…) at ``base`` names ``key``: their
    own entry, the ``@group`` that brings them, the list itself, or ``fallback`` when the
    list is left out (everyone)."""
    if written is None:
        return base if ctx.locator.find(base)[0] is not None else fallback
    for position, name in enumerate(written):
        if name == key:
            return (*base, position)
    for position, name in enumerate(written):
        if name.startswith("@") and key in ctx.trip.groups.get(name[1:], ()):
            return (*base, position)
    return base


def start_loc(item: Item) -> Loc:
    if isinstance(item, ResolvedEvent):
        return ("events", item.index, "start")
    return ("travel", item.index, "depart")


def _clock(text: str, default: time) -> time:
    try:
        return parse_clock(text)
    except TimeTextError:
        return default  # reported as invalid-time while resolving


def named_groups(trip: ResolvedTrip) -> list[tuple[str, Collection[str]]]:
    """The trip's declared groups with members, by display name, largest first."""
    declared = [g for g in trip.model.groups if g in trip.groups]
    declared.sort(key=lambda g: -len(trip.groups[g]))
    return [(trip.model.groups[g].name, trip.groups[g]) for g in declared]
