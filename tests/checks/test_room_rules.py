"""The rules of the rooms (version 1.2), at exact positions, with their near misses;
the residence permit, and the return home as an entry."""

from __future__ import annotations

from tests.checks.test_logistics_rules import L, at, found

STAY = """\
lodging:
  - id: hotel
    name: Hôtel
    city: rochester
    check_in: 2024-04-03
    check_out: 2024-04-05
    guests: [nappere, dri]
    rooms:
"""
ROOMS = ("room-over-capacity", "room-unknown-guest")
FIRST = L + STAY.count("\n") + 1
"""The line of the first room."""


def _rooms(*lines: str) -> tuple[str, ...]:
    return (STAY + "".join(f"      - {line}\n" for line in lines),)


def test_a_room_with_more_guests_than_its_type_sleeps() -> None:
    parts = _rooms("{type: single, guests: [nappere, dri]}")
    assert found(*parts, rules=ROOMS) == [
        at(parts, "room-over-capacity", FIRST, "single", ("hotel",), ("nappere", "dri"))
    ]
    parts = _rooms("{type: triple, guests: [nappere, dri]}", "{type: suite, guests: [cci]}")
    assert found(*parts, rules=("room-over-capacity",)) == []


def test_each_type_sleeps_its_number() -> None:
    for kind, ok in (("double", True), ("twin", True), ("single", False), ("suite", True)):
        parts = _rooms(f"{{type: {kind}, guests: [nappere, dri]}}")
        assert (found(*parts, rules=ROOMS) == []) is ok, kind


def test_a_guest_of_a_room_who_is_no_guest_of_its_lodging() -> None:
    parts = _rooms("{type: twin, guests: [dri, cci]}")
    assert found(*parts, rules=ROOMS) == [
        at(parts, "room-unknown-guest", FIRST, "cci", ("hotel",), ("cci",))
    ]


def test_a_guest_brought_by_a_group_is_pointed_at_through_it() -> None:
    parts = _rooms('{type: triple, guests: ["@elus", cci]}')
    assert found(*parts, rules=ROOMS) == [
        at(parts, "room-unknown-guest", FIRST, "cci", ("hotel",), ("cci",))
    ]


def test_a_guest_in_two_rooms_is_found_at_the_second() -> None:
    parts = _rooms("{type: single, guests: [dri]}", "{type: twin, guests: [nappere, dri]}")
    assert found(*parts, rules=ROOMS) == [
        at(parts, "room-unknown-guest", FIRST + 1, "dri", ("hotel",), ("dri",))
    ]


def test_an_unknown_key_in_a_room_is_an_unknown_reference_and_nothing_else() -> None:
    parts = _rooms("{type: twin, guests: [nappere, nobody]}")
    assert [f[:3] for f in found(*parts)] == [at(parts, "unknown-reference", FIRST, "nobody")[:3]]


def test_a_room_in_error_leaves_its_lodging_checked() -> None:
    parts = _rooms("{type: dorm, guests: [nappere]}")
    assert [f[:3] for f in found(*parts)] == [at(parts, "schema", FIRST, "dorm")[:3]]


HOME = """\
entry:
  FR: {requires: [passport, visa], exempt: [FR]}
travel:
  - {id: out, mode: flight, from: paris, to: rochester, depart: 2024-04-03 11:00,
     arrive: 2024-04-03 13:30, passengers: [mbenali]}
  - {id: back, mode: flight, from: rochester, to: paris, depart: 2024-04-05 18:00,
     arrive: 2024-04-06 07:30, passengers: [mbenali]}
"""


def _delegates(documents: str) -> str:
    """A Moroccan delegate (after the base's), and the trip home: one part, which its
    section at the margin keeps from being dedented."""
    return f"""\
  mbenali:
    name: Meriem Benali
    nationality: MA
    documents:
      - {{type: passport, country: MA, expires: 2030-01-01}}
{documents}{HOME}"""


def test_coming_home_is_an_entry_and_a_residence_permit_stands_for_the_visa() -> None:
    doc = "missing-document"
    without = (_delegates(""),)
    passport = L + 5
    assert found(*without, rules=(doc,)) == [
        at(without, doc, passport, "- {type", ("back",), ("mbenali",))
    ]
    permit = "      - {type: residence-permit, country: FR, expires: 2027-06-30}\n"
    assert found(_delegates(permit), rules=(doc,)) == []
    elsewhere = "      - {type: residence-permit, country: ES, expires: 2027-06-30}\n"
    assert [f[0] for f in found(_delegates(elsewhere), rules=(doc,))] == [doc]


def test_leaving_home_is_no_entry() -> None:
    """Only the return is checked: one finding, not two."""
    found_ = found(_delegates(""), rules=("missing-document",))
    assert [f[3] for f in found_] == [("back",)]


def test_a_permit_that_expires_before_the_return_is_document_expired() -> None:
    permit = "      - {type: residence-permit, country: FR, expires: 2024-04-05}\n"
    assert [f[0] for f in found(_delegates(permit))] == ["document-expired"]
