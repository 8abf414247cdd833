"""Each schedule rule: positives and near misses, at exact positions, with ids."""

from __future__ import annotations

import pytest

from tests import support
from tests.support import Found, L, at, problems

DATES = {"start": "2024-03-01", "end": "2024-04-30"}
"""March and April: the change to summer time in Rochester, on 10 March, is in the trip."""


def found(*parts: str, rules: tuple[str, ...] = ()) -> list[Found]:
    return support.found(*parts, rules=rules, **DATES)


def text_of(*parts: str) -> str:
    return support.text_of(*parts, **DATES)


def test_base_is_clean() -> None:
    assert found("") == []


# -- double-booking -------------------------------------------------------------


def test_double_booking_once_per_pair_with_every_delegate() -> None:
    parts = (
        """\
        events:
          - {id: a, title: A, venue: city-hall, start: 2024-04-04 10:00, end: 2024-04-04 11:00,
             attendees: ["@elus"]}
          - {id: b, title: B, venue: city-hall, start: 2024-04-04 10:30, duration: 1h,
             attendees: [nappere, dri, cci]}
        """,
    )
    assert found(*parts) == [
        at(parts, "venue-overlap", L + 4, "city-hall", ("a", "b")),
        at(parts, "double-booking", L + 4, "2024-04-04 10:30", ("a", "b"), ("nappere", "dri")),
    ]


def test_touching_events_do_not_overlap() -> None:
    assert (
        found("""\
        events:
          - {id: a, title: A, city: rochester, start: 2024-04-04 10:00, end: 2024-04-04 11:00}
          - {id: b, title: B, city: rochester, start: 2024-04-04 11:00, duration: 1h}
        """)
        == []
    )


def test_same_wall_clock_in_two_zones_is_hours_apart() -> None:
    assert (
        found("""\
        events:
          - {id: a, title: A, city: rochester, start: 2024-04-04 10:00, duration: 2h}
          - {id: b, title: B, city: paris, start: 2024-04-04 10:00, duration: 2h}
        """)
        == []
    )


def test_a_time_typed_in_paris_time_clashes_in_absolute_time() -> None:
    parts = (
        """\
        events:
          - {id: a, title: A, city: rochester, start: 2024-04-04 10:00, duration: 1h}
          - {id: b, title: B, city: rochester, start: 2024-04-04 16:30 Europe/Paris, duration: 1h}
        """,
    )  # 16:30 in Paris is 10:30 in Rochester
    assert found(*parts) == [
        at(parts, "double-booking", L + 3, "2024", ("a", "b"), ("nappere", "dri", "cci"))
    ]


def test_four_hours_across_the_spring_forward_night() -> None:
    # 00:00 EST + 4 h = 05:00 EDT: 04:30 EDT overlaps, 05:00 EDT only touches
    parts = (
        """\
        events:
          - {id: night, title: N, city: rochester, start: 2024-03-10 00:00, duration: 4h,
             attendees: [cci]}
          - {id: early, title: E, city: rochester, start: 2024-03-10 04:30, duration: 15m,
             attendees: [cci]}
          - {id: touch, title: T, city: rochester, start: 2024-03-10 05:00, duration: 15m,
             attendees: [nappere, cci]}
        checks: {rules: {odd-hour: off}}
        """,
    )
    assert found(*parts) == [
        at(parts, "double-booking", L + 4, "2024", ("night", "early"), ("cci",))
    ]


# -- during-travel ----------------------------------------------------------------

FLIGHTS = """\
    travel:
      - {id: east, mode: flight, from: rochester, to: paris, depart: 2024-04-05 18:00,
         arrive: 2024-04-06 07:30, passengers: [nappere]}
      - {id: west, mode: flight, from: paris, to: rochester, depart: 2024-04-08 10:00,
         arrive: 2024-04-08 12:30, passengers: [nappere]}
"""


def test_event_during_an_overnight_eastbound_flight() -> None:
    parts = (
        FLIGHTS,
        """\
        events:
          - {id: dinner, title: D, city: paris, start: 2024-04-06 07:00, duration: 1h,
             attendees: [nappere]}
        """,
    )
    assert found(*parts) == [
        at(parts, "during-travel", L + 7, "2024", ("east", "dinner"), ("nappere",))
    ]


def test_events_right_after_landing_are_fine() -> None:
    assert (
        found(
            FLIGHTS,
            """\
        events:
          - {id: breakfast, title: B, city: paris, start: 2024-04-06 07:30, duration: 1h,
             attendees: [nappere]}
          - {id: lunch, title: L, city: rochester, start: 2024-04-08 12:30, duration: 1h,
             attendees: [nappere]}
        """,
        )
        == []
    )


