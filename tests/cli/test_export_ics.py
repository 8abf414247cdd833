"""``mission export ics``: parsed back with icalendar, and imported into khal."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from mission_cli.calendars.ics import uid_of
from mission_cli.cli.app import build_app
from mission_cli.pipeline import load_path
from tests.support import ROOT, khal_config

TRIP = ROOT / "trips" / "2024-04.yaml"
CONTACTS = ROOT / "tests" / "trips" / "valid" / "contacts.yaml"
runner = CliRunner()
FIXED = {"SOURCE_DATE_EPOCH": "1712000000", "COLUMNS": "100"}


def export(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(build_app(), ["export", "ics", *args], env={**FIXED, **(env or {})})
    return result.exit_code, result.output


def events_of(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_every_instant_and_zone_is_the_trips(tmp_path: Path) -> None:
    target = tmp_path / "nappere.ics"
    code, output = export(str(TRIP), "--delegate", "nappere", "--output", str(target))
    assert code == 0, output
    trip = load_path(TRIP).trip
    assert trip is not None
    expected = {
        uid_of(trip, e.event.id): (e.start, e.end, e.zone, e.zone)
        for e in trip.events
        if "nappere" in e.attendees
    }
    expected |= {
        uid_of(trip, m.move.id): (m.depart, m.arrive, m.from_zone, m.to_zone)
        for m in trip.moves
        if "nappere" in m.passengers
    }
    found = events_of(target)
    assert set(found) == set(expected)
    for uid, component in found.items():
        start, end, start_zone, end_zone = expected[uid]
        dtstart = component.decoded("DTSTART")  # type: ignore[attr-defined]
        dtend = component.decoded("DTEND")  # type: ignore[attr-defined]
        assert (dtstart, dtend) == (start, end), uid
        assert component["DTSTART"].params["TZID"] == start_zone.zone  # type: ignore[index]
        assert component["DTEND"].params["TZID"] == end_zone.zone  # type: ignore[index]


def test_vtimezones_cover_every_tzid_and_nothing_floats(tmp_path: Path) -> None:
    export(str(TRIP), "--output", str(tmp_path))
    for path in tmp_path.glob("*.ics"):
        calendar = Calendar.from_ical(path.read_bytes())
        assert calendar.get_missing_tzids() == set(), path.name
        for component in calendar.walk("VEVENT"):
            for name in ("DTSTART", "DTEND"):
                assert component.decoded(name).tzinfo is not None


def test_a_folder_with_one_file_per_delegate_and_the_programme(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "folder"
    code, output = export(str(TRIP), "--output", str(folder))
    assert code == 0
    trip = load_path(TRIP).trip
    assert trip is not None
    names = sorted(p.name for p in folder.iterdir())
    calendars = sorted([*(f"{k}.ics" for k in trip.model.delegates), "_programme.ics"])
    assert names == sorted([*calendars, ".mission-export.json"])  # and what it wrote
    programme = events_of(folder / "_programme.ics")
    assert len(programme) == len(trip.events) + len(trip.moves)
    n = len(calendars)  # a French trip: said in French
    assert output == f"mission\u202f: calendriers écrits\u202f: {n} fichiers dans {folder}\n"


def test_uids_are_unique_and_stable(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export(str(TRIP), "--output", str(first), "--delegate", "nappere")
    export(str(TRIP), "--output", str(second), "--delegate", "nappere")
    text = first.read_text(encoding="utf-8")
    uids = [line for line in text.splitlines() if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) == len(events_of(first))
    assert first.read_bytes() == second.read_bytes()  # DTSTAMP fixed by SOURCE_DATE_EPOCH


def test_sequence_grows_only_for_what_changed(tmp_path: Path) -> None:
    trip_file = tmp_path / "trip.yaml"
    trip_file.write_text(CONTACTS.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "cci.ics"
    export(str(trip_file), "-d", "cci", "-o", str(target))
    trip_file.write_text(
        trip_file.read_text(encoding="utf-8").replace("title: Bilan,", "title: Bilan final,"),
        encoding="utf-8",
    )
    export(str(trip_file), "-d", "cci", "-o", str(target))
    export(str(trip_file), "-d", "cci", "-o", str(target))  # unchanged: no new bump
    sequences = {uid.split(".")[0]: int(e["SEQUENCE"]) for uid, e in events_of(target).items()}
    assert sequences == {"vol": 0, "bilan": 1}


def test_alarm(tmp_path: Path) -> None:
    target = tmp_path / "n.ics"
    export(str(CONTACTS), "-d", "nappere", "-o", str(target), "--alarm", "30m")
    calendar = Calendar.from_ical(target.read_bytes())
    alarms = list(calendar.walk("VALARM"))
    assert len(alarms) == 3  # the flight, laval and bilan
    assert all(str(a["TRIGGER"].to_ical().decode()) == "-PT30M" for a in alarms)


def test_bad_alarm_exits_2(tmp_path: Path) -> None:
    code, output = export(str(CONTACTS), "-o", str(tmp_path), "--alarm", "soon")
    assert code == 2
    assert "write 30m, 1h or 1h30" in output


def test_contacts_only_when_asked(tmp_path: Path) -> None:
    plain, full = tmp_path / "plain.ics", tmp_path / "full.ics"
    export(str(CONTACTS), "-d", "nappere", "-o", str(plain))
    export(str(CONTACTS), "-d", "nappere", "-o", str(full), "--include-contacts")
    text = plain.read_text(encoding="utf-8")
    assert "example.org" not in text
    assert "+33" not in text
    full_text = full.read_text(encoding="utf-8")
    assert "mailto:maire@example.org" in full_text
    assert "+33 2 00 00 00 00" in full_text


def test_summary_location_description_categories(tmp_path: Path) -> None:
    target = tmp_path / "n.ics"
    export(str(CONTACTS), "-d", "nappere", "-o", str(target))
    by_id = {uid.split(".")[0]: e for uid, e in events_of(target).items()}
    laval, flight = by_id["laval"], by_id["vol"]
    assert str(laval["SUMMARY"]) == "Université Laval"
    assert str(laval["LOCATION"]) == "Université Laval, 2325, rue de l'Université, Québec"
    assert str(laval["DESCRIPTION"]) == "Who: Nathalie Appéré\nAccord-cadre"
    assert laval["CATEGORIES"].cats == ["signature"]
    assert str(flight["SUMMARY"]) == "Flight Paris → Québec (Air Transat TS 123)"
    assert str(flight["DESCRIPTION"]) == (
        "Carrier: Air Transat TS 123\nPassengers: whole delegation"
    )


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "n.ics"
    target.write_text("not a calendar", encoding="utf-8")
    code, _ = export(str(CONTACTS), "-d", "nappere", "-o", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    # no temporary file left: the calendar, and the manifest of what was written
    assert sorted(p.name for p in tmp_path.iterdir()) == [".mission-export.json", "n.ics"]


def test_unknown_delegate_exits_2_with_did_you_mean(tmp_path: Path) -> None:
    code, output = export(str(TRIP), "-d", "napere", "-o", str(tmp_path / "x.ics"), "--lang", "en")
    assert code == 2
    assert output == "mission: error: unknown delegate 'napere'; did you mean 'nappere'?\n"
    assert not (tmp_path / "x.ics").exists()


def test_a_file_with_errors_is_exported_but_for_the_item_in_error(tmp_path: Path) -> None:
    bad = ROOT / "trips" / "examples" / "typo-in-key.yaml"
    out = tmp_path / "out"
    result = runner.invoke(build_app(), ["export", "ics", str(bad), "-o", str(out)])
    assert result.exit_code == 0
    assert "1 item left out: echange-maires" in result.output
    assert (out / "nappere.ics").is_file()
    assert "echange-maires" not in (out / "_programme.ics").read_text()
    strict = runner.invoke(
        build_app(), ["export", "ics", str(bad), "-o", str(tmp_path / "strict"), "--strict"]
    )
    assert strict.exit_code == 1
    assert "unknown key 'atendees'" in strict.output
    assert not (tmp_path / "strict").exists()


KHAL = shutil.which("khal", path=str(Path(sys.executable).parent)) or shutil.which("khal")


@pytest.mark.skipif(KHAL is None, reason="khal (a dev dependency) is not installed")
def test_khal_imports_the_file_at_the_right_times(tmp_path: Path) -> None:
    ics = tmp_path / "nappere.ics"
    export(str(TRIP), "-d", "nappere", "-o", str(ics))
    config, env = khal_config(tmp_path)
    assert KHAL is not None
    subprocess.run(
        [KHAL, "-c", str(config), "import", "--batch", "-a", "mission", str(ics)],
        check=True, env=env, capture_output=True,
    )  # fmt: skip
    listed = subprocess.run(
        [KHAL, "-c", str(config), "list", "--format", "{start}|{end}|{title}",
         "--day-format", "", "2024-04-02", "12d"],
        check=True, env=env, capture_output=True, text=True,
    ).stdout  # fmt: skip
    rows = {line.split("|")[2]: line.split("|")[:2] for line in listed.splitlines() if line}
    trip = load_path(TRIP).trip
    assert trip is not None
    import pytz

    paris = pytz.timezone("Europe/Paris")

    def paris_text(moment: datetime) -> str:
        return f"{paris.normalize(moment.astimezone(paris)):%Y-%m-%d %H:%M}"

    dinner = next(e for e in trip.events if e.event.id == "diner-accueil-rochester")
    assert rows[dinner.event.title] == [paris_text(dinner.start), paris_text(dinner.end)]
    assert rows[dinner.event.title] == ["2024-04-04 01:30", "2024-04-04 03:00"]  # 19:30 EDT
    flight = next(m for m in trip.moves if m.move.id == "vol-yul-cdg")
    title = "Vol Montréal → Paris (Roissy-Charles-de-Gaulle) (Air France AF 347)"  # locale: fr
    assert rows[title] == [paris_text(flight.depart), paris_text(flight.arrive)]
    assert len(rows) == len(events_of(ics))


def test_every_instant_equals_the_agendas(tmp_path: Path) -> None:
    import json

    from tests.support import invoke

    target = tmp_path / "cci.ics"
    export(str(TRIP), "-d", "cci", "-o", str(target))
    code, output = invoke("agenda", str(TRIP), "-d", "cci", "--format", "json")
    assert code == 0
    agenda = {i["id"]: i for i in json.loads(output)["items"]}
    found = {uid.split(".")[0]: e for uid, e in events_of(target).items()}
    assert set(found) == set(agenda)
    for ident, component in found.items():
        start = datetime.fromisoformat(agenda[ident]["start"])
        end = datetime.fromisoformat(agenda[ident]["end"])
        assert component.decoded("DTSTART") == start  # type: ignore[attr-defined]
        assert component.decoded("DTEND") == end  # type: ignore[attr-defined]
        assert component.decoded("DTSTART").utcoffset() == start.utcoffset()  # type: ignore[attr-defined]


def test_calendars_speak_the_language_of_the_trip(tmp_path: Path) -> None:
    """locale: fr gives French summaries and descriptions; --lang en, English ones."""
    for lang, flight, who, passengers in (
        (None, "Vol Montréal", "Qui\u202f: ", "Passagers\u202f: "),
        ("en", "Flight Montréal", "Who: ", "Passengers: "),
    ):
        out = tmp_path / (lang or "fr")
        args = ["export", "ics", str(TRIP), "-o", f"{out}/", *(["--lang", lang] if lang else [])]
        result = runner.invoke(build_app(), args)
        assert result.exit_code == 0, result.output
        calendar = Calendar.from_ical((out / "_programme.ics").read_bytes())
        events = calendar.walk("VEVENT")
        summaries = [str(e["SUMMARY"]) for e in events]
        descriptions = [str(e["DESCRIPTION"]) for e in events]
        assert any(s.startswith(flight) for s in summaries)
        assert any(d.startswith(who) for d in descriptions)
        assert any(passengers in d for d in descriptions)


def test_calendars_name_groups_and_who_is_taken_away(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-12}\n"
        "groups: {elus: {name: Élus}}\n"
        "cities: {rochester: {name: Rochester, timezone: America/New_York}}\n"
        "delegates:\n  a: {name: Anne, groups: [elus]}\n  b: {name: Bruno, groups: [elus]}\n"
        "  c: {name: Chloé}\n"
        "events:\n"
        "  - {id: e1, title: E1, city: rochester, start: '2024-04-04 10:00', duration: 1h,"
        " attendees: ['@elus']}\n"
        "  - {id: e2, title: E2, city: rochester, start: '2024-04-04 12:00', duration: 1h,"
        " attendees: [all, -b]}\n"
    )
    result = runner.invoke(build_app(), ["export", "ics", str(trip), "-o", f"{tmp_path}/out/"])
    assert result.exit_code == 0, result.output
    calendar = Calendar.from_ical((tmp_path / "out" / "_programme.ics").read_bytes())
    who = {str(e["SUMMARY"]): str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")}
    assert who["E1"] == "Who: Élus"
    assert who["E2"] == "Who: whole delegation except Bruno"
