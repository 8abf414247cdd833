"""The pre-departure report, as data: renderers only lay it out.

Problems are grouped by local day (of the item each is about, in its own zone),
then by delegate (a problem concerning three delegates is listed under
each); suppressed ones have their own section with their reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from mission_cli.catalog import FILE_RULES, RULES
from mission_cli.clock.times import in_zone, span_text
from mission_cli.diagnostics import Counts, Diagnostic
from mission_cli.model.build import TripModel
from mission_cli.pipeline import Loaded
from mission_cli.resolve.items import Item, ResolvedEvent
from mission_cli.views.diff.view import DiffView, build_diff
from mission_cli.views.items import carrier_label, event_place, route
from mission_cli.views.logistics.report_part import ReportLogistics, build_report_logistics
from mission_cli.words.labels import label

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
    counts: Counts = field(default_factory=Counts)


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
    omitted: int = 0
    """Problems counted but not listed (past the first ``MAX_PROBLEMS``)."""
    lang: str = "en"
    """The language of the report's words (data is never translated)."""
    file_problems: list[Entry] = field(default_factory=list)
    """Problems of the file itself, and schedule problems tied to no item's day."""
    days: list[DaySection] = field(default_factory=list)
    suppressed: list[Entry] = field(default_factory=list)
    per_delegate: list[DelegateCount] = field(default_factory=list)
    logistics: ReportLogistics = field(default_factory=ReportLogistics)
    since: DiffView | None = None
    """With ``--since OLD``: the changes from that version to this one."""


def build_report(loaded: Loaded, lang: str = "en", *, personal: bool = False) -> Report:
    """The report; with ``personal`` (``--include-personal``), each delegate's contacts,
    diet and documents in its logistics section."""
    result, model, trip = loaded.result, loaded.model, loaded.trip
    report = _summary(loaded)
    report.lang = lang
    items: dict[str, Item] = {}
    by_place: dict[str, Item] = {}
    if trip is not None:
        items.update({e.id: e for e in trip.events})
        items.update({m.id: m for m in trip.moves})
        by_place.update({f"events[{e.index}]": e for e in trip.events})
        by_place.update({f"travel[{m.index}]": m for m in trip.moves})
    names = {k: d.name for k, d in model.delegates.items()} if model else {}
    days: dict[date, dict[str, DelegateSection]] = {}
    counts = {k: DelegateCount(k, names[k]) for k in names}
    for diag in result.diagnostics:
        entry = Entry(diag, [_item_view(model, items[i], lang) for i in diag.events if i in items])
        for key in () if diag.rule in FILE_RULES else diag.delegates:
            if key in counts:  # counted where listed: under the delegate, by day
                counts[key].counts.add(diag)
        if diag.suppressed:
            report.suppressed.append(entry)
            continue
        day = None if diag.rule in FILE_RULES else _day_of(diag, items, by_place)
        if day is None:  # the file's own problems come first, whatever they concern
            report.file_problems.append(entry)
            continue
        sections = days.setdefault(day, {})
        listed = () if RULES[diag.rule].whole_item else diag.delegates
        for key in listed or (NOBODY,):
            name = names.get(key, label(lang, "nobody_tied") if key == NOBODY else key)
            sections.setdefault(key, DelegateSection(key, name)).entries.append(entry)
    order = {k: i for i, k in enumerate(names)}
    for day in sorted(days):
        ordered = sorted(days[day].values(), key=lambda s: order.get(s.key, len(order)))
        report.days.append(DaySection(day, ordered))
    report.per_delegate = list(counts.values())
    if trip is not None:
        report.logistics = build_report_logistics(trip, lang, personal=personal)
    return report


def add_changes_since(report: Report, old: Loaded, loaded: Loaded) -> None:
    """The report's "changes since" section: ``old`` compared with this version."""
    report.since = build_diff(old, loaded, report.lang)


def _summary(loaded: Loaded) -> Report:
    """The report's head: what the trip is, and how many problems it has."""
    result, model, trip = loaded.result, loaded.model, loaded.trip
    info = model.info if model else None
    return Report(
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
        omitted=result.omitted,
    )


def _item_view(model: TripModel | None, item: Item, lang: str) -> ItemView:
    assert model is not None  # items exist only in a modelled trip
    if isinstance(item, ResolvedEvent):
        place = event_place(model, item.city, item.venue, address=False, with_city=True)
        when = span_text(item.start, item.end, item.zone)
        return ItemView(item.id, "event", item.event.title, when, place)
    depart = in_zone(item.depart, item.from_zone)
    arrive = in_zone(item.arrive, item.to_zone)
    carrier = carrier_label(item.move)
    return ItemView(
        item.id,
        "travel",
        label(lang, item.move.mode) + (f" {carrier}" if carrier else ""),
        f"{depart:%Y-%m-%d %H:%M %Z} → {arrive:%Y-%m-%d %H:%M %Z}",
        route(model, item.move),
    )


_ITEM_PATH = re.compile(r"(?:events|travel)\[\d+\]")


def _day_of(diag: Diagnostic, items: dict[str, Item], by_place: dict[str, Item]) -> date | None:
    """The local date of the item the problem is about: the one it points at (the later
    of two events in an overlap, the event a delegate cannot reach), else the day the
    finding names (a night), else the earliest item it involves."""
    pointed = _ITEM_PATH.match(diag.path)
    if (
        pointed is not None
        and pointed.group() in by_place
        and by_place[pointed.group()].id in diag.events
    ):
        return by_place[pointed.group()].local_start.date()
    if diag.day is not None:
        return diag.day
    found = [items[i] for i in diag.events if i in items]
    if not found:
        return None
    return min(found, key=lambda i: i.start).local_start.date()
