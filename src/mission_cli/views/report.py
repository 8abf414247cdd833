"""The pre-departure report, as data and as a document: renderers only lay it out.

Problems are grouped by local day (of the item each is about, in its own zone),
then by delegate (a problem concerning three delegates is listed under
each); suppressed ones have their own section with their reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mission_cli.catalog import FILE_RULES, RULES
from mission_cli.clock.times import in_zone, span_text
from mission_cli.diagnostics import Counts, Diagnostic
from mission_cli.model.build import TripModel
from mission_cli.pipeline import Loaded, LoadedTrip
from mission_cli.resolve.items import Item, ResolvedEvent
from mission_cli.views.contacts import contact_object, contacts_table
from mission_cli.views.diff.view import DiffView, build_diff, change_sections
from mission_cli.views.document import (
    Bullets,
    Cell,
    Column,
    Document,
    Entry,
    Facts,
    Paragraph,
    Row,
    Section,
    Span,
    Table,
    line,
)
from mission_cli.views.items import carrier_label, event_place, route
from mission_cli.views.logistics.report_part import ReportLogistics, build_report_logistics
from mission_cli.views.validation import Said, say
from mission_cli.words.terms import MODES
from mission_cli.words.words import Words

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
class Problem:
    """A diagnostic, as the report says it, and the items it names."""

    said: Said
    items: list[ItemView]

    @property
    def diagnostic(self) -> Diagnostic:
        return self.said.diagnostic


@dataclass(slots=True)
class DelegateSection:
    key: str
    name: str
    problems: list[Problem] = field(default_factory=list)


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
    words: Words
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
    file_problems: list[Problem] = field(default_factory=list)
    """Problems of the file itself, and schedule problems tied to no item's day."""
    days: list[DaySection] = field(default_factory=list)
    suppressed: list[Problem] = field(default_factory=list)
    per_delegate: list[DelegateCount] = field(default_factory=list)
    logistics: ReportLogistics = field(default_factory=ReportLogistics)
    since: DiffView | None = None
    """With ``--since OLD``: the changes from that version to this one."""
    contacts: Table | None = None
    """Who to call during the trip (its ``contacts``), as a table; None when it has none."""
    contact_objects: list[dict[str, Any]] = field(default_factory=list)
    """The same contacts for JSON, their keys as written in the file."""

    def document(self) -> Document:
        return report_document(self)


def build_report(loaded: Loaded, words: Words, *, personal: bool = False) -> Report:
    """The report; with ``personal`` (``--include-personal``), each delegate's contacts,
    diet and documents in its logistics section."""
    result, model, whole = loaded.result, loaded.model, loaded.whole()
    report = _summary(loaded, words)
    items: dict[str, Item] = {}
    by_place: dict[str, Item] = {}
    if loaded.trip is not None:
        items.update({e.id: e for e in loaded.trip.events})
        items.update({m.id: m for m in loaded.trip.moves})
        by_place.update({f"events[{e.index}]": e for e in loaded.trip.events})
        by_place.update({f"travel[{m.index}]": m for m in loaded.trip.moves})
    names = {k: d.name for k, d in model.delegates.items()} if model else {}
    days: dict[date, dict[str, DelegateSection]] = {}
    counts = {k: DelegateCount(k, names[k]) for k in names}
    for diag in result.diagnostics:
        shown = [_item_view(model, items[i], words) for i in diag.events if i in items and model]
        problem = Problem(say(diag, words), shown)
        for key in () if diag.rule in FILE_RULES else diag.delegates:
            if key in counts:  # counted where listed: under the delegate, by day
                counts[key].counts.add(diag)
        if diag.suppressed:
            report.suppressed.append(problem)
            continue
        day = None if diag.rule in FILE_RULES else _day_of(diag, items, by_place)
        if day is None:  # the file's own problems come first, whatever they concern
            report.file_problems.append(problem)
            continue
        sections = days.setdefault(day, {})
        listed = () if RULES[diag.rule].whole_item else diag.delegates
        for key in listed or (NOBODY,):
            name = names.get(key, words.t("Not tied to a delegate") if key == NOBODY else key)
            sections.setdefault(key, DelegateSection(key, name)).problems.append(problem)
    order = {k: i for i, k in enumerate(names)}
    for day in sorted(days):
        ordered = sorted(days[day].values(), key=lambda s: order.get(s.key, len(order)))
        report.days.append(DaySection(day, ordered))
    report.per_delegate = list(counts.values())
    if whole is not None:
        report.logistics = build_report_logistics(whole.trip, words, personal=personal)
    if model is not None and model.contacts:  # official, not personal: always shown
        contacts = [contact for _, contact in model.contacts]
        report.contacts = contacts_table(model, contacts, words)
        report.contact_objects = [contact_object(contact) for contact in contacts]
    return report


def add_changes_since(report: Report, old: LoadedTrip, loaded: Loaded) -> None:
    """The report's "changes since" section: ``old`` compared with this version."""
    new = loaded.whole()
    if new is not None:
        report.since = build_diff(old, new, report.words)


