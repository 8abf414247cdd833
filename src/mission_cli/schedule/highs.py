"""The MILP back end: HiGHS, through highspy, imported only when a plan is solved.

Chosen over OR-Tools' CP-SAT on the measures of ``benchmarks/schedule_run.py``: both
prove the optimum of the 60-request benchmark in well under a second, and of the
200-request one in seconds, but highspy adds 80 MB to an environment (itself and numpy)
where OR-Tools adds 245 MB (with pandas and protobuf), and imports in about 0.1 s where
CP-SAT takes 0.3 s. Nothing else in mission imports it: without the ``schedule`` extra,
only the solve fails, saying what to install.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mission_cli.schedule.formulation import BinaryModel

if TYPE_CHECKING:
    from highspy._core import _Highs

INSTALL_HINT = "pip install 'mission-cli[schedule]'"


class SolverMissing(RuntimeError):
    """highspy is not installed: the message says the one command that installs it."""


@dataclass(frozen=True, slots=True)
class Solution:
    """The 0/1 values of the model's variables (none: the solver found no plan), whether
    they are proven optimal, and the best bound on the weighted sum (none: unknown)."""

    values: tuple[bool, ...] | None
    optimal: bool
    bound: float | None


def solve(model: BinaryModel, time_limit: float, start: list[int]) -> Solution:
    """Maximise the weighted count of placed candidates, from the plan ``start`` (the
    variables set to 1, a feasible plan), within ``time_limit`` seconds.

    The objective is a whole number: a gap under 1 between the plan and the bound proves
    it optimal, and no relative tolerance may stop the search before (HiGHS' default
    1e-4 would, with weights of thousands, give up a should)."""
    try:
        import highspy
        import numpy as np
        from highspy._core import _Highs
    except ImportError as error:
        raise SolverMissing(f"mission schedule needs HiGHS: {INSTALL_HINT}") from error
    # The bare binding: highspy.Highs would print HiGHS' banner on the standard output
    # (and set up callbacks that a plain solve does not need).
    h = _Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 0.999)
    h.setOptionValue("random_seed", 0)
    size = model.size
    h.addVars(size, np.zeros(size), np.ones(size))
    every = np.arange(size, dtype=np.int32)
    h.changeColsIntegrality(size, every, np.full(size, 1, dtype=np.uint8))
    costs = np.zeros(size)
    costs[: len(model.weights)] = model.weights
    h.changeColsCost(size, every, costs)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    _add_rows(h, model)
    if start:
        h.setSolution(len(start), np.array(start, dtype=np.int32), np.ones(len(start)))
    began = time.perf_counter()
    h.run()
    solution = _read(h, len(model.columns))
    if (
        solution.values is None
        or _worth(model, solution.values) >= h.getInfo().objective_function_value - 0.5
    ):
        return solution
    # HiGHS 1.16 may return the start's values beside the objective of a better plan it
    # found (its presolve loses the better plan in postsolve): solve again without
    # presolve, from the same start, in what is left of the time.
    h.clearSolver()
    h.setOptionValue("presolve", "off")
    h.setOptionValue("time_limit", max(0.0, float(time_limit) - (time.perf_counter() - began)))
    if start:
        h.setSolution(len(start), np.array(start, dtype=np.int32), np.ones(len(start)))
    h.run()
    again = _read(h, len(model.columns))
    if again.values is not None and _worth(model, again.values) >= _worth(model, solution.values):
        faithful = _worth(model, again.values) >= h.getInfo().objective_function_value - 0.5
        return Solution(again.values, again.optimal and faithful, again.bound)
    return Solution(solution.values, False, solution.bound)


def _worth(model: BinaryModel, values: tuple[bool, ...]) -> float:
    """The weighted count of a plan, as the objective counts it."""
    return float(sum(weight for weight, on in zip(model.weights, values, strict=False) if on))


def _add_rows(h: _Highs, model: BinaryModel) -> None:
    """All rows at once, in compressed sparse row form (one call, not one per row)."""
    import numpy as np

    starts: list[int] = []
    indices: list[int] = []
    coefs: list[int] = []
    for row in model.rows:
        starts.append(len(indices))
        indices += row.indices
        coefs += row.coefs
    count = len(model.rows)
    h.addRows(
        count,
        np.full(count, -math.inf),
        np.array([row.upper for row in model.rows], dtype=float),
        len(indices),
        np.array(starts, dtype=np.int32),
        np.array(indices, dtype=np.int32),
        np.array(coefs, dtype=float),
    )


def _read(h: _Highs, columns: int) -> Solution:
    import highspy

    optimal = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    info = h.getInfo()
    bound = float(info.mip_dual_bound) if math.isfinite(info.mip_dual_bound) else None
    if info.primal_solution_status == 0:  # no feasible point at all
        return Solution(None, False, bound)
    values = h.getSolution().col_value[:columns]
    return Solution(tuple(v > 0.5 for v in values), optimal, bound)
