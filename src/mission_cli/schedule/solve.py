"""Placing the requests: the one entry point, :func:`schedule`.

In order: drop the candidates that the fixed items alone rule out (their reasons kept),
place greedily by priority (a feasible start, and the plan if the solver is missing),
solve the 0/1 model with HiGHS, fill any gap a time limit left (the solver's plan may
then not be maximal), and say for each request left out what holds its candidates.
"""

from __future__ import annotations

import heapq
import math
import time
from collections import defaultdict

from mission_cli.schedule import highs
from mission_cli.schedule.conflicts import Ledger
from mission_cli.schedule.formulation import BinaryModel, build
from mission_cli.schedule.problem import (
    LEVELS,
    Blocked,
    Placement,
    Plan,
    Problem,
    Unplaced,
)

Chosen = dict[int, int]  # request position -> candidate index


def schedule(problem: Problem, time_limit: float = 10.0) -> Plan:
    """The plan placing every must it can, then the most shoulds, then the most coulds.

    The weights of the objective make one sum respect that order (one must outweighs all
    shoulds and coulds together; see ``formulation.level_weights``): a single search,
    so that a time limit stops it with its best plan and a bound on the same scale,
    where solving level by level would spend the limit on the first levels.
    ``time_limit`` (seconds) bounds the whole call, the solver getting what is left of
    it. Raises :class:`~mission_cli.schedule.highs.SolverMissing` without highspy."""
    began = time.perf_counter()
    kept, dropped = _prefilter(problem)
    model = build(problem, kept)
    chosen = _fill(problem, _least_crowded_first(model, kept), {})
    optimal, bound = True, None
    if model.columns:
        left = max(0.0, time_limit - (time.perf_counter() - began))
        chosen, optimal, bound = _solve(model, chosen, left)
        before = len(chosen)
        chosen = _fill(problem, kept, chosen)
        optimal = optimal and len(chosen) == before
    counts = _counts(problem, chosen)
    return Plan(
        placed=_placements(problem, chosen),
        unplaced=_unplaced(problem, kept, dropped, chosen),
        optimal=optimal,
        placed_counts=counts,
        bound=counts if optimal else _decode(model, bound, problem, kept),
        seconds=time.perf_counter() - began,
    )


def _solve(
    model: BinaryModel, greedy: Chosen, time_limit: float
) -> tuple[Chosen, bool, float | None]:
    """The solver's plan, started from the greedy one; the greedy one if the solver found
    none or a worse one (it may turn a start down, and stop before it finds as good)."""
    start = [
        var for var, (position, index) in enumerate(model.columns) if greedy.get(position) == index
    ]
    solution = highs.solve(model, time_limit, start)
    found = solution.values or ()
    worth = sum(weight for weight, on in zip(model.weights, found, strict=False) if on)
    if solution.values is None or worth < sum(model.weights[var] for var in start):
        return greedy, False, solution.bound
    chosen = {
        model.columns[var][0]: model.columns[var][1] for var, on in enumerate(solution.values) if on
    }
    return chosen, solution.optimal, solution.bound


def _least_crowded_first(model: BinaryModel, kept: list[list[int]]) -> list[list[int]]:
    """Each request's candidates, those sharing rows with the fewest others first: the
    greedy plan then leaves more room to the requests after it (on the benchmark, 15%
    more shoulds placed before the solver starts, which is what a short time limit
    keeps)."""
    crowd = [0] * model.size
    for row in model.rows:
        for var in row.indices:
            crowd[var] += len(row.indices) - 1
    var_of = {column: var for var, column in enumerate(model.columns)}
    return [
        sorted(indices, key=lambda index: (crowd[var_of[position, index]], index))
        for position, indices in enumerate(kept)
    ]


def _prefilter(problem: Problem) -> tuple[list[list[int]], list[list[Blocked]]]:
    """Each request's candidates that its fixed items leave, and the reasons of the
    others (a fixed event in the way, a day already too long with it)."""
    ledger = Ledger(problem)
    kept: list[list[int]] = []
    dropped: list[list[Blocked]] = []
    for request in problem.requests:
        kept.append([])
        dropped.append([])
        for index, candidate in enumerate(request.candidates):
            reasons = ledger.blockers(index, candidate)
            if reasons:
                dropped[-1] += reasons
            else:
                kept[-1].append(index)
    return kept, dropped


