"""The sheets for suppliers (contract 1.2, issue #21), as a hotel, a caterer, a coach
company and a visa desk receive them: read back with openpyxl (XlsxWriter writes them),
people named and never keyed, personal data only where it belongs, on the sample and on
a trip to Sendai and Tokyo (a hotel at a venue, shared rooms, a residence permit, a
dinner with three diets, a coach with its pick-up point and driver)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from mission_cli.pipeline import load_path
from tests.support import ROOT, invoke

SAMPLE = "trips/2024-04.yaml"
SENDAI = "tests/trips/valid/sendai-tokyo.yaml"
VIEWS = ("meals", "rooming", "manifest", "documents")
TEXT_FORMATS = ("table", "csv", "markdown", "html")


def _model(trip: str):  # type: ignore[no-untyped-def]
    model = load_path(ROOT / trip).model
    assert model is not None
    return model


def _xlsx(tmp_path: Path, view: str, trip: str, *args: str) -> openpyxl.Workbook:
    out = tmp_path / f"{view}.xlsx"
    code, output = invoke("logistics", view, trip, "-f", "xlsx", "-o", str(out), *args)
    assert code == 0, output
    assert out.read_bytes()[:2] == b"PK"  # a zip: an Office Open XML file
    return openpyxl.load_workbook(out)


def _text(view: str, trip: str, fmt: str, *args: str) -> str:
    code, output = invoke("logistics", view, trip, "-f", fmt, *args, width=200)
    assert code == 0, output
    return output


# -- XLSX ----------------------------------------------------------------------------


@pytest.mark.parametrize("trip", [SAMPLE, SENDAI])
@pytest.mark.parametrize("view", VIEWS)
def test_an_xlsx_is_one_sheet_with_a_frozen_header_and_no_formula(
    tmp_path: Path, view: str, trip: str
) -> None:
    book = _xlsx(tmp_path, view, trip)
    assert len(book.worksheets) == 1
    sheet = book.active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert all(isinstance(v, str) and v for v in header)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.max_row > 1
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
            assert not (isinstance(cell.value, str) and cell.value.startswith("'")), cell.value
    for n, title in enumerate(header, start=1):  # wide enough for its title and content
        longest = max(_shown_length(row[0].value) for row in sheet.iter_rows(min_col=n, max_col=n))
        assert _width(sheet, n) >= min(longest, 60), (title, longest)


def _width(sheet: object, column: int) -> float:
    """A column's width as written (a run of columns of one width is one range)."""
    for found in sheet.column_dimensions.values():  # type: ignore[attr-defined]
        if found.min <= column <= found.max and found.customWidth:
            return float(found.width)
    return 0.0


def _shown_length(value: object) -> int:
    """How many characters a cell shows on its longest line (a date: ``13 Oct 2025``)."""
    if isinstance(value, datetime):
        return len("13 Oct 2025")
    return max(len(part) for part in str("" if value is None else value).split("\n"))


def test_the_rooming_xlsx_has_dates_as_dates_and_nights_as_numbers(tmp_path: Path) -> None:
    sheet = _xlsx(tmp_path, "rooming", SENDAI).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Hôtel", "Ville", "Adresse", "Téléphone", "Nom", "Prénoms", "Arrivée", "Départ",
        "Nuits", "Chambre", "Partagée avec", "Réservation",
    )  # fmt: skip
    first = rows[1]
    assert first[:4] == (
        "Hôtel Metropolitan Sendai",
        "Sendai",
        "1-1-1 Chūō, Aoba-ku, Sendai 980-8477",
        "+81 22 268 2525",
    )  # fmt: skip  (the venue's address and its contact's phone)
    assert (first[6], first[7], first[8]) == (datetime(2025, 10, 13), datetime(2025, 10, 16), 3)
    assert sheet.cell(2, 7).number_format == "dd/mm/yyyy"
    assert sheet.cell(2, 4).data_type == "s"  # a phone stays text: no formula, no apostrophe
    moreau = next(r for r in rows if r[4] == "MOREAU")
    assert moreau[5:] == (
        "Thomas", datetime(2025, 10, 13), datetime(2025, 10, 16), 3, "lits jumeaux",
        "Jeanne Dupont", "HMS-2025-0412",
    )  # fmt: skip
    assert [r[4] for r in rows].count("BENNANI") == 2  # a row per guest and stay
    english = _xlsx(tmp_path, "rooming", SENDAI, "--lang", "en").active
    assert english.cell(2, 7).number_format == "d mmm yyyy"


