"""Plans made from a trip: one party never in two meetings at once, a session's tables
side by side, meetings already in the file kept, every plan proved on the file itself,
and the best plan on small random trips (against the brute force of tests/schedule)."""

from __future__ import annotations

import random
from datetime import datetime
from itertools import combinations

import pytz
from hypothesis import given, settings
from hypothesis import strategies as st

from mission_cli.meetings.plan import Meeting, _prove, plan_meetings, written_time
from mission_cli.meetings.stating import state
from mission_cli.schedule import schedule
from tests.meetings.support import BASE, EN, plan_of, reasons, request, trip, window
from tests.schedule.oracle import best_counts
from tests.support import load


def _overlap(a: Meeting, b: Meeting) -> bool:
    return a.start < b.end and b.start < a.end


def test_two_requests_with_one_party_never_overlap() -> None:
    fund = window("09", "15:30", "17:00")
    text = trip(
        *(
            request(f"r{k}", f"[{who}]", windows=fund, duration="30m")
            for k, who in enumerate(["ia", "data", "poool"])
        )
    )
    plan = plan_of(text)
    assert len(plan.new) == 3
    assert not any(_overlap(a, b) for a, b in combinations(plan.new, 2))
    assert plan.optimal


def test_a_sessions_tables_run_side_by_side() -> None:
    """Three startups meet three parties at once, each at its own table; the file with
    the meetings raises no venue-overlap (they are parts of one session)."""
    same = window("09", "14:00", "14:45")
    text = trip(
        *(
            request(f"r{k}", f"[{who}]", windows=same).replace("Fonds de la Capitale", f"P{k}")
            for k, who in enumerate(["ia", "data", "poool"])
        )
    )
    plan = plan_of(text)
    assert [(m.id, f"{m.start:%H:%M}", m.table) for m in plan.new] == [
        ("r0", "18:00", 1),
        ("r1", "18:00", 2),
        ("r2", "18:00", 3),
    ]
    assert plan.text is not None
    assert load(plan.text).result.diagnostics == []


def test_the_meetings_in_the_file_are_kept_and_hold_their_party() -> None:
    """A request already placed (its meeting in the file) is not placed again, and
    another request with the same party does not overlap it."""
    placed = """\
  - id: first
    title: Meeting first
    venue: salon
    start: 2024-04-09 14:00
    duration: 45m
    attendees: [ia]
    part_of: session
    kind: meeting
"""
    slots = window("09", "14:00", "15:30")
    text = trip(
        request("first", "[ia]", windows=slots),
        request("second", "[data]", windows=slots),
        events=placed,
    )
    plan = plan_of(text)
    assert [(m.id, f"{m.start:%H:%M}", m.in_file) for m in plan.meetings] == [
        ("first", "18:00", True),
        ("second", "18:45", False),
    ]
    assert plan.placed == (0, 2, 0)


def test_a_meeting_that_would_raise_a_finding_is_left_out_saying_which() -> None:
    """The proof on the file: a meeting over the reception (which the engine would never
    propose) is refused with the finding it raises."""
    text = trip(request("r", "[ia]", within=False, city="quebec"))
    loaded = load(text).whole()
    assert loaded is not None
    (asked,) = state(loaded, 15).asked
    zone = asked.request.zone
    start = zone.localize(datetime(2024, 4, 9, 18, 30)).astimezone(pytz.utc)
    meeting = Meeting(asked.request, start, start + asked.request.duration)
    proven, dropped = _prove(loaded, text, [meeting], None)
    assert proven is None
    (left,) = dropped
    assert EN.say(left.reason) == (
        "adding it would raise double-booking: 'reception' (2024-04-09 18:00–20:00 EDT) "
        "overlaps 'r' (2024-04-09 18:30–19:15 EDT), both attended by ia"
    )


def test_a_time_in_the_hour_the_clocks_go_back_is_written_with_its_offset() -> None:
    zone = pytz.timezone("America/Toronto")
    first = zone.localize(datetime(2024, 11, 3, 1, 30), is_dst=True)
    second = zone.localize(datetime(2024, 11, 3, 1, 30), is_dst=False)
    assert written_time(first, zone) == "2024-11-03 01:30-04:00"
    assert written_time(second, zone) == "2024-11-03 01:30-05:00"
    assert written_time(zone.localize(datetime(2024, 11, 3, 9, 0)), zone) == "2024-11-03 09:00"


