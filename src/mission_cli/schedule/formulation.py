"""The 0/1 model of a problem: one variable per candidate, rows that keep the rules.

Rows are ``sum(coef * var) <= upper``, in the solver's own terms, so that any MILP or
CP-SAT back end can read them:

- a request is placed at most once;
- a resource holds at most its capacity at any instant: one row per *maximal clique*
  of its uses (the instants just before a use ends, when the last one began after the
  previous end), which are the tightest rows an interval conflict has and as many as
  the uses at most, never one per pair (the 60-request benchmark with eight separate
  tables: 470 to 950 rows in all, where pairs give 200,000 to 250,000 and HiGHS takes
  two to four times as long);
- transfer time: one row per pair of uses of a resource at two venues that end and
  start less than ``transfer`` apart (few: only those of one person, near in time);
- long day: when a (resource, day)'s candidates could outlast the cap, one extra 0/1
  variable per window of that length (starting at a candidate's start), at most one
  window chosen, and each use of the day inside a chosen window.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

from mission_cli.schedule.problem import LEVELS, Busy, DayCap, Problem, Request, Use


@dataclass(frozen=True, slots=True)
class Row:
    """``sum(coefs[i] * var[indices[i]]) <= upper``."""

    indices: tuple[int, ...]
    coefs: tuple[int, ...]
    upper: int


@dataclass(slots=True)
class BinaryModel:
    """Variables ``0..len(columns)-1`` are the candidates (request, candidate index);
    ``aux`` more follow them (the long-day windows), which weigh nothing."""

    columns: list[tuple[int, int]] = field(default_factory=list)
    weights: list[int] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    aux: int = 0
    level_weights: tuple[int, int, int] = (1, 1, 1)

    @property
    def size(self) -> int:
        return len(self.columns) + self.aux


Column = tuple[int, Use]  # a variable and one of its uses


def level_weights(requests: list[Request]) -> tuple[int, int, int]:
    """Weights that make the sum a lexicographic order: one must outweighs every should
    and could together, one should every could."""
    counts = [sum(1 for r in requests if r.priority is level) for level in LEVELS]
    could = 1
    should = counts[2] * could + 1
    must = counts[1] * should + counts[2] * could + 1
    return must, should, could


def build(problem: Problem, kept: list[list[int]]) -> BinaryModel:
    """The model of the candidates ``kept[r]`` of each request ``r`` (the others are
    already ruled out by the fixed items alone)."""
    model = BinaryModel()
    requests = [r for r, indices in zip(problem.requests, kept, strict=True) if indices]
    weights = level_weights(requests)
    model.level_weights = weights
    by_resource: defaultdict[str, list[Column]] = defaultdict(list)
    for position, (request, indices) in enumerate(zip(problem.requests, kept, strict=True)):
        first = len(model.columns)
        for index in indices:
            var = len(model.columns)
            model.columns.append((position, index))
            model.weights.append(weights[request.priority.rank])
            for use in request.candidates[index].uses:
                by_resource[use.resource].append((var, use))
        if len(indices) > 1:
            row = tuple(range(first, len(model.columns)))
            model.rows.append(Row(row, (1,) * len(row), 1))
    fixed = _busy_by_resource(problem.busy)
    for resource, columns in by_resource.items():
        capacity = problem.capacity_of(resource)
        load = fixed.get(resource, []) if capacity > 1 else []
        model.rows += _clique_rows(model, columns, capacity, load)
        model.rows += _transfer_rows(model, columns, problem.transfer)
    caps = {(cap.resource, cap.day): cap for cap in problem.day_caps}
    for (resource, day), columns in _by_day(by_resource, caps).items():
        _add_day_windows(model, caps[resource, day], columns)
    model.rows = list(dict.fromkeys(model.rows))  # two people of one meeting: one row
    return model


def _busy_by_resource(busy: tuple[Busy, ...]) -> dict[str, list[Busy]]:
    found: defaultdict[str, list[Busy]] = defaultdict(list)
    for item in busy:
        found[item.resource].append(item)
    return found


def _clique_rows(
    model: BinaryModel, columns: list[Column], capacity: int, load: list[Busy]
) -> list[Row]:
    """One row per maximal clique of the uses, by a sweep: ends before starts at one
    instant (touching uses do not overlap), a clique closing at the first end after a
    start. Fixed items of a pool lower its room (those of a single resource never
    overlap a kept candidate: they ruled it out)."""
    events: list[tuple[int, int, int, Busy | None]] = []
    for var, use in columns:
        events += [(use.start, 1, var, None), (use.end, 0, var, None)]
    for busy in load:
        events += [(busy.start, 1, -1, busy), (busy.end, 0, -1, busy)]
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    active: dict[int, int] = {}  # var -> how many of its uses are open
    fixed: list[Busy] = []
    rows: list[Row] = []
    rising = False
    for _, is_start, var, item in events:
        if not is_start and rising:
            row = _clique_row(model, active, capacity - len(fixed))
            if row is not None:
                rows.append(row)
        rising = bool(is_start)
        if item is not None and is_start:
            fixed.append(item)
        elif item is not None:
            fixed.remove(item)
        elif is_start:
            active[var] = active.get(var, 0) + 1
        elif active[var] == 1:
            del active[var]
        else:
            active[var] -= 1
    return rows


def _clique_row(model: BinaryModel, active: dict[int, int], room: int) -> Row | None:
    """The row of a clique, unless it cannot bind: as many requests as the room, or
    fewer (each request is placed at most once)."""
    requests = {model.columns[var][0] for var in active}
    if room >= 1 and len(requests) <= room:
        return None
    indices = tuple(sorted(active))
    return Row(indices, (1,) * len(indices), max(room, 0))


def _transfer_rows(model: BinaryModel, columns: list[Column], transfer: int) -> list[Row]:
    """A row per pair of uses at two venues, the second starting less than ``transfer``
    after the first ends (uses that overlap are in a clique row already)."""
    placed = [(use.start, var, use) for var, use in columns if use.venue is not None]
    if transfer <= 0 or not placed:
        return []
    placed.sort(key=lambda p: (p[0], p[1]))
    starts = [start for start, _, _ in placed]
    rows: list[Row] = []
    for _, var, use in placed:
        low = bisect.bisect_left(starts, use.end)
        high = bisect.bisect_left(starts, use.end + transfer)
        for _, other, later in placed[low:high]:
            same_request = model.columns[other][0] == model.columns[var][0]
            if later.venue != use.venue and not same_request:
                rows.append(Row((var, other), (1, 1), 1))
    return rows


def _by_day(
    by_resource: dict[str, list[Column]], caps: dict[tuple[str, str], DayCap]
) -> dict[tuple[str, str], list[Column]]:
    found: defaultdict[tuple[str, str], list[Column]] = defaultdict(list)
    for resource, columns in by_resource.items():
        for var, use in columns:
            if use.day is not None and (resource, use.day) in caps:
                found[resource, use.day].append((var, use))
    return found


def _add_day_windows(model: BinaryModel, cap: DayCap, columns: list[Column]) -> None:
    """Windows of the cap's length for one (resource, day), only when its candidates
    and fixed events could together outlast it. A plan whose day fits starts a window
    at its first start: a candidate's start, or the first fixed event's."""
    starts = [use.start for _, use in columns] + ([cap.first] if cap.first is not None else [])
    ends = [use.end for _, use in columns] + ([cap.last] if cap.last is not None else [])
    if max(ends) - min(starts) <= cap.span:
        return
    windows = [
        w
        for w in sorted(set(starts))
        if (cap.first is None or w <= cap.first) and (cap.last is None or cap.last <= w + cap.span)
    ]
    first_aux = model.size
    model.aux += len(windows)
    model.rows.append(Row(tuple(range(first_aux, model.size)), (1,) * len(windows), 1))
    for var, use in columns:
        inside = [
            first_aux + k
            for k, w in enumerate(windows)
            if w <= use.start and use.end <= w + cap.span
        ]
        model.rows.append(Row((var, *inside), (1, *(-1 for _ in inside)), 0))
