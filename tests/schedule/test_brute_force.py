"""On small random problems, the engine's plan keeps every rule, its counts are the best
a brute force finds, and each request left out has a reason for every candidate."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mission_cli.schedule import (
    LEVELS,
    Busy,
    Candidate,
    DayCap,
    Priority,
    Problem,
    Request,
    Use,
    schedule,
)
from tests.schedule.oracle import best_counts, breaks

PEOPLE = ("p0", "p1", "p2")
PARTIES = ("q0", "q1")
VENUES = (None, "A", "B")
LABELS = ("b0", "b1")


@st.composite
def uses(draw: st.DrawFn) -> tuple[Use, ...]:
    """One or two people (at a venue, on day "d", maybe inside a fixed item), maybe a
    partner, maybe a seat of the pool "t", all over the candidate's times."""
    start = draw(st.integers(0, 6))
    end = start + draw(st.integers(1, 3))
    people = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=2, unique=True))
    held = [
        Use(
            p,
            start,
            end,
            draw(st.sampled_from(VENUES)),
            "d",
            draw(st.sampled_from((None, *LABELS))),
        )
        for p in people
    ]
    held += [Use(q, start, end) for q in draw(st.lists(st.sampled_from(PARTIES), max_size=1))]
    if draw(st.booleans()):
        held.append(Use("t", start, end))
    return tuple(held)


@st.composite
def problems(draw: st.DrawFn) -> Problem:
    requests = tuple(
        Request(
            f"r{k}",
            draw(st.sampled_from(list(Priority))),
            tuple(Candidate(u[0].start, u[0].end, u) for u in draw(st.lists(uses(), max_size=3))),
        )
        for k in range(draw(st.integers(1, 6)))
    )
    busy = tuple(
        Busy(
            draw(st.sampled_from((*PEOPLE, "t", "t", "t"))),
            s,
            s + draw(st.integers(1, 4)),
            label,
            v,
        )
        for label, s, v in draw(
            st.lists(
                st.tuples(st.sampled_from(LABELS), st.integers(0, 9), st.sampled_from(VENUES)),
                max_size=3,
            )
        )
    )
    caps = tuple(
        DayCap(p, "d", draw(st.integers(2, 8)), *draw(st.sampled_from([(None, None), (3, 5)])))
        for p in draw(st.lists(st.sampled_from(PEOPLE), max_size=2, unique=True))
    )
    return Problem(
        requests, busy, caps, draw(st.integers(0, 2)), {"t": draw(st.sampled_from((1, 2, 2)))}
    )


@settings(max_examples=300, deadline=None, database=None)
@given(problems())
def test_the_plan_is_as_good_as_the_brute_force(problem: Problem) -> None:
    plan = schedule(problem)
    positions = {r.id: k for k, r in enumerate(problem.requests)}
    assert not breaks(problem, [(positions[p.request], p.index) for p in plan.placed])
    assert plan.optimal
    assert plan.placed_counts == best_counts(problem) == plan.bound
    placed = {p.request: problem.requests[positions[p.request]].priority for p in plan.placed}
    for unplaced in plan.unplaced:
        request = problem.requests[positions[unplaced.request]]
        for index in range(len(request.candidates)):
            reasons = [b for b in unplaced.blocks if b.candidate == index]
            # an optimal plan gives way to no lower priority: each candidate is held by
            # a fixed item, by its day alone, or by a request at least as important
            assert any(
                b.by_request is None
                or LEVELS.index(placed[b.by_request]) <= LEVELS.index(request.priority)
                for b in reasons
            ), (unplaced, plan.placed)
