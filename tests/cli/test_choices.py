"""The values an option chooses from (issue #19, 6): ``--lang`` whatever its case, in
every command, and a near miss of any choice (a view, a format, a supplier, ``--tz``, a
day's word) answered with "did you mean" in one line, exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, invoke

TRIP = "trips/2024-04.yaml"

LANG_COMMANDS = [
    ["validate", TRIP],
    ["report", TRIP],
    ["agenda", TRIP, "--day", "2024-04-04"],
    ["whereis", TRIP, "--at", "2024-04-04 10:00 America/New_York"],
    ["logistics", "meals", TRIP],
    ["diff", TRIP, TRIP],
    ["rules", "wrong-city"],
    ["export", "ics", TRIP, "-d", "nappere", "-o", "-"],
    ["init", "-"],
]


@pytest.mark.parametrize("args", LANG_COMMANDS, ids=lambda args: args[0])
@pytest.mark.parametrize("lang", ["FR", "Fr", "fR"])
def test_lang_whatever_its_case(args: list[str], lang: str) -> None:
    """Every command reads ``--lang FR`` as ``--lang fr``: the same output (calendars
    stamped at a fixed time)."""
    fixed: dict[str, str | None] = {"SOURCE_DATE_EPOCH": "1700000000"}
    assert invoke(*args, "--lang", lang, env=fixed) == invoke(*args, "--lang", "fr", env=fixed)


def test_the_booklet_takes_lang_whatever_its_case(tmp_path: Path) -> None:
    pytest.importorskip("typst")
    code, output = invoke("booklet", TRIP, "-d", "nappere", "--lang", "FR", "-o", f"{tmp_path}/")
    assert code == 0, output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_delegation.pdf", "nappere.pdf"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["logistics", "rooms", TRIP],
            "VIEW: 'rooms' is not one of meals, rooming, manifest or documents; "
            "did you mean 'rooming'?",
        ),
        (
            ["agenda", TRIP, "--format", "jsn"],
            "--format: 'jsn' is not one of table, json, markdown or html; did you mean 'json'?",
        ),
        (
            ["report", TRIP, "-f", "mardown"],
            "--format: 'mardown' is not one of text, markdown, html or json; "
            "did you mean 'markdown'?",
        ),
        (
            ["validate", TRIP, "-f", "githb"],
            "--format: 'githb' is not one of text, json or github; did you mean 'github'?",
        ),
        (
            ["logistics", "meals", TRIP, "-f", "xslx"],
            "--format: 'xslx' is not one of table, json, csv, xlsx, markdown or html; "
            "did you mean 'xlsx'?",
        ),
        (
            ["diff", TRIP, TRIP, "--for", "hotle"],
            "--for: 'hotle' is not one of hotel, caterer or transport; did you mean 'hotel'?",
        ),
        (
            ["agenda", TRIP, "--lang", "fra"],
            "--lang: 'fra' is not one of en or fr; did you mean 'fr'?",
        ),
        (["init", "-", "--lang", "de"], "--lang: 'de' is not one of en or fr"),
        (
            ["agenda", TRIP, "--tz", "lcoal", "--lang", "en"],
            "--tz: unknown time zone 'lcoal'; did you mean 'local'?",
        ),
        (
            ["agenda", TRIP, "--tz", "Europe/Pari", "--lang", "en"],
            "--tz: unknown time zone 'Europe/Pari'; did you mean 'Europe/Paris'?",
        ),
        (
            ["agenda", TRIP, "--day", "tomorow", "--lang", "en"],
            "'tomorow' is not a date: write YYYY-MM-DD, today or tomorrow; "
            "did you mean 'tomorrow'?",
        ),
        (
            ["whereis", TRIP, "--at", "tomorow 09:00", "--lang", "en"],
            "'tomorow 09:00' is not a time (write now, today HH:MM, tomorrow HH:MM, or "
            "YYYY-MM-DD HH:MM with a zone; did you mean 'tomorrow 09:00'?)",
        ),
        (
            ["rules", "-f", "tabel"],
            "--format: 'tabel' is not one of table, json, markdown or html; did you mean 'table'?",
        ),
    ],
)
def test_a_near_miss_gets_did_you_mean_in_one_line(args: list[str], said: str) -> None:
    assert invoke(*args) == (2, f"mission: error: {said}\n")


@pytest.mark.parametrize(
    "args",
    [
        ["agenda", TRIP, "-f", "jsn", "--lang", "fr"],
        ["agenda", TRIP, "--lang", "fr", "-f", "jsn"],
        ["agenda", TRIP, "--lang", "FR", "-f", "jsn"],
    ],
)
def test_a_refusal_of_the_command_line_is_in_the_language_of_lang(args: list[str]) -> None:
    """``--lang`` is read first, wherever it stands: the command line's own refusal is in
    its language (the trip, which could say its own, is not read yet)."""
    S = "\u202f"
    assert invoke(*args) == (
        2,
        f"mission{S}: erreur{S}: --format{S}: 'jsn' n'est pas l'une des valeurs table, json, "
        f"markdown ou html{S}; vouliez-vous dire 'json'{S}?\n",
    )


def test_any_case_of_a_choice_is_the_choice() -> None:
    assert invoke("agenda", TRIP, "-f", "JSON", "--tz", "Home") == invoke(
        "agenda", TRIP, "-f", "json", "--tz", "home"
    )
    assert invoke("logistics", "Meals", TRIP)[0] == 0


def test_one_line_on_standard_error_from_the_shell() -> None:
    """Through the console script: nothing on standard output, one line on standard
    error (never Typer's usage message)."""
    done = subprocess.run(
        [sys.executable, "-m", "mission_cli", "logistics", "rooms", TRIP],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "mission: error: VIEW: 'rooms' is not one of meals, rooming, manifest or documents; "
        "did you mean 'rooming'?\n"
    )
