"""``mission report``: golden files in every format, escaping, atomic output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from mission_cli.files import write_atomic
from tests import support
from tests.support import check_golden

TRIP = "tests/trips/report/conflicts.yaml"


def invoke(*args: str) -> tuple[int, str]:
    return support.invoke(*args, width=100)


@pytest.mark.parametrize(
    ("fmt", "golden"),
    [("text", "report.txt"), ("markdown", "report.md"), ("html", "report.html"),
     ("json", "report.json")],
)  # fmt: skip
def test_report_golden(fmt: str, golden: str) -> None:
    code, output = invoke("report", TRIP, "--format", fmt)
    assert code == 1  # the trip has a live error
    check_golden(golden, output)


def test_report_of_the_real_trip_says_it_holds() -> None:
    code, output = invoke("report", "trips/2024-04.yaml", "--lang", "en")
    assert code == 0
    assert "The programme holds: no problem left." in output
    assert "Problems: 0 errors, 0 warnings, 0 suppressed" in output


def test_the_report_speaks_the_language_of_the_trip() -> None:
    """trips/2024-04.yaml says locale: fr; data (titles, names) is never translated."""
    code, output = invoke("report", "trips/2024-04.yaml")
    assert code == 0
    assert "Rapport avant départ\u202f: Délégation rennaise à Rochester et au Québec" in output
    assert "Dates\u202f: du mercredi 3 avril 2024 au vendredi 12 avril 2024" in output
    assert "Problèmes\u202f: 0 erreur, 0 avertissement, 0 ignoré" in output
    assert "Le programme tient\u202f: aucun problème en suspens." in output
    _, html = invoke("report", "trips/2024-04.yaml", "--format", "html")
    assert '<html lang="fr">' in html
    _, english = invoke("report", "trips/2024-04.yaml", "--format", "html", "--lang", "en")
    assert '<html lang="en">' in english


def test_report_text_fits_the_terminal() -> None:
    code, output = invoke("report", TRIP, "--lang", "fr")
    assert code == 1
    assert max(cell_len(line) for line in output.splitlines()) <= 100
    _, narrow = support.invoke("report", TRIP, width=80)
    assert max(cell_len(line) for line in narrow.splitlines()) <= 80


def test_html_escapes_every_user_string() -> None:
    _, html = invoke("report", TRIP, "--format", "html")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co" in html
    assert "City Hall &lt;main&gt;" in html
    assert "http" not in html.replace("http-equiv", "")  # no external asset


def test_markdown_escapes_user_strings() -> None:
    _, md = invoke("report", TRIP, "--format", "markdown")
    assert "&lt;script&gt;" in md
    assert r"\| \*test\*" in md
    assert r"DRI \[staff\]" in md


def test_json_groups_by_day_then_delegate() -> None:
    _, output = invoke("report", TRIP, "--format", "json")
    data = json.loads(output)
    assert [day["date"] for day in data["days"]] == ["2024-04-05"]
    assert [s["key"] for s in data["days"][0]["delegates"]] == ["nappere", "cci"]
    assert [d["rule"] for d in data["suppressed"]] == ["double-booking"]
    assert data["suppressed"][0]["reason"] == "la maire quitte l'échange à 10:00"
    assert data["per_delegate"][0] == {
        "key": "nappere",
        "name": "Nathalie Appéré",
        "error": 1,
        "warning": 0,
        "suppressed": 1,
        "findings": [2, 3],  # the numbers of the printed report
    }


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    code, output = invoke("report", TRIP, "--format", "html", "--output", str(target))
    assert code == 1
    assert output == f"mission: written to {target}\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary left


def test_text_report_to_a_file_has_no_colour(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    invoke("report", TRIP, "--output", str(target))
    text = target.read_text(encoding="utf-8")
    assert "\x1b[" not in text
    assert "Per delegate" in text


def test_an_unwritable_output_exits_2(tmp_path: Path) -> None:
    code, output = invoke("report", TRIP, "--output", str(tmp_path / "missing" / "r.md"))
    assert code == 2
    assert output.startswith("mission: error: cannot write")


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "r.txt"
    target.write_text("old", encoding="utf-8")

    with pytest.raises(TypeError):
        write_atomic(target, 42)  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


DAYS_TRIP = """\
trip: {title: Nantes, home_timezone: Europe/Paris, start: 2025-03-05, end: 2025-03-14}
cities:
  paris: {name: Paris, timezone: Europe/Paris}
  boston: {name: Boston, timezone: America/New_York}
  vancouver: {name: Vancouver, timezone: America/Vancouver}
