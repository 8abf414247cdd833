"""The rules of the logistics: positives at exact positions with their ids, near misses,
and the one-pass nights across odd zones."""

from __future__ import annotations

import textwrap
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests import support
from tests.support import BASE, L, at, load, problems

DATES = {"start": "2024-04-03", "end": "2024-04-12"}
"""Ten days in April: the nights of 3 to 11 April need beds."""


def found(*parts: str, rules: tuple[str, ...] = ()) -> list[support.Found]:
    return support.found(*parts, rules=rules, **DATES)


def text_of(*parts: str) -> str:
    return support.text_of(*parts, **DATES)


TO_QUEBEC = """\
travel:
  - {id: vol, mode: flight, from: rochester, to: quebec, depart: 2024-04-06 14:10,
     arrive: 2024-04-06 16:00, passengers: [cci]}
"""


def test_base_is_clean() -> None:
    assert found("") == []


# -- no-lodging -------------------------------------------------------------------


def test_no_lodging_one_finding_per_delegate_and_run_of_nights() -> None:
    parts = (
        TO_QUEBEC,
        """\
        lodging:
          - {id: h-roc, name: H, city: rochester, check_in: 2024-04-03, check_out: 2024-04-05,
             guests: [cci]}
          - {id: h-que, name: H, city: quebec, check_in: 2024-04-08, check_out: 2024-04-10,
             guests: [cci]}
        """,
    )
    got = problems(text_of(*parts))
    # each at the date to move: h-roc's check_out, h-que's check_in, h-que's check_out
    assert [(d.rule, d.line, d.column, d.events, d.delegates) for d in got] == [
        at(parts, "no-lodging", L + 5, "2024-04-05", (), ("cci",)),
        at(parts, "no-lodging", L + 7, "2024-04-08", (), ("cci",)),
        at(parts, "no-lodging", L + 7, "2024-04-10", (), ("cci",)),
    ]
    assert [d.message for d in got] == [
        "cci has no bed in Rochester for the night of 2024-04-05 (they are in Rochester at 03:00)",
        "cci has no bed in Québec for the nights of 2024-04-06 to 2024-04-07 (they are in Québec "
        "at 03:00)",
        "cci has no bed in Québec for the nights of 2024-04-10 to 2024-04-11 (they are in Québec "
        "at 03:00)",
    ]
    assert [d.day for d in got] == [date(2024, 4, 5), date(2024, 4, 6), date(2024, 4, 10)]
    assert [d.hint for d in got] == [
        "'h-roc' ends the night before: move its check_out to 2024-04-06",
        "'h-que' starts the night after: move its check_in to 2024-04-06",
        "'h-que' ends the night before: move its check_out to 2024-04-12",
    ]


def test_no_lodging_hint_names_the_stay_that_could_take_them() -> None:
    parts = (
        TO_QUEBEC,
        """\
        lodging:
          - {id: h-roc, name: H, city: rochester, check_in: 2024-04-03, check_out: 2024-04-06,
             guests: [cci]}
          - {id: h-que, name: H, city: quebec, check_in: 2024-04-06, check_out: 2024-04-12,
             guests: [nappere]}
        """,
    )
    (got,) = problems(text_of(*parts))
    assert got.hint == "add cci to the guests of 'h-que', or add a lodging in Québec for them"


def test_no_lodging_needs_a_lodging_section() -> None:
    assert found(TO_QUEBEC) == []


def test_no_lodging_an_empty_lodging_section_still_checks() -> None:
    # no stay to correct: at the delegate's key (Rochester before the flight, then Québec)
    cci = BASE.splitlines().index("  cci: {name: CCI, groups: [economie]}") + 1
    assert found(TO_QUEBEC, "lodging: []\n") == [
        ("no-lodging", cci, 3, (), ("cci",)),
        ("no-lodging", cci, 3, (), ("cci",)),
    ]


