"""Changes as each delegate reads them: grouped by delegate, then by local day, each a
line in the trip's language with its old and new local times.

Shared by the text, Markdown and HTML outputs of ``mission diff``, its messages per
delegate, and the report's "changes since" section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mission_cli.clock.times import local_time, span_text
from mission_cli.model.build import TripModel
from mission_cli.views.diff.compare import PEOPLE, Change, Changes, Snapshot
from mission_cli.views.items import city_name
from mission_cli.words.terms import CHANGES, FIELDS, MEALS, MODES
from mission_cli.words.words import Words

NOBODY = ""


@dataclass(frozen=True, slots=True)
class ChangeLine:
    kind: str
    """``added``, ``removed`` or ``changed``, for this delegate."""
    id: str
    title: str
    when: str
    """The new local time (the old one for a removal)."""
    details: tuple[str, ...] = ()
    """For a change: ``field: old → new``, times in local time with their zones."""


@dataclass(slots=True)
class DayChanges:
    day: date | None
    heading: str
    lines: list[ChangeLine] = field(default_factory=list)


@dataclass(slots=True)
class DelegateChanges:
    key: str
    name: str
    days: list[DayChanges] = field(default_factory=list)


def when(snapshot: Snapshot, words: Words) -> str:
    """``2024-04-04 09:00–10:30 EDT``; a move ``… 14:10 EDT → … 19:40 EDT``; a lodging
    its nights."""
    if snapshot.item == "lodging":
        return f"{snapshot.compared['check_in']} – {snapshot.compared['check_out']}"
    assert snapshot.start is not None
    assert snapshot.end is not None
    assert snapshot.start_zone is not None
    assert snapshot.end_zone is not None
    if snapshot.item == "event":
        return span_text(snapshot.start, snapshot.end, snapshot.start_zone)
    depart = local_time(snapshot.start, snapshot.start_zone)
    arrive = local_time(snapshot.end, snapshot.end_zone)
    return f"{depart:%Y-%m-%d %H:%M %Z} – {arrive:%Y-%m-%d %H:%M %Z}"


def _value(model: TripModel, name: str, value: Any, words: Words) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if name in ("city", "from", "to"):
        return city_name(model, str(value))
    if name == "venue":
        venue = model.venues.get(str(value))
        return venue.name if venue is not None else str(value)
    if name == "mode":
        return words.term(MODES[str(value)])
    if name == "meal":
        return words.term(MEALS[str(value)])
    return str(value)


def details(change: Change, model: TripModel, old_model: TripModel, words: Words) -> list[str]:
    """``moved: 09:00–10:30 EDT → 10:00–11:30 EDT``, ``venue: A → B``, ``attendees: +cci,
    −dri``: one line per field, times together."""
    assert change.old is not None
    assert change.new is not None
    out = []
    colon = words.colon
    times = {"start", "end", "depart", "arrive", "check_in", "check_out"}
    if times & set(change.fields):
        out.append(f"{words.term(CHANGES['moved'])}{colon}{when(change.old, words)} → "
                   f"{when(change.new, words)}")  # fmt: skip
    for name, (old, new) in change.fields.items():
        if name in times:
            continue
        if name == PEOPLE[change.item]:
            gone = [f"−{k}" for k in sorted(set(old or []) - set(new or []))]
            came = [f"+{k}" for k in sorted(set(new or []) - set(old or []))]
            out.append(f"{words.term(FIELDS[name])}{colon}{', '.join(came + gone)}")
            continue
        shown_old = _value(old_model, name, old, words)
        shown_new = _value(model, name, new, words)
        out.append(f"{words.term(FIELDS[name])}{colon}{shown_old} → {shown_new}")
    return out


def _title(snapshot: Snapshot, model: TripModel, words: Words) -> str:
    """An event's or a lodging's name; a move's mode, route and carrier (``Vol Rochester →
    Québec (Air Canada AC 8879)``), in the trip's language."""
    if snapshot.item != "travel":
        return snapshot.title
    c = snapshot.compared
    route = f"{city_name(model, c['from'])} → {city_name(model, c['to'])}"
    carrier = " ".join(p for p in (c["carrier"], c["number"]) if p)
    return f"{words.term(MODES[c['mode']])} {route}" + (f" ({carrier})" if carrier else "")


def by_delegate(
    found: Changes, model: TripModel, old_model: TripModel, words: Words
) -> list[DelegateChanges]:
    """For each delegate whose programme changed (and, last, changes that touch nobody),
    their changes by local day, in time order."""
    out = []
    for key in [*found.delegates, NOBODY]:
        days: dict[date | None, list[tuple[Any, ChangeLine]]] = {}
        for change in found.changes:
            kind = (
                change.for_delegate(key) if key else (None if change.delegates else change.change)
            )
            if kind is None:
                continue
            shown = change.old if kind == "removed" else change.new
            assert shown is not None
            extra = tuple(details(change, model, old_model, words)) if kind == "changed" else ()
            title = _title(shown, model, words)
            line = ChangeLine(kind, change.id, title, when(shown, words), extra)
            days.setdefault(shown.day, []).append((shown.start or shown.day, line))
        if not days:
            continue
        name = found.names.get(key, key) if key else words.t("Not tied to a delegate")
        section = DelegateChanges(key, name)
        for day in sorted(days, key=lambda d: (d is None, d)):
            heading = words.long_date(day) if day is not None else ""
            lines = [line for _, line in sorted(days[day], key=lambda p: str(p[0]))]
            section.days.append(DayChanges(day, heading, lines))
        out.append(section)
    return out
