"""HiGHS (MILP, the engine's) against OR-Tools' CP-SAT on the same 0/1 models.

    python benchmarks/schedule_run.py [--requests 60 200] [--seeds 3] [--tables pool each]
        [--time-limit 60] [--workers 2] [--imports] [--sizes]

Both solvers get the model the engine builds (``schedule/formulation.py``: the same
variables, rows and lexicographic weights) and the same greedy start. ``--imports``
times each solver's import in fresh processes, with bytecode (best of five);
``--sizes`` installs each in a fresh virtual environment and measures it (needs the
package registry; minutes). CP-SAT is not a dependency of mission: install ``ortools``
beside it to run this. The figures belong in issue notes, not in tests.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mission_cli.schedule import LEVELS, highs
from mission_cli.schedule.formulation import BinaryModel, build
from mission_cli.schedule.solve import _fill, _least_crowded_first, _prefilter
from schedule_instances import instance

IMPORTS = {"highspy": "import highspy", "ortools": "from ortools.sat.python import cp_model"}


def cpsat(model: BinaryModel, time_limit: float, start: list[int], workers: int) -> tuple:
    """The model in CP-SAT: at-most-one constraints where a row is one, sums elsewhere."""
    from ortools.sat.python import cp_model

    cp = cp_model.CpModel()
    x = [cp.new_bool_var(f"x{k}") for k in range(model.size)]
    for row in model.rows:
        if row.upper == 1 and all(c == 1 for c in row.coefs):
            cp.add_at_most_one(x[i] for i in row.indices)
        else:
            cp.add(sum(c * x[i] for i, c in zip(row.indices, row.coefs, strict=True)) <= row.upper)
    cp.maximize(sum(w * x[k] for k, w in enumerate(model.weights)))
    chosen = set(start)
    for k in range(len(model.columns)):
        cp.add_hint(x[k], k in chosen)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.solve(cp)
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    value = solver.objective_value if found else None
    return status == cp_model.OPTIMAL, value, solver.best_objective_bound


def counts(model: BinaryModel, value: float | None) -> str:
    if value is None:
        return "-"
    left, found = round(value), []
    for weight in model.level_weights:
        found.append(left // weight)
        left -= found[-1] * weight
    return "/".join(map(str, found))


def solve_one(n: int, seed: int, tables: str, limit: float, workers: int) -> None:
    problem = instance(n, seed, tables)
    began = time.perf_counter()
    kept, _ = _prefilter(problem)
    model = build(problem, kept)
    greedy = _fill(problem, _least_crowded_first(model, kept), {})
    start = [v for v, (r, i) in enumerate(model.columns) if greedy.get(r) == i]
    built = time.perf_counter() - began
    wanted = "/".join(str(sum(r.priority is level for r in problem.requests)) for level in LEVELS)
    head = f"| {n} | {tables} | {seed} | {model.size} | {len(model.rows)} | {wanted} | {built:.2f}"
    began = time.perf_counter()
    solution = highs.solve(model, limit, start)
    spent = time.perf_counter() - began
    value = sum(w for w, on in zip(model.weights, solution.values or (), strict=False) if on)
    line = f"{head} | {spent:.2f} {'opt' if solution.optimal else 'limit'} {counts(model, value)}"
    try:
        began = time.perf_counter()
        optimal, found, _ = cpsat(model, limit, start, workers)
        spent = time.perf_counter() - began
        line += f" | {spent:.2f} {'opt' if optimal else 'limit'} {counts(model, found)} |"
    except ImportError:
        line += " | (no ortools) |"
    print(line, flush=True)


def imports() -> None:
    """Best of five fresh imports of each solver, bytecode written and read."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    timer = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"
    for name, statement in IMPORTS.items():
        times = []
        for _ in range(6):  # the first writes the bytecode
            done = subprocess.run(
                [sys.executable, "-c", timer.format(statement)],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            if done.returncode:
                break
            times.append(float(done.stdout))
        best = f"{min(times[1:]) * 1000:.0f} ms" if len(times) > 1 else "not installed"
        print(f"import {name}: {best}")


def sizes() -> None:
    """What each solver adds to a fresh virtual environment (site-packages, du -sk)."""
    with tempfile.TemporaryDirectory() as folder:
        for name in ["", *IMPORTS]:
            venv = Path(folder) / (name or "empty")
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            if name:
                pip = [str(venv / "bin" / "pip"), "install", "-q", name]
                subprocess.run(pip, check=True, capture_output=True)
            site = next(venv.glob("lib/python*/site-packages"))
            kb = int(
                subprocess.run(["du", "-sk", site], capture_output=True, text=True).stdout.split()[
                    0
                ]
            )
            print(f"site-packages with {name or 'nothing'}: {kb / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, nargs="+", default=[60, 200])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--tables", nargs="+", default=["pool", "each"])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--imports", action="store_true")
    parser.add_argument("--sizes", action="store_true")
    args = parser.parse_args()
    if args.sizes:
        sizes()
    if args.imports:
        imports()
    print(
        "| requests | tables | seed | vars | rows | must/should/could | build s | HiGHS s"
        " placed | CP-SAT s placed |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n in args.requests:
        for tables in args.tables:
            for seed in range(args.seeds):
                solve_one(n, seed, tables, args.time_limit, args.workers)


if __name__ == "__main__":
    main()