def test_no_bed_at_home_on_a_night_flight_or_where_nobody_knows() -> None:
    parts = (
        """\
        travel:
          - {id: aller, mode: flight, from: rennes, to: quebec, depart: 2024-04-05 10:00,
             arrive: 2024-04-05 12:00, passengers: [cci]}
          - {id: retour, mode: flight, from: quebec, to: rennes, depart: 2024-04-07 21:30,
             arrive: 2024-04-08 10:35, passengers: [cci]}
        lodging:
          - {id: h, name: H, city: quebec, check_in: 2024-04-05, check_out: 2024-04-07,
             guests: [cci]}
        """,
    )
    # nights 3-4 and 8-11 at home, 5-6 in the hotel, 7 on the plane; nappere and dri
    # have neither moves nor legs
    assert found(*parts) == []


def test_no_lodging_by_legs_for_a_delegate_without_moves() -> None:
    parts = (
        """\
        legs:
          - {city: rochester, start: 2024-04-03, end: 2024-04-06, delegates: [dri]}
        lodging:
          - {id: h, name: H, city: rochester, check_in: 2024-04-03, check_out: 2024-04-06,
             guests: [dri]}
        """,
    )
    # the leg holds the night of the 6th, the stay ends the night before: at its check_out
    assert found(*parts) == [at(parts, "no-lodging", L + 4, "2024-04-06", (), ("dri",))]


def test_a_bed_in_another_city_is_lodging_wrong_city_alone() -> None:
    parts = (
        TO_QUEBEC,
        """\
        lodging:
          - {id: h-roc, name: H, city: rochester, check_in: 2024-04-03, check_out: 2024-04-07,
             guests: [cci]}
          - {id: h-que, name: H, city: quebec, check_in: 2024-04-07, check_out: 2024-04-12,
             guests: [cci]}
        """,
    )
    assert found(*parts) == [
        at(parts, "lodging-wrong-city", L + 5, "2024-04-07", ("h-roc",), ("cci",))
    ]


def test_a_hotel_a_night_short_for_everyone_is_one_finding_naming_them_all() -> None:
    """One slip, one finding: a hotel booked from the 7th for a delegation that arrives on
    the 6th is one no-lodging listing every delegate, at its check_in."""
    parts = (
        """\
        travel:
          - {id: vol, mode: flight, from: rochester, to: quebec, depart: 2024-04-06 14:10,
             arrive: 2024-04-06 16:00}
        lodging:
          - {id: h-roc, name: H, city: rochester, check_in: 2024-04-03, check_out: 2024-04-06}
          - {id: h-que, name: H, city: quebec, check_in: 2024-04-07, check_out: 2024-04-12}
        """,
    )
    got = problems(text_of(*parts))
    assert [(d.rule, d.line, d.column, d.events, d.delegates) for d in got] == [
        at(parts, "no-lodging", L + 6, "2024-04-07", (), ("nappere", "dri", "cci"))
    ]
    assert got[0].message == (
        "the whole delegation has no bed in Québec for the night of 2024-04-06 (they are in "
        "Québec at 03:00)"
    )
    assert got[0].hint == "'h-que' starts the night after: move its check_in to 2024-04-06"


def test_no_lodging_folds_two_delegates_and_keeps_apart_the_third_with_another_fix() -> None:
    parts = (
        """\
        travel:
          - {id: vol, mode: flight, from: rochester, to: quebec, depart: 2024-04-06 14:10,
             arrive: 2024-04-06 16:00}
        lodging:
          - {id: h-roc, name: H, city: rochester, check_in: 2024-04-03, check_out: 2024-04-06}
          - {id: h-que, name: H, city: quebec, check_in: 2024-04-07, check_out: 2024-04-12,
             guests: [nappere, dri]}
          - {id: h-cci, name: H, city: quebec, check_in: 2024-04-06, check_out: 2024-04-12,
             guests: [cci]}
        """,
    )
    got = problems(text_of(*parts))
    assert [(d.rule, d.line, d.column, d.events, d.delegates) for d in got] == [
        at(parts, "no-lodging", L + 6, "2024-04-07", (), ("nappere", "dri"))
    ]
    assert got[0].message.startswith("nappere and dri have no bed in Québec for the night of")


