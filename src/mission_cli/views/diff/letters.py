"""``diff --per-delegate``: a letter to each delegate whose programme changed, ready to
send as it is, in the trip's language.

It opens with the delegate's ``salutation`` (``Madame la Maire,``), else a neutral
formula of the language (``Bonjour,``, ``Hello,``); says each change under its local day
in words, its times as the agenda says them (local, with their zone; with ``--home-time``
a second line at home's clock); and is signed by the organiser: the first ``contacts``
entry of role ``organizer`` (its name, phone and e-mail), else ``trip.organizer``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from mission_cli.clock.times import local_time
from mission_cli.model.build import TripModel
from mission_cli.pipeline import LoadedTrip
from mission_cli.views.diff.by_delegate import DelegateChanges, details
from mission_cli.views.diff.compare import PEOPLE, Change, Snapshot
from mission_cli.views.diff.view import DiffView
from mission_cli.views.document import Block, Document, Entry, Paragraph, Section, Span, line
from mission_cli.views.items import city_name
from mission_cli.words.message import N_
from mission_cli.words.terms import CHANGES, FIELDS, MODES
from mission_cli.words.words import Words

_PARTS = (
    ("added", N_("Added to your programme")),
    ("removed", N_("Cancelled (remove it from your calendar)")),
    ("changed", N_("Changed")),
)


@dataclass(frozen=True, slots=True)
class LetterOptions:
    old: LoadedTrip
    new: LoadedTrip
    home_time: bool = False


def letter(view: DiffView, section: DelegateChanges, options: LetterOptions) -> Document:
    """The letter to the delegate of ``section``."""
    words = view.words
    model = options.new.model
    title = view.title.split(words.colon, 1)[-1]
    person = model.delegates.get(section.key) or options.old.model.delegates.get(section.key)
    opening = f"{person.salutation}," if person is not None and person.salutation else None
    blocks: list[Block] = [
        Paragraph((line(opening or words.t("Hello,")),), "prose"),
        Paragraph((line(words.t("Your programme has changed since the last version:")),), "prose"),
    ]
    mine = [(c, c.for_delegate(section.key)) for c in view.changes.changes]
    for kind, heading in _PARTS:
        changes = sorted((c for c, k in mine if k == kind), key=_order)
        if changes:
            entries: list[Block] = [_entry(change, kind, options, words) for change in changes]
            blocks.append(Section(line(words.t(heading)), entries))
    home = options.new.trip.home_zone
    said = words.t("Times are local, with their zone.")
    if options.home_time and home is not None:
        said += " " + words.t("The second line gives the time at home.")
    blocks.append(Paragraph((line(said),), "prose"))
    blocks.append(Paragraph(tuple(line(text) for text in signature(model, words)), "prose"))
    subject = words.t("Your programme: {title}", title=title)
    return Document(subject, words.lang, words.colon, blocks)


def signature(model: TripModel, words: Words) -> list[str]:
    """``Cordialement,`` then the organiser: the ``organizer`` contact (name, phone,
    e-mail), else ``trip.organizer``; nothing more when neither is given."""
    closing = [words.t("Kind regards,")]
    contact = next((c for _, c in model.contacts if c.role == "organizer"), None)
    if contact is not None:
        return [*closing, contact.name, *(p for p in (contact.phone, contact.email) if p)]
    organizer = model.info.organizer if model.info is not None else None
    return [*closing, organizer] if organizer else closing


def _order(change: Change) -> tuple[bool, date, float]:
    """By local day, then instant."""
    shown = change.new if change.new is not None else change.old
    assert shown is not None
    moment = shown.start.timestamp() if shown.start is not None else 0.0
    return shown.day is None, shown.day or date.min, moment


def _entry(change: Change, kind: str, options: LetterOptions, words: Words) -> Entry:
    """``mardi 14 octobre 2025, 10:00–11:30 JST : Rencontre…``, with the time at home, the
    place, and what changed."""
    shown = change.old if kind == "removed" else change.new
    assert shown is not None
    model = options.new.model if kind != "removed" else options.old.model
    head = f"{when(shown, words)}{words.colon}{_title(shown, model, words)}"
    more: list[str] = []
    home = _home(shown, options, words)
    if home:
        more.append(home)
    place = _place(shown, model)
    if place and kind != "removed":
        more.append(place)
    if kind == "changed":
        assert change.old is not None
        more += _changed(change, options, words)
    said = tuple(line(Span(text, "dim" if text == home else "")) for text in more)
    return Entry(line(head), said)


def when(snapshot: Snapshot, words: Words, zone: tzinfo | None = None) -> str:
    """The day in words and the local times with their zone, as the agenda says them:
    ``mardi 14 octobre 2025, 10:00–11:30 JST``; a move ``… 10:30 JST → 15:30 JST``; a
    lodging its arrival and departure days."""
    if snapshot.item == "lodging":
        first = date.fromisoformat(str(snapshot.compared["check_in"]))
        last = date.fromisoformat(str(snapshot.compared["check_out"]))
        return words.t("from {first} to {last}", first=words.long_date(first),
                       last=words.long_date(last))  # fmt: skip
    assert snapshot.start is not None
    assert snapshot.end is not None
    start_zone = zone or snapshot.start_zone
    end_zone = zone or snapshot.end_zone
    assert start_zone is not None
    assert end_zone is not None
    start, end = local_time(snapshot.start, start_zone), local_time(snapshot.end, end_zone)
    day = start.date()
    later = f" ({words.long_date(end.date())})" if end.date() != day else ""
    if snapshot.item == "travel":
        hours = f"{start:%H:%M %Z} → {end:%H:%M %Z}{later}"
    elif start.abbreviation == end.abbreviation and not later:
        hours = f"{start:%H:%M}–{end:%H:%M %Z}"
    else:
        hours = f"{start:%H:%M %Z}–{end:%H:%M %Z}{later}"
    return f"{words.long_date(day)}, {hours}"


def _home(snapshot: Snapshot, options: LetterOptions, words: Words) -> str | None:
    """The same times at home, when asked and when home's clock differs."""
    zone = options.new.trip.home_zone
    if not options.home_time or zone is None or snapshot.start is None:
        return None
    here, there = when(snapshot, words), when(snapshot, words, zone)
    return None if here == there else words.t("at home: {when}", when=there)


