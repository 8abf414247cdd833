"""What the sample's booklets say, read back from the PDFs (pypdf) and checked against
other outputs and the trip file: every item of a delegate's agenda (its JSON) on its local
day with the same local times, the night's hotel after each day, the contacts, and no
personal datum unless asked for (the sample's e-mails, phones, diets and document
numbers, as ``test_personal_data.py`` searches every other output)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from mission_cli.pipeline import load_path
from mission_cli.words.words import words_for
from tests.booklet.reading import as_printed, pages_text
from tests.cli.test_personal_data import PERSONAL
from tests.support import ROOT, invoke

TRIP = ROOT / "trips" / "2024-04.yaml"
LOADED = load_path(TRIP)
assert LOADED.model is not None
assert LOADED.trip is not None
MODEL, STAYS = LOADED.model, LOADED.trip.stays
FRENCH = words_for("fr")
TITLE = "Délégation rennaise à Rochester et au Québec"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("booklets")
    assert invoke("booklet", str(TRIP), "--output", str(target))[0] == 0  # an existing folder
    return target


@pytest.fixture(scope="module")
def texts(folder: Path) -> dict[str, str]:
    """Each booklet's text (every page, flattened), by its file's name."""
    return {p.stem: " ".join(pages_text(p.read_bytes())) for p in sorted(folder.iterdir())}


def agenda(key: str | None) -> list[dict[str, Any]]:
    """The items of ``mission agenda --format json`` (a delegate's, or everyone's)."""
    args = ["agenda", str(TRIP), "-f", "json", *(["-d", key] if key else [])]
    code, output = invoke(*args)
    assert code == 0
    items: list[dict[str, Any]] = json.loads(output)["items"]
    return items


def local(moment: str, zone: str) -> datetime:
    """An ISO time of the agenda's JSON on the wall clock of its zone (zoneinfo: not the
    pytz that mission uses)."""
    return datetime.fromisoformat(moment).astimezone(ZoneInfo(zone))


def shown_time(item: dict[str, Any]) -> tuple[date, str]:
    """The item's local day and its time as the booklet prints it in the place's zone:
    ``09:00–10:30 EDT``; a move ``16:15 EDT → 17:35 EDT``; ``+1`` on a later day."""
    start = local(item["start"], item["timezone"])
    end = local(item["end"], item["end_timezone"])
    later = (end.date() - start.date()).days
    mark = f" +{later}" if later else ""
    if item["type"] == "travel":
        return start.date(), f"{start:%H:%M %Z} → {end:%H:%M %Z}{mark}"
    if start.tzname() == end.tzname() and not later:
        return start.date(), f"{start:%H:%M}–{end:%H:%M %Z}"
    return start.date(), f"{start:%H:%M %Z}–{end:%H:%M %Z}{mark}"


def shown_title(item: dict[str, Any]) -> list[str]:
    """What the booklet prints of it: an event's title; a move's mode and carrier, and
    its route (the agenda's JSON writes ``Vol A → B (Air France AF 006)``)."""
    if item["type"] == "event":
        return [item["title"]]
    move = next(m for _, m in MODEL.travel if m.id == item["id"])
    carrier = " ".join(p for p in (move.carrier, move.number) if p)
    mode, rest = item["title"].split(" ", 1)
    assert rest.endswith(f" ({carrier})")
    return [f"{mode} {carrier}", rest.removesuffix(f" ({carrier})")]


def day_sections(text: str, days: list[date]) -> dict[date, str]:
    """The text of each day, from its heading (the last time its date is printed, after
    the contents' list) to the next day's."""
    starts = [text.rindex(as_printed(FRENCH.long_date(day)) + " — ") for day in days]
    ends = [*starts[1:], len(text)]
    return {day: text[a:b] for day, a, b in zip(days, starts, ends, strict=True)}


@pytest.mark.parametrize("key", ["nappere", "startup-cyber", "keolis", "_delegation"])
def test_every_item_of_the_agenda_is_on_its_day_with_its_local_times(
    texts: dict[str, str], key: str
) -> None:
    items = agenda(None if key == "_delegation" else key)
    assert len(items) >= 10
    days = sorted({shown_time(item)[0] for item in items})
    all_days = [date.fromordinal(n) for n in range(days[0].toordinal(), days[-1].toordinal() + 1)]
    sections = day_sections(texts[key], all_days)
    for item in items:
        day, when = shown_time(item)
        section = sections[day]
        assert as_printed(when) in section, (item["id"], when)
        # several items may share a time (a session's tables): one of its rows has them all
        rows = [
            section[i.start() :][:400] for i in re.finditer(re.escape(as_printed(when)), section)
        ]
        assert any(all(as_printed(p) in row for p in shown_title(item)) for row in rows), (
            item["id"],
            shown_title(item),
        )


def test_an_arrival_after_midnight_is_on_its_arrival_day_too(texts: dict[str, str]) -> None:
    sections = day_sections(texts["dri"], [date(2024, 4, 11), date(2024, 4, 12)])
    assert (
        "21:30 EDT → 10:35 CEST +1 03:30 CEST +1 → 10:35 CEST +1 Vol Air France AF 347"
        in (sections[date(2024, 4, 11)])
    )
    assert (
        "21:30 EDT 1 → 10:35 CEST 03:30 CEST → 10:35 CEST Vol Air France AF 347 suite de la veille"
        in (sections[date(2024, 4, 12)])
    )  # "-1": flattened without its minus, as every hyphen


def hotel_line(key: str, night: date) -> str | None:
    """The hotel where ``key`` sleeps after ``night``, from the trip's lodging (the first
    that holds them: name, address, phone)."""
    for stay in STAYS:
        if key in stay.guests and stay.first <= night <= stay.last:
            text = ", ".join(p for p in (stay.stay.name, stay.stay.address) if p)
            return f"{text} · {stay.stay.phone}" if stay.stay.phone else text
    return None


def without_running_lines(section: str, key: str) -> str:
    """A day's text without the page footers and running headers it crosses."""
    whose = "Toute la délégation" if key == "_delegation" else MODEL.delegates[key].name
    running = re.escape(as_printed(f"{TITLE} {whose}"))
    return re.sub(rf" ?page \d+ / \d+(?: {running})?", "", section).strip()


@pytest.mark.parametrize("key", ["nappere", "startup-ia", "charge-quebec"])
def test_each_day_ends_with_the_nights_hotel(texts: dict[str, str], key: str) -> None:
    first = min(shown_time(item)[0] for item in agenda(key))
    days = [date.fromordinal(n) for n in range(first.toordinal(), date(2024, 4, 13).toordinal())]
    for day, section in day_sections(texts[key], days).items():
        body = without_running_lines(section, key)
        hotel = hotel_line(key, day)
        if hotel is not None:
            assert body.endswith(as_printed(f"Nuit {hotel}")), (day, body[-120:])
        elif day == date(2024, 4, 11):  # the night flight home
            assert body.endswith("Nuit en route (trajet de nuit)"), body[-120:]
        else:  # at home
            assert "Nuit" not in body, (day, body)
    assert sum(hotel_line(key, day) is not None for day in days) >= 4


def test_the_contacts_are_in_every_booklet_of_their_places(texts: dict[str, str]) -> None:
    everything = texts["_delegation"]
    for _, contact in MODEL.contacts:
        assert as_printed(contact.name) in everything
        assert contact.phone is not None
        assert as_printed(contact.phone) in everything
    for stay in STAYS:
        assert as_printed(stay.stay.name) in everything
    for venue in MODEL.venues.values():
        if venue.contact is not None:
            assert as_printed(f"{venue.contact.name} {venue.name} {venue.contact.phone}") in (
                everything
            )
    startup = texts["startup-cyber"]  # never in the United States
    assert as_printed("Consulat général de France à Québec") in startup
    assert as_printed("Consulat général de France à New York") not in startup
    assert as_printed("Permanence de la Ville de Rennes") in startup  # the trip's own


def test_no_personal_datum_in_any_booklet(texts: dict[str, str]) -> None:
    assert len(texts) == len(MODEL.delegates) + 1
    for name, text in texts.items():
        assert [s for s in PERSONAL if as_printed(s) in text] == [], name


def test_with_the_option_the_delegates_own_data_is_there(tmp_path: Path) -> None:
    target = tmp_path / "dri.pdf"
    code, _ = invoke("booklet", str(TRIP), "-d", "startup-cyber", "--include-personal",
                     "-o", str(target))  # fmt: skip
    assert code == 0
    text = " ".join(pages_text(target.read_bytes()))
    dri = MODEL.delegates["dri"]
    assert f"{as_printed(dri.phone or '')} · {dri.email}" in text
    assert as_printed("Réception — régime\u202f: végétarien") in text  # the delegate's own
    assert as_printed("Contient des données personnelles : réservé aux personnes nommées") in text
    numbers = [d.number for p in MODEL.delegates.values() for d in p.documents if d.number]
    assert [n for n in numbers if n in text] == []  # documents: never in a booklet