def _summary(loaded: Loaded, words: Words) -> Report:
    """The report's head: what the trip is, and how many problems it has."""
    result, model, trip = loaded.result, loaded.model, loaded.trip
    info = model.info if model else None
    return Report(
        words=words,
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


def _item_view(model: TripModel | None, item: Item, words: Words) -> ItemView:
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
        words.term(MODES[item.move.mode]) + (f" {carrier}" if carrier else ""),
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


# -- the document -------------------------------------------------------------------


def counts_line(counts: Counts, words: Words) -> str:
    return ", ".join(
        (
            words.tn("{n} error", "{n} errors", counts.error),
            words.tn("{n} warning", "{n} warnings", counts.warning),
            words.tn("{n} suppressed", "{n} suppressed", counts.suppressed),
        )
    )


def _facts(report: Report) -> Facts:
    words = report.words
    if report.start and report.end:
        dates = words.t(
            "{start} to {end}",
            start=words.long_date(report.start),
            end=words.long_date(report.end),
        )
    else:
        dates = words.t("dates unknown")
    omitted = ""
    if report.omitted:
        omitted = words.t(
            " ({count} past the first problems are counted but not listed)", count=report.omitted
        )
    return Facts(
        (
            (words.t("File"), report.file),
            (words.t("Dates"), dates),
            (words.t("Cities"), ", ".join(report.cities) or words.t("none")),
            (words.t("Delegates"), str(report.delegates)),
            (words.t("Events"), str(report.events)),
            (words.t("Moves"), str(report.moves)),
            (words.t("Problems"), counts_line(report.counts, words) + omitted),
        )
    )


def _entry(problem: Problem, words: Words) -> Entry:
    said = problem.said
    diag = said.diagnostic
    head = line(
        Span(said.severity, str(diag.severity)),
        " ",
        Span(diag.rule, "code"),
        " (" + words.t("line {line}", line=str(diag.line)) + ")" + words.colon,
        said.message,
    )
    details = tuple(
        line(Span(i.id, "code"), f" {i.title} · {i.when} · {i.where}") for i in problem.items
    )
    aside = None
    if diag.reason:
        aside = (words.t("reason"), diag.reason)
    elif said.hint:
        aside = (words.t("hint"), said.hint)
    tone = "suppressed" if diag.suppressed else str(diag.severity)
    return Entry(head, details, aside, tone)


def _who(name: str, key: str) -> tuple[Span, ...]:
    """``Nathalie Appéré (nappere)``, the key as a key."""
    return line(name, " (", Span(key, "code"), ")") if key else line(name)


def report_document(report: Report) -> Document:
    words = report.words
    title = words.t("Pre-departure report: {title}", title=report.title)
    doc = Document(title, words.lang, words.colon, [_facts(report)])
    if report.ok and not report.counts.warning:
        doc.blocks.append(
            Paragraph((line(words.t("The programme holds: no problem left.")),), "ok")
        )
    if report.file_problems:
        entries = [_entry(p, words) for p in report.file_problems]
        doc.blocks.append(Section(line(words.t("Problems in the file")), [*entries]))
    for day in report.days:
        section = Section(line(words.long_date(day.day)), page=True)
        for delegate in day.delegates:
            entries = [_entry(p, words) for p in delegate.problems]
            section.blocks.append(Section(_who(delegate.name, delegate.key), [*entries]))
        doc.blocks.append(section)
    if report.logistics.parts:
        parts = [Section(line(heading), [Bullets(tuple(line(t) for t in lines))])
                 for heading, lines in report.logistics.parts]  # fmt: skip
        doc.blocks.append(Section(line(words.t("Logistics")), [*parts], page=True))
    if report.since is not None:
        heading = line(words.t("Changes since {old}", old=report.since.old))
        doc.blocks.append(Section(heading, [*change_sections(report.since)], page=True))
    if report.suppressed:
        entries = [_entry(p, words) for p in report.suppressed]
        doc.blocks.append(Section(line(words.t("Suppressed (ignore entries)")), [*entries]))
    if report.contacts is not None:
        doc.blocks.append(Section(line(words.t("Who to call")), [report.contacts]))
    doc.blocks.append(Section(line(words.t("Per delegate")), [_per_delegate(report)]))
    return doc


def _per_delegate(report: Report) -> Table:
    words = report.words
    columns = (
        Column(words.t("Delegate")),
        Column(words.t("Errors"), numeric=True, weight=0),
        Column(words.t("Warnings"), numeric=True, weight=0),
        Column(words.t("Suppressed"), numeric=True, weight=0),
    )
    rows = []
    for row in report.per_delegate:
        counts = (row.counts.error, row.counts.warning, row.counts.suppressed)
        cells: tuple[Cell, ...] = ((_who(row.name, row.key),), *((line(str(n)),) for n in counts))
        rows.append(Row(cells))
    return Table(columns, tuple(rows))
