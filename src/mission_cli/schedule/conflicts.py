"""What keeps a candidate out of a plan: the rules, checked one candidate at a time.

The solver sees the same rules as rows of its model (``formulation.py``); this module
checks them directly against what a plan already holds. It serves three ends: the
candidates that the fixed items alone rule out (dropped before solving, with their
reasons), the greedy plan that starts the solver and fills any gap it leaves at a time
limit, and the reasons given for each request left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from mission_cli.schedule.problem import Blocked, BlockKind, Candidate, DayCap, Problem, Use


@dataclass(frozen=True, slots=True)
class Holding:
    """A use held in the plan, by a placed request or by a fixed item (``busy``)."""

    use: Use
    request: str | None = None
    busy: str | None = None


class Ledger:
    """What a plan holds, by resource: the fixed items, then each placement added."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.held: defaultdict[str, list[Holding]] = defaultdict(list)
        self.caps: dict[tuple[str, str], DayCap] = {
            (cap.resource, cap.day): cap for cap in problem.day_caps
        }
        for item in problem.busy:
            use = Use(item.resource, item.start, item.end, item.venue)
            self.held[item.resource].append(Holding(use, busy=item.label))

    def add(self, request: str, candidate: Candidate) -> None:
        for use in candidate.uses:
            self.held[use.resource].append(Holding(use, request=request))

    def blockers(self, index: int, candidate: Candidate) -> list[Blocked]:
        """Every reason why candidate ``index`` cannot join the plan (none: it can)."""
        found: list[Blocked] = []
        for use in candidate.uses:
            found += self._overlaps(index, use)
            found += self._transfers(index, use)
            found += self._long_day(index, use)
        return found

    def _overlaps(self, index: int, use: Use) -> list[Blocked]:
        """The holders in the way when the resource has no seat left over ``use``."""
        capacity = self.problem.capacity_of(use.resource)
        inside = use.within if capacity == 1 else None
        others = [
            h
            for h in self.held[use.resource]
            if h.use.start < use.end
            and use.start < h.use.end
            and not (h.busy is not None and h.busy == inside)
        ]
        full = _full_points(others, use, capacity)
        return [
            _blocked(index, use.resource, BlockKind.OVERLAP, h)
            for h in others
            if any(h.use.start <= point < h.use.end for point in full)
        ]

    def _transfers(self, index: int, use: Use) -> list[Blocked]:
        """The holders at another venue too near in time to get there or back."""
        transfer = self.problem.transfer
        if use.venue is None or transfer <= 0:
            return []
        return [
            _blocked(index, use.resource, BlockKind.TRANSFER, h)
            for h in self.held[use.resource]
            if h.use.venue is not None
            and h.use.venue != use.venue
            and 0 <= _gap(h.use, use) < transfer
        ]

    def _long_day(self, index: int, use: Use) -> list[Blocked]:
        """The holders whose day, with this use added, would outlast its cap."""
        cap = self.caps.get((use.resource, use.day)) if use.day is not None else None
        if cap is None:
            return []
        found = [
            _blocked(index, use.resource, BlockKind.LONG_DAY, h)
            for h in self.held[use.resource]
            if h.request is not None and h.use.day == use.day and _span(cap, use, h.use) > cap.span
        ]
        if not found and _span(cap, use) > cap.span:
            found.append(Blocked(index, use.resource, BlockKind.LONG_DAY))
        return found


def _blocked(index: int, resource: str, kind: BlockKind, holder: Holding) -> Blocked:
    return Blocked(index, resource, kind, holder.request, holder.busy)


def _full_points(others: list[Holding], use: Use, capacity: int) -> list[int]:
    """The instants of ``use`` at which ``capacity`` holders already overlap it, each
    where the load rises (the use's start, a holder's start inside it): the holders at
    all of them, not only at the first, are what must give way for the use to fit."""
    points = sorted({use.start, *(h.use.start for h in others if h.use.start > use.start)})
    return [p for p in points if sum(h.use.start <= p < h.use.end for h in others) >= capacity]


def _gap(first: Use, second: Use) -> int:
    """Minutes between two uses that do not overlap (negative when they do)."""
    return max(second.start - first.end, first.start - second.end)


def _span(cap: DayCap, *uses: Use) -> int:
    """From the first start to the last end of the uses and the day's fixed events."""
    starts = [u.start for u in uses] + ([cap.first] if cap.first is not None else [])
    ends = [u.end for u in uses] + ([cap.last] if cap.last is not None else [])
    return max(ends) - min(starts)
