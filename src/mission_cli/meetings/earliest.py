"""Each meeting of a plan as early as the others let it be.

The solver proves how many requests of each priority a plan can hold, not when each
meeting should be: among the many plans that hold as many, the one it returns places
meetings anywhere in their windows (11:30 where 09:30 was free), and another version of
HiGHS may return another. Moving each meeting, in time order, to its earliest start
that the rest of the plan leaves (the same rules, checked by the engine's
:class:`~mission_cli.schedule.conflicts.Ledger`) keeps the same requests placed and
gives the plan an organiser expects: meetings packed at the start of a session, and
the same plan from one version of the solver to the next wherever it chose the same
requests. The reasons of the requests left out are then read again from that plan.
"""

from __future__ import annotations

from dataclasses import replace

from mission_cli.schedule import Blocked, Candidate, Plan, Problem, Unplaced
from mission_cli.schedule.conflicts import Ledger
from mission_cli.schedule.solve import placements

PASSES = 3
"""Rounds of moves: a meeting moved earlier may free an earlier start for another."""


def earliest(problem: Problem, plan: Plan) -> Plan:
    """``plan`` with every meeting at its earliest start (each request's candidates are
    in time order), the same requests placed."""
    positions = {request.id: k for k, request in enumerate(problem.requests)}
    chosen = {positions[p.request]: p.index for p in plan.placed}
    for _ in range(PASSES):
        if not _move_earlier(problem, chosen):
            break
    ledger = _ledger(problem, chosen)
    unplaced = tuple(
        Unplaced(u.request, u.priority, _blocks(ledger, problem, positions[u.request]))
        for u in plan.unplaced
    )
    return replace(plan, placed=placements(problem, chosen), unplaced=unplaced)


def _move_earlier(problem: Problem, chosen: dict[int, int]) -> bool:
    """One round: each meeting, in time order, taken out of the plan and put back at its
    earliest start that the others leave (its own, at worst)."""
    moved = False
    ledger = _ledger(problem, chosen)
    order = sorted(chosen, key=lambda k: (problem.requests[k].candidates[chosen[k]].start, k))
    for position in order:
        request = problem.requests[position]
        _take_out(ledger, request.id, request.candidates[chosen[position]])
        for index in range(chosen[position]):
            if not ledger.blockers(index, request.candidates[index]):
                chosen[position] = index
                moved = True
                break
        ledger.add(request.id, request.candidates[chosen[position]])
    return moved


def _take_out(ledger: Ledger, request: str, candidate: Candidate) -> None:
    for resource in {use.resource for use in candidate.uses}:
        ledger.held[resource] = [h for h in ledger.held[resource] if h.request != request]


def _ledger(problem: Problem, chosen: dict[int, int]) -> Ledger:
    ledger = Ledger(problem)
    for position, index in chosen.items():
        request = problem.requests[position]
        ledger.add(request.id, request.candidates[index])
    return ledger


def _blocks(ledger: Ledger, problem: Problem, position: int) -> tuple[Blocked, ...]:
    candidates = problem.requests[position].candidates
    return tuple(b for index, c in enumerate(candidates) for b in ledger.blockers(index, c))