def test_the_next_hotel_a_night_early_is_lodging_wrong_city_not_a_second_bed() -> None:
    """The Québec hotel starts on the 5th while the delegation sleeps in Rochester that
    night, its Rochester hotel holding it: the bed in the wrong city is the finding
    (the contract's lodging-wrong-city), not two beds."""
    parts = (
        TO_QUEBEC,
        """\
        lodging:
          - {id: h-roc, name: H, city: rochester, check_in: 2024-04-03, check_out: 2024-04-06,
             guests: [cci]}
          - {id: h-que, name: H, city: quebec, check_in: 2024-04-05, check_out: 2024-04-12,
             guests: [cci]}
        """,
    )
    got = problems(text_of(*parts))
    assert [(d.rule, d.line, d.column, d.events, d.delegates) for d in got] == [
        at(parts, "lodging-wrong-city", L + 7, "2024-04-05", ("h-que",), ("cci",))
    ]
    assert got[0].message == (
        "'h-que' (Québec) holds cci for the night of 2024-04-05, but that night they are in "
        "Rochester (at 03:00)"
    )


# -- lodging-unused, double-lodging --------------------------------------------------


def test_lodging_unused_on_the_night_flight_points_at_check_out() -> None:
    parts = (
        """\
        travel:
          - {id: retour, mode: flight, from: quebec, to: paris, depart: 2024-04-11 21:30,
             arrive: 2024-04-12 10:35, passengers: [cci, dri]}
        lodging:
          - {id: h, name: H, city: quebec, check_in: 2024-04-03, check_out: 2024-04-12,
             guests: [dri, cci]}
        """,
    )
    assert found(*parts) == [
        at(parts, "lodging-unused", L + 5, "2024-04-12", ("h",), ("dri", "cci"))
    ]


def test_double_lodging_points_at_the_guest_in_the_later_stay() -> None:
    parts = (
        """\
        legs:
          - {city: rochester, start: 2024-04-03, end: 2024-04-11}
        lodging:
          - {id: a, name: A, city: rochester, check_in: 2024-04-03, check_out: 2024-04-12,
             guests: [all]}
          - {id: b, name: B, city: rochester, check_in: 2024-04-05, check_out: 2024-04-07,
             guests: [nappere, "@elus"]}
        """,
    )
    got = found(*parts)
    assert got == [at(parts, "double-lodging", L + 7, "nappere", ("a", "b"), ("nappere", "dri"))]


def test_touching_stays_are_not_double() -> None:
    parts = (
        """\
        legs:
          - {city: rochester, start: 2024-04-03, end: 2024-04-11}
        lodging:
          - {id: a, name: A, city: rochester, check_in: 2024-04-03, check_out: 2024-04-07}
          - {id: b, name: B, city: rochester, check_in: 2024-04-07, check_out: 2024-04-12}
        """,
    )
    assert found(*parts) == []


# -- over-capacity ------------------------------------------------------------------


def test_over_capacity_counts_attendees_and_guests() -> None:
    parts = (
        """\
        events:
          - {id: full, title: F, venue: city-hall, start: 2024-04-04 10:00, duration: 1h, guests: 0}
          - {id: over, title: O, venue: city-hall, start: 2024-04-04 12:00, duration: 1h, guests: 1}
          - {id: small, title: S, venue: city-hall, start: 2024-04-04 14:00, duration: 1h,
             attendees: [cci], guests: 2}
        """,
    )
    got = problems(text_of(*parts))
    assert [(d.rule, d.line, d.column, d.events) for d in got] == [
        ("over-capacity", L + 3, 10, ("over",))  # attendees left out: at its id
    ]
    assert "has 4 people (3 delegates and 1 guest), but 'city-hall' holds 3" in got[0].message


def test_over_capacity_of_seats_points_at_seats() -> None:
    parts = (
        """\
        travel:
          - {id: bus, mode: bus, from: rochester, to: quebec, depart: 2024-04-06 08:00,
             arrive: 2024-04-06 16:00, seats: 2}
          - {id: van, mode: car, from: quebec, to: rochester, depart: 2024-04-07 08:00,
             arrive: 2024-04-07 16:00, seats: 3}
        """,
    )
    everyone = ("nappere", "dri", "cci")
    assert found(*parts) == [at(parts, "over-capacity", L + 3, "2}", ("bus",), everyone)]