delegates:
  maire: {name: La maire}
  adjoint: {name: L'adjoint}
travel:
  - {id: out, mode: flight, from: paris, to: boston, depart: 2025-03-06 10:00,
     arrive: 2025-03-06 12:30}
  - {id: west, mode: flight, from: boston, to: vancouver, depart: 2025-03-09 09:00,
     arrive: 2025-03-09 12:00, passengers: [maire]}
events:
  - {id: port, title: Port visit, city: vancouver, start: 2025-03-12 10:00, duration: 2h}
  - {id: talk, title: Talk, city: boston, start: 2025-03-07 10:00, duration: 1h,
     attendees: [adjoint]}
  - {id: lunch, title: Lunch, city: boston, start: 2025-03-07 10:30, duration: 1h,
     attendees: [adjoint]}
"""


def test_a_finding_stands_under_the_day_of_the_item_it_is_about(tmp_path: Path) -> None:
    """The adjoint never flies west: the 12 March visit in Vancouver is that day's
    problem, not the 6 March flight's (the move that left him in Boston)."""
    trip = tmp_path / "trip.yaml"
    trip.write_text(DAYS_TRIP)
    code, output = invoke("report", str(trip), "--format", "json")
    assert code == 1
    days = {
        day["date"]: [(p["rule"], d["key"]) for d in day["delegates"] for p in d["problems"]]
        for day in json.loads(output)["days"]
    }
    assert days == {
        "2025-03-07": [("double-booking", "adjoint")],  # under the later of the two
        "2025-03-12": [("wrong-city", "adjoint")],
    }


def test_an_agenda_marks_only_the_findings_of_the_delegate_shown(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(DAYS_TRIP)
    _, mayor = invoke("agenda", str(trip), "-d", "maire", "--format", "markdown")
    assert "⚠" not in mayor  # the port visit is the adjoint's problem, not hers
    _, adjoint = invoke("agenda", str(trip), "-d", "adjoint", "--format", "markdown")
    marked = [line for line in adjoint.splitlines() if "⚠" in line and line.startswith("|")]
    # the talk and the lunch, and the port visit (not the flight that left him in Boston:
    # it explains the finding, it does not take part in it)
    assert len(marked) == 3


@pytest.mark.parametrize("width", [40, 60])
def test_narrow_terminals_cut_no_word(width: int) -> None:
    for args in (["rules"], ["report", TRIP]):
        _, output = support.invoke(*args, width=width)
        assert "…" not in output, output
        assert max(cell_len(line) for line in output.splitlines()) <= width


LOGISTICS = "tests/trips/report/logistics.yaml"


def test_logistics_section_in_json() -> None:
    code, output = invoke("report", LOGISTICS, "-f", "json")
    assert code == 1
    logistics = json.loads(output)["logistics"]
    assert set(logistics) == {"unhoused", "documents", "over_capacity"}  # no personal data
    assert logistics["unhoused"][:2] == [
        {"date": "2024-04-06", "delegate": "nappere", "city": "rochester"},
        {"date": "2024-04-06", "delegate": "cci", "city": "rochester"},
    ]
    assert len(logistics["unhoused"]) == 2 * 6  # nights 6 and 7, then 8 to 11
    assert logistics["documents"] == [
        {"delegate": "nappere", "country": "US", "enter": "2024-04-03", "missing": [],
         "expired": ["esta"]},
        {"delegate": "cci", "country": "US", "enter": "2024-04-03",
         "missing": ["passport", "esta"], "expired": []},
    ]  # fmt: skip
    assert logistics["over_capacity"] == [
        {"id": "vol", "type": "travel", "people": 2, "capacity": 1},
        {"id": "dej", "type": "event", "people": 5, "capacity": 2},
    ]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_logistics_section_in_print(fmt: str) -> None:
    code, output = invoke("report", LOGISTICS, "-f", fmt, "--lang", "en")
    assert code == 1
    for said in (
        "Logistics",
        "Nights without a bed",
        "Rochester, the nights of 2024-04-06 to 2024-04-07: the whole delegation",
        "Entry documents missing or expired",
        "CCI: passport, ESTA missing to enter United States (US) on 2024-04-03",
        "Over capacity",
        "vol: 2 people for 1 place",
        "dej: 5 people for 2 places",
    ):
        assert said in output.replace("\n    ", " "), said
    assert "+33 6 11 22 33 44" not in output
    _, personal = invoke("report", LOGISTICS, "-f", fmt, "--include-personal")
    assert "+33 6 11 22 33 44" in personal.replace("\n      ", " ")
    assert "12AB34567" not in personal


def test_a_report_without_logistics_has_no_such_section() -> None:
    _, output = invoke("report", TRIP, "--lang", "en")
    assert "Logistics" not in output
    _, output = invoke("report", TRIP, "-f", "json")
    assert json.loads(output)["logistics"] == {"unhoused": [], "documents": [], "over_capacity": []}


FOUR = "tests/trips/report/four-mistakes.yaml"
"""Four findings over five delegates: one concerns everyone, one a group and a delegate."""


def test_each_finding_is_printed_once_numbered_naming_everyone_it_concerns() -> None:
    code, output = invoke("report", FOUR, "-f", "markdown", "--lang", "en")
    assert code == 1
    _, found = invoke("validate", FOUR, "-f", "json", "--lang", "en")
    messages = [d["message"] for d in json.loads(found)["diagnostics"]]
    assert len(messages) == 4
    heads = [line for line in output.splitlines() if re.match(r"- \*\*\\#\d+\*\* ", line)]
    numbers = [h.split("**")[1] for h in heads]
    assert numbers == ["\\#1", "\\#2", "\\#3", "\\#4"]
    concerns = [line.strip() for line in output.splitlines() if "Concerns:" in line]
    assert concerns == [
        "- Concerns: Élus and Représentant·e de la CCI",
        "- Concerns: the whole delegation",
        "- Concerns: Représentant·e de l'université",
        "- Concerns: the whole delegation",
    ]
    index = output[output.index("## Per delegate") :]
    assert "| Marc Adjoint (`adjoint`) | 2 | 1 | 0 | \\#1, \\#2, \\#4 |" in index
    assert "| Représentant·e de Keolis (`keolis`) | 1 | 1 | 0 | \\#2, \\#4 |" in index


def test_a_french_report_of_four_findings_is_short_and_french() -> None:
    code, output = support.invoke("report", FOUR, "--lang", "fr", width=80)
    assert code == 1
    assert len(output.splitlines()) < 70
    assert "Concerne\u202f: toute la délégation" in output
    assert "Québec, la nuit du 2024-04-06\u202f: toute la délégation" in output


def test_markdown_escapes_dollars_that_github_would_read_as_mathematics() -> None:
    from markdown_it import MarkdownIt

    from mission_cli.render.markdown import md

    text = "Budget $5 à $10 (prix $x$)"
    assert md(text) == r"Budget \$5 à \$10 (prix \$x\$)"
    rendered = MarkdownIt("commonmark").render(md(text))
    assert rendered == "<p>Budget $5 à $10 (prix $x$)</p>\n"  # as typed, once read