def test_westbound_flight_lands_before_it_left_in_local_time() -> None:
    # leaves Paris 10:00 CEST (08:00 UTC), lands 12:30 EDT (16:30 UTC): 12:00 EDT is in the air
    parts = (
        FLIGHTS,
        """\
        events:
          - {id: lunch, title: L, city: rochester, start: 2024-04-08 12:00, duration: 1h,
             attendees: [nappere]}
        """,
    )
    assert found(*parts) == [
        at(parts, "during-travel", L + 7, "2024", ("west", "lunch"), ("nappere",))
    ]


def test_two_moves_at_once() -> None:
    parts = (
        """\
        travel:
          - {id: t1, mode: train, from: rochester, to: quebec, depart: 2024-04-05 08:00,
             arrive: 2024-04-05 14:00, passengers: [cci]}
          - {id: t2, mode: bus, from: quebec, to: rochester, depart: 2024-04-05 13:00,
             arrive: 2024-04-05 19:00, passengers: [cci]}
        """,
    )
    assert found(*parts) == [at(parts, "during-travel", L + 4, "2024", ("t1", "t2"), ("cci",))]


# -- wrong-city and broken-itinerary ---------------------------------------------


def test_wrong_city_after_a_move_and_for_the_late_joiner() -> None:
    parts = (
        """\
        travel:
          - {id: go, mode: flight, from: rochester, to: quebec, depart: 2024-04-06 14:00,
             arrive: 2024-04-06 16:00, passengers: [nappere, cci]}
          - {id: join, mode: flight, from: paris, to: quebec, depart: 2024-04-07 18:00,
             arrive: 2024-04-07 19:00, passengers: [dri]}
        events:
          - {id: visit, title: V, venue: city-hall, start: 2024-04-07 09:00, duration: 1h}
          - {id: laval, title: L, venue: laval, start: 2024-04-08 09:00, duration: 1h}
        """,
    )
    assert found(*parts) == [
        # one per event and reason, listing its delegates; the caret on the attendee, here
        # on the event's id (attendees left out: all); at one place, they sort by message
        at(parts, "wrong-city", L + 7, "visit", ("visit", "join"), ("dri",)),  # still in Paris
        at(parts, "wrong-city", L + 7, "visit", ("visit", "go"), ("nappere", "cci")),
    ]


def test_wrong_city_by_legs() -> None:
    parts = (
        """\
        legs:
          - {city: rochester, start: 2024-04-03, end: 2024-04-05, delegates: [cci]}
          - {city: quebec, start: 2024-04-06, end: 2024-04-09, delegates: [cci]}
        events:
          - {id: a, title: A, venue: city-hall, start: 2024-04-05 23:30, duration: 30m,
             attendees: [cci]}
          - {id: b, title: B, venue: city-hall, start: 2024-04-06 09:00, duration: 1h,
             attendees: [cci]}
        checks: {rules: {odd-hour: off}}
        """,
    )
    assert found(*parts) == [at(parts, "wrong-city", L + 8, "cci", ("b",), ("cci",))]


def test_broken_itinerary() -> None:
    parts = (
        """\
        travel:
          - {id: t1, mode: flight, from: paris, to: rochester, depart: 2024-04-03 11:00,
             arrive: 2024-04-03 13:30, passengers: [nappere, dri]}
          - {id: t2, mode: train, from: quebec, to: paris, depart: 2024-04-10 08:00,
             arrive: 2024-04-10 22:00, passengers: [nappere, dri]}
        """,
    )
    assert found(*parts) == [
        at(parts, "broken-itinerary", L + 4, "quebec", ("t1", "t2"), ("nappere", "dri"))
    ]


def test_a_move_in_error_still_joins_the_itinerary() -> None:
    parts = (
        """\
        travel:
          - {id: t1, mode: flight, from: paris, to: rochester, depart: 2024-04-03 11:00,
             arrive: 2024-04-03 13:30, passengers: [nappere]}
          - {id: t2, mode: flight, from: rochester, to: quebec, depart: 2024-04-06 11:00,
             arrive: 2024-04-06 09:00, passengers: [nappere]}
          - {id: t3, mode: train, from: quebec, to: paris, depart: 2024-04-10 08:00,
             arrive: 2024-04-10 22:00, passengers: [nappere]}
        """,
    )  # t2 arrives before it leaves: its own error, and no broken-itinerary around it
    assert found(*parts) == [
        at(parts, "invalid-time", L + 5, "2024-04-06 09:00", ("t2",), ("nappere",))
    ]