# -- missing-document, document-expired ---------------------------------------------

TO_US = """\
travel:
  - {id: vol, mode: flight, from: paris, to: rochester, depart: 2024-04-03 11:00,
     arrive: 2024-04-03 15:00, passengers: [nappere, dri, cci]}
  - {id: vol2, mode: flight, from: rochester, to: quebec, depart: 2024-04-08 11:00,
     arrive: 2024-04-08 13:00, passengers: [nappere, dri, cci]}
"""


def _with_documents(nappere: str, dri: str, cci: str) -> str:
    return (
        BASE.replace(
            "nappere: {name: Nathalie Appéré, groups: [elus], nationality: FR}",
            f"nappere: {{name: Nathalie Appéré, groups: [elus], nationality: FR, {nappere}}}",
        )
        .replace("dri: {name: DRI, groups: [elus]}", f"dri: {{name: DRI, groups: [elus], {dri}}}")
        .replace("cci: {name: CCI, groups: [economie]}", f"cci: {{name: CCI, {cci}}}")
    )


def _documents(text: str) -> list[tuple[str, int, int, tuple[str, ...], tuple[str, ...], str]]:
    return [
        (d.rule, d.line, d.column, d.events, d.delegates, d.message)
        for d in load(text).result.diagnostics
    ]


PASSPORT = "{type: passport, country: FR, expires: 2030-01-01}"


def test_missing_document_folds_delegates_and_names_the_entry() -> None:
    text = (
        _with_documents(
            f"documents: [{PASSPORT}]",
            "nationality: CA, documents: [{type: passport, country: CA, expires: 2030-01-01}]",
            "documents: [{type: id-card, country: FR, expires: 2030-01-01}]",
        )
        + textwrap.dedent(TO_US)
        + "entry:\n  US: {requires: [passport, esta], exempt: [CA]}\n"
    )
    got = _documents(text)
    lines = text.splitlines()
    nappere_line = next(i for i, s in enumerate(lines, 1) if s.startswith("  nappere:"))
    cci_line = next(i for i, s in enumerate(lines, 1) if s.startswith("  cci:"))
    assert [(r, line, col, ids, who) for r, line, col, ids, who, _ in got] == [
        ("missing-document", nappere_line, lines[nappere_line - 1].index("[{type") + 1,
         ("vol",), ("nappere", "cci")),
        ("missing-document", cci_line, lines[cci_line - 1].index("[{type") + 1,
         ("vol",), ("cci",)),
    ]  # fmt: skip
    assert got[0][5] == (
        "nappere and cci enter the United States (US) on 2024-04-03 with 'vol' without an "
        "ESTA: US requires passport and ESTA"
    )
    assert "without a passport" in got[1][5]


def test_a_passport_meets_an_id_card_requirement_and_a_bad_date_is_not_missing() -> None:
    text = (
        _with_documents(
            f"documents: [{PASSPORT}]",
            "documents: [{type: id-card, country: FR, expires: 2030-02-30}]",
            "documents: [{type: id-card, country: FR, expires: 2030-01-01}]",
        )
        + textwrap.dedent(TO_US)
        + "entry:\n  US: {requires: [id-card]}\n"
    )
    assert [d[0] for d in _documents(text)] == ["invalid-time"]


def test_document_expired_at_the_expiry_line_and_its_boundaries() -> None:
    # leaves the US on 2024-04-08 (vol2); the esta must last that day, the passport six
    # months more: 2024-10-08
    text = (
        _with_documents(
            "documents: [{type: passport, country: FR, expires: 2024-10-08, number: 12AB34567},"
            " {type: esta, country: US, expires: 2024-04-08}]",
            "documents: [{type: passport, country: FR, expires: 2024-10-07},"
            " {type: esta, country: US, expires: 2024-04-07}]",
            "documents: [{type: passport, country: FR, expires: 2024-10-09},"
            " {type: esta, country: US, expires: 2025-01-01}]",
        )
        + textwrap.dedent(TO_US)
        + ("entry:\n  US: {requires: [passport, esta], passport_valid_months: 6}\n")
    )
    got = _documents(text)
    lines = text.splitlines()
    dri = next(i for i, s in enumerate(lines, 1) if s.startswith("  dri:"))
    assert [(r, line, col, ids, who) for r, line, col, ids, who, _ in got] == [
        ("document-expired", dri, lines[dri - 1].index("2024-10-07") + 1, ("vol",), ("dri",)),
        ("document-expired", dri, lines[dri - 1].index("2024-04-07") + 1, ("vol",), ("dri",)),
    ]
    assert got[0][5] == (
        "dri's passport (FR) expires on 2024-10-07; entering the United States (US) on "
        "2024-04-03 it must be valid 6 months after they leave US on 2024-04-08, until 2024-10-08"
    )
    assert all("12AB34567" not in m and "567" not in m for *_, m in got)


