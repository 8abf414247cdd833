"""The logistics section of the pre-departure report: nights without a bed, entry
documents missing or expired, rooms and vehicles over capacity.

Facts, not findings: the section says how things stand whatever ``ignore`` entries say
(the findings themselves stand under their days). Each part appears only where the trip
uses it: beds with a ``lodging`` section, documents with ``entry`` rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from mission_cli.checks.context import named_groups
from mission_cli.checks.folds import runs
from mission_cli.model.build import TripModel
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.views.items import city_name
from mission_cli.views.logistics.documents import entries_of
from mission_cli.views.logistics.personal import personal_lines, personal_object
from mission_cli.views.logistics.rooming import unhoused
from mission_cli.words.message import N_
from mission_cli.words.phrases import nights as nights_said
from mission_cli.words.phrases import people
from mission_cli.words.terms import DOCUMENTS
from mission_cli.words.words import Words


@dataclass(slots=True)
class ReportLogistics:
    data: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """The JSON: ``unhoused``, ``documents``, ``over_capacity``."""
    parts: list[tuple[str, list[str]]] = field(default_factory=list)
    """(heading, lines) in the report's language, for the printed formats."""


def build_report_logistics(
    trip: ResolvedTrip, words: Words, *, personal: bool = False
) -> ReportLogistics:
    model = trip.model
    found = ReportLogistics()
    beds = unhoused(trip) if model.has_lodging else []
    papers = [
        {"delegate": key, "country": e["country"], "enter": e["enter"],
         "missing": e["missing"], "expired": e["expired"]}
        for key, entries in entries_of(trip).items() if model.entry
        for e in entries if e["missing"] or e["expired"]
    ]  # fmt: skip
    crowded = over_capacity(trip)
    found.data = {"unhoused": beds, "documents": papers, "over_capacity": crowded}
    if beds:
        found.parts.append((words.t("Nights without a bed"), _bed_lines(trip, beds, words)))
    if papers:
        heading = words.t("Entry documents missing or expired")
        found.parts.append((heading, _paper_lines(model, papers, words)))
    if crowded:
        lines = [
            words.tn("{item}: {people} people for {n} place",
                     "{item}: {people} people for {n} places",
                     c["capacity"], item=c["id"], people=c["people"])
            for c in crowded
        ]  # fmt: skip
        found.parts.append((words.t("Over capacity"), lines))
    if personal:
        found.data["personal"] = [personal_object(model, key) for key in model.delegates]
        lines = personal_lines(model, model.delegates, words)
        if lines:
            heading = words.t("Contacts and needs (personal data: do not circulate)")
            found.parts.append((heading, lines))
    return found


def _bed_lines(trip: ResolvedTrip, beds: list[dict[str, str]], words: Words) -> list[str]:
    """A line per city and run of nights, naming everyone without a bed then."""
    nights: dict[tuple[str, str], list[date]] = {}
    for bed in beds:
        day = date.fromisoformat(bed["date"])
        nights.setdefault((bed["city"], bed["delegate"]), []).append(day)
    found: dict[tuple[str, tuple[date, ...]], list[str]] = {}
    for (city, key), days in nights.items():
        for span in runs(days):
            found.setdefault((city, tuple(span)), []).append(key)
    model, groups = trip.model, named_groups(trip)
    return [
        words.t(
            "{city}, {nights}: {who}",
            city=city_name(model, city),
            nights=nights_said(list(span)),
            who=people(model.delegates, groups, keys, lambda k: model.delegates[k].name),
        )
        for (city, span), keys in found.items()
    ]


_PAPER_LINES = (
    ("missing", N_("{delegate}: {kinds} missing to enter {country} on {date}")),
    ("expired", N_("{delegate}: {kinds} expired to enter {country} on {date}")),
)


def _paper_lines(model: TripModel, papers: list[dict[str, Any]], words: Words) -> list[str]:
    lines = []
    for paper in papers:
        country = f"{words.country(paper['country'])} ({paper['country']})"
        for key, template in _PAPER_LINES:
            if paper[key]:
                kinds = ", ".join(words.term(DOCUMENTS[k]) for k in paper[key])
                name = model.delegates[paper["delegate"]].name
                lines.append(words.t(template, delegate=name, kinds=kinds,
                                     country=country, date=paper["enter"] or "?"))  # fmt: skip
    return lines


def over_capacity(trip: ResolvedTrip) -> list[dict[str, Any]]:
    """``{"id", "type", "people", "capacity"}`` of every event with more people (attendees
    and guests) than its venue holds, and every move with more passengers than seats, in
    time order."""
    found: list[tuple[datetime, int, dict[str, Any]]] = []
    venues = trip.model.venues
    for event in trip.events:
        venue = venues.get(event.venue) if event.venue else None
        people = len(event.attendees) + event.event.guests
        if venue is not None and venue.capacity is not None and people > venue.capacity:
            found.append((event.start, event.index, {"id": event.id, "type": "event",
                          "people": people, "capacity": venue.capacity}))  # fmt: skip
    for move in trip.moves:
        seats = move.move.seats
        if seats is not None and len(move.passengers) > seats:
            found.append((move.depart, move.index, {"id": move.id, "type": "travel",
                          "people": len(move.passengers), "capacity": seats}))  # fmt: skip
    return [entry for _, _, entry in sorted(found, key=lambda f: (f[0], f[1]))]