def _fill(problem: Problem, kept: list[list[int]], chosen: Chosen) -> Chosen:
    """``chosen`` with every request added that still fits, musts first, then the ones
    with fewest candidates (most likely to lose them), each at its first candidate that
    fits."""
    ledger = _ledger(problem, chosen)
    filled = dict(chosen)
    order = sorted(
        (r for r in range(len(problem.requests)) if r not in chosen and kept[r]),
        key=lambda r: (problem.requests[r].priority.rank, len(kept[r]), r),
    )
    for position in order:
        request = problem.requests[position]
        for index in kept[position]:
            candidate = request.candidates[index]
            if not ledger.blockers(index, candidate):
                ledger.add(request.id, candidate)
                filled[position] = index
                break
    return filled


def _ledger(problem: Problem, chosen: Chosen) -> Ledger:
    ledger = Ledger(problem)
    for position, index in chosen.items():
        request = problem.requests[position]
        ledger.add(request.id, request.candidates[index])
    return ledger


def _counts(problem: Problem, chosen: Chosen) -> tuple[int, int, int]:
    placed = [problem.requests[position].priority for position in chosen]
    must, should, could = (placed.count(level) for level in LEVELS)
    return must, should, could


def _decode(
    model: BinaryModel, bound: float | None, problem: Problem, kept: list[list[int]]
) -> tuple[int, int, int]:
    """The solver's bound on the weighted sum as counts: no plan beats it in the order
    must, should, could (its first number bounds the musts; the next ones bound theirs
    only where the musts reach it). Unknown bound: every request with a candidate."""
    levels = [r.priority for r, indices in zip(problem.requests, kept, strict=True) if indices]
    most = [levels.count(level) for level in LEVELS]
    if bound is None:
        return most[0], most[1], most[2]
    left = math.floor(bound + 1e-6)
    counts: list[int] = []
    for weight, top in zip(model.level_weights, most, strict=True):
        count = min(left // weight, top)
        counts.append(count)
        left -= count * weight
    return counts[0], counts[1], counts[2]


def placements(problem: Problem, chosen: Chosen) -> tuple[Placement, ...]:
    """The placements of ``chosen`` (request position -> candidate index), in the
    requests' order, each with its seats in the pools: for a caller that moves the
    plan's placements (``meetings/earliest.py``)."""
    return _placements(problem, chosen)


def _placements(problem: Problem, chosen: Chosen) -> tuple[Placement, ...]:
    """The placements in the requests' order, each with its seats in the pools."""
    seats = _seats(problem, chosen)
    return tuple(
        Placement(
            problem.requests[position].id,
            index,
            problem.requests[position].candidates[index],
            seats.get(position, {}),
        )
        for position, index in sorted(chosen.items())
    )


def _seats(problem: Problem, chosen: Chosen) -> dict[int, dict[str, int]]:
    """A seat number for each use of a pool (a session's table), by start: the lowest
    free one. Uses that never hold more than the capacity at once need no more seats
    than that (intervals, coloured in order of start). Fixed items take seats first."""
    pools = {name for name, capacity in problem.capacity.items() if capacity > 1}
    found: defaultdict[int, dict[str, int]] = defaultdict(dict)
    by_pool: defaultdict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
    for item in problem.busy:
        if item.resource in pools:
            by_pool[item.resource].append((item.start, 0, item.end, -1))
    for position, index in chosen.items():
        for use in problem.requests[position].candidates[index].uses:
            if use.resource in pools:
                by_pool[use.resource].append((use.start, 1, use.end, position))
    for pool, uses in by_pool.items():
        free = list(range(problem.capacity_of(pool)))
        taken: list[tuple[int, int]] = []  # (end, seat)
        for start, _, end, position in sorted(uses):
            while taken and taken[0][0] <= start:
                heapq.heappush(free, heapq.heappop(taken)[1])
            seat = heapq.heappop(free) if free else len(taken)
            heapq.heappush(taken, (end, seat))
            if position >= 0:
                found[position][pool] = seat
    return found


def _unplaced(
    problem: Problem, kept: list[list[int]], dropped: list[list[Blocked]], chosen: Chosen
) -> tuple[Unplaced, ...]:
    """Each request left out, with what holds each of its candidates: the fixed items
    (found before solving) and the placements of the plan."""
    ledger = _ledger(problem, chosen)
    found: list[Unplaced] = []
    for position, request in enumerate(problem.requests):
        if position in chosen:
            continue
        blocks = list(dropped[position])
        for index in kept[position]:
            blocks += ledger.blockers(index, request.candidates[index])
        blocks.sort(key=lambda b: b.candidate)
        found.append(Unplaced(request.id, request.priority, tuple(blocks)))
    return tuple(found)