HOSTILE = """\
trip: {title: "=1+1", home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-06}
cities:
  roc: {name: "@SUM(A1)", timezone: America/New_York}
delegates:
  a: {name: "=HYPERLINK(\\"http://x\\",\\"y\\")", phone: "+33 6 00 00 00 00", organization: "-2"}
lodging:
  - {id: h, name: "+cmd|' /C calc'!A0", city: roc, check_in: 2024-04-03, check_out: 2024-04-05}
travel:
  - {id: m, mode: car, from: roc, to: roc, depart: 2024-04-04 10:00, arrive: 2024-04-04 11:00}
"""


def test_xlsx_cells_are_text_that_never_runs(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(HOSTILE, encoding="utf-8")
    values = {}
    for view in ("rooming", "manifest"):
        sheet = _xlsx(tmp_path, view, str(trip), "--include-personal").active
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                values[cell.value] = cell.data_type
    for text in ("+cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "@SUM(A1)",
                 "+33 6 00 00 00 00", "-2"):  # fmt: skip
        assert values.get(text) == "s", text  # as typed, a string: no apostrophe shown


def test_xlsx_is_never_printed_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal: one line, exit 2; into a pipe: the bytes."""
    import pty

    mission = [sys.executable, "-m", "mission_cli", "logistics", "rooming", SENDAI, "-f", "xlsx"]
    env = {**os.environ, "COLUMNS": "200"}
    leader, follower = pty.openpty()
    done = subprocess.run(mission, stdout=follower, stderr=subprocess.PIPE, cwd=ROOT, env=env,
                          check=False, timeout=60)  # fmt: skip
    os.close(follower)
    printed = os.read(leader, 65536) if done.returncode == 0 else b""
    os.close(leader)
    assert done.returncode == 2
    assert printed == b""
    said = done.stderr.decode()
    assert said.count("\n") == 1
    assert "--output rooming.xlsx" in said
    piped = subprocess.run(mission, capture_output=True, cwd=ROOT, env=env, check=True,
                           timeout=60)  # fmt: skip
    assert piped.stdout[:2] == b"PK"
    book = openpyxl.load_workbook(io.BytesIO(piped.stdout))
    assert book.active.cell(2, 1).value == "Hôtel Metropolitan Sendai"


def test_xlsx_into_a_folder(tmp_path: Path) -> None:
    code, output = invoke("logistics", "meals", SENDAI, "-f", "xlsx", "-o", f"{tmp_path}/out/")
    assert code == 0, output
    assert (tmp_path / "out" / "meals.xlsx").read_bytes()[:2] == b"PK"


# -- what each sheet says ----------------------------------------------------------------


def test_a_hotel_block_carries_its_venue_address_and_phone() -> None:
    table = _text("rooming", SENDAI, "markdown")
    assert "Sendai · 1-1-1 Chūō, Aoba-ku, Sendai 980-8477 · +81 22 268 2525" in table
    data = json.loads(_text("rooming", SENDAI, "json"))
    sendai = data["hotels"][0]
    assert {k: sendai[k] for k in ("name", "city", "address", "phone")} == {
        "name": "Hôtel Metropolitan Sendai", "city": "sendai",
        "address": "1-1-1 Chūō, Aoba-ku, Sendai 980-8477", "phone": "+81 22 268 2525",
    }  # fmt: skip
    assert [s["lodging"] for s in sendai["stays"]].count("hotel-sendai-maire") == 1
    assert len(data["hotels"]) == 2  # the two Tokyo stays are one hotel: same name and city
    moreau = next(s for s in sendai["stays"] if s["guest"] == "tmoreau")
    assert moreau == {
        "lodging": "hotel-sendai", "guest": "tmoreau", "check_in": "2025-10-13",
        "check_out": "2025-10-16", "nights": 3, "room": "twin", "shares_with": ["jdupont"],
        "confirmation": "HMS-2025-0412",
    }  # fmt: skip
    alone = next(s for s in sendai["stays"] if s["guest"] == "mlegoff")
    assert (alone["room"], alone["shares_with"]) == ("single", [])
    assert "hotels" in json.loads(_text("rooming", SAMPLE, "json"))  # added to the 1.1 shape


def test_one_hotel_per_page_and_one_meal_per_page_in_html() -> None:
    html = _text("rooming", SENDAI, "html")
    assert html.count('<section class="page">') == 2
    html = _text("meals", SENDAI, "html")
    assert html.count('<section class="page">') == 2
    assert html.index("LE GOFF Marion") < html.index("BENNANI Karima")  # allergies first


def test_the_caterer_reads_the_date_in_words_the_covers_and_the_names() -> None:
    text = _text("meals", SENDAI, "markdown")
    dinner = text.split("Dîner offert par la Ville de Sendai", 1)[1].split("##", 1)[0]
    assert "mardi 14 octobre 2025 · 19:00–21:00 JST" in dinner
    assert "Hôtel de ville de Sendai, 3-7-1 Kokubunchō, Aoba-ku, Sendai" in dinner
    assert "11 couverts\u202f: 5 de la délégation, 6 invités" in dinner
    needs = re.findall(r"^\| (.+?) \| (\d+) \| (.+?) \|$", dinner, re.MULTILINE)
    assert needs == [
        ("allergie aux crustacés", "1", "LE GOFF Marion"),
        ("halal", "1", "BENNANI Karima"),
        ("végétarien", "1", "MOREAU Thomas"),
    ]
    rows = list(csv.reader(io.StringIO(_text("meals", SENDAI, "csv").lstrip("\ufeff"))))
    assert rows[1][9:] == ["allergie aux crustacés", "1", "LE GOFF Marion"]
    assert rows[1][:3] == ["14/10/2025", "19:00–21:00 JST", "dîner"]


def test_the_coach_company_reads_the_pick_up_point_and_the_driver() -> None:
    text = _text("manifest", SENDAI, "table")
    assert "Remarques : Aéroport de Haneda, terminal 3, sortie B, panneau « Ville de Rennes »" in (
        text.replace("\u202f", " ")
    )
    assert "Chauffeur : Sendai Kōtsū, M. Satō, +81 90 1234 5678" in text.replace("\u202f", " ")
    moves = {m["id"]: m for m in json.loads(_text("manifest", SENDAI, "json"))["moves"]}
    assert moves["car-haneda-sendai"]["drivers"] == [
        {"name": "Sendai Kōtsū, M. Satō", "phone": "+81 90 1234 5678"}
    ]
    assert moves["vol-tokyo-paris"]["drivers"] == []  # a driver named for a move drives it only


def test_a_driver_of_the_from_city_drives_its_moves_by_road(tmp_path: Path) -> None:
    text = (ROOT / SENDAI).read_text(encoding="utf-8")
    text = text.replace("    notes: Chauffeur du car car-haneda-sendai.\n", "")
    trip = tmp_path / "trip.yaml"
    trip.write_text(text, encoding="utf-8")
    moves = {m["id"]: m for m in json.loads(_text("manifest", str(trip), "json"))["moves"]}
    assert [d["name"] for d in moves["car-haneda-sendai"]["drivers"]] == ["Sendai Kōtsū, M. Satō"]
    assert moves["vol-tokyo-paris"]["drivers"] == []  # a flight has no driver of ours


# -- names, never keys; personal data ------------------------------------------------------


def _keys(trip: str) -> list[str]:
    model = _model(trip)
    return [*model.delegates, *(s.id for _, s in model.lodging), *(m.id for _, m in model.travel)]


@pytest.mark.parametrize("trip", [SAMPLE, SENDAI])
@pytest.mark.parametrize("view", VIEWS)
def test_people_are_named_never_keyed_but_in_json(tmp_path: Path, view: str, trip: str) -> None:
    model = _model(trip)
    outputs = {fmt: _text(view, trip, fmt) for fmt in TEXT_FORMATS}
    sheet = _xlsx(tmp_path, view, trip).active
    outputs["xlsx"] = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
    for fmt, text in outputs.items():
        found = [k for k in _keys(trip) if re.search(rf"(?<![\w.@-]){re.escape(k)}(?![\w-])", text)]
        assert found == [], (fmt, found)
    if view in ("rooming", "manifest", "documents"):
        for fmt, text in outputs.items():
            shown = [d for d in model.delegates.values() if d.name in text or
                     (d.family_name and d.family_name.upper() in text)]  # fmt: skip
            assert shown, fmt


def _personal(trip: str) -> tuple[list[str], list[str], list[str]]:
    """The e-mails and phones, whole document numbers, and diets of a trip's delegates."""
    from mission_cli.words.terms import DIETS
    from mission_cli.words.words import words_for

    people = _model(trip).delegates.values()
    contacts = [p.email for p in people if p.email] + [p.phone for p in people if p.phone]
    numbers = [d.number for p in people for d in p.documents if d.number]
    diets = sorted(
        {str(n.text) for p in people for n in p.diet if n.text}
        | {words_for(lang).term(DIETS[n.need]) for lang in ("en", "fr")
           for p in people for n in p.diet if not n.text}
    )  # fmt: skip
    return contacts, numbers, diets


@pytest.mark.parametrize("trip", [SAMPLE, SENDAI])
@pytest.mark.parametrize("view", VIEWS)
def test_personal_data_only_where_it_belongs(tmp_path: Path, view: str, trip: str) -> None:
    """Without --include-personal: no e-mail, phone or whole document number in any
    format; diets only in the caterer's sheet."""
    contacts, numbers, diets = _personal(trip)
    outputs = {fmt: _text(view, trip, fmt) for fmt in (*TEXT_FORMATS, "json")}
    sheet = _xlsx(tmp_path, view, trip).active
    outputs["xlsx"] = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
    for fmt, text in outputs.items():
        assert [s for s in contacts + numbers if s in text] == [], (fmt, view)
        if view != "meals":
            assert [s for s in diets if re.search(rf"\b{re.escape(s)}\b", text)] == [], fmt


def test_with_the_option_the_hotel_gets_nationality_and_passport_whole(tmp_path: Path) -> None:
    sheet = _xlsx(tmp_path, "rooming", SENDAI, "--include-personal").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Nationalité", "Passeport")
    bennani = next(r for r in rows if r[4] == "BENNANI")
    assert bennani[-2:] == ("Maroc", "MA MA7731904")
    data = json.loads(_text("rooming", SENDAI, "json", "--include-personal"))
    stay = next(s for s in data["hotels"][0]["stays"] if s["guest"] == "kbennani")
    assert (stay["nationality"], stay["passport"]) == ("MA", "MA MA7731904")
    for view in ("manifest", "documents", "meals"):  # whole numbers in the rooming list only
        for fmt in (*TEXT_FORMATS, "json"):
            text = _text(view, SENDAI, fmt, "--include-personal")
            assert "MA7731904" not in text, (view, fmt)
    manifest = _text("manifest", SENDAI, "csv", "--include-personal")
    assert "'+33 6 55 66 77 88" in manifest  # a passenger's phone, for the coach company


def test_the_visa_desk_sees_the_residence_permit_for_the_way_home() -> None:
    text = _text("documents", SENDAI, "markdown", "--lang", "en")
    home = text.split("BENNANI Karima", 3)[2]
    assert "France (FR)" in home
    assert "residence permit FR …123 (30 Jun 2027)" in home


_IMPORTED = """\
import sys
from mission_cli.cli import main
sys.argv = ["mission", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("xlsxwriter" in sys.modules, file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "imported"),
    [
        (["--version"], False),
        (["validate", SAMPLE], False),
        (["logistics", "rooming", SAMPLE, "-f", "csv"], False),
        (["logistics", "rooming", SAMPLE, "-f", "xlsx"], True),
    ],
)
def test_xlsxwriter_is_imported_only_for_xlsx(args: list[str], imported: bool) -> None:
    done = subprocess.run([sys.executable, "-c", _IMPORTED, *args], capture_output=True,
                          cwd=ROOT, check=False, timeout=120)  # fmt: skip
    assert done.stderr.decode().strip().splitlines()[-1] == str(imported), done.stderr


@pytest.mark.parametrize(
    ("name", "family", "expected"),
    [
        ("Marion Le Goff", "Le Goff", ("LE GOFF", "Marion")),
        ("Nathalie Appéré", "appéré", ("APPÉRÉ", "Nathalie")),  # any case, capitals shown
        ("Marion Le Goff", "Kerguelen", ("KERGUELEN", "Marion Le Goff")),  # never cut short
        ("Jeanne Dupont", None, ("Jeanne Dupont", "")),  # never guessed
    ],
)
def test_the_family_name_first(name: str, family: str | None, expected: tuple[str, str]) -> None:
    from mission_cli.model.schema import Delegate
    from mission_cli.views.logistics.sheets import family_and_given, person_name

    person = Delegate(name=name, family_name=family)
    assert family_and_given(person) == expected
    assert person_name(person) == (" ".join(expected) if family else name)
