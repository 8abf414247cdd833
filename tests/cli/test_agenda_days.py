"""The agenda of a French trip, Rennes → Tokyo → Sendai → Tokyo, as a new user met it
(issue #19, 6): a narrow terminal's blocks label every line, an event's kind stands
apart from its title in every format, a day's heading names every city of the day in
order, and an overnight flight shows on the day it lands."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.support import BASE, check_golden, invoke

JAPAN = "tests/trips/valid/rennes-tokyo-sendai.yaml"
LABELS = {
    "en": ("At home", "City", "What", "Kind", "Where", "Who", "Notes"),
    "fr": ("À la maison", "Ville", "Quoi", "Type", "Où", "Qui", "Notes"),
}
COLON = {"en": ": ", "fr": "\u202f: "}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [60, 40])
def test_every_line_of_a_block_carries_its_label(width: int, lang: str) -> None:
    """Below 80 columns each row is a block: its time, then a ``label: value`` line for
    everything else, the time at home and the kind included (they ran on unlabelled)."""
    code, output = invoke(
        "agenda", JAPAN, "--day", "2025-03-29", "--home-time", "--lang", lang, width=width
    )
    assert code == 0
    check_golden(f"agenda-japan-29-{width}-{lang}.txt", output)
    assert max(cell_len(line) for line in output.splitlines()) <= width
    blocks = output.split("\n\n")[2:-1]  # after the title and the heading, before the note
    assert len(blocks) == 3
    labelled = re.compile("  (" + "|".join(LABELS[lang]) + ")" + COLON[lang])
    for block in blocks:
        head, *lines = block.splitlines()
        assert re.fullmatch(r"\d\d:\d\d.* JST", head), head
        for line in lines:
            assert labelled.match(line) or line.startswith("    "), line


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_kind_stands_apart_from_the_title(lang: str) -> None:
    kind = LABELS[lang][3] + COLON[lang]
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-29", "--lang", lang, width=40)
    assert code == 0
    assert f"  {kind}réunion interne" in output.splitlines()
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-28", "--lang", lang, width=80)
    assert [line[17:].split("  ")[0] for line in output.splitlines()[6:10]] == [
        "Rencontre avec le maire",
        "de Sendai",
        "(réunion officielle)",
        "",
    ]
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-28", "-f", "markdown")
    assert "| Rencontre avec le maire de Sendai<br>*(réunion officielle)* |" in output
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-28", "-f", "html")
    assert (
        '<td>Rencontre avec le maire de Sendai<br><span class="dim">(réunion officielle)'
        "</span></td>"
    ) in output


def test_the_contacts_role_is_labelled_in_a_block() -> None:
    code, output = invoke("report", "tests/trips/valid/sendai-tokyo.yaml", width=40)
    assert code == 0
    lines = output.splitlines()
    at = lines.index("Ambassade de France au Japon")
    assert lines[at + 1] == "  Rôle\u202f: ambassade"


HEADINGS = {
    "en": [
        "Wednesday 26 March 2025 — Rennes → Paris",
        "Thursday 27 March 2025 — Tokyo → Sendai",
        "Friday 28 March 2025 — Sendai",
        "Saturday 29 March 2025 — Sendai → Tokyo",
        "Sunday 30 March 2025 — Tokyo",
        "Monday 31 March 2025 — Tokyo",
        "Tuesday 1 April 2025 — Tokyo → Paris → Rennes",
    ],
    "fr": [
        "mercredi 26 mars 2025 — Rennes → Paris",
        "jeudi 27 mars 2025 — Tokyo → Sendai",
        "vendredi 28 mars 2025 — Sendai",
        "samedi 29 mars 2025 — Sendai → Tokyo",
        "dimanche 30 mars 2025 — Tokyo",
        "lundi 31 mars 2025 — Tokyo",
        "mardi 1er avril 2025 — Tokyo → Paris → Rennes",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_a_day_heading_names_every_city_of_the_day_in_order(lang: str, fmt: str) -> None:
    """Saturday starts in Sendai and ends in Tokyo: both, in that order; the day the
    overnight flight leaves does not name Tokyo, the day it lands does."""
    code, output = invoke("agenda", JAPAN, "--lang", lang, "-f", fmt)
    assert code == 0
    headings = [line.removeprefix("## ") for line in output.splitlines() if " — " in line]
    assert headings == HEADINGS[lang]


def test_the_sample_s_days_end_where_they_end() -> None:
    code, output = invoke("agenda", "trips/2024-04.yaml", "-d", "nappere", width=120)
    assert code == 0
    assert [line for line in output.splitlines() if " — " in line] == [
        "mercredi 3 avril 2024 — Rennes → Paris (Roissy-Charles-de-Gaulle) → New York (JFK) "
        "→ Rochester",
        "jeudi 4 avril 2024 — Rochester",
        "vendredi 5 avril 2024 — Rochester",
        "samedi 6 avril 2024 — Rochester → Toronto (Pearson) → Québec",
        "lundi 8 avril 2024 — Québec",
        "mardi 9 avril 2024 — Québec",
        "mercredi 10 avril 2024 — Québec → Montréal",
        "jeudi 11 avril 2024 — Montréal",
        "vendredi 12 avril 2024 — Paris (Roissy-Charles-de-Gaulle) → Rennes",
    ]


SPLIT = """\
events:
  - {id: a, title: A, city: rochester, start: 2024-04-04 09:00, duration: 1h,
     attendees: [nappere]}
  - {id: b, title: B, city: quebec, start: 2024-04-04 10:00, duration: 1h, attendees: [cci]}
  - {id: c, title: C, city: rochester, start: 2024-04-04 14:00, duration: 1h,
     attendees: [nappere]}
  - {id: d, title: D, city: quebec, start: 2024-04-05 09:00, duration: 1h,
     attendees: [nappere]}
