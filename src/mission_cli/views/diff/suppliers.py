"""``diff OLD NEW --for hotel|caterer|transport``: the changes one supplier must hear of,
worded for them, with names (never keys) and dates in words.

Each supplier's sheet is compared, not the file: the hotel's rooming rows (a row per
guest and stay: a guest added to a stay, a night removed, a room now shared), the
caterer's meals (the time, the place, the covers, each need and who has it: a delegate's
new diet is a change for the caterer, though no event changed), the coach company's
moves (times, route, seats, notes, each passenger). Items are matched by id, guests by
their key, as ``diff`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mission_cli.clock.times import local_time
from mission_cli.pipeline import LoadedTrip
from mission_cli.views.document import Block, Document, Entry, Paragraph, Section, Span, line
from mission_cli.views.items import carrier_label, event_place, route
from mission_cli.views.logistics.meals import needs
from mission_cli.views.logistics.rooming import hotel_rows, hotels_of
from mission_cli.views.logistics.sheets import person_name
from mission_cli.words.message import N_
from mission_cli.words.terms import MEALS, MODES
from mission_cli.words.words import Words

SUPPLIERS = ("hotel", "caterer", "transport")
ITEMS = {"hotel": "lodging", "caterer": "event", "transport": "travel"}
"""The items of the file each supplier's sheet is made of (an event: one with a meal)."""
_TITLES = {
    "hotel": N_("Changes to the rooming list: {title}"),
    "caterer": N_("Changes to the meals: {title}"),
    "transport": N_("Changes to the passenger lists: {title}"),
}
Facts = dict[str, Any]
"""What a supplier reads of one row (a guest's stay, a meal, a move), by field."""


@dataclass(frozen=True, slots=True)
class SupplierNotice:
    """What ``--for`` prints: a document, in any of its formats."""

    notice: Document

    def document(self) -> Document:
        return self.notice


def supplier_notice(
    old: LoadedTrip, new: LoadedTrip, supplier: str, words: Words
) -> SupplierNotice:
    facts: Callable[[LoadedTrip, Words], dict[str, tuple[str, Facts]]] = {
        "hotel": _stays, "caterer": _meals, "transport": _moves,
    }[supplier]  # fmt: skip
    before, after = facts(old, words), facts(new, words)
    sections: dict[str, list[Block]] = {}
    for key in [*after, *(k for k in before if k not in after)]:
        was, now = before.get(key), after.get(key)
        entry = _entry(was[1] if was else None, now[1] if now else None, words)
        if entry is not None:
            heading = (now or was)[0]  # type: ignore[index]
            sections.setdefault(heading, []).append(entry)
    blocks: list[Block] = []
    for heading, entries in sections.items():  # a hotel and its guests; meals and moves alone
        blocks += [Section(line(heading), entries)] if heading else entries
    if not blocks:
        blocks.append(Paragraph((line(words.t("No change.")),), "note"))
    title = words.t(_TITLES[supplier], title=new.info.title)
    return SupplierNotice(Document(title, words.lang, words.colon, blocks))


def _entry(was: Facts | None, now: Facts | None, words: Words) -> Entry | None:
    """``+ APPÉRÉ Nathalie: added, …``, ``− …: cancelled``, ``~ …: departure 16/10/2025 →
    15/10/2025``; None when nothing the supplier reads changed."""
    if was is None or now is None:
        shown = now or was
        assert shown is not None
        said = [line(f"{k}{words.colon}{v}") for k, v in _said(shown)]
        if was is None:
            head = line(Span("+", "ok"), " ", words.t("{name}: added", name=shown["name"]))
            return Entry(head, tuple(said), tone="ok")
        head = line(Span("−", "error"), " ", words.t("{name}: cancelled", name=shown["name"]))
        return Entry(head, tuple(said), tone="error")
    name = now["name"]
    lines = []
    for key in [*now, *(k for k in was if k not in now)]:
        old, new = was.get(key), now.get(key)
        if key == "name" or old == new:
            continue
        if isinstance(old, frozenset) or isinstance(new, frozenset):
            old, new = old or frozenset(), new or frozenset()
            came = [f"+{v}" for v in sorted(new - old)]
            gone = [f"−{v}" for v in sorted(old - new)]
            lines.append(f"{key}{words.colon}{', '.join(came + gone)}")
        else:
            lines.append(f"{key}{words.colon}{old or '—'} → {new or '—'}")
    if not lines:
        return None
    head = line(Span("~", "warning"), " ", words.t("{name}: changed", name=name))
    return Entry(head, tuple(line(text) for text in lines), tone="warning")


