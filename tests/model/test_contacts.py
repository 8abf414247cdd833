"""``contacts`` (version 1.2): who to call during the trip, checked like every key and
given by ``whereis`` for where the delegation is."""

from __future__ import annotations

import json
from pathlib import Path

from mission_cli.model.schema import CONTACT_ROLES, OfficialContact
from mission_cli.views.contacts import ROLES
from tests.support import BASE_LINES, invoke, positions, problems, with_base

L = BASE_LINES


def test_the_roles_are_the_contract_s() -> None:
    literal = OfficialContact.model_fields["role"].annotation
    assert tuple(getattr(literal, "__args__", ())) == CONTACT_ROLES
    assert set(ROLES) == set(CONTACT_ROLES)


def test_each_mistake_is_one_error_at_its_value() -> None:
    text = with_base(
        """\
        contacts:
          - {name: Consulat, role: consulat, city: quebec}
          - {name: Urgences, role: emergency, phone: "911", city: quebek}
          - {name: X, role: host, city: quebec, country: CA}
          - {name: Y, role: host, country: Canada}
          - {name: Z, role: insurer, phone: "+33 1 00 00 00 00"}
        """
    )
    assert positions(text) == [
        ("schema", L + 2, 28),
        ("unknown-reference", L + 3, 59),
        ("schema", L + 4, 41),
        ("schema", L + 5, 36),
    ]
    hints = [d.hint for d in problems(text)]
    assert hints[:2] == ["did you mean 'consulate'?", "did you mean 'quebec'?"]
    assert hints[3] == "write CA, the ISO 3166-1 code of Canada"


def test_a_phone_is_kept_as_written(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(TRIP_WITH_CONTACTS.replace('"+1 418 266 2500"', "0418266250"), "utf-8")
    code, output = invoke(
        "whereis", str(trip), "--at", "2024-04-08 12:00 America/Toronto", "-f", "json"
    )
    assert code == 0
    assert json.loads(output)["contacts"][0]["phone"] == "0418266250"  # not 418266250


TRIP_WITH_CONTACTS = """\
trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-12}
cities:
  rochester: {name: Rochester, timezone: America/New_York, country: US}
  quebec: {name: Québec, timezone: America/Toronto, country: CA}
delegates:
  a: {name: Anne}
  b: {name: Bruno}
legs:
  - {city: rochester, start: 2024-04-03, end: 2024-04-06, delegates: [a]}
  - {city: quebec, start: 2024-04-03, end: 2024-04-12, delegates: [b]}
contacts:
  - {name: Consulat de Québec, role: consulate, phone: "+1 418 266 2500", city: quebec}
  - {name: Urgences US, role: emergency, phone: "911", country: US}
  - {name: Urgences CA, role: emergency, phone: "911", country: CA}
  - {name: Permanence, role: duty-officer, phone: "+33 2 99 00 00 00"}
  - {name: Consulat d'Ottawa, role: consulate, country: FR}
"""


def test_whereis_gives_who_to_call_where_the_delegation_is(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(TRIP_WITH_CONTACTS, encoding="utf-8")
    at = ["--at", "2024-04-08 12:00 America/Toronto"]
    code, output = invoke("whereis", str(trip), *at, "--format", "json")
    assert code == 0
    names = [c["name"] for c in json.loads(output)["contacts"]]
    assert names == ["Consulat de Québec", "Urgences CA", "Permanence"]  # Anne is home-less
    code, output = invoke("whereis", str(trip), "--at", "2024-04-04 12:00 America/New_York")
    assert code == 0
    assert [row.rstrip() for row in output.split("\n\n", 1)[1].splitlines()] == [
        "Who to call",
        "Contact             Phone              Details",
        "─" * 78,
        "Consulat de Québec  +1 418 266 2500    serves Québec",
        "consulate",
        "Urgences US         911                serves the whole country: United States",
        "emergency",
        "Urgences CA         911                serves the whole country: Canada",
        "emergency",
        "Permanence          +33 2 99 00 00 00",
        "duty officer",
    ]
