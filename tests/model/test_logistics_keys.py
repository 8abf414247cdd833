"""The keys of version 1.1's logistics: each bad value is a diagnostic at its own line and
column, with a hint; good values are modelled."""

from __future__ import annotations

import textwrap

import pytest

from tests import support
from tests.support import BASE, L, load, problems, text_of

NAPPERE = "{name: Nathalie Appéré, groups: [elus], nationality: FR}"


def diag(extra: str) -> list[tuple[str, int, int, str, str | None]]:
    return [(d.rule, d.line, d.column, d.message, d.hint) for d in problems(text_of(extra))]


def where(extra: str) -> list[tuple[str, int, int]]:
    return [(d.rule, d.line, d.column) for d in problems(text_of(extra))]


def at(text: str, rule: str, line: int, needle: str) -> tuple[str, int, int]:
    """``rule`` at ``line``, in the column where ``needle`` (unique on it) starts."""
    return support.at(text, rule, line, needle)[:3]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # a latitude of 123, a longitude of 200, three numbers
        ("cities2:\n", [("schema", L + 1, "cities2")]),
        (
            """\
            lodging:
              - {id: h, name: H, city: rochester, check_in: 2024-04-06, check_out: 2024-04-05}
            """,
            [("invalid-time", L + 2, "2024-04-05")],
        ),
        (
            """\
            lodging:
              - {id: h, name: H, city: rochester, check_in: 2024-04-06, check_out: 2024-04-06}
            """,
            [("invalid-time", L + 2, "2024-04-06}")],
        ),
        (
            """\
            lodging:
              - {id: h, name: H, city: rochster, check_in: 2024-04-31, check_out: 2024-04-05}
            """,
            [("unknown-reference", L + 2, "rochster"), ("invalid-time", L + 2, "2024-04-31")],
        ),
        (
            """\
            lodging:
              - {id: h, name: H, check_in: 2024-04-03, check_out: 2024-04-05, gests: all}
            """,
            [("schema", L + 2, "gests")],
        ),
        (
            """\
            lodging:
              - {id: h, name: H, venue: city-hall, check_in: 2024-04-03, check_out: 2024-04-05,
                 guests: [nappere, drj]}
            """,
            [("unknown-reference", L + 3, "drj")],
        ),
        (
            """\
            events:
              - {id: e, title: E, venue: city-hall, start: 2024-04-04 10:00, duration: 1h}
            lodging:
              - {id: e, name: H, venue: city-hall, check_in: 2024-04-03, check_out: 2024-04-05}
            """,
            [("duplicate-id", L + 4, "e, name")],
        ),
    ],
)
def test_lodging(extra: str, expected: list[tuple[str, int, str]]) -> None:
    text = text_of(extra)
    assert where(extra) == [at(text, rule, line, needle) for rule, line, needle in expected]


def test_a_stay_that_holds_no_night_says_how_check_out_is_read() -> None:
    (found,) = diag(
        """\
        lodging:
          - {id: h, name: H, city: rochester, check_in: 2024-04-06, check_out: 2024-04-06}
        """
    )
    assert found[3] == (
        "lodging 'h' checks out (2024-04-06) the day it checks in (2024-04-06): it holds no night"
    )
    assert found[4] is not None
    assert "2024-04-10" in found[4]


@pytest.mark.parametrize(
    ("city", "needle", "message", "hint"),
    [
        (
            "location: [123, -77.6]",
            "123",
            "cities.roc.location[0]: 123 is not a latitude: a latitude lies between -90 and 90 "
            "degrees",
            "write [latitude, longitude], such as [46.81, -71.21]",
        ),
        (
            "location: [43.2, -277.6]",
            "-277.6",
            "cities.roc.location[1]: -277.6 is not a longitude: a longitude lies between -180 "
            "and 180 degrees",
            "write [latitude, longitude], such as [46.81, -71.21]",
        ),
        (
            "country: France",
            "France",
            "cities.roc.country: 'France' is not a country code",
            "write FR, the ISO 3166-1 code of France",
        ),
        (
            "country: états-unis",
            "états-unis",
            "cities.roc.country: 'états-unis' is not a country code",
            "write US, the ISO 3166-1 code of états-unis",
        ),
        (
            "country: XY",
            "XY",
            "cities.roc.country: 'XY' is not a country code",
            "use the two capital letters of ISO 3166-1: FR, US, CA",
        ),
        (
            "home: yes",
            "yes",
            "cities.roc.home should be true or false, not the text 'yes'",
            "write true or false",
        ),
    ],
)
def test_city_keys(city: str, needle: str, message: str, hint: str) -> None:
    extra = f"cities:\n  roc: {{name: Rochester, timezone: America/New_York, {city}}}\n"
    text = BASE[: BASE.index("cities:")] + BASE[BASE.index("delegates:") :]  # no city, no venue
    found = [
        (d.line, d.column, d.message, d.hint) for d in problems(text + extra) if d.rule == "schema"
    ]
    line = text.count("\n") + 2
    (_, _, column) = at(text + extra, "schema", line, needle)
    assert found == [(line, column, message, hint)]


