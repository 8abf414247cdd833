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

from mission_cli.checks.folds import runs
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.views.items import city_name
from mission_cli.views.logistics.documents import entries_of
from mission_cli.views.logistics.personal import personal_lines, personal_object
from mission_cli.views.logistics.rooming import unhoused
from mission_cli.words.countries import country_name
from mission_cli.words.labels import label


@dataclass(slots=True)
class ReportLogistics:
    data: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """The JSON: ``unhoused``, ``documents``, ``over_capacity``."""
    parts: list[tuple[str, list[str]]] = field(default_factory=list)
    """(heading, lines) in the report's language, for the printed formats."""


def build_report_logistics(
    trip: ResolvedTrip, lang: str, *, personal: bool = False
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
        found.parts.append((label(lang, "unhoused"), _bed_lines(trip, beds, lang)))
    if papers:
        found.parts.append((label(lang, "documents_missing"), _paper_lines(papers, lang)))
    if crowded:
        lines = [
            label(lang, "over_line", item=c["id"], people=str(c["people"]),
                  capacity=str(c["capacity"]))
            for c in crowded
        ]  # fmt: skip
        found.parts.append((label(lang, "over_capacity"), lines))
    if personal:
        found.data["personal"] = [personal_object(model, key) for key in model.delegates]
        lines = personal_lines(model, model.delegates, lang)
        if lines:
            found.parts.append((label(lang, "personal_part"), lines))
    return found


def _bed_lines(trip: ResolvedTrip, beds: list[dict[str, str]], lang: str) -> list[str]:
    """A line per delegate, city and run of nights."""
    nights: dict[tuple[str, str], list[date]] = {}
    for bed in beds:
        nights.setdefault((bed["delegate"], bed["city"]), []).append(
            date.fromisoformat(bed["date"])
        )
    lines = []
    for (key, city), days in nights.items():
        for span in runs(days):
            dates = str(span[0]) if len(span) == 1 else f"{span[0]} → {span[-1]}"
            lines.append(label(lang, "unhoused_line", delegate=key,
                               city=city_name(trip.model, city), date=dates))  # fmt: skip
    return lines


def _paper_lines(papers: list[dict[str, Any]], lang: str) -> list[str]:
    lines = []
    for paper in papers:
        country = f"{country_name(paper['country'], lang)} ({paper['country']})"
        for key, kinds in (("missing_line", paper["missing"]), ("expired_line", paper["expired"])):
            if kinds:
                words = ", ".join(label(lang, f"doc_{k}") for k in kinds)
                lines.append(label(lang, key, delegate=paper["delegate"], kinds=words,
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
