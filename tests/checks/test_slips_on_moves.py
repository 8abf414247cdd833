"""Home-time slips on moves (trip format 1.2): ``odd-hour`` covers a move's ends, and
``implausible-travel`` is an error past 1,200 km/h; both hints read the time in the home
zone when that makes it right. Exact positions, messages and hints, in both languages."""

from __future__ import annotations

import pytest

from mission_cli.pipeline import load_path
from mission_cli.words.words import words_for
from tests import support
from tests.support import L, at, problems

DATES = {"start": "2024-04-01", "end": "2024-04-20"}


def text_of(*parts: str) -> str:
    return support.text_of(*parts, **DATES)


def _move(
    depart: str, arrive: str, mode: str = "train", a: str = "rochester", b: str = "quebec"
) -> str:
    return f"""\
        travel:
          - {{id: m, mode: {mode}, from: {a}, to: {b}, depart: {depart},
             arrive: {arrive}}}
        """


def test_a_move_leaving_in_the_small_hours_is_odd_hour_at_its_depart() -> None:
    parts = (_move("2024-04-05 00:36", "2024-04-05 06:07"),)
    got = problems(text_of(*parts))
    assert [(d.rule, d.line, d.column, d.severity) for d in got] == [
        (*at(parts, "odd-hour", L + 2, "2024-04-05 00:36")[:3], "warning")
    ]
    assert got[0].message == (
        "'m' leaves Rochester at 2024-04-05 00:36 EDT, outside 07:00–23:00 local time"
    )
    # 00:36 in Paris is 18:36 EDT the day before: within the day, so it is said
    assert got[0].hint == (
        "meant 00:36 Europe/Paris? that is 2024-04-04 18:36 EDT here: write "
        "'2024-04-05 00:36 Europe/Paris', or the local time"
    )
    french = words_for("fr")
    assert french.say(got[0].said) == (
        "'m' part de Rochester à 2024-04-05 00:36 EDT, hors de la plage 07:00–23:00 (heure locale)"
    )


def test_an_arrival_in_the_small_hours_is_odd_hour_at_its_arrive() -> None:
    parts = (_move("2024-04-05 20:00", "2024-04-06 01:30"),)
    assert [(d.rule, d.line, d.column) for d in problems(text_of(*parts))] == [
        at(parts, "odd-hour", L + 3, "2024-04-06 01:30")[:3]
    ]


def test_a_move_within_the_day_or_switched_off_is_fine() -> None:
    assert problems(text_of(_move("2024-04-05 07:00", "2024-04-05 23:00"))) == []
    off = "checks:\n  rules: {odd-hour: off}\n"
    assert problems(text_of(_move("2024-04-05 00:36", "2024-04-05 06:07"), off)) == []


def test_a_departure_typed_in_home_time_is_one_error_with_the_home_reading() -> None:
    # Rochester -> Paris leaves at 18:00 EDT, midnight in Paris; typed 00:00 and read in
    # Rochester's zone, the flight takes 3h30: an error, and no odd-hour besides
    parts = (_move("2024-04-05 00:00", "2024-04-05 07:30", "flight", "rochester", "paris"),)
    got = problems(text_of(*parts))
    assert [(d.rule, d.line, d.column, d.severity) for d in got] == [
        (*at(parts, "implausible-travel", L + 2, "2024-04-05 00:00")[:3], "error")
    ]
    assert got[0].message == (
        "'m' (leaves Rochester 2024-04-05 00:00 EDT, arrives Paris 2024-04-05 07:30 CEST) "
        "covers 5,923 km in 1h30, 3,949 km/h"
    )
    assert got[0].hint == (
        "meant 00:00 Europe/Paris for depart? the journey would then take 7h30 at 790 km/h: "
        "write depart as '2024-04-05 00:00 Europe/Paris'"
    )
    assert words_for("fr").say(got[0].hint_said) == (  # type: ignore[arg-type]
        "vouliez-vous dire 00:00 Europe/Paris pour depart\u202f? le trajet durerait alors "
        "7h30, à 790 km/h\u202f: écrivez depart sous la forme '2024-04-05 00:00 Europe/Paris'"
    )


def test_over_1000_but_under_1200_km_h_stays_a_warning() -> None:
    # Paris -> Rochester, 5,950 km in 5h30: about 1,080 km/h
    parts = (_move("2024-04-03 11:00", "2024-04-03 10:30", "flight", "paris", "rochester"),)
    got = problems(text_of(*parts))
    assert [(d.rule, d.severity) for d in got] == [("implausible-travel", "warning")]


# -- the exact slips of a new user's French trip (issue #19), one finding each ----------

JAPAN = {
    "japan-train-arrives-before-it-leaves": (
        "invalid-time", 75, 40,
        "'train-sendai-tokyo' arrive à 2025-03-29 10:35 JST, et non après son départ à "
        "2025-03-29 11:00 JST",
    ),
    "japan-return-flight-date-slip": (
        "invalid-time", 81, 40,
        "'vol-tokyo-paris' arrive à 2025-03-31 17:00 CEST, et non après son départ à "
        "2025-04-01 10:30 JST",
    ),
    "japan-train-typed-in-home-time": (
        "odd-hour", 76, 14,
        "'train-sendai-tokyo' part de Sendai à 2025-03-29 03:00 JST, hors de la plage "
        "07:00–23:00 (heure locale)",
    ),
    "japan-arrival-typed-in-home-time": (
        "implausible-travel", 70, 40,
        "'vol-paris-tokyo' (départ de Paris 2025-03-26 13:20 CET, arrivée à Tokyo 2025-03-27 "
        "00:40 JST) parcourt 9\u202f707 km en 3h20, soit 2\u202f912 km/h",
    ),
    "japan-hotel-one-night-short": (
        "no-lodging", 63, 16,
        "toute la délégation n'a pas de lit à Tokyo pour la nuit du 2025-03-29 (à 03:00, le "
        "programme l'y place)",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(JAPAN))
def test_each_slip_of_the_french_trip_is_one_finding_in_french(name: str) -> None:
    path = support.ROOT / "trips" / "examples" / f"{name}.yaml"
    result = load_path(path).result
    french = words_for("fr")
    rule, line, column, message = JAPAN[name]
    assert [(d.rule, d.line, d.column, french.say(d.said)) for d in result.diagnostics] == [
        (rule, line, column, message)
    ]


def test_the_trip_without_its_slips_is_clean() -> None:
    path = support.ROOT / "tests" / "trips" / "valid" / "rennes-tokyo-sendai.yaml"
    assert load_path(path).result.diagnostics == []


def test_the_home_readings_hints_are_french() -> None:
    french = words_for("fr")
    hints = {
        name: french.say(d.hint_said)  # type: ignore[arg-type]
        for name in ("japan-train-typed-in-home-time", "japan-arrival-typed-in-home-time")
        for d in load_path(support.ROOT / "trips" / "examples" / f"{name}.yaml").result.diagnostics
    }
    assert hints == {
        "japan-train-typed-in-home-time": "vouliez-vous dire 03:00 Europe/Paris\u202f? soit "
        "11:00 JST ici\u202f: écrivez '2025-03-29 03:00 Europe/Paris', ou l'heure locale",
        "japan-arrival-typed-in-home-time": "vouliez-vous dire 00:40 Europe/Paris pour "
        "arrive\u202f? le trajet durerait alors 11h20, à 857 km/h\u202f: écrivez arrive sous "
        "la forme '2025-03-27 00:40 Europe/Paris'",
    }
