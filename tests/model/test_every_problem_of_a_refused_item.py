"""An event or a move left out for a misspelt key still has its other problems reported,
in the same run (issue #24, 6): the docs promise every problem at once."""

from __future__ import annotations

from tests.support import BASE_LINES, positions, with_base

N = BASE_LINES


def test_a_misspelt_key_does_not_hide_a_bad_time() -> None:
    trip = with_base("""\
        events:
          - id: e
            title: E
            city: rochester
            start: 2024-04-04 25:00
            duration: 1h
            atendees: [nappere]
        """)
    assert positions(trip) == [("invalid-time", N + 5, 12), ("schema", N + 7, 5)]


def test_nor_an_unknown_place_a_missing_end_or_a_bad_move() -> None:
    trip = with_base("""\
        events:
          - id: e
            title: E
            city: nowhere
            start: 2024-04-04 10:00
            attendes: [nappere]
          - id: f
            title: F
            venue: city-hall
            start: 2024-04-04 10:00
            end: 2024-04-04 09:00
            attendes: [nappere]
        travel:
          - {id: m, from: rochester, to: quebec, mode: flight, seet: 1,
             depart: 2024-04-05 10:00, arrive: 2024-04-05 09:00}
        """)
    assert positions(trip) == [
        ("schema", N + 2, 5),  # neither end nor duration
        ("unknown-reference", N + 4, 11),
        ("schema", N + 6, 5),
        ("invalid-time", N + 11, 10),  # ends before it starts
        ("schema", N + 12, 5),
        ("schema", N + 14, 56),
        ("invalid-time", N + 15, 40),  # arrives before it departs
    ]


def test_a_refused_item_s_lost_fields_make_no_false_problem() -> None:
    """``duration: [1]`` is reported; the event read without it has no "neither end nor
    duration" of its own."""
    trip = with_base("""\
        events:
          - id: e
            title: E
            city: rochester
            start: 2024-04-04 10:00
            duration: [1]
            atendees: [nappere]
        """)
    assert [rule for rule, _, _ in positions(trip)] == ["schema", "schema"]


def test_an_unknown_passenger_of_a_refused_move_is_at_its_place() -> None:
    trip = with_base("""\
        travel:
          - id: m
            from: rochester
            to: quebec
            mode: flight
            seet: 1
            depart: 2024-04-05 10:00
            arrive: 2024-04-05 13:00
            passengers: [nappere, nobody]
        """)
    assert positions(trip) == [("schema", N + 6, 5), ("unknown-reference", N + 9, 27)]