def test_documents_are_not_checked_without_entry() -> None:
    assert [d[0] for d in _documents(_with_documents("title: X", "title: X", "title: X")
                                     + textwrap.dedent(TO_US))] == []  # fmt: skip


# -- implausible-travel -------------------------------------------------------------


def _move(mode: str, start: str, end: str, a: str = "rochester", b: str = "quebec") -> str:
    return (
        f"travel:\n  - {{id: m, mode: {mode}, from: {a}, to: {b}, depart: {start},\n"
        f"     arrive: {end}}}\n"
    )


def test_implausible_travel_boundaries() -> None:
    def rules(text: str) -> list[str]:
        return [rule for rule, *_ in found(text)]

    assert rules(_move("flight", "2024-04-06 14:10", "2024-04-06 14:39")) == ["implausible-travel"]
    # 30 and 31 minutes: a flight under 30 minutes only (the speed is below 1,000 km/h)
    assert rules(_move("flight", "2024-04-06 14:10", "2024-04-06 14:51", "paris", "rennes")) == []
    assert rules(_move("flight", "2024-04-06 12:00", "2024-04-07 08:00", "paris", "paris")) == []
    assert rules(_move("flight", "2024-04-06 12:00", "2024-04-07 08:01", "paris", "paris")) == [
        "implausible-travel"
    ]
    assert rules(_move("train", "2024-04-06 10:00", "2024-04-07 10:00")) == []
    assert rules(_move("train", "2024-04-06 10:00", "2024-04-07 10:01")) == ["implausible-travel"]
    assert rules(_move("boat", "2024-04-04 10:00", "2024-04-07 10:00")) == []


def test_implausible_speed_from_locations() -> None:
    # Paris -> Rochester is about 5,900 km: 2 h is 2,950 km/h; Rochester -> Québec, 640 km,
    # in 5 h 30 is a 116 km/h flight (a connection written as one move)
    fast = _move("flight", "2024-04-03 11:00", "2024-04-03 07:00", "paris", "rochester")
    slow = _move("flight", "2024-04-06 14:10", "2024-04-06 19:40")
    got = problems(text_of(fast))
    assert [(d.rule, d.line) for d in got] == [("implausible-travel", L + 3)]
    assert "km/h" in got[0].message
    assert [d.rule for d in problems(text_of(slow))] == ["implausible-travel"]
    assert [d.rule for d in problems(text_of(slow.replace("flight", "train")))] == []


# -- leg-mismatch -------------------------------------------------------------------


def test_leg_mismatch_points_at_the_end_of_a_leg_too_long() -> None:
    parts = (
        TO_QUEBEC,
        """\
        legs:
          - {city: rochester, start: 2024-04-03, end: 2024-04-08, delegates: [cci, dri]}
          - {city: quebec, start: 2024-04-06, end: 2024-04-11, delegates: [cci]}
        """,
    )
    assert found(*parts) == [at(parts, "leg-mismatch", L + 5, "2024-04-08", (), ("cci",))]


# -- nights in any zone --------------------------------------------------------------

