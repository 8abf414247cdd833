"""What a time that cannot be read or placed says: :class:`TimeTextError`, its message
and its hint worded where it is shown, in its language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from mission_cli.catalog import AMBIGUOUS_TIME, NONEXISTENT_TIME, UNKNOWN_TIMEZONE, Rule
from mission_cli.clock.zones import suggest_zone
from mission_cli.words.message import Message, english

FoundHint = Message | Callable[[], Message | None] | None
"""A hint, or what finds one (a "did you mean" among 600 zones): asked for only where the
problem is shown."""


class TimeTextError(ValueError):
    """A time, date or duration that cannot be read or placed.

    ``rule`` is the diagnostic rule it belongs to (``invalid-time``,
    ``nonexistent-time``, ``ambiguous-time`` or ``unknown-timezone``); ``said`` and
    ``fix`` (its hint, or what finds it) are worded where the problem is shown, in its
    language; ``message`` and ``hint`` are their English (a command's own error).
    """

    def __init__(self, rule: Rule, said: Message, fix: FoundHint = None) -> None:
        super().__init__(said)
        self.rule = rule
        self.said = said
        self.fix = fix

    def __str__(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        """What it says, in English."""
        return english(self.said)

    @property
    def hint_said(self) -> Message | None:
        return self.fix() if callable(self.fix) else self.fix

    @property
    def hint(self) -> str | None:
        """The hint in English."""
        said = self.hint_said
        return english(said) if said is not None else None

    @property
    def hint_text(self) -> str | None:
        """The hint in English (``hint``)."""
        return self.hint


def unknown_zone_error(name: str) -> TimeTextError:
    return TimeTextError(
        UNKNOWN_TIMEZONE,
        Message("unknown time zone '{name}'", name=name),
        lambda: suggest_zone(name) or Message("use an IANA zone name such as America/New_York"),
    )


def nonexistent(wall: datetime, zone_name: str, before: datetime, jump: datetime) -> TimeTextError:
    """``wall`` falls in the gap of ``zone_name``: the clocks jump from ``before``'s
    offset to ``jump``'s, the first minute after it."""
    after = format(jump, "%Y-%m-%d %H:%M" if jump.date() != wall.date() else "%H:%M")
    return TimeTextError(
        NONEXISTENT_TIME,
        Message(
            "{time} does not exist in {zone}: the clocks jump forward that night "
            "({before} to {after})",
            time=format(wall, "%Y-%m-%d %H:%M"),
            zone=zone_name,
            before=format(before, "%Z"),
            after=format(jump, "%Z"),
        ),
        Message(
            "use {time} {zone} (the first minute after the jump), or add the intended offset",
            time=after,
            zone=format(jump, "%Z"),
        ),
    )


def ambiguous(wall: datetime, zone_name: str, first: datetime, second: datetime) -> TimeTextError:
    """``wall`` happens twice in ``zone_name``: as ``first``, then as ``second``."""
    return TimeTextError(
        AMBIGUOUS_TIME,
        Message(
            "{time} happens twice in {zone}: the clocks go back that night",
            time=format(wall, "%Y-%m-%d %H:%M"),
            zone=zone_name,
        ),
        Message(
            "add the offset you mean: {first} ({first_zone}) or {second} ({second_zone})",
            first=_iso_offset(first),
            first_zone=format(first, "%Z"),
            second=_iso_offset(second),
            second_zone=format(second, "%Z"),
        ),
    )


def _iso_offset(moment: datetime) -> str:
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}"