def test_wrong_city_points_at_the_attendee() -> None:
    parts = (
        """\
        travel:
          - {id: go, mode: flight, from: rochester, to: quebec, depart: 2024-04-06 14:00,
             arrive: 2024-04-06 16:00}
        events:
          - {id: visit, title: V, venue: city-hall, start: 2024-04-07 09:00, duration: 1h,
             attendees: [cci, "@elus"]}
        """,
    )  # everyone is in Québec: the caret on the entry that brings the first of them
    assert found(*parts) == [
        at(parts, "wrong-city", L + 6, '"@elus"', ("visit", "go"), ("nappere", "dri", "cci"))
    ]
    parts = (parts[0].replace('[cci, "@elus"]', "[cci, dri]"),)
    assert found(*parts) == [at(parts, "wrong-city", L + 6, "dri", ("visit", "go"), ("dri", "cci"))]


# -- outside-trip, odd-hour, long-day --------------------------------------------


def test_outside_trip_by_local_date() -> None:
    # 2024-04-30 21:00 EDT is 1 May in UTC, but still the 30th in Rochester
    parts = (
        """\
        events:
          - {id: late, title: L, city: rochester, start: 2024-04-30 21:00, duration: 1h}
          - {id: after, title: A, city: rochester, start: 2024-05-01 10:00, duration: 1h}
        travel:
          - {id: early, mode: train, from: quebec, to: rochester, depart: 2024-02-29 10:00,
             arrive: 2024-02-29 16:00, passengers: [cci]}
        """,
    )
    assert found(*parts) == [
        at(parts, "outside-trip", L + 3, "2024", ("after",), ("nappere", "dri", "cci")),
        at(parts, "outside-trip", L + 5, "2024", ("early",), ("cci",)),
    ]


def test_odd_hour_with_the_home_time_hint() -> None:
    parts = (
        """\
        events:
          - {id: typo, title: T, city: rochester, start: 2024-04-04 00:30, duration: 1h,
             attendees: [cci]}
          - {id: gala, title: G, city: rochester, start: 2024-04-05 20:00,
             end: 2024-04-05 23:30, attendees: [cci]}
          - {id: fine, title: F, city: rochester, start: 2024-04-06 07:00,
             end: 2024-04-06 21:00, attendees: [cci]}
        """,
    )
    everyone = ("cci",)
    assert found(*parts) == [
        at(parts, "odd-hour", L + 2, "2024", ("typo",), everyone),
        at(parts, "odd-hour", L + 5, "2024", ("gala",), everyone),
    ]
    assert problems(text_of(*parts))[0].hint == (  # 00:30 in Paris is the evening before
        "meant 00:30 Europe/Paris? that is 2024-04-03 18:30 EDT here: write "
        "'2024-04-04 00:30 Europe/Paris', or the local time"
    )


def test_long_day_per_delegate_and_local_day() -> None:
    parts = (
        """\
        events:
          - {id: a, title: A, city: rochester, start: 2024-04-04 07:00, duration: 1h,
             attendees: [cci]}
          - {id: b, title: B, city: rochester, start: 2024-04-04 20:00, end: 2024-04-04 21:30,
             attendees: [cci, dri]}
          - {id: c, title: C, city: rochester, start: 2024-04-05 07:00, duration: 1h,
             attendees: [dri]}
          - {id: d, title: D, city: rochester, start: 2024-04-05 20:00, end: 2024-04-05 21:00,
             attendees: [dri]}
        """,
    )  # cci: 07:00 to 21:30 is 14h30; dri on the 5th: 07:00 to 21:00 is 14h exactly
    assert found(*parts) == [at(parts, "long-day", L + 4, "2024-04-04 20:00", ("a", "b"), ("cci",))]


def test_long_day_is_one_finding_for_all_who_share_it() -> None:
    parts = (
        """\
        events:
          - {id: a, title: A, city: rochester, start: 2024-04-04 07:00, duration: 1h}
          - {id: b, title: B, city: rochester, start: 2024-04-04 20:00, end: 2024-04-04 22:00}
        """,
    )  # the whole delegation, 07:00 to 22:00: one finding, three delegates
    assert found(*parts) == [
        at(parts, "long-day", L + 3, "2024-04-04 20:00", ("a", "b"), ("nappere", "dri", "cci"))
    ]