def _said(facts: Facts) -> list[tuple[str, str]]:
    out = []
    for key, value in facts.items():
        if key == "name" or value in ("", None, frozenset()):
            continue
        out.append((key, ", ".join(sorted(value)) if isinstance(value, frozenset) else str(value)))
    return out


def _stays(loaded: LoadedTrip, words: Words) -> dict[str, tuple[str, Facts]]:
    """(lodging, guest) -> (hotel, the guest's row of the rooming list)."""
    trip = loaded.trip
    out: dict[str, tuple[str, Facts]] = {}
    names = _labels(words, "arrival", "departure", "nights", "room", "sharing", "confirmation")
    for hotel in hotels_of(trip):
        rows, stays = hotel_rows(trip, hotel, words, personal=False)
        for row, stay in zip(rows, stays, strict=True):
            family, given, *shown = row
            facts: Facts = {"name": f"{family} {given}".strip()}
            facts |= {label: str(value) for label, value in zip(names, shown, strict=True)}
            out[f"{stay['lodging']}/{stay['guest']}"] = (hotel.name, facts)
    return out


def _meals(loaded: LoadedTrip, words: Words) -> dict[str, tuple[str, Facts]]:
    """Meal id -> (no heading, the meal: its time, place, covers and each need with its
    names)."""
    trip = loaded.trip
    out: dict[str, tuple[str, Facts]] = {}
    when, place, covers = _labels(words, "when", "venue", "covers")
    for event in sorted(trip.events, key=lambda e: (e.start, e.index)):
        if not event.event.meal:
            continue
        start, end = local_time(event.start, event.zone), local_time(event.end, event.zone)
        meal = words.term(MEALS[event.event.meal])
        facts: Facts = {
            "name": f"{meal[:1].upper()}{meal[1:]} · {event.event.title}",
            when: f"{words.long_date(start.date())}, {start:%H:%M}–{end:%H:%M %Z}",
            place: event_place(trip.model, event.city, event.venue, address=True,
                               with_city=True),
            covers: str(len(event.attendees) + event.event.guests),
        }  # fmt: skip
        for need, people in needs(trip, event.attendees, words):
            facts[need] = frozenset(people)
        out[event.id] = ("", facts)
    return out


def _moves(loaded: LoadedTrip, words: Words) -> dict[str, tuple[str, Facts]]:
    """Move id -> (no heading, the move: its times, seats, notes and passengers)."""
    trip, model = loaded.trip, loaded.model
    out: dict[str, tuple[str, Facts]] = {}
    depart, arrive, seats, notes, passengers = _labels(
        words, "depart", "arrive", "seats", "notes", "passenger"
    )
    for move in sorted(trip.moves, key=lambda m: (m.depart, m.index)):
        leave = local_time(move.depart, move.from_zone)
        reach = local_time(move.arrive, move.to_zone)
        mode = words.term(MODES[move.move.mode])
        what = " ".join(p for p in (mode, carrier_label(move.move)) if p)
        name = f"{what} · {route(model, move.move)}"
        out[move.id] = ("", {
            "name": name,
            depart: f"{words.long_date(leave.date())}, {leave:%H:%M %Z}",
            arrive: f"{words.long_date(reach.date())}, {reach:%H:%M %Z}",
            seats: "" if move.move.seats is None else str(move.move.seats),
            notes: move.move.notes or "",
            passengers: frozenset(person_name(model.delegates[k]) for k in move.passengers),
        })  # fmt: skip
    return out


def _labels(words: Words, *keys: str) -> list[str]:
    """The sheet's column titles, in lower case: what a line of a notice names."""
    from mission_cli.views.logistics.sheets import columns

    return [label[:1].lower() + label[1:] for label in columns(words, *keys)]
