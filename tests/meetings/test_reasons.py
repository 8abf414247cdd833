"""A request left out for each reason, and the words that say it: names, ids, local
times with their zones, the setting to change."""

from __future__ import annotations

import pytest

from mission_cli.words.words import words_for
from tests.meetings.support import BASE, plan_of, reasons, request, trip, window

TABLE = """\
  - id: m1
    title: Already at a table
    venue: salon
    start: 2024-04-09 14:00
    duration: 1h
    attendees: [ia]
    part_of: session
"""
COLLOQUE = """\
  - id: colloque
    title: Colloque
    venue: salon
    start: 2024-04-09 15:00
    end: 2024-04-09 17:00
    attendees: [cci]
"""
ROOMY = BASE.replace("city: quebec}\n  bureau", "city: quebec, capacity: 5}\n  bureau", 1)
LONG = BASE.replace("cities:", "checks: {max_day_hours: 11.5}\ncities:", 1)


def elsewhere(city: str, day: str, start: str, end: str, who: str = "[ia]") -> str:
    return request("r", who, within=False, city=city, windows=window(day, start, end))


CASES = {
    "wrong-city": (
        trip(elsewhere("montreal", "09", "10:00", "12:00")),
        "ia is in Québec on 2024-04-09 (from 'vol' to 'car')",
    ),
    "during-travel": (
        trip(elsewhere("montreal", "10", "09:00", "11:00")),
        "ia is on 'car' then (leaves 2024-04-10 08:30 EDT, arrives 2024-04-10 11:45 EDT)",
    ),
    "no-leg": (
        trip(elsewhere("quebec", "10", "10:00", "12:00", who="[cci]")),
        "no leg puts cci in Québec on 2024-04-10",
    ),
    "odd-hour": (
        trip(elsewhere("quebec", "09", "05:00", "06:30")),
        "Fonds de la Capitale is free only outside the day, 07:00–23:00 local time "
        "(checks.day_start, checks.day_end)",
    ),
    "outside-trip": (
        trip(elsewhere("montreal", "20", "10:00", "12:00")),
        "Fonds de la Capitale is free only outside the trip, 2024-04-08 to 2024-04-11",
    ),
    "over-capacity": (
        trip(request("r", "[ia, data]", within=False, venue="bureau")),
        "'bureau' has room for 1, fewer than its 2 attendees",
    ),
    "nobody": (
        trip(elsewhere("quebec", "09", "11:00", "12:00", who="[]")),
        "its attendees name nobody",
    ),
    "window too short": (
        trip(elsewhere("quebec", "09", "11:00", "11:30")),
        "Fonds de la Capitale is free 2024-04-09 11:00–11:30 EDT only: no 45-minute meeting "
        "fits there on a 15-minute grid",
    ),
    "window outside the session": (
        trip(request("r", "[ia]", windows=window("09", "10:00", "11:00"))),
        "Fonds de la Capitale is free 2024-04-09 10:00–11:00 EDT only: no 45-minute meeting "
        "fits inside 'session' (2024-04-09 14:00–17:00 EDT) on a 15-minute grid",
    ),
    "no gap for the startup": (
        trip(request("r", "[ia]", windows=window("09", "14:00", "15:00")), events=TABLE),
        "no 45-minute gap for ia in 'session' when Fonds de la Capitale is free: 'm1'",
    ),
    "venue-overlap": (
        trip(request("r", "[ia]", windows=window("09", "15:00", "17:00")), events=COLLOQUE),
        "'salon' hosts 'colloque' then (2024-04-09 15:00–17:00 EDT)",
    ),
    "every table taken": (
        trip(
            *(
                request(
                    k,
                    f"[{who}]",
                    windows=window("09", "14:00", "14:30"),
                    duration="30m",
                    priority=level,
                ).replace("Fonds de la Capitale", party)
                for k, who, party, level in (
                    ("a", "ia", "P1", "must"),
                    ("b", "data", "P2", "should"),
                    ("c", "poool", "P3", "could"),
                )
            ),
            base=ROOMY,
        ),
        "all 2 tables of 'session' are taken by 'a' and 'b' whenever poool could meet P3",
    ),
    "venue taken": (
        trip(
            request(
                "r", "[cci]", within=False, venue="hotel", windows=window("09", "18:30", "19:30")
            )
        ),
        "'hotel' is taken by 'reception' whenever cci could meet Fonds de la Capitale there",
    ),
    "transfer-time": (
        trip(
            request(
                "r",
                "[ia]",
                within=False,
                venue="hotel",
                windows=window("09", "10:30", "11:00"),
                duration="30m",
            )
        ),
        "ia would not have 30 minutes (checks.transfer_minutes) to go between 'hotel' and "
        "'conference'",
    ),
    "long-day": (
        trip(
            request(
                "r", "[ia]", within=False, venue="hotel", windows=window("09", "20:00", "21:00")
            ),
            base=LONG,
        ),
        "the day of ia on 2024-04-09 would last more than 11.5 hours (checks.max_day_hours)",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_request_left_out_says_why(case: str) -> None:
    text, why = CASES[case]
    plan = plan_of(text)
    assert reasons(plan)[plan.left_out[-1].id] == why
    assert plan.optimal


def test_a_request_in_error_is_left_out_saying_so() -> None:
    from mission_cli.meetings.plan import plan_meetings
    from tests.support import load

    text = trip(request("r", "[ai]", within=False, city="quebec"))
    loaded = load(text).whole()
    assert loaded is not None
    plan = plan_meetings(loaded, text, step=15, time_limit=5, comment=None)
    assert reasons(plan) == {
        "r": "its entry in the file has an error: `mission validate` says which"
    }


def test_a_must_wins_the_only_slot_from_a_should_whatever_their_order() -> None:
    only = window("09", "14:00", "14:45")
    plan = plan_of(
        trip(
            request("s", "[data]", windows=only),
            request("m", "[ia]", windows=only, priority="must"),
        )
    )
    assert [m.id for m in plan.new] == ["m"]
    assert reasons(plan) == {
        "s": "Fonds de la Capitale is free 2024-04-09 14:00–14:45 EDT only, already taken "
        "by 'm' (must)"
    }
    assert (plan.placed, plan.asked, plan.optimal) == ((1, 0, 0), (1, 1, 0), True)


def test_the_reasons_in_french() -> None:
    text, _ = CASES["wrong-city"]
    plan = plan_of(text)
    said = words_for("fr").say(plan.left_out[0].reason)
    assert said == "ia est à Québec le 2024-04-09 (de 'vol' à 'car')"
    text, _ = CASES["every table taken"]
    said = words_for("fr").say(plan_of(text).left_out[0].reason)
    assert said == (
        "les 2 tables de 'session' sont occupées par 'a' et 'b' chaque fois que poool "
        "pourrait rencontrer P3"
    )


def test_several_causes_are_said_together() -> None:
    """Some starts on the coach, the others in another city: both, the most first."""
    text = trip(elsewhere("montreal", "10", "07:00", "12:00"))
    assert reasons(plan_of(text)) == {
        "r": "ia is on 'car' then (leaves 2024-04-10 08:30 EDT, arrives 2024-04-10 11:45 EDT)"
        "; ia is in Québec on 2024-04-10 (from 'vol' to 'car')"
    }


def test_two_requests_with_one_id_are_left_out_until_one_is_renamed() -> None:
    from mission_cli.meetings.plan import plan_meetings
    from tests.support import load

    twice = request("r", "[ia]", within=False, city="quebec")
    text = trip(twice, twice)
    loaded = load(text).whole()
    assert loaded is not None
    assert [d.rule for d in loaded.result.diagnostics] == ["duplicate-id"]
    plan = plan_meetings(loaded, text, step=15, time_limit=5, comment=None)
    assert (plan.meetings, reasons(plan)) == (
        [],
        {"r": "its entry in the file has an error: `mission validate` says which"},
    )
