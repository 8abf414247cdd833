"""A check that stops at its budget (thousands of clashes) still names everyone each
finding concerns: the sweep goes delegate by delegate, and once stopped it had met the
pairs through the first delegate only ("both attended by d0", and a report blaming d0
alone)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import invoke

PEOPLE = [f"d{n}" for n in range(30)]


def _clashes(folder: Path) -> Path:
    """70 events at once for the whole delegation: 2,415 pairs, past the budget."""
    trip = folder / "clashes.yaml"
    lines = [
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-01, end: 2024-04-10}\n",
        "cities:\n  ny: {name: New York, timezone: America/New_York}\n",
        "delegates:\n",
        *(f"  {key}: {{name: {key.upper()}}}\n" for key in PEOPLE),
        "events:\n",
        *(
            f"  - {{id: e{n}, title: E, city: ny, start: '2024-04-02 10:{n % 60:02d}', "
            "duration: 2h}\n"
            for n in range(70)
        ),
    ]
    trip.write_text("".join(lines), encoding="utf-8")
    return trip


def test_a_stopped_sweep_names_every_delegate_of_each_clash(tmp_path: Path) -> None:
    trip = _clashes(tmp_path)
    code, output = invoke("validate", str(trip), "--format", "json")
    assert code == 1
    data = json.loads(output)
    assert data["checks_stopped"] is True
    clashes = data["diagnostics"]
    assert len(clashes) == 1000
    assert {d["rule"] for d in clashes} == {"double-booking"}
    assert all(d["delegates"] == PEOPLE for d in clashes)
    assert all(d["message"].endswith("both attended by the whole delegation") for d in clashes)


def test_the_report_index_gives_runs_of_finding_numbers(tmp_path: Path) -> None:
    trip = _clashes(tmp_path)
    _, output = invoke("report", str(trip), "--lang", "en", width=100)
    index = output[output.index("Per delegate") :].splitlines()
    assert index[4].split() == ["D0", "(d0)", "1000", "0", "0", "#1–#1000"]
    assert len(index) == 4 + len(PEOPLE)  # a heading, a line, the header and its rule