ZONES = [
    "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago",
    "Europe/Paris", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago",
]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 1)),
    nights=st.integers(min_value=1, max_value=20),
    cut=st.integers(min_value=0, max_value=20),
)
def test_a_delegate_housed_every_night_needs_nothing_more(
    zone: str, start: date, nights: int, cut: int
) -> None:
    """Across daylight-saving jumps at 03:00 (Chatham jumps from 02:45 to 03:45) and
    half-hour zones, a stay covering the trip's nights is enough, and a stay one night
    short is one no-lodging for exactly that night."""
    end = start + timedelta(days=nights)
    short = min(cut, nights - 1)
    text = f"""\
trip: {{title: T, home_timezone: Europe/Paris, start: {start}, end: {end}}}
cities:
  x: {{name: X, timezone: {zone}}}
delegates:
  a: {{name: A}}
legs:
  - {{city: x, start: {start}, end: {end}}}
lodging:
  - {{id: h, name: H, city: x, check_in: {start}, check_out: {end}}}
  - {{id: i, name: I, city: x, check_in: {start}, check_out: {start + timedelta(days=short)}}}
"""
    text = text.replace(
        f"  - {{id: i, name: I, city: x, check_in: {start}, check_out: {start}}}\n", ""
    )
    got = problems(text)
    doubled = [d for d in got if d.rule == "double-lodging"]
    assert [d.rule for d in got] == (["double-lodging"] if short else [])
    assert [d.day for d in doubled] == ([start] if short else [])
    lone = text.replace(f"check_out: {end}}}", f"check_out: {end - timedelta(days=1)}}}", 1)
    if short == 0 and nights > 1:  # one night less (a stay of none is an error)
        missing = [d for d in problems(lone) if d.rule == "no-lodging"]
        assert [(d.day, d.delegates) for d in missing] == [(end - timedelta(days=1), ("a",))]


# -- bounds: what an attack found --------------------------------------------------


def test_a_leg_of_centuries_is_read_within_the_trip() -> None:
    parts = (
        TO_QUEBEC,
        "legs:\n  - {city: rochester, start: 1900-01-01, end: 2199-12-31, delegates: [cci]}\n",
    )
    (got,) = problems(text_of(*parts))
    assert got.rule == "leg-mismatch"
    assert "from 2024-04-07 to 2024-04-12" in got.message  # the trip's days, no others


def test_a_move_in_error_for_its_seats_stays_in_the_itinerary() -> None:
    parts = (
        """\
        travel:
          - {id: a, mode: bus, from: rochester, to: quebec, depart: 2024-04-05 08:00,
             arrive: 2024-04-05 16:00, passengers: [cci], seats: 0}
          - {id: b, mode: bus, from: quebec, to: rochester, depart: 2024-04-07 08:00,
             arrive: 2024-04-07 16:00, passengers: [cci]}
        """,
    )
    assert [f[0] for f in found(*parts)] == ["schema"]


def test_a_lodging_outside_the_trip() -> None:
    parts = (
        """\
        legs:
          - {city: rochester, start: 2024-04-03, end: 2024-04-11}
        lodging:
          - {id: h, name: H, city: rochester, check_in: 2024-04-01, check_out: 2024-04-12}
          - {id: i, name: I, city: rochester, check_in: 2024-04-10, check_out: 2024-04-13}
        """,
    )
    got = [(r, line, ids) for r, line, _, ids, _ in found(*parts)]
    assert ("outside-trip", L + 4, ("h",)) in got
    assert ("outside-trip", L + 5, ("i",)) in got


def test_three_beds_one_night_are_two_double_lodgings() -> None:
    stays = "".join(
        f"  - {{id: h{n}, name: H, city: rochester, check_in: 2024-04-05, check_out: 2024-04-06}}\n"
        for n in range(3)
    )
    parts = ("legs:\n  - {city: rochester, start: 2024-04-03, end: 2024-04-11}\n",
             "lodging:\n" + stays)  # fmt: skip
    pairs = [ids for rule, _, _, ids, _ in found(*parts) if rule == "double-lodging"]
    assert pairs == [("h0", "h1"), ("h0", "h2")]


def test_years_of_nights_stop_the_checks_and_say_so() -> None:
    text = support.text_of(TO_QUEBEC, "lodging: []\n", start="2024-04-03", end="2042-04-12")
    result = load(text).result
    assert result.checks_stopped
    assert not result.ok