def _title(snapshot: Snapshot, model: TripModel, words: Words) -> str:
    """An event's or a lodging's name; a move's mode, route and carrier."""
    if snapshot.item != "travel":
        return snapshot.title
    c = snapshot.compared
    route = f"{city_name(model, c['from'])} → {city_name(model, c['to'])}"
    carrier = " ".join(p for p in (c["carrier"], c["number"]) if p)
    return f"{words.term(MODES[c['mode']])} {route}" + (f" ({carrier})" if carrier else "")


def _place(snapshot: Snapshot, model: TripModel) -> str | None:
    """Where an event happens: its venue and address, or its city."""
    venue = snapshot.compared.get("venue")
    if snapshot.item != "event":
        return None
    place = model.venues.get(str(venue)) if venue else None
    if place is not None:
        return ", ".join(p for p in (place.name, place.address) if p)
    return city_name(model, str(snapshot.compared.get("city")))


def _changed(change: Change, options: LetterOptions, words: Words) -> list[str]:
    """What changed: the times in words (``moved: … → …``), then the other fields."""
    assert change.old is not None
    assert change.new is not None
    lines = details(change, options.new.model, options.old.model, words)
    times = {"start", "end", "depart", "arrive", "check_in", "check_out"}
    if times & set(change.fields):
        moved = words.term(CHANGES["moved"])
        lines[0] = f"{moved}{words.colon}{when(change.old, words)} → {when(change.new, words)}"
    people = PEOPLE[change.item]
    if people in change.fields:  # names, never keys
        field = f"{words.term(FIELDS[people])}{words.colon}"
        old, new = change.fields[people]
        names = {**options.old.model.delegates, **options.new.model.delegates}
        came = [f"+{names[k].name}" for k in sorted(set(new or []) - set(old or [])) if k in names]
        gone = [f"−{names[k].name}" for k in sorted(set(old or []) - set(new or [])) if k in names]
        lines = [f"{field}{', '.join(came + gone)}" if t.startswith(field) else t for t in lines]
    return lines
