"""Each rule of the file at its exact (line, column)."""

from __future__ import annotations

import pytest

from tests.support import BASE, BASE_LINES, load, positions, problems, with_base

L = BASE_LINES  # sections added after the base start on line L + 1


def test_base_trip_is_clean() -> None:
    assert positions(BASE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trip: [unclosed\n", [("yaml-syntax", 2, 1)]),
        ("a: 1\n\tb: 2\n", [("yaml-syntax", 2, 1)]),
        ("a: b: c\n", [("yaml-syntax", 1, 5)]),
        ("a: 1\n---\nb: 2\n", [("yaml-syntax", 2, 1)]),
        ("a: *nowhere\n", [("yaml-syntax", 1, 4)]),
    ],
)
def test_yaml_syntax(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(text) == expected


def test_several_documents_say_so() -> None:
    (diag,) = problems("a: 1\n---\nb: 2\n")
    assert "several YAML documents" in diag.message
    assert diag.hint is not None
    assert "---" in diag.hint


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # unknown key, with "did you mean"
        (
            """\
            events:
              - id: a
                title: A
                city: rochester
                start: 2024-04-04 10:00
                duration: 1h
                atendees: [nappere]
            """,
            [("schema", L + 7, 5)],
        ),
        # missing key: at the mapping that lacks it
        (
            """\
            events:
              - id: a
                city: rochester
                start: 2024-04-04 10:00
                duration: 1h
            """,
            [("schema", L + 2, 5)],
        ),
        # wrong type
        (
            """\
            events:
              - id: a
                title: [not, text]
                city: rochester
                start: 2024-04-04 10:00
                duration: 1h
            """,
            [("schema", L + 3, 12)],
        ),
        # end together with duration: at the duration key
        (
            """\
            events:
              - id: a
                title: A
                city: rochester
                start: 2024-04-04 10:00
                end: 2024-04-04 11:00
                duration: 1h
            """,
            [("schema", L + 7, 5)],
        ),
        # neither end nor duration
        (
            """\
            events:
              - id: a
                title: A
                city: rochester
                start: 2024-04-04 10:00
            """,
            [("schema", L + 2, 5)],
        ),
        # an id that is not a slug
        (
            """\
            events:
              - id: Mayors Meeting
                title: A
                city: rochester
                start: 2024-04-04 10:00
                duration: 1h
            """,
            [("schema", L + 2, 9)],
        ),
        # a mode that is not one of the list
        (
            """\
            travel:
              - id: t
                mode: plane
                from: rochester
                to: quebec
                depart: 2024-04-06 14:00
                arrive: 2024-04-06 16:00
            """,
            [("schema", L + 3, 11)],
        ),
        # an unknown section, at its key
        ("evnts: []\n", [("schema", L + 1, 1)]),
        # a tag is refused, never acted on
        (
            """\
            events:
              - id: a
                title: !!python/object/apply:os.system ["echo pwned"]
                city: rochester
                start: 2024-04-04 10:00
                duration: 1h
            """,
            [("schema", L + 3, 12), ("schema", L + 3, 12)],
        ),
    ],
)
def test_schema(extra: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(with_base(extra)) == expected


def test_unknown_key_suggests_the_nearest() -> None:
    (diag,) = problems(
        with_base("""\
        events:
          - {id: a, title: A, city: rochester, start: 2024-04-04 10:00, duration: 1h, atendees: all}
        """)
    )
    assert diag.message == "unknown key 'atendees' in event 'a'"
    assert diag.events == ("a",)
    assert diag.hint == "did you mean 'attendees'?"
    assert diag.path == "events[0].atendees"


def test_missing_sections_are_all_reported() -> None:
    diags = problems("venues: {}\n")
    assert [d.message for d in diags] == [
        "the file has no 'cities' section",
        "the file has no 'delegates' section",
        "the file has no 'trip' section",
    ]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            """\
            events:
              - id: a
                title: A
                venue: city-hal
                start: 2024-04-04 10:00
                duration: 1h
                attendees: [nappere, napere, "@elu"]
            """,
            [
                ("unknown-reference", L + 4, 12),
                ("unknown-reference", L + 7, 26),
                ("unknown-reference", L + 7, 34),
            ],
        ),
        (
            """\
            travel:
              - id: t
                mode: train
                from: rochestre
                to: quebec
                depart: 2024-04-06 14:00
                arrive: 2024-04-06 16:00
                passengers: ["@economi"]
            """,
            [("unknown-reference", L + 4, 11), ("unknown-reference", L + 8, 18)],
        ),
        (
            """\
            legs:
              - {city: montreal, start: 2024-04-03, end: 2024-04-05}
            """,
            [("unknown-reference", L + 2, 12)],
        ),
        (
            """\
            ignore:
              - {rule: double-bookin, events: [nothing], reason: known}
            """,
            [("unknown-reference", L + 2, 12), ("unknown-reference", L + 2, 36)],
        ),
    ],
)
def test_unknown_reference(extra: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(with_base(extra)) == expected


def test_unknown_reference_did_you_mean() -> None:
    diags = problems(
        with_base("""\
        events:
          - {id: a, title: A, venue: city-hal, start: 2024-04-04 10:00, duration: 1h,
             attendees: [napere, "@elu"]}
        """)
    )
    assert [(d.message, d.hint) for d in diags] == [
        ("unknown venue 'city-hal'", "did you mean 'city-hall'?"),
        ("unknown delegate 'napere'", "did you mean 'nappere'?"),
        ("unknown group '@elu'", "did you mean '@elus'?"),
    ]


def test_duplicate_id_across_events_and_travel() -> None:
    text = with_base("""\
        events:
          - {id: visit, title: A, city: rochester, start: 2024-04-04 10:00, duration: 1h}
        travel:
          - {id: visit, mode: train, from: rochester, to: quebec,
             depart: 2024-04-06 14:00, arrive: 2024-04-06 16:00}
        """)
    assert positions(text) == [("duplicate-id", L + 4, 10)]
    (diag,) = problems(text)
    assert diag.message == f"id 'visit' is already used by events[0] (line {L + 2})"


def test_duplicate_key_in_a_mapping() -> None:
    cci = "  cci: {name: CCI, groups: [economie]}\n"
    text = BASE.replace(cci, cci + "  cci: {name: Again}\n")
    first = BASE.splitlines().index(cci.rstrip("\n")) + 1
    assert positions(text) == [("duplicate-id", first + 1, 3)]
    assert f"first on line {first}" in problems(text)[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BASE.replace("timezone: America/Toronto", "timezone: America/Quebec"),
            [("unknown-timezone", 8, 36)],
        ),
        (
            BASE.replace("home_timezone: Europe/Paris", "home_timezone: Paris"),
            [("unknown-timezone", 3, 18)],
        ),
        (
            with_base("""\
            events:
              - {id: a, title: A, city: rochester, start: 2024-04-04 16:00 Europe/Pariss,
                 duration: 1h}
            """),
            [("unknown-timezone", L + 2, 47)],
        ),
    ],
)
def test_unknown_timezone(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(text) == expected


def test_unknown_timezone_suggests_the_iana_name() -> None:
    text = BASE.replace("home_timezone: Europe/Paris", "home_timezone: Paris")
    assert problems(text)[0].hint == "did you mean 'Europe/Paris'?"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # unreadable
        (
            """\
         events:
           - {id: a, title: A, city: rochester, start: "4 April, 10am", duration: 1h}
         """,
            [("invalid-time", L + 2, 47)],
        ),
        # a bad duration
        (
            """\
         events:
           - {id: a, title: A, city: rochester, start: 2024-04-04 10:00, duration: 90}
         """,
            [("invalid-time", L + 2, 75)],
        ),
        # end not after start
        (
            """\
         events:
           - id: a
             title: A
             city: rochester
             start: 2024-04-04 10:00
             end: 2024-04-04 09:00
         """,
            [("invalid-time", L + 6, 10)],
        ),
        # a move arriving before it departs, each read in its own city's zone
        (
            """\
         travel:
           - id: t
             mode: flight
             from: quebec
             to: rochester
             depart: 2024-04-06 14:00
             arrive: 2024-04-06 13:30
         """,
            [("invalid-time", L + 7, 13)],
        ),
        # an impossible date
        (
            """\
         legs:
           - {city: rochester, start: 2024-04-31, end: 2024-05-02}
         """,
            [("invalid-time", L + 2, 30)],
        ),
    ],
)
def test_invalid_time(extra: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(with_base(extra)) == expected


def test_nonexistent_time_in_the_spring_gap() -> None:
    text = with_base("""\
        events:
          - id: a
            title: A
            city: rochester
            start: 2024-03-10 02:30
            duration: 1h
        """)
    assert positions(text) == [("nonexistent-time", L + 5, 12)]
    (diag,) = problems(text)
    assert diag.message == (
        "2024-03-10 02:30 does not exist in Rochester (America/New_York): "
        "the clocks jump forward that night (EST to EDT)"
    )
    assert diag.hint is not None
    assert diag.hint.startswith("use 03:00 EDT")


def test_ambiguous_time_in_the_autumn_fold_and_the_offset_that_settles_it() -> None:
    text = with_base("""\
        events:
          - {id: a, title: A, city: rochester, start: 2024-11-03 01:30, duration: 1h}
          - {id: b, title: B, city: rochester, start: 2024-11-03T01:30-05:00, duration: 1h}
        """)
    # the second one is placed, and at 01:30 it is also an odd hour
    assert positions(text) == [("ambiguous-time", L + 2, 47), ("odd-hour", L + 3, 47)]
    diag = problems(text)[0]
    assert diag.hint == "add the offset you mean: -04:00 (EDT) or -05:00 (EST)"


def test_one_run_reports_every_problem() -> None:
    text = with_base("""\
        events:
          - {id: a, title: A, city: rochestr, start: 2024-04-04 10:00, duration: 1h}
          - {id: b, title: B, city: rochester, start: 2024-03-10 02:30, duration: 1h}
          - {id: c, title: C, city: rochester, start: 2024-04-04 10:00, duration: 0m}
          - {id: d, title: D, city: rochester, start: 2024-04-04 10:00, duration: 1h, x: 1}
        """)
    assert [rule for rule, _, _ in positions(text)] == [
        "unknown-reference",
        "nonexistent-time",
        "invalid-time",
        "schema",
    ]


@pytest.mark.parametrize(
    ("zone", "hint"),
    [
        ("America/Quebec", "did you mean 'America/Toronto'?"),
        ("Montreal", "did you mean 'America/Toronto'?"),
        ("new york", "did you mean 'America/New_York'?"),
        ("Europe/Pari", "did you mean 'Europe/Paris'?"),
        (
            "EST",
            "'EST' is a fixed offset or an abbreviation, not a place's rules: "
            "use an IANA name such as 'America/New_York'",
        ),
    ],
)
def test_zone_hints(zone: str, hint: str) -> None:
    text = BASE.replace("timezone: America/New_York", f"timezone: {zone}")
    (diag,) = problems(text)
    assert (diag.rule, diag.line, diag.column, diag.hint) == ("unknown-timezone", 7, 42, hint)


def test_times_are_read_even_where_the_place_is_unknown() -> None:
    text = with_base("""\
        events:
          - {id: a, title: A, city: nowhere, start: 10am, duration: 90}
        travel:
          - {id: t, mode: bus, from: nowhere, to: quebec, depart: soon,
             arrive: 2024-04-06 16:00}
        """)
    assert positions(text) == [
        ("unknown-reference", L + 2, 29),
        ("invalid-time", L + 2, 45),
        ("invalid-time", L + 2, 61),
        ("unknown-reference", L + 4, 30),
        ("invalid-time", L + 4, 59),
    ]


def test_a_misspelt_mode_keeps_the_move_in_the_itinerary() -> None:
    """`mode: plane` is one error, not a chain of broken-itinerary and wrong-city findings
    from a move that would have vanished."""
    text = with_base(
        """\
        travel:
          - {id: aller, mode: plane, from: rochester, to: quebec,
             depart: 2024-04-06 08:00, arrive: 2024-04-06 10:00}
          - {id: retour, mode: train, from: quebec, to: rochester,
             depart: 2024-04-08 08:00, arrive: 2024-04-08 16:00}
        events:
          - {id: visite, title: Visite, city: quebec, start: 2024-04-07 10:00, duration: 1h}
        """
    )
    assert positions(text) == [("schema", BASE_LINES + 2, 23)]
    loaded = load(text)
    assert loaded.trip is not None
    assert [m.move.mode for m in loaded.trip.moves] == ["other", "train"]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "04/05/2024 10:00",
            "did you mean '2024-05-04 10:00' (day/month) or '2024-04-05 10:00' (month/day)? ",
        ),
        ("13/05/2024 10:00", "did you mean '2024-05-13 10:00'? "),
    ],
)
def test_a_date_written_with_slashes_gets_both_readings_when_it_has_two(
    written: str, hint: str
) -> None:
    text = with_base(
        f"""\
        events:
          - {{id: x, title: X, city: rochester, start: "{written}", duration: 1h}}
        """
    )
    found = problems(text)
    assert [(d.rule, d.line) for d in found] == [("invalid-time", BASE_LINES + 2)]
    assert found[0].hint is not None
    assert found[0].hint.startswith(hint)
