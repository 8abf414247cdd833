"""The pre-departure report, as data: renderers only lay it out.

Problems are grouped by local day (of the earliest item involved, in its own
zone), then by delegate (a problem concerning three delegates is listed under
each); suppressed ones have their own section with their reasons.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mission_cli.diagnostics import Counts, Diagnostic
from mission_cli.pipeline import Loaded
from mission_cli.resolve.trip import ResolvedEvent, ResolvedMove
from mission_cli.rules.context import span
from mission_cli.times import in_zone

NOBODY = ""
"""The delegate key under which problems that concern no delegate are listed."""


@dataclass(frozen=True, slots=True)
class ItemView:
    """An event or a move as the report shows it: local times with their zones."""

    id: str
    type: str  # "event" or "travel"
    title: str
    when: str
    where: str


@dataclass(slots=True)
class Entry:
    diagnostic: Diagnostic
    items: list[ItemView]


@dataclass(slots=True)
class DelegateSection:
    key: str
    name: str
    entries: list[Entry] = field(default_factory=list)


@dataclass(slots=True)
class DaySection:
    day: date
    delegates: list[DelegateSection] = field(default_factory=list)


@dataclass(slots=True)
class DelegateCount:
    key: str
    name: str
    errors: int = 0
    warnings: int = 0
    suppressed: int = 0


@dataclass(slots=True)
class Report:
    file: str
    title: str
    start: date | None
    end: date | None
    cities: list[str]
    delegates: int
    events: int
    moves: int
    counts: Counts
    ok: bool
    file_problems: list[Entry] = field(default_factory=list)
    """Problems of the file itself, and schedule problems tied to no item's day."""
    days: list[DaySection] = field(default_factory=list)
    suppressed: list[Entry] = field(default_factory=list)
    per_delegate: list[DelegateCount] = field(default_factory=list)


def build_report(loaded: Loaded) -> Report:
    result, model, trip = loaded.result, loaded.model, loaded.trip
    info = model.info if model else None
    report = Report(
        file=result.file,
        title=info.title if info else result.file,
        start=trip.start if trip else None,
        end=trip.end if trip else None,
        cities=[c.name for c in model.cities.values()] if model else [],
        delegates=len(model.delegates) if model else 0,
        events=len(model.events) if model else 0,
        moves=len(model.travel) if model else 0,
        counts=result.counts,
        ok=result.ok,
    )
    items: dict[str, ResolvedEvent | ResolvedMove] = {}
    if trip is not None:
        items.update({e.event.id: e for e in trip.events})
        items.update({m.move.id: m for m in trip.moves})
    names = {k: d.name for k, d in model.delegates.items()} if model else {}
    cities = {k: c.name for k, c in model.cities.items()} if model else {}
    venues = {k: v.name for k, v in model.venues.items()} if model else {}

    def view(ident: str) -> ItemView | None:
        item = items.get(ident)
        if isinstance(item, ResolvedEvent):
            place = venues.get(item.venue or "", "") or cities.get(item.city, item.city)
            if item.venue:
                place += f", {cities.get(item.city, item.city)}"
            return ItemView(
                ident, "event", item.event.title, span(item.start, item.end, item.zone), place
            )
        if isinstance(item, ResolvedMove):
            depart = in_zone(item.depart, item.from_zone)
            arrive = in_zone(item.arrive, item.to_zone)
            label = " ".join(p for p in (item.move.carrier, item.move.number) if p)
            return ItemView(
                ident,
                "travel",
                f"{item.move.mode}" + (f" {label}" if label else ""),
                f"{depart:%Y-%m-%d %H:%M %Z} → {arrive:%Y-%m-%d %H:%M %Z}",
                f"{cities.get(item.move.from_, item.move.from_)} → "
                f"{cities.get(item.move.to, item.move.to)}",
            )
        return None

    def day_of(diag: Diagnostic) -> date | None:
        found = [items[i] for i in diag.events if i in items]
        if not found:
            return None
        first = min(found, key=lambda i: i.start if isinstance(i, ResolvedEvent) else i.depart)
        if isinstance(first, ResolvedEvent):
            return in_zone(first.start, first.zone).date()
        return in_zone(first.depart, first.from_zone).date()

    days: dict[date, dict[str, DelegateSection]] = {}
    counts = {k: DelegateCount(k, names[k]) for k in names}
    for diag in result.diagnostics:
        entry = Entry(diag, [v for v in map(view, diag.events) if v is not None])
        for key in diag.delegates:
            if key in counts:
                tally = counts[key]
                if diag.suppressed:
                    tally.suppressed += 1
                elif diag.severity == "error":
                    tally.errors += 1
                else:
                    tally.warnings += 1
        if diag.suppressed:
            report.suppressed.append(entry)
            continue
        day = day_of(diag)
        if day is None:
            report.file_problems.append(entry)
            continue
        sections = days.setdefault(day, {})
        for key in diag.delegates or (NOBODY,):
            name = names.get(key, "Not tied to a delegate" if key == NOBODY else key)
            sections.setdefault(key, DelegateSection(key, name)).entries.append(entry)
    order = {k: i for i, k in enumerate(names)}
    for day in sorted(days):
        ordered = sorted(days[day].values(), key=lambda s: order.get(s.key, len(order)))
        report.days.append(DaySection(day, ordered))
    report.per_delegate = list(counts.values())
    return report
