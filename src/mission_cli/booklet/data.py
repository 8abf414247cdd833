"""The document the booklet's template reads: its shape as TypedDicts, and the checks
that turn a mistake in it into a plain error before Typst reports it in its own terms.

Every string is already worded in the booklet's language by the caller (dates, times,
names, the labels): the template only lays them out. Optional keys (``NotRequired``) may
also be given as ``None``; both mean "print nothing there". The JSON sketch and the
meaning of each key are in the docstring of ``typeset.py``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NotRequired, TypedDict

LANGS = ("en", "fr")

LABELS = (
    "booklet",
    "holder",
    "contents",
    "delegation",
    "col_name",
    "col_position",
    "col_organization",
    "col_groups",
    "timeline",
    "travel",
    "contacts",
    "col_contact",
    "col_phone",
    "col_details",
    "programme",
    "col_time",
    "col_item",
    "col_place",
    "home_time",
    "people",
    "meal",
    "on_site",
    "carried",
    "night",
    "page",
)
"""Every word the template prints of its own: the keys of ``labels``."""

CITY_PALETTE = ("#9fb3c8", "#d9c6a5", "#a9c4a0", "#c9a9a6", "#b7aacb", "#c8c8c8")
"""Muted fills for the timeline's cities, distinct in colour and still apart when
printed in grey."""

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class Cover(TypedDict):
    dates: str
    """``du 2 au 11 avril 2024``."""
    cities: list[str]
    issuer: NotRequired[str | None]
    """Who hands the booklet out: ``Ville de Rennes · Relations internationales``."""
    edition: NotRequired[str | None]
    """``Version du 28 mars 2024``."""
    notice: NotRequired[str | None]
    """A closing line, such as a confidentiality notice."""


class Delegate(TypedDict):
    name: str
    title: NotRequired[str | None]
    organization: NotRequired[str | None]
    groups: NotRequired[str | None]
    """The groups, already joined: ``élus, presse``."""
    contact: NotRequired[str | None]
    """Their own phone and e-mail: personal data, given only when asked for."""


class Contact(TypedDict):
    name: str
    role: NotRequired[str | None]
    phone: NotRequired[str | None]
    email: NotRequired[str | None]
    address: NotRequired[str | None]
    notes: NotRequired[str | None]


class ContactSection(TypedDict):
    heading: str
    rows: list[Contact]


class Item(TypedDict):
    time: str
    """In the zone of the item's place: ``09:00–10:30 EDT``."""
    title: str
    home_time: NotRequired[str | None]
    """The same span at home: ``15:00–16:30 CEST``."""
    kind: NotRequired[str | None]
    """``Réunion``, ``Vol``, ``Déjeuner``."""
    place: NotRequired[str | None]
    people: NotRequired[str | None]
    meal: NotRequired[str | None]
    """The meal and its venue, when the item includes one."""
    contact: NotRequired[str | None]
    """The on-site contact of the venue: name and phone."""
    notes: NotRequired[str | None]
    carried: NotRequired[bool]
    """True on the arrival day's copy of an item that began the day before."""


class Day(TypedDict):
    heading: str
    """``jeudi 4 avril 2024 — Rochester``."""
    items: list[Item]
    note: NotRequired[str | None]
    """A line under the heading, such as the day's zone and its offset from home."""
    night: NotRequired[str | None]
    """The night's hotel, address and phone; None when the night is not in a hotel."""


class Segment(TypedDict):
    start: float
    """Fractions of the trip's length, 0 at its first day's midnight, 1 after its last."""
    end: float
    city: str | None
    """A name of ``TimelineData.cities``; None for a move (drawn hatched)."""


class TimelineRow(TypedDict):
    name: str
    segments: list[Segment]


class City(TypedDict):
    name: str
    colour: str
    """``#rrggbb``; ``CITY_PALETTE`` has sober ones."""


class TimelineData(TypedDict):
    days: list[str]
    """One short label per day, left to right: ``jeu. 4``."""
    cities: list[City]
    rows: list[TimelineRow]


class BookletData(TypedDict):
    lang: str
    date: str
    """ISO date, the document's date (the trip file's): the same file, the same bytes."""
    title: str
    whose: str
    labels: dict[str, str]
    cover: Cover
    delegation: list[Delegate]
    contacts: list[ContactSection]
    days: list[Day]
    subtitle: NotRequired[str | None]
    timeline: NotRequired[TimelineData | None]


class BookletDataError(ValueError):
    """A booklet document the template cannot lay out (a caller's mistake)."""


def check_data(data: BookletData) -> None:
    """Raise ``BookletDataError`` naming the first thing the template would trip on:
    Typst's own message would point into the template rather than at the data."""
    if data["lang"] not in LANGS:
        raise BookletDataError(f"lang must be one of {', '.join(LANGS)}, not {data['lang']!r}")
    try:
        date.fromisoformat(data["date"])
    except ValueError:
        raise BookletDataError(f"date is not an ISO date: {data['date']!r}") from None
    missing = [key for key in LABELS if not isinstance(data["labels"].get(key), str)]
    if missing:
        raise BookletDataError(f"labels lack {', '.join(missing)}")
    timeline = data.get("timeline")
    if timeline is not None:
        _check_timeline(timeline)


def _check_timeline(timeline: TimelineData) -> None:
    names = set()
    for city in timeline["cities"]:
        if not _COLOUR.fullmatch(city["colour"]):
            raise BookletDataError(f"colour of {city['name']!r} is not #rrggbb")
        names.add(city["name"])
    if not timeline["days"]:
        raise BookletDataError("the timeline has no days")
    for row in timeline["rows"]:
        for segment in row["segments"]:
            if not 0 <= segment["start"] <= segment["end"] <= 1:
                raise BookletDataError(f"a segment of {row['name']!r} is not within 0..1")
            if segment["city"] is not None and segment["city"] not in names:
                raise BookletDataError(f"{segment['city']!r} is not a city of the timeline")
