"""``mission publish`` as an office runs it, against a real Radicale: the sample published
and read back with an independent reader (plain HTTP and icalendar, the zones from the
blocks the server kept) and by a phone (vdirsyncer syncing into khal), every instant
compared with ``mission agenda --format json``; a changed trip sends exactly its
changes and the phone follows; a conflict reported and left alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
import pytz
from icalendar import Calendar

from mission_cli.pipeline import load_path
from mission_cli.publish.sync import Summary
from tests.publish import trips
from tests.publish.command import SAMPLE, Env, publish, writes
from tests.publish.phone import KHAL, VDIRSYNCER, Phone
from tests.publish.servers import PASSWORD, USER, Radicale
from tests.support import check_golden, invoke
from tests.test_vtimezone import declared

TITLE = "Délégation rennaise à Rochester et au Québec"
PROGRAMME = "_programme"


def agenda(file: Path) -> dict[str, dict[str, object]]:
    """Every item of the agenda (JSON), by id: the oracle of instants and attendees."""
    code, output = invoke("agenda", str(file), "--format", "json")
    assert code == 0, output
    return {item["id"]: item for item in json.loads(output)["items"]}


def _item_id(uid: str) -> str:
    return uid.split(".", 1)[0]


def check_calendar(url: str, expected: dict[str, dict[str, object]]) -> int:
    """The calendar holds exactly the items ``expected`` (the agenda's), each at its
    instant and in its zone, read from the server's copy, whose VTIMEZONE blocks alone
    give the same offsets. Returns the instants checked."""
    reader = trips.Reader(USER, PASSWORD)
    checked = 0
    items = {}
    for href in reader.members(url):
        calendar = Calendar.from_ical(reader.send("GET", href))
        (event,) = calendar.walk("VEVENT")
        blocks = {str(t["TZID"]): declared(t) for t in calendar.walk("VTIMEZONE")}
        items[_item_id(str(event["UID"]))] = (event, blocks)
    assert sorted(items) == sorted(expected), url
    for ident, (event, blocks) in items.items():
        for name, key, zone in (("DTSTART", "start", "timezone"), ("DTEND", "end", "end_timezone")):
            moment = datetime.fromisoformat(str(expected[ident][key]))
            written = event[name]
            assert written.params["TZID"] == expected[ident][zone], (ident, name)
            assert event.decoded(name) == moment, (ident, name)
            assert event.decoded(name).utcoffset() == moment.utcoffset(), (ident, name)
            from_block = blocks[written.params["TZID"]].localize(written.dt.replace(tzinfo=None))
            assert (from_block, from_block.utcoffset()) == (moment, moment.utcoffset())
            checked += 1
    return checked


def check_every_calendar(server: Radicale, file: Path, keys: list[str]) -> int:
    """Every calendar holds exactly its items of the agenda; the instants checked."""
    items = agenda(file)
    checked = 0
    for key in [*keys, PROGRAMME]:
        mine = {i: v for i, v in items.items() if key == PROGRAMME or key in v["attendees"]}  # type: ignore[operator]
        checked += check_calendar(f"{server.url}{USER}/{key}/", mine)
    assert checked > 700
    return checked


def delegates(file: Path = SAMPLE) -> list[str]:
    model = load_path(file).model
    assert model is not None
    return list(model.delegates)


def test_the_sample_is_published_and_every_instant_read_back(
    radicale: Radicale, env: Env, sent: list[Summary]
) -> None:
    code, output = publish(radicale, env)
    assert code == 0, output
    check_golden("publish-first-fr.txt", output.replace(str(radicale.port), "PORT"))
    keys = delegates()
    held = check_every_calendar(radicale, SAMPLE, keys)
    reader = trips.Reader(USER, PASSWORD)
    assert reader.display_name(f"{radicale.url}{USER}/nappere/") == (
        f"{TITLE}\u202f: Nathalie Appéré"
    )
    assert reader.display_name(f"{radicale.url}{USER}/{PROGRAMME}/") == TITLE
    (summary,) = sent
    assert [m for m, _ in writes(summary)].count("MKCALENDAR") == len(keys) + 1
    assert [m for m, _ in writes(summary)].count("PUT") == held // 2  # two instants an item
    code, output = publish(radicale, env, "--format", "json")
    assert code == 0
    document = json.loads(output)
    assert [c["delegate"] for c in document["calendars"]] == [*keys, PROGRAMME]
    assert document["calendars"][-1] == {
        "delegate": PROGRAMME, "url": f"{radicale.url}{USER}/{PROGRAMME}/", "created": False,
        "added": 0, "changed": 0, "removed": 0, "unchanged": len(agenda(SAMPLE)), "conflicts": [],
    }  # fmt: skip
    assert writes(sent[-1]) == []
    assert len(sent[-1].requests) == 5  # discovery, and one listing of the home


def _edit(source: Path, target: Path, *changes: tuple[str, str]) -> None:
    text = source.read_text(encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    target.write_text(text, encoding="utf-8")


ULAVAL = """\
  - id: ulaval
    title: Université Laval, renouvellement de l'accord-cadre et des conventions d'application
    venue: ulaval
    start: 2024-04-08 14:30
    end: 2024-04-08 16:30
    kind: signature
    attendees: [nappere, elu-international, univ-rennes, inria]
"""
CHANGES = (
    ("    start: 2024-04-04 14:30\n", "    start: 2024-04-04 15:00\n"),  # a moved meeting
    ('attendees: [nappere, elu-international, "@recherche"]',
     'attendees: [elu-international, "@recherche"]'),  # nappere taken off u-rochester
    (ULAVAL, ""),  # an event removed
)  # fmt: skip


def _expected_writes(before: dict[str, dict[str, object]]) -> list[tuple[str, str]]:
    """What the changes must send, from the agenda before them: the moved meeting in
    each of its calendars; u-rochester gone from nappere's, and rewritten where its list
    of people shows (each other attendee's, the programme's); ulaval gone everywhere."""

    def path(key: str, ident: str) -> str:
        uid = f"{ident}.delegation-rennaise-a-rochester-et-au-quebec.20240403@mission"
        return f"/{USER}/{key}/{uid}.ics"

    def keys(ident: str) -> list[str]:
        return [*before[ident]["attendees"], PROGRAMME]  # type: ignore[misc]

    expected = [("PUT", path(k, "gre-chambre-commerce")) for k in keys("gre-chambre-commerce")]
    expected += [
        ("DELETE" if k == "nappere" else "PUT", path(k, "u-rochester")) for k in keys("u-rochester")
    ]
    expected += [("DELETE", path(k, "ulaval")) for k in keys("ulaval")]
    return sorted(expected)


@pytest.mark.skipif(VDIRSYNCER is None or KHAL is None, reason="vdirsyncer or khal missing")
def test_a_changed_trip_sends_exactly_its_changes_and_the_phone_follows(
    radicale: Radicale, env: Env, sent: list[Summary], tmp_path: Path
) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_bytes(SAMPLE.read_bytes())
    assert publish(radicale, env, file=trip)[0] == 0
    phone = Phone(tmp_path / "phone", f"{radicale.url}{USER}/", "nappere", USER, PASSWORD)
    phone.sync()
    before = agenda(trip)
    shown = phone.agenda("2024-04-02", "12d")
    titles = {k: str(before[k]["title"]) for k in ("u-rochester", "ulaval", "gre-chambre-commerce")}
    assert set(titles.values()) <= set(shown)
    assert shown[titles["gre-chambre-commerce"]] == ("2024-04-04 20:30", "2024-04-04 22:00")
    assert len(shown) == sum("nappere" in v["attendees"] for v in before.values())  # type: ignore[operator]
    _edit(trip, trip, *CHANGES)
    code, output = publish(radicale, env, "--quiet", file=trip)
    assert (code, output) == (0, "")
    assert writes(sent[-1]) == _expected_writes(before)
    assert [r.method for r in sent[-1].requests if r.method == "PROPFIND"] == ["PROPFIND"] * 6
    check_every_calendar(radicale, trip, delegates(trip))
    phone.sync()
    after = agenda(trip)
    shown = phone.agenda("2024-04-02", "12d")
    assert shown[titles["gre-chambre-commerce"]] == ("2024-04-04 21:00", "2024-04-04 22:00")
    assert _paris(after["gre-chambre-commerce"]) == shown[titles["gre-chambre-commerce"]]
    assert titles["u-rochester"] not in shown
    assert titles["ulaval"] not in shown
    for ident, item in after.items():
        if "nappere" in item["attendees"]:  # type: ignore[operator]
            assert shown[str(item["title"])] == _paris(item), ident


def _paris(item: dict[str, object]) -> tuple[str, str]:
    paris = pytz.timezone("Europe/Paris")

    def text(value: object) -> str:
        return f"{datetime.fromisoformat(str(value)).astimezone(paris):%Y-%m-%d %H:%M}"

    return text(item["start"]), text(item["end"])


def _on_server(radicale: Radicale, key: str, ident: str) -> tuple[str, Callable[[str], None]]:
    uid = f"{ident}.delegation-rennaise-a-rochester-et-au-quebec.20240403@mission"
    url = f"{radicale.url}{USER}/{key}/{uid}.ics"
    reader = trips.Reader(USER, PASSWORD)

    def put(text: str) -> None:
        reader.send("PUT", url, text.encode("utf-8"), **{"Content-Type": "text/calendar"})

    return reader.send("GET", url).decode("utf-8"), put


def test_an_item_edited_on_the_server_is_reported_and_left_alone(
    radicale: Radicale, env: Env, sent: list[Summary], tmp_path: Path
) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_bytes(SAMPLE.read_bytes())
    dri = ("--lang", "en", "-d", "dri", "-d", "nappere")
    assert publish(radicale, env, *dri, file=trip)[0] == 0
    text, put = _on_server(radicale, "dri", "gre-chambre-commerce")
    put(text.replace("SUMMARY:", "SUMMARY:(moved by the host) ", 1))
    _edit(trip, trip, CHANGES[0])
    code, output = publish(radicale, env, *dri, file=trip, width=300)
    assert code == 0
    state = sorted((tmp_path / "state" / "mission" / "caldav").rglob("dri-*.json"))
    assert len(state) == 1
    check_golden(
        "publish-conflict-en.txt",
        output.replace(str(state[0]), "STATE").replace(str(radicale.port), "PORT"),
    )
    assert [c.conflicts for c in sent[-1].calendars] == [
        [],
        ["gre-chambre-commerce.delegation-rennaise-a-rochester-et-au-quebec.20240403@mission"],
        [],
    ]
    assert ("PUT", f"/{USER}/dri/gre-chambre-commerce.delegation-rennaise-a-rochester-et-au-"
            "quebec.20240403@mission.ics") not in writes(sent[-1])  # fmt: skip
    kept, _ = _on_server(radicale, "dri", "gre-chambre-commerce")
    assert "(moved by the host)" in kept
    code, output = publish(radicale, env, "--quiet", *dri, file=trip)
    assert code == 0  # still said, even quiet
    assert output.startswith("Calendars published\n")
    assert "Changed on the server since the last publish: 1 item\n" in output
    state[0].unlink()  # the documented way to put the trip's version back
    code, output = publish(radicale, env, "--quiet", *dri, file=trip)
    assert (code, output) == (0, "")
    restored, _ = _on_server(radicale, "dri", "gre-chambre-commerce")
    assert "(moved by the host)" not in restored
    assert "DTSTART;TZID=America/New_York:20240404T150000" in restored