def test_no_long_day_from_an_odd_hour_event() -> None:
    parts = (
        """\
        events:
          - {id: a, title: A, city: rochester, start: 2024-04-04 08:00, duration: 1h}
          - {id: b, title: B, city: rochester, start: 2024-04-04 12:00, duration: 1h}
          - {id: dinner, title: Dinner typed in Paris time, city: rochester,
             start: 2024-04-04 23:30, duration: 2h}
        """,
    )  # 08:00 to 01:30 is long only because the dinner's hour is wrong: odd-hour says so
    assert [d[0] for d in found(*parts)] == ["odd-hour"]
    unless_odd_hour_is_off = (parts[0] + "checks: {rules: {odd-hour: off}}\n",)
    assert [d[0] for d in found(*unless_odd_hour_is_off)] == ["long-day"]


# -- transfer-time, venue-overlap, empty-event ----------------------------------


def test_transfer_time_between_venues() -> None:
    parts = (
        """\
        events:
          - {id: a, title: A, venue: city-hall, start: 2024-04-04 09:00, end: 2024-04-04 10:00}
          - {id: b, title: B, venue: rit, start: 2024-04-04 10:15, end: 2024-04-04 11:00}
          - {id: c, title: C, venue: city-hall, start: 2024-04-04 11:30, end: 2024-04-04 12:00}
          - {id: d, title: D, venue: city-hall, start: 2024-04-04 12:00, end: 2024-04-04 12:30}
        """,
    )  # b -> c: 30 min, just enough; c -> d: the same venue
    assert found(*parts) == [
        at(parts, "transfer-time", L + 3, "2024-04-04 10:15", ("a", "b"), ("nappere", "dri", "cci"))
    ]


def test_empty_event() -> None:
    parts = (
        """\
        events:
          - {id: a, title: A, city: rochester, start: 2024-04-04 09:00, duration: 1h,
             attendees: []}
          - {id: b, title: B, city: rochester, start: 2024-04-04 11:00, duration: 1h,
             attendees: [nobody]}
        """,
    )  # b's attendee is unknown: unknown-reference says so (about b), not empty-event
    assert found(*parts) == [  # the file's own errors first
        ("unknown-reference", L + 5, 18, ("b",), ()),
        at(parts, "empty-event", L + 3, "[]", ("a",)),
    ]


# -- ignore and severity ----------------------------------------------------------

CLASH = """\
    events:
      - {id: a, title: A, city: rochester, start: 2024-04-04 10:00, duration: 1h,
         attendees: [nappere, dri]}
      - {id: b, title: B, city: rochester, start: 2024-04-04 10:30, duration: 1h,
         attendees: [nappere, dri]}
"""


def test_an_ignore_that_matches_suppresses_with_its_reason() -> None:
    (diag,) = problems(
        text_of(
            CLASH,
            """\
        ignore:
          - {rule: double-booking, events: [b], delegates: [dri], reason: leaves early}
        """,
        )
    )
    assert (diag.rule, diag.suppressed, diag.reason) == ("double-booking", True, "leaves early")


def test_an_ignore_that_does_not_match_is_unused() -> None:
    parts = (
        CLASH,
        """\
        ignore:
          - {rule: double-booking, events: [b], delegates: [cci], reason: not cci}
        """,
    )
    assert found(*parts) == [
        at(parts, "double-booking", L + 4, "2024", ("a", "b"), ("nappere", "dri")),
        at(parts, "unused-ignore", L + 7, "{rule", ("b",), ("cci",)),
    ]


@pytest.mark.parametrize(
    ("level", "expected"),
    [("off", []), ("warning", ["warning"]), ("error", ["error"])],
)
def test_a_trip_can_change_a_rules_severity(level: str, expected: list[str]) -> None:
    diags = problems(text_of(CLASH, f"checks: {{rules: {{double-booking: {level}}}}}\n"))
    assert [str(d.severity) for d in diags] == expected


def test_rules_of_the_file_cannot_be_switched_off() -> None:
    parts = ("checks: {rules: {schema: off, odd-hours: warning}}\n",)
    assert found(*parts) == [
        at(parts, "schema", L + 1, "schema", ()),
        at(parts, "unknown-reference", L + 1, "odd-hours", ()),
    ]


def test_a_message_says_what_clashes_with_what_in_local_time() -> None:
    (diag,) = problems(
        text_of(
            FLIGHTS,
            """\
        events:
          - {id: lunch, title: L, city: rochester, start: 2024-04-08 12:00, duration: 1h,
             attendees: [nappere]}
        """,
        )
    )
    assert diag.message == (
        "'lunch' (2024-04-08 12:00–13:00 EDT) overlaps the journey 'west' (leaves Paris "
        "2024-04-08 10:00 CEST, arrives Rochester 2024-04-08 12:30 EDT) of nappere"
    )
    assert diag.hint == (
        "move the event after the arrival (or before the departure), or take the travellers off it"
    )
