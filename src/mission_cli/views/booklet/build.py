"""A booklet's document (``booklet.data.BookletData``) from a loaded trip: the cover, the
delegation, the timeline (for several delegates), the contacts and the days, every word
in the trip's language.

Personal data (the delegates' own phones and e-mails, their diets) is put in only for an
edition made with ``personal``; official contacts, hotels and venues' on-site contacts
always are. Items in error are not in a ``LoadedTrip``'s schedule: they are left out
here as in the agenda, and the command names them.
"""

from __future__ import annotations

from datetime import date, time

from mission_cli.booklet.data import BookletData, Cover, Delegate
from mission_cli.clock.times import wall_clock
from mission_cli.views.booklet.days import booklet_days
from mission_cli.views.booklet.directory import booklet_contacts
from mission_cli.views.booklet.edition import Edition, Selection
from mission_cli.views.booklet.labels import booklet_labels
from mission_cli.views.booklet.timeline import booklet_timeline
from mission_cli.views.items import city_name

NAMED = 3
"""Whose booklet names this many delegates at most; then "and N others"."""


def booklet_data(ed: Edition, who_for: Selection) -> BookletData:
    """The document of the booklet of ``who_for``."""
    words, model = ed.words, ed.model
    days = booklet_days(ed, who_for)
    homes = [city.name for city in model.cities.values() if city.home]
    return {
        "lang": words.lang,
        "date": ed.day.isoformat(),
        "title": ed.loaded.info.title,
        "subtitle": None,
        "whose": whose(ed, who_for),
        "labels": booklet_labels(words, homes[0] if homes else None),
        "cover": _cover(ed, who_for),
        "delegation": _delegation(ed),
        "contacts": booklet_contacts(ed, who_for),
        "days": days,
        "timeline": booklet_timeline(ed, who_for) if len(who_for.keys) > 1 else None,
    }


def whose(ed: Edition, who_for: Selection) -> str:
    """``Nathalie Appéré``; ``Whole delegation``; a group's name when the delegates are
    exactly a group; else their names, the first few and how many more."""
    words, model = ed.words, ed.model
    if who_for.whole:
        return words.t("Whole delegation")
    chosen = set(who_for.keys)
    for key, members in ed.trip.groups.items():
        group = model.groups.get(key)
        if group is not None and len(who_for.keys) > 1 and set(members) == chosen:
            return group.name
    names = [model.delegates[key].name for key in who_for.keys]
    if len(names) <= NAMED:
        return words.join(names)
    more = words.tn("and {n} other", "and {n} others", len(names) - NAMED + 1)
    return ", ".join(names[: NAMED - 1]) + " " + more


def _cover(ed: Edition, who_for: Selection) -> Cover:
    """The booklet's own dates (a delegate who joins later has a shorter trip) and the
    cities where its delegates stay or meet, in the order they reach them."""
    words, trip = ed.words, ed.trip
    days = sorted({d for k in who_for.keys for d in _own_days(ed, k)})
    first, last = (days[0], days[-1]) if days else (trip.start, trip.end)
    dates = (
        words.t("{start} to {end}", start=words.long_date(first), end=words.long_date(last))
        if first is not None and last is not None
        else ""
    )
    return {
        "dates": dates,
        "cities": _cities(ed, who_for),
        "issuer": ed.loaded.info.organizer,
        "edition": words.t("Version of {date}", date=words.long_date(ed.day)),
        "notice": (
            words.t("Holds personal data: for the delegates named, not for circulation.")
            if ed.personal
            else None
        ),
    }


def _own_days(ed: Edition, key: str) -> list[date]:
    """The local dates of a delegate's items and legs."""
    timeline = ed.timelines.get(key)
    if timeline is None:
        return []
    found = [e.local_start.date() for e in timeline.events]
    found += [e.local_end.date() for e in timeline.events]
    found += [m.local_depart.date() for m in timeline.moves]
    found += [wall_clock(m.arrive, m.to_zone).date() for m in timeline.moves]
    found += [day for leg in timeline.legs for day in (leg.start, leg.end)]
    return found


def _cities(ed: Edition, who_for: Selection) -> list[str]:
    """The cities where the booklet's delegates sleep or have an item, home cities and
    connections left out, in time order."""
    model, keys = ed.model, set(who_for.keys)
    homes = {key for key, city in model.cities.items() if city.home}
    found: list[tuple[date, int, time, str]] = [
        (event.local_start.date(), 0, event.local_start.time(), event.city)
        for event in ed.trip.events
        if keys.intersection(event.attendees)
    ]
    for key in who_for.keys:
        found += [(n.day, 1, time(), n.city) for n in ed.nights.get(key, ()) if n.city]
    cities = [city for *_, city in sorted(found) if city not in homes]
    return [city_name(model, city) for city in dict.fromkeys(cities)]


def _delegation(ed: Edition) -> list[Delegate]:
    """Every delegate: name, position, organisation, groups by their display names;
    their phone and e-mail only in an edition with personal data."""
    model = ed.model
    rows: list[Delegate] = []
    for person in model.delegates.values():
        groups = [model.groups[g].name if g in model.groups else g for g in person.groups]
        row: Delegate = {
            "name": person.name,
            "title": person.title,
            "organization": person.organization,
            "groups": ", ".join(groups) or None,
        }
        if ed.personal:
            row["contact"] = " · ".join(p for p in (person.phone, person.email) if p) or None
        rows.append(row)
    return rows
