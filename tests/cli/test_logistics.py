"""``mission logistics``: the contract's JSON on the sample, golden tables and CSV at a
fixed width, inert CSV cells, partial output and bad requests."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.support import check_golden, invoke

TRIP = "trips/2024-04.yaml"


def _json(view: str, *args: str) -> dict:  # type: ignore[type-arg]
    code, output = invoke("logistics", view, TRIP, "-f", "json", *args)
    assert code == 0, output
    return json.loads(output)  # type: ignore[no-any-return]


def test_meals_json() -> None:
    meals = _json("meals")["meals"]
    assert [m["id"] for m in meals] == [
        "diner-accueil-rochester", "dejeuner-mairie", "reception-rochester",
        "reception-quebec", "petit-dejeuner-montreal",
    ]  # fmt: skip
    quebec = meals[3]
    assert set(quebec) == {
        "id", "title", "meal", "start", "city", "venue", "headcount", "guests", "diets",
        "other_needs",
    }  # fmt: skip
    assert quebec["other_needs"] == {"startup-mobilite": ["pas de champignons"]}
    assert quebec["meal"] == "reception"
    assert quebec["start"] == "2024-04-09T18:30:00-04:00"
    assert (quebec["city"], quebec["venue"]) == ("quebec", "hotel-de-ville-quebec")
    assert (quebec["headcount"], quebec["guests"]) == (17, 80)  # guests are not counted in
    assert quebec["diets"] == {
        "vegetarian": ["elu-international", "startup-cyber"],
        "vegan": ["poool", "startup-jeu-video"],
        "halal": ["univ-rennes"],
        "pescatarian": ["keolis"],
        "gluten-free": ["cci"],
        "lactose-free": ["startup-ia"],
        "nut-allergy": ["inria"],
        "other": ["startup-mobilite"],
    }
    # only the needs of the attendees: the startups are not in Rochester
    assert "startup-cyber" not in json.dumps(meals[0]["diets"])


def test_rooming_json() -> None:
    rooming = _json("rooming")
    assert rooming["unhoused"] == []
    nights = rooming["nights"]
    assert nights[0] == {
        "date": "2024-04-03", "lodging": "hotel-rochester", "city": "rochester",
        "guests": nights[0]["guests"],
    }  # fmt: skip
    assert len(nights[0]["guests"]) == 11
    by_night = {(n["date"], n["lodging"]) for n in nights}
    assert ("2024-04-06", "hotel-quebec") in by_night
    assert ("2024-04-06", "hotel-quebec-startups") not in by_night  # they arrive on the 7th
    assert ("2024-04-11", "hotel-montreal") not in by_night  # the night flight home
    assert {n["date"] for n in nights} == {f"2024-04-{d:02d}" for d in range(3, 11)}


def test_manifest_json() -> None:
    moves = _json("manifest")["moves"]
    coach = next(m for m in moves if m["id"] == "autocar-yqb-yul")
    assert coach == {
        "id": "autocar-yqb-yul", "mode": "bus", "from": "quebec", "to": "montreal",
        "depart": "2024-04-10T08:30:00-04:00", "arrive": "2024-04-10T11:45:00-04:00",
        "passengers": coach["passengers"], "seats": 20, "notes": "Départ devant l'hôtel",
        "drivers": [],
    }  # fmt: skip
    assert len(coach["passengers"]) == 17
    flight = next(m for m in moves if m["id"] == "vol-yul-cdg")
    assert (flight["depart"], flight["arrive"]) == (
        "2024-04-11T21:30:00-04:00",
        "2024-04-12T10:35:00+02:00",
    )  # each end in its own zone
    assert flight["seats"] is None
    departs = [datetime.fromisoformat(m["depart"]) for m in moves]
    assert departs == sorted(departs)  # in time order, whatever the zones


def test_documents_json() -> None:
    delegates = {d["key"]: d["entries"] for d in _json("documents")["delegates"]}
    assert [(e["country"], e["enter"], e["leave"]) for e in delegates["nappere"]] == [
        ("US", "2024-04-03", "2024-04-06"),
        ("CA", "2024-04-06", "2024-04-11"),
    ]
    first = delegates["nappere"][0]
    assert (first["requires"], first["missing"], first["expired"]) == (["passport", "esta"], [], [])
    assert [(h["type"], h["number"]) for h in first["held"]] == [
        ("passport", "…919"), ("esta", "…X01")
    ]  # fmt: skip
    # a Canadian national needs only the passport; the startups never enter the US
    assert delegates["charge-quebec"][1]["requires"] == ["passport"]
    assert [e["country"] for e in delegates["startup-ia"]] == ["CA"]


@pytest.mark.parametrize(
    ("golden", "args", "width"),
    [
        ("logistics-meals-fr.txt", ["meals"], 80),
        ("logistics-rooming-en.txt", ["rooming", "--lang", "en"], 80),
        ("logistics-manifest-fr.txt", ["manifest"], 80),
        ("logistics-documents-narrow.txt", ["documents", "--lang", "en"], 40),
        ("logistics-rooming.csv", ["rooming", "-f", "csv"], 80),
        ("logistics-meals.csv", ["meals", "-f", "csv", "--lang", "en"], 80),
        ("logistics-documents.md", ["documents", "-f", "markdown"], 80),
        ("logistics-manifest.html", ["manifest", "-f", "html", "--lang", "en"], 80),
    ],
)
def test_logistics_golden(golden: str, args: list[str], width: int) -> None:
    view, *rest = args
    code, output = invoke("logistics", view, TRIP, *rest, width=width)
    assert code == 0, output
    check_golden(golden, output)
    if golden.endswith(".txt"):
        assert max(cell_len(line) for line in output.splitlines()) <= width


def test_rooming_csv_is_one_row_per_guest_and_stay() -> None:
    code, output = invoke("logistics", "rooming", TRIP, "-f", "csv", "--lang", "en")
    assert code == 0
    assert output.startswith("\ufeff")  # a byte-order mark: Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(output[1:])))
    assert rows[0] == [
        "Hotel", "City", "Address", "Phone", "Family name", "Given names", "Arrival",
        "Departure", "Nights", "Room", "Sharing with", "Confirmation",
    ]  # fmt: skip
    assert len(rows) == 1 + 11 + 11 + 6 + 17
    startups = [r for r in rows if r[5] == "" and r[4].startswith("Startup") and r[1] == "Québec"]
    assert {(r[0], r[6], r[7], r[8]) for r in startups} == {
        ("Hôtel du Vieux-Québec (illustratif)", "7 Apr 2024", "10 Apr 2024", "3")
    }
    assert rows[1][4:6] == ["APPÉRÉ", "Nathalie"]  # the family name first, in capitals


HOSTILE = """\
trip: {title: "=1+1", home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-06}
cities:
  roc: {name: "@SUM(A1)", timezone: America/New_York}