def test_without_requests_there_is_nothing_to_place() -> None:
    plan = plan_of(BASE)
    assert (plan.meetings, plan.left_out, plan.text, plan.optimal) == ([], [], None, True)


# -- the best plan, through the whole making of candidates ------------------------------

PEOPLE = ("ia", "data", "poool")


def _random_request(rng: random.Random, number: int) -> str:
    who = ", ".join(rng.sample(PEOPLE, rng.randint(1, 2)))
    keys = {
        "duration": rng.choice(["30m", "45m", "1h"]),
        "priority": rng.choice(["must", "should", "could"]),
    }
    if rng.random() < 0.6:  # at a table of the session, 14:00-17:00
        begin = rng.choice(["14:00", "14:30", "15:00", "15:30"])
        end = rng.choice(["15:30", "16:00", "17:00"])
        keys["windows"] = window("09", begin, max(end, begin))
        made = request(f"r{number}", f"[{who}]", **keys)
    else:  # in the city, between the conference and the session, or after it
        keys["windows"] = rng.choice(
            [
                window("09", "10:30", "13:30"),
                window("09", "11:00", "12:30"),
                window("09", "17:00", "18:30"),
            ]
        )
        made = request(f"r{number}", f"[{who}]", within=False, city="quebec", **keys)
    return made.replace("Fonds de la Capitale", rng.choice(["P", "Q"]))


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_plan_is_the_best_the_brute_force_finds(rng: random.Random) -> None:
    capacity = rng.choice(["", ", capacity: 4", ", capacity: 6"])
    base = BASE.replace("city: quebec}\n  bureau", f"city: quebec{capacity}}}\n  bureau", 1)
    text = trip(*(_random_request(rng, k) for k in range(rng.randint(2, 5))), base=base)
    loaded = load(text).whole()
    assert loaded is not None
    stated = state(loaded, 30)
    assert schedule(stated.problem, 20).placed_counts == best_counts(stated.problem)
    plan = plan_meetings(loaded, text, step=30, time_limit=20, comment=None)
    assert not any(r.startswith("adding it") for r in reasons(plan).values())
    if plan.new:  # the file with them raises nothing new
        assert plan.text is not None
        after = {(d.rule, d.events) for d in load(plan.text).result.diagnostics}
        before = {(d.rule, d.events) for d in loaded.result.diagnostics}
        assert after <= before


def test_each_meeting_moves_to_its_earliest_start_the_others_leave() -> None:
    """The solver may return any of the plans that place as many; each meeting is then
    moved, in time order, as early as the rest allows, and the reasons are read again."""
    from mission_cli.meetings.earliest import earliest
    from mission_cli.schedule import (
        Blocked,
        BlockKind,
        Candidate,
        Placement,
        Plan,
        Priority,
        Problem,
        Request,
        Unplaced,
        Use,
    )

    def at(start: int) -> Candidate:
        return Candidate(start, start + 30, (Use("ia", start, start + 30),))

    a = Request("a", Priority.MUST, (at(0), at(30), at(60)))
    b = Request("b", Priority.SHOULD, (at(0), at(30), at(60)))
    c = Request("c", Priority.COULD, (at(0),))
    problem = Problem((a, b, c))
    solved = Plan(
        (Placement("a", 2, a.candidates[2]), Placement("b", 1, b.candidates[1])),
        (Unplaced("c", Priority.COULD, ()),),
        True,
        (1, 1, 0),
        (1, 1, 0),
        0.0,
    )
    moved = earliest(problem, solved)
    assert [(p.request, p.candidate.start) for p in moved.placed] == [("a", 30), ("b", 0)]
    assert moved.unplaced == (
        Unplaced("c", Priority.COULD, (Blocked(0, "ia", BlockKind.OVERLAP, by_request="b"),)),
    )
    assert (moved.optimal, moved.placed_counts) == (True, (1, 1, 0))
