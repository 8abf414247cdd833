"""The pre-departure report's data, gathered from a loaded trip: each problem under its
day and its delegates, numbered in the order the document shows them (see ``report``)."""

from __future__ import annotations

import re
from datetime import date

from mission_cli.catalog import FILE_RULES, RULES
from mission_cli.checks.context import named_groups
from mission_cli.clock.times import in_zone, span_text
from mission_cli.diagnostics import Diagnostic
from mission_cli.model.build import TripModel
from mission_cli.pipeline import Loaded, LoadedTrip
from mission_cli.resolve.items import Item, ResolvedEvent
from mission_cli.views.contacts import contact_object, contacts_table
from mission_cli.views.diff.view import build_diff
from mission_cli.views.items import carrier_label, event_place, route
from mission_cli.views.logistics.report_part import build_report_logistics
from mission_cli.views.report import (
    NOBODY,
    DaySection,
    DelegateCount,
    DelegateSection,
    ItemView,
    Problem,
    Report,
)
from mission_cli.views.validation import say
from mission_cli.words.phrases import people
from mission_cli.words.terms import MODES
from mission_cli.words.words import Words


def build_report(loaded: Loaded, words: Words, *, personal: bool = False) -> Report:
    """The report; with ``personal`` (``--include-personal``), each delegate's contacts,
    diet and documents in its logistics section."""
    model, whole = loaded.model, loaded.whole()
    report = _summary(loaded, words)
    names = {k: d.name for k, d in model.delegates.items()} if model else {}
    counts = {k: DelegateCount(k, names[k]) for k in names}
    days = _problems_by_day(loaded, report, words, counts)
    order = {k: i for i, k in enumerate(names)}
    for day in sorted(days):
        sections, problems = days[day]
        ordered = sorted(sections.values(), key=lambda s: order.get(s.key, len(order)))
        report.days.append(DaySection(day, ordered, problems))
    _number(report, counts)
    report.per_delegate = list(counts.values())
    if whole is not None:
        report.logistics = build_report_logistics(whole.trip, words, personal=personal)
    if model is not None and model.contacts:  # official, not personal: always shown
        contacts = [contact for _, contact in model.contacts]
        report.contacts = contacts_table(model, contacts, words)
        report.contact_objects = [contact_object(contact) for contact in contacts]
    return report


Days = dict[date, tuple[dict[str, DelegateSection], list[Problem]]]


def _problems_by_day(
    loaded: Loaded, report: Report, words: Words, counts: dict[str, DelegateCount]
) -> Days:
    """Each live problem under its day (the file's own in ``report.file_problems``), and
    under each delegate it concerns; the suppressed ones apart."""
    model, trip = loaded.model, loaded.trip
    items: dict[str, Item] = {}
    by_place: dict[str, Item] = {}
    if trip is not None:
        items.update({e.id: e for e in trip.events} | {m.id: m for m in trip.moves})
        by_place.update({f"events[{e.index}]": e for e in trip.events})
        by_place.update({f"travel[{m.index}]": m for m in trip.moves})
    groups = named_groups(trip) if trip is not None else []
    days: Days = {}
    for diag in loaded.result.diagnostics:
        shown = [_item_view(model, items[i], words) for i in diag.events if i in items and model]
        who = ""
        if model is not None and diag.delegates:
            concerned = people(counts, groups, diag.delegates, lambda k: counts[k].name)
            who = concerned.say(words)
        problem = Problem(say(diag, words), shown, who)
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
        sections, problems = days.setdefault(day, ({}, []))
        problems.append(problem)
        listed = () if RULES[diag.rule].whole_item else diag.delegates
        for key in listed or (NOBODY,):
            name = counts[key].name if key in counts else key
            if key == NOBODY:
                name = words.t("Not tied to a delegate")
            sections.setdefault(key, DelegateSection(key, name)).problems.append(problem)
    return days


def _number(report: Report, counts: dict[str, DelegateCount]) -> None:
    """Number the problems in the order the document shows them, and give each delegate
    the numbers of theirs."""
    shown = [*report.file_problems, *(p for d in report.days for p in d.problems)]
    for number, problem in enumerate([*shown, *report.suppressed], 1):
        problem.number = number
        diag = problem.diagnostic
        for key in () if diag.rule in FILE_RULES else diag.delegates:
            if key in counts:
                counts[key].numbers.append(number)


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