@pytest.mark.parametrize(
    ("venue", "needle", "message"),
    [
        ("capacity: 0", "0", "venues.big.capacity should be at least 1, not a number (0)"),
        ("capacity: -3", "-3", "venues.big.capacity should be at least 1, not a number (-3)"),
        (
            "capacity: lots",
            "lots",
            "venues.big.capacity should be a whole number, not the text 'lots'",
        ),
        ("contact: {phone: 555}", "{phone", "venues.big.contact has no 'name'"),
    ],
)
def test_venue_keys(venue: str, needle: str, message: str) -> None:
    rit = "  rit: {name: RIT, city: rochester}\n"
    text = BASE.replace(rit, f"  big: {{name: Big, city: rochester, {venue}}}\n")
    found = [(d.rule, d.line, d.column, d.message) for d in problems(text)]
    line = BASE.splitlines().index(rit.rstrip("\n")) + 1
    assert found == [(*at(text, "schema", line, needle), message)]


def test_delegate_keys_each_at_their_place() -> None:
    text = BASE[: BASE.index("delegates:")]
    extra = textwrap.dedent(
        """\
        delegates:
          a:
            name: A
            nationality: France
            diet: [vegeterian, {other: sans porc}, "other: sans gluten", {other: ""}]
            documents:
              - {type: pasport, country: FR, expires: 2030-01-01}
              - {type: esta, country: US}
              - {type: eta, country: CA, expires: 2024-02-30}
        """
    )
    found = [(d.rule, d.line, d.column, d.hint) for d in problems(text + extra)]
    first = text.count("\n") + 1
    other = "write a need (vegetarian, vegan, halal, …) or `{other: what it is}`"
    full = text + extra
    assert found == [
        (*at(full, "schema", first + 3, "France"), "write FR, the ISO 3166-1 code of France"),
        (*at(full, "schema", first + 4, "vegeterian"), "did you mean 'vegetarian'?"),
        (*at(full, "schema", first + 4, '"other: sans'), other),
        (*at(full, "schema", first + 4, '{other: ""}'), other),
        (*at(full, "schema", first + 6, "pasport"), "did you mean 'passport'?"),
        (*at(full, "schema", first + 7, "{type: esta"), "add `expires: …` here"),
        (
            *at(full, "invalid-time", first + 8, "2024-02-30"),
            "no such day: check the month and the day (YYYY-MM-DD)",
        ),
    ]  # the documents in error are left out, the others are read


def test_a_delegate_with_a_bad_diet_is_kept_with_the_good_needs() -> None:
    loaded = load(BASE.replace(NAPPERE, "{name: N, diet: [sugar, vegan]}"))
    assert [d.rule for d in loaded.result.diagnostics] == ["schema"]
    assert loaded.model is not None
    assert [str(n) for n in loaded.model.delegates["nappere"].diet] == ["vegan"]
    assert loaded.model.incomplete == {"delegates.nappere": {"diet"}}


def test_a_bad_document_is_not_reported_again_as_missing() -> None:
    text = BASE.replace(
        NAPPERE,
        "{name: N, nationality: FR, documents: [{type: passport, country: France, "
        "expires: 2030-01-01}, {type: esta, country: US, expires: 2024-02-30}]}",
    )
    text += (
        "entry:\n  US: {requires: [passport, esta]}\n"
        "legs:\n  - {city: rochester, start: 2024-04-03, end: 2024-04-05, delegates: [nappere]}\n"
    )
    found = [(d.rule, d.line) for d in load(text).result.diagnostics]
    line = BASE.splitlines().index(f"  nappere: {NAPPERE}") + 1
    assert found == [("schema", line), ("invalid-time", line)]


