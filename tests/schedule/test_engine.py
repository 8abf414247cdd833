"""The engine on small cases whose best plan is known, and the reasons it gives."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys

import pytest

from mission_cli.schedule import (
    INSTALL_HINT,
    Blocked,
    BlockKind,
    Busy,
    Candidate,
    DayCap,
    Plan,
    Priority,
    Problem,
    Request,
    SolverMissing,
    Unplaced,
    Use,
    schedule,
)
from tests.schedule.oracle import breaks

MUST, SHOULD, COULD = Priority.MUST, Priority.SHOULD, Priority.COULD


def meet(start: int, end: int, *resources: str, venue: str | None = None) -> Candidate:
    """A candidate holding each resource over its times (people at ``venue``)."""
    return Candidate(start, end, tuple(Use(r, start, end, venue, "d") for r in resources))


def chosen(plan: Plan) -> dict[str, int]:
    return {p.request: p.candidate.start for p in plan.placed}


def taken(problem: Problem, plan: Plan) -> list[tuple[int, int]]:
    """The plan as (request position, candidate index), for the oracle."""
    positions = {r.id: k for k, r in enumerate(problem.requests)}
    return [(positions[p.request], p.index) for p in plan.placed]


def left_out(plan: Plan, request: str) -> Unplaced:
    return next(u for u in plan.unplaced if u.request == request)


def test_a_must_wins_the_only_slot_from_a_should() -> None:
    """Desjardins is free 09:30-10:15 only: the should asked first loses it."""
    slot = (570, 615)
    problem = Problem(
        (
            Request("startup-data", SHOULD, (meet(*slot, "startup-data", "Desjardins"),)),
            Request("startup-ia", MUST, (meet(*slot, "startup-ia", "Desjardins"),)),
        )
    )
    plan = schedule(problem)
    assert chosen(plan) == {"startup-ia": 570}
    assert plan.optimal
    assert plan.placed_counts == plan.bound == (1, 0, 0)
    assert left_out(plan, "startup-data").blocks == (
        Blocked(0, "Desjardins", BlockKind.OVERLAP, by_request="startup-ia"),
    )


def test_two_requests_with_one_partner_never_overlap() -> None:
    starts = (0, 15, 30, 45, 60)  # room for three half-hours, back to back
    problem = Problem(
        tuple(
            Request(name, SHOULD, tuple(meet(s, s + 30, name, "Desjardins") for s in starts))
            for name in ("a", "b", "c")
        )
    )
    plan = schedule(problem)
    assert plan.placed_counts == (0, 3, 0)
    times = sorted(chosen(plan).values())
    assert all(later - earlier >= 30 for earlier, later in itertools.pairwise(times))
    assert not breaks(problem, taken(problem, plan))


def test_the_tables_of_a_session_run_in_parallel() -> None:
    """Eight tables as one pool: three meetings at once take three seats; a fourth at
    the same time finds every seat taken, by the three."""
    tables = "tables:numeriqc"

    def table(name: str, partner: str, priority: Priority = SHOULD) -> Request:
        return Request(name, priority, (meet(840, 870, name, partner, tables),))

    requests = [table(f"s{k}", f"p{k}") for k in range(3)]
    problem = Problem(tuple(requests), capacity={tables: 3})
    plan = schedule(problem)
    assert chosen(plan) == {"s0": 840, "s1": 840, "s2": 840}
    assert sorted(p.seats[tables] for p in plan.placed) == [0, 1, 2]
    crowded = Problem((*requests, table("s3", "p3", COULD)), capacity={tables: 3})
    plan = schedule(crowded)
    assert {b.by_request for b in left_out(plan, "s3").blocks} == {"s0", "s1", "s2"}


def test_the_fixed_items_of_a_pool_take_their_seats() -> None:
    """Two tables, one already taken by a fixed meeting: one more fits, not two."""
    fixed = Busy("tables", 0, 60, "rdv-existing")
    problem = Problem(
        (
            Request("a", MUST, (meet(0, 30, "a", "tables"),)),
            Request("b", COULD, (meet(15, 45, "b", "tables"),)),
        ),
        busy=(fixed,),
        capacity={"tables": 2},
    )
    plan = schedule(problem)
    assert chosen(plan) == {"a": 0}
    assert plan.placed[0].seats == {"tables": 1}
    assert set(left_out(plan, "b").blocks) == {
        Blocked(0, "tables", BlockKind.OVERLAP, by_busy="rdv-existing"),
        Blocked(0, "tables", BlockKind.OVERLAP, by_request="a"),
    }


def test_transfer_time_between_two_venues_but_not_within_one() -> None:
    first = Request("first", MUST, (meet(0, 30, "ia", venue="numeriqc"),))
    elsewhere = Request(
        "elsewhere", SHOULD, tuple(meet(s, s + 30, "ia", venue="office") for s in (30, 45, 60))
    )
    plan = schedule(Problem((first, elsewhere), transfer=30))
    assert chosen(plan) == {"first": 0, "elsewhere": 60}
    same_venue = Request("same", SHOULD, (meet(30, 60, "ia", venue="numeriqc"),))
    plan = schedule(Problem((first, same_venue), transfer=30))
    assert chosen(plan) == {"first": 0, "same": 30}
    too_near = Request("near", SHOULD, (meet(45, 75, "ia", venue="office"),))
    plan = schedule(Problem((first, too_near), transfer=30))
    assert left_out(plan, "near").blocks == (
        Blocked(0, "ia", BlockKind.TRANSFER, by_request="first"),
    )


def test_the_long_day_cap_counts_fixed_events_and_placements() -> None:
    """A 2-hour cap: with a fixed event at 0-60, a meeting may end at 120, not at 150;
    without one, a meeting at 100-130 cannot join one at 0-30."""
    late = Request("late", SHOULD, (meet(90, 150, "ia"),))
    fits = Request("fits", SHOULD, (meet(60, 120, "ia"),))
    problem = Problem((late, fits), day_caps=(DayCap("ia", "d", 120, 0, 60),))
    plan = schedule(problem)
    assert chosen(plan) == {"fits": 60}
    assert left_out(plan, "late").blocks == (Blocked(0, "ia", BlockKind.LONG_DAY),)
    early = Request("early", MUST, (meet(0, 30, "ia"),))
    after = Request("after", SHOULD, (meet(100, 130, "ia"),))
    plan = schedule(Problem((early, after), day_caps=(DayCap("ia", "d", 120),)))
    assert chosen(plan) == {"early": 0}
    assert left_out(plan, "after").blocks == (
        Blocked(0, "ia", BlockKind.LONG_DAY, by_request="early"),
    )


def test_fixed_events_rule_candidates_out_but_not_the_session_they_are_part_of() -> None:
    session = Busy("ia", 840, 1050, "rdv-startups-quebec", "numeriqc")
    coach = Busy("ia", 600, 720, "car-quebec-montreal")
    inside = Candidate(840, 870, (Use("ia", 840, 870, "numeriqc", within=session.label),))
    on_coach = Candidate(630, 660, (Use("ia", 630, 660),))
    problem = Problem(
        (Request("table", SHOULD, (inside,)), Request("coach", SHOULD, (on_coach,))),
        busy=(session, coach),
    )
    plan = schedule(problem)
    assert chosen(plan) == {"table": 840}
    assert left_out(plan, "coach").blocks == (
        Blocked(0, "ia", BlockKind.OVERLAP, by_busy="car-quebec-montreal"),
    )


def test_a_request_without_candidates_is_left_out_with_no_reason() -> None:
    plan = schedule(Problem((Request("nowhere", MUST, ()),)))
    assert plan.placed == ()
    assert plan.unplaced == (Unplaced("nowhere", MUST, ()),)
    assert plan.optimal


def crowded(count: int, seed: int) -> Problem:
    """Many requests for few partners and one pool: hard enough not to be proven at
    once."""
    rng = random.Random(seed)
    requests = []
    for k in range(count):
        partner = f"p{rng.randrange(count // 4)}"
        duration = rng.choice([30, 45])
        starts = range(rng.randrange(0, 90, 15), 240 - duration, 15)
        candidates = tuple(meet(s, s + duration, f"s{k % 40}", partner, "tables") for s in starts)
        requests.append(Request(f"r{k}", rng.choice(list(Priority)), candidates))
    return Problem(tuple(requests), capacity={"tables": 8})


def test_a_time_limit_gives_a_plan_that_keeps_the_rules_unproven() -> None:
    problem = crowded(160, seed=1)
    plan = schedule(problem, time_limit=0.0)
    assert not plan.optimal
    assert not breaks(problem, taken(problem, plan))
    assert plan.placed_counts <= plan.bound
    assert sum(plan.placed_counts) > 0
    assert all(u.blocks for u in plan.unplaced)  # filled: nothing left that still fits


def test_the_solver_is_imported_by_the_solve_only() -> None:
    code = "import mission_cli.schedule, mission_cli.cli, sys; print('highspy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_without_the_solver_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "highspy", None)
    problem = Problem((Request("a", MUST, (meet(0, 30, "ia"),)),))
    with pytest.raises(SolverMissing, match="mission-cli\\[schedule\\]"):
        schedule(problem)
    assert "pip install" in INSTALL_HINT


def test_a_better_plan_than_the_start_is_returned_not_only_its_count() -> None:
    """Found by the brute-force property test: HiGHS 1.16, started from the greedy plan
    (three musts), reported four as optimal but handed back the start's values. The
    engine sees the plan does not add up to the objective and solves again."""
    p0_p2 = (meet(0, 1, "p0"), meet(0, 1, "p2"))
    problem = Problem(
        (
            Request("r1", MUST, p0_p2),
            Request("r2", MUST, (meet(0, 1, "p0"), meet(0, 1, "p1"))),
            Request(
                "r3",
                MUST,
                (meet(0, 1, "p2", venue="A"), meet(1, 2, "p0"), meet(3, 4, "p0", "p1")),
            ),
            Request("r4", MUST, (meet(0, 1, "p1"),)),
            Request(
                "r5",
                MUST,
                (
                    Candidate(1, 2, (Use("p0", 1, 2, None, "d"), Use("p2", 1, 2, "B", "d"))),
                    meet(2, 3, "p0", "p1"),
                ),
            ),
        ),
        (),
        (DayCap("p0", "d", 4), DayCap("p1", "d", 2)),
        1,
    )
    plan = schedule(problem)
    assert not breaks(problem, taken(problem, plan))
    assert (plan.placed_counts, plan.optimal, plan.bound) == ((4, 0, 0), True, (4, 0, 0))
    assert chosen(plan) == {"r1": 0, "r2": 0, "r3": 3, "r5": 1}
