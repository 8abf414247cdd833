"""The rules of a plan checked the plain way, pair by pair, apart from the engine's own
code: the oracle of the exact tests and of the brute force."""

from __future__ import annotations

from collections.abc import Iterable

from mission_cli.schedule import LEVELS, Candidate, Problem, Use

Choice = tuple[int, int]  # (request position, candidate index)


def _overlap(a: Use, b: Use) -> bool:
    return a.start < b.end and b.start < a.end


def _fixed(problem: Problem) -> list[tuple[Use, str]]:
    return [(Use(b.resource, b.start, b.end, b.venue), b.label) for b in problem.busy]


def breaks(problem: Problem, chosen: Iterable[Choice]) -> list[str]:
    """Every rule the chosen candidates break (with the fixed items, and only where a
    chosen use takes part: what the fixed items break alone is not the plan's doing)."""
    placed = [
        use
        for position, index in chosen
        for use in problem.requests[position].candidates[index].uses
    ]
    fixed = _fixed(problem)
    found: list[str] = []
    for k, use in enumerate(placed):
        same = [u for u in placed[:k] if u.resource == use.resource]
        near = same + [u for u, label in fixed if u.resource == use.resource]
        for other in near:
            gap = max(use.start - other.end, other.start - use.end)
            two_venues = None not in (use.venue, other.venue) and use.venue != other.venue
            if 0 <= gap < problem.transfer and two_venues:
                found.append(f"transfer {use} {other}")
        if problem.capacity_of(use.resource) == 1:
            found += [f"overlap {use} {u}" for u in same if _overlap(use, u)]
            found += [
                f"overlap {use} {label}"
                for u, label in fixed
                if u.resource == use.resource and _overlap(use, u) and label != use.within
            ]
    found += _pools(problem, placed, fixed) + _days(problem, placed)
    return found


def _pools(problem: Problem, placed: list[Use], fixed: list[tuple[Use, str]]) -> list[str]:
    """At each instant a chosen use of a pool starts or is under way, no more uses than
    seats (the load of a pool only rises where a use starts)."""
    found = []
    for use in placed:
        capacity = problem.capacity_of(use.resource)
        if capacity == 1:
            continue
        every = [u for u in placed if u.resource == use.resource]
        every += [u for u, _ in fixed if u.resource == use.resource]
        for point in {u.start for u in every if use.start <= u.start < use.end}:
            if sum(u.start <= point < u.end for u in every) > capacity:
                found.append(f"full {use.resource} at {point}")
    return found


def _days(problem: Problem, placed: list[Use]) -> list[str]:
    found = []
    for cap in problem.day_caps:
        day = [u for u in placed if u.resource == cap.resource and u.day == cap.day]
        if not day:
            continue
        starts = [u.start for u in day] + ([cap.first] if cap.first is not None else [])
        ends = [u.end for u in day] + ([cap.last] if cap.last is not None else [])
        if max(ends) - min(starts) > cap.span:
            found.append(f"long day {cap}")
    return found


def counts(problem: Problem, chosen: Iterable[Choice]) -> tuple[int, int, int]:
    levels = [problem.requests[position].priority for position, _ in chosen]
    must, should, could = (levels.count(level) for level in LEVELS)
    return must, should, could


def best_counts(problem: Problem) -> tuple[int, int, int]:
    """The lexicographically best counts over every plan, by depth-first search: a
    subset of a plan that keeps the rules keeps them too, so a branch that breaks one
    is cut."""
    best = (0, 0, 0)

    def visit(position: int, chosen: list[Choice]) -> None:
        nonlocal best
        if position == len(problem.requests):
            best = max(best, counts(problem, chosen))
            return
        visit(position + 1, chosen)
        candidates: tuple[Candidate, ...] = problem.requests[position].candidates
        for index in range(len(candidates)):
            chosen.append((position, index))
            if not breaks(problem, chosen):
                visit(position + 1, chosen)
            chosen.pop()

    visit(0, [])
    return best