travel:
  - {id: aller, mode: flight, from: rochester, to: quebec, depart: 2024-04-05 07:00,
     arrive: 2024-04-05 08:30}
  - {id: retour, mode: flight, from: quebec, to: rochester, depart: 2024-04-05 12:00,
     arrive: 2024-04-05 13:30}
"""


def test_a_split_delegation_and_a_day_trip(tmp_path: Path) -> None:
    """An arrow only where a move takes someone on: a delegation split between two
    cities is ``Rochester, Québec``; a day trip there and back names its start again."""
    trip = tmp_path / "trip.yaml"
    trip.write_text(BASE + SPLIT, encoding="utf-8")
    code, output = invoke("agenda", str(trip), "--lang", "en", width=120)
    assert code == 0
    assert [line for line in output.splitlines() if " — " in line] == [
        "Thursday 4 April 2024 — Rochester, Québec",
        "Friday 5 April 2024 — Rochester → Québec → Rochester",
    ]


ARRIVAL = {
    "en": [
        "When                   What                     Where           Who",
        "─" * 80,
        "→ 08:40 JST            Flight Air France AF     Paris → Tokyo   whole delegation",
        "                       276, arrival (continued",
        "                       from 26 March)",
        "13:00 JST → 14:35 JST  Train JR East Hayabusa   Tokyo → Sendai  whole delegation",
        "                       21",
    ],
    "fr": [
        "Heure                  Quoi                    Où              Qui",
        "─" * 80,
        "→ 08:40 JST            Vol Air France AF 276,  Paris → Tokyo   toute la",
        "→ 00:40 CET            arrivée (suite du 26                    délégation",
        "                       mars)",
        "13:00 JST → 14:35 JST  Train JR East Hayabusa  Tokyo → Sendai  toute la",
        "05:00 CET → 06:35 CET  21                                      délégation",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_overnight_flight_lands_on_its_arrival_day(lang: str) -> None:
    """Asked for the day it lands only, the flight that left the day before is there,
    at its arrival time, as the continuation of that day's move."""
    more = ["--home-time"] if lang == "fr" else []
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-27", "--lang", lang, *more)
    assert code == 0
    assert [line.rstrip() for line in output.splitlines()[4:11]] == ARRIVAL[lang]


def test_the_arrival_in_every_format_and_once_in_json() -> None:
    """Markdown and HTML show the arrival's row; the contract's JSON lists each move
    once, on its departure day."""
    row = "Vol Air France AF 276, arrivée (suite du 26 mars)"
    _, output = invoke("agenda", JAPAN, "--day", "2025-03-27", "-f", "markdown")
    assert f"| → 08:40 JST | {row} | Paris → Tokyo | toute la délégation |" in output
    _, output = invoke("agenda", JAPAN, "--day", "2025-03-27", "-f", "html")
    assert f'<tr><td class="nowrap">→ 08:40 JST</td><td>{row}</td>' in output
    _, output = invoke("agenda", JAPAN, "--day", "2025-03-27", "-f", "json")
    assert [item["id"] for item in json.loads(output)["items"]] == ["train-tokyo-sendai"]
    _, output = invoke("agenda", JAPAN, "-f", "json")
    ids = [item["id"] for item in json.loads(output)["items"]]
    assert ids.count("vol-paris-tokyo") == 1
    assert len(ids) == len(set(ids)) == 14
    _, output = invoke("agenda", JAPAN, "--day", "2025-03-26", "--lang", "en", width=40)
    assert "arrival" not in output  # on the day it leaves: its departure only
    assert "13:20 CET → 08:40 JST +1" in output