def test_good_values_are_modelled() -> None:
    loaded = load(
        BASE.replace("location: [43.16, -77.61]}", "location: [43.16, -77.61], home: false}")
        .replace(
            "{name: City Hall, city: rochester, capacity: 3}",
            "{name: H, city: rochester, capacity: 80,"
            " contact: {name: Jo, phone: '+1 585 428 7000'}}",
        )
        .replace(
            NAPPERE,
            "{name: N, nationality: FR, diet: vegan, documents:"
            " [{type: passport, country: FR, expires: 2031-05-02, number: 0612345678}]}",
        )
        + "entry:\n  US: {requires: [passport, esta], passport_valid_months: 6, exempt: [CA]}\n"
    )
    assert loaded.result.diagnostics == []
    model = loaded.model
    assert model is not None
    assert model.cities["rochester"].location == (43.16, -77.61)
    assert model.venues["city-hall"].capacity == 80
    delegate = model.delegates["nappere"]
    assert [str(n) for n in delegate.diet] == ["vegan"]
    assert delegate.documents[0].number == "0612345678"
    assert model.entry["US"].passport_valid_months == 6
    assert loaded.trip is not None
    assert [d.expires.isoformat() for d in loaded.trip.documents["nappere"]] == ["2031-05-02"]


@pytest.mark.parametrize(
    ("extra", "needle", "hint"),
    [
        (
            "entry:\n  France: {requires: [passport]}\n",
            "France",
            "write FR, the ISO 3166-1 code of France",
        ),
        ("entry:\n  US: {requires: []}\n", "[]", "list at least one, or remove the key"),
        ("entry:\n  US: {requires: [passport, visum]}\n", "visum", "did you mean 'visa'?"),
        (
            "entry:\n  US: {requires: [esta], exempt: [Canada]}\n",
            "Canada",
            "write CA, the ISO 3166-1 code of Canada",
        ),
        (
            "entry:\n  US: {requires: [esta], passport_valid_months: -1}\n",
            "-1",
            "months a passport must stay valid after leaving: 0 to 120",
        ),
        (
            "entry:\n  US: {requires: [esta, passport, esta]}\n",
            "[esta",
            "write each once",
        ),
    ],
)
def test_entry(extra: str, needle: str, hint: str | None) -> None:
    found = [(r, line, col, h) for r, line, col, _, h in diag(extra)]
    assert found == [(*at(text_of(extra), "schema", L + 2, needle), hint)]


def test_meal_and_guests_and_seats() -> None:
    extra = """\
        events:
          - {id: e, title: E, venue: city-hall, start: 2024-04-04 12:00, duration: 1h, meal: lunsh}
          - {id: f, title: F, venue: city-hall, start: 2024-04-04 14:00, duration: 1h, guests: -2}
        travel:
          - {id: bus, mode: bus, from: rochester, to: rochester, depart: 2024-04-05 09:00,
             arrive: 2024-04-05 10:00, seats: 0}
        """
    text = text_of(extra)
    assert [(r, line, col, hint) for r, line, col, _, hint in diag(extra)] == [
        (*at(text, "schema", L + 2, "lunsh"), "did you mean 'lunch'?"),
        (
            *at(text, "schema", L + 3, "-2"),
            "the people expected from outside the delegation: a whole number, 0 or more",
        ),
        (
            *at(text, "schema", L + 6, "0}"),
            "the seats for the delegation: a whole number, at least 1",
        ),
    ]


def test_a_number_written_with_underscores_is_refused_not_read_as_another() -> None:
    """Python reads "1_0" as 10: a value silently rewritten. The schema's pattern agrees."""
    hall = "city-hall: {name: City Hall, city: rochester, capacity: 3}"
    assert hall in BASE
    found = problems(BASE.replace(hall, hall.replace("3}", '"1_0"}')))
    line = BASE.splitlines().index(f"  {hall}") + 1
    assert [(d.rule, d.line, d.column, d.message, d.hint) for d in found] == [
        (
            "schema",
            line,
            59,
            "venues.city-hall.capacity: should be a number in digits, not the text '1_0'",
            "write the number with digits only: 10, not 1_0",
        )
    ]