delegates:
  a: {name: "=HYPERLINK(\\"http://x\\",\\"y\\")", phone: "+33 6 00 00 00 00", organization: "-2"}
legs:
  - {city: roc, start: 2024-04-03, end: 2024-04-06}
lodging:
  - {id: h, name: "+cmd|' /C calc'!A0", city: roc, check_in: 2024-04-03, check_out: 2024-04-05}
travel:
  - {id: m, mode: car, from: roc, to: roc, depart: 2024-04-04 10:00, arrive: 2024-04-04 11:00}
"""


def test_csv_cells_never_run_as_formulas(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(HOSTILE, encoding="utf-8")
    written = {}
    for view in ("rooming", "manifest"):
        code, output = invoke("logistics", view, str(trip), "-f", "csv", "--include-personal")
        assert code == 0, output
        cells = [c for row in csv.reader(io.StringIO(output.lstrip("\ufeff"))) for c in row]
        assert all(not c.startswith(("=", "+", "-", "@")) for c in cells), cells
        written[view] = cells
    assert "'+cmd|' /C calc'!A0" in written["rooming"]  # kept, made inert
    assert '\'=HYPERLINK("http://x","y")' in written["manifest"]
    assert "'+33 6 00 00 00 00" in written["manifest"]
    assert "'-2" in written["manifest"]


def test_a_file_with_errors_gives_what_it_can(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    text = (
        Path(TRIP)
        .read_text(encoding="utf-8")
        .replace("    depart: 2024-04-10 08:30\n", "    depart: 2024-04-10 8h30\n")
    )
    trip.write_text(text, encoding="utf-8")
    code, output = invoke("logistics", "manifest", str(trip), "-f", "json")
    assert code == 0
    assert "autocar-yqb-yul" not in output.split("\n", 1)[1]
    assert "laissé de côté\u202f: autocar-yqb-yul" in output.split("\n", 1)[0]
    code, output = invoke("logistics", "manifest", str(trip), "--strict")
    assert code == 1


def test_bad_requests() -> None:
    code, output = invoke("logistics", "rooms", TRIP)
    assert code == 2
    assert "rooms" in output
    assert "rooming" in output
    code, output = invoke("logistics", "meals", "missing.yaml")
    assert code == 2
    assert "missing.yaml" in output


def test_written_to_a_folder(tmp_path: Path) -> None:
    code, output = invoke("logistics", "rooming", TRIP, "-f", "csv", "-o", f"{tmp_path}/out/")
    assert code == 0, output
    assert (tmp_path / "out" / "rooming.csv").read_text(encoding="utf-8").startswith("\ufeffHôtel,")


def test_a_trip_without_logistics_says_so(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(
        textwrap.dedent(
            """\
            trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-06}
            cities:
              roc: {name: Rochester, timezone: America/New_York}
            delegates:
              a: {name: A}
            """
        ),
        encoding="utf-8",
    )
    for view, said in (("meals", "No event has a meal."), ("manifest", "No move"),
                       ("documents", "no entry rules")):  # fmt: skip
        code, output = invoke("logistics", view, str(trip))
        assert code == 0
        assert said in output
