"""The pre-departure report says who to call during the trip (contract 1.2: contacts are
official, not personal data, and appear in reports): the sample's consulates, emergency
numbers and duty officer, in every format."""

from __future__ import annotations

import json

from tests.support import ROOT, invoke

TRIP = str(ROOT / "trips" / "2024-04.yaml")


def test_the_report_lists_the_trips_contacts() -> None:
    code, text = invoke("report", TRIP, "-f", "markdown")
    assert code == 0
    section = text.split("## Qui appeler", 1)[1].split("\n## ", 1)[0]
    for name, phone in (
        ("Consulat général de France à New York", "+1 212 606 3600"),
        ("Consulat général de France à Québec", "+1 418 266 2500"),
        ("Consulat général de France à Montréal", "+1 514 878 4385"),
        ("Permanence de la Ville de Rennes (illustratif)", "+33 2 99 00 00 00"),
    ):
        row = next(line for line in section.splitlines() if line.startswith(f"| {name}"))
        assert f"| {phone} |" in row
    assert section.count("| 911 |") == 2  # the United States' and Canada's
    assert "compétent pour tout le pays\u202f: États-Unis" in section


def test_the_reports_json_holds_them_as_written() -> None:
    code, output = invoke("report", TRIP, "-f", "json")
    assert code == 0
    contacts = json.loads(output)["contacts"]
    assert [c["role"] for c in contacts] == [
        "consulate", "consulate", "consulate", "emergency", "emergency", "duty-officer"
    ]  # fmt: skip
    assert contacts[3] == {
        "name": "Urgences (police, pompiers, ambulance)", "role": "emergency", "phone": "911",
        "country": "US",
    }  # fmt: skip
