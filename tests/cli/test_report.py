"""``mission report``: golden files in every format, escaping, atomic output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
    code, output = invoke("report", "trips/2024-04.yaml")
    assert code == 0
    assert "The programme holds: no live problem." in output
    assert "Problems: 0 errors, 0 warnings, 0 suppressed" in output


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


def test_rules_lists_every_rule() -> None:
    code, output = invoke("rules", "--format", "json")
    assert code == 0
    rules = {r["rule"]: r for r in json.loads(output)}
    assert set(rules) == {
        "yaml-syntax", "schema", "unknown-reference", "duplicate-id", "unknown-timezone",
        "invalid-time", "nonexistent-time", "ambiguous-time", "double-booking",
        "during-travel", "wrong-city", "broken-itinerary", "outside-trip", "transfer-time",
        "venue-overlap", "odd-hour", "long-day", "empty-event", "unused-ignore",
    }  # fmt: skip
    assert rules["transfer-time"]["severity"] == "warning"
    assert rules["double-booking"]["family"] == "schedule"
    code, table = invoke("rules")
    assert "double-booking" in table
    assert "error" in table
