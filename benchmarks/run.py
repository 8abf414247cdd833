"""Measure mission against its yardsticks, side by side, and print the ratios.

    python benchmarks/run.py [--events 10000] [--repeat 5] [--folder 500] [--scaling]

The last rows time ``mission schedule`` on the sample with 60 and 200 requests
(``schedule_trip.py``), against their targets: proven optimal in under 10 s, a plan
within ``--time-limit``.

Each figure is the best of ``--repeat`` runs of a whole command in a fresh process
(wall time) and its peak resident memory (``os.wait4``). The yardsticks:

- ruamel.yaml's C safe load of the same large trip (``YAML(typ='safe', pure=False).load``);
- the bare import of mission's runtime dependencies;
- ``python -c pass``.

The figures belong here and in issue notes, never in tests: this machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PY = sys.executable
MISSION = shutil.which("mission", path=str(Path(PY).parent)) or "mission"


def measure(argv: list[str], repeat: int) -> tuple[float, float]:
    """Best wall time (s) and largest peak RSS (MB) of a command over ``repeat`` runs."""
    best, peak = float("inf"), 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        best = min(best, elapsed)
        peak = max(peak, usage.ru_maxrss / 1024)
    return best, peak


def row(name: str, ours: tuple[float, float], base: tuple[float, float], target: str) -> None:
    print(
        f"{name:<44} {ours[0]:8.3f}s {base[0]:8.3f}s  ratio {ours[0] / base[0]:5.2f}  "
        f"(target {target})  memory {ours[1]:7.1f} MB vs {base[1]:7.1f} MB "
        f"= {ours[1] / base[1]:4.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--folder",
        type=int,
        default=500,
        metavar="N",
        help="a folder of N small trips (one broken): one validate vs N calls; 0 to skip",
    )
    parser.add_argument(
        "--scaling", action="store_true", help="also 4x the events, and one delegate's 5,000 items"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from generate import generate, generate_one_delegate

    OUT.mkdir(exist_ok=True)
    big = OUT / f"trip-{args.events}.yaml"
    big.write_text(generate(args.events), encoding="utf-8")
    print(
        f"{big.name}: {big.stat().st_size / 1e6:.1f} MB, {args.events} events; "
        f"best of {args.repeat}\n"
    )
    print(f"{'':<44} {'mission':>9} {'yardstick':>9}")

    safe_load = [
        PY,
        "-c",
        "import sys; from ruamel.yaml import YAML; "
        "YAML(typ='safe', pure=False).load(open(sys.argv[1], encoding='utf-8'))",
        str(big),
    ]
    row(
        f"validate {big.name} vs C safe load",
        measure([MISSION, "validate", str(big)], args.repeat),
        measure(safe_load, args.repeat),
        "<= 1.0, memory <= 2x",
    )

    crowd = OUT / f"trip-{args.events}-500.yaml"
    crowd.write_text(generate(args.events, delegates=500), encoding="utf-8")
    row(
        f"validate {crowd.name} (500 delegates) vs C safe load",
        measure([MISSION, "validate", str(crowd)], args.repeat),
        measure([*safe_load[:-1], str(crowd)], args.repeat),
        "<= 0.8",
    )

    row(
        f"agenda -d d0 of {big.name} vs validate",
        measure([MISSION, "agenda", str(big), "--delegate", "d0"], args.repeat),
        measure([MISSION, "validate", str(big)], args.repeat),
        "<= 1.2",
    )

    khal_row(args.repeat)

    edited = OUT / f"trip-{args.events}-edited.yaml"
    edited.write_text(
        big.read_text(encoding="utf-8").replace("kind: rendez-vous", "kind: rencontre", 500),
        encoding="utf-8",
    )
    row(
        f"diff of two versions of {big.name} vs validate",
        measure([MISSION, "diff", str(big), str(edited)], args.repeat),
        measure([MISSION, "validate", str(big)], args.repeat),
        "<= 2.5",
    )

    sheet = OUT / "rooming.xlsx"
    row(
        f"logistics rooming -f xlsx of {big.name} vs validate",
        measure([MISSION, "logistics", "rooming", str(big), "-f", "xlsx", "-o", str(sheet), "-q"],
                args.repeat),
        measure([MISSION, "validate", str(big)], args.repeat),
        "<= 1.0",
    )  # fmt: skip

    calendars = OUT / "calendars"
    shutil.rmtree(calendars, ignore_errors=True)
    row(
        f"export ics -o DIR/ of {big.name} vs validate",
        measure([MISSION, "export", "ics", str(big), "-o", f"{calendars}/", "-q"], args.repeat),
        measure([MISSION, "validate", str(big)], args.repeat),
        "<= 8",
    )  # 41 calendars; from the second run on, the manifest of the first is read

    small = measure([MISSION, "validate", str(ROOT / "trips" / "2024-04.yaml")], args.repeat * 2)
    deps = [PY, "-c", "import typer, rich, pydantic, ruamel.yaml, dateutil, pytz"]
    row(
        "validate trips/2024-04.yaml vs dependency import",
        small,
        measure(deps, args.repeat * 2),
        "<= 1.2",
    )
    sample = str(ROOT / "trips" / "2024-04.yaml")
    row(
        "  same vs the smallest app of the stack",
        small,
        measure([PY, str(HERE / "smallest_app.py"), sample], args.repeat * 2),
        "<= 1.2",
    )
    checker = shutil.which("check-jsonschema", path=str(Path(PY).parent))
    if checker:
        schema = str(ROOT / "schema" / "trip-1.2.json")
        row(
            "  same vs check-jsonschema with mission's schema",
            small,
            measure([checker, "--schemafile", schema, sample], args.repeat * 2),
            "<= 0.75",
        )
    # pydantic imports lazily: its machinery loads with the first model. The same
    # import, with one one-field model defined, is what any use of it costs.
    used = [
        PY,
        "-c",
        "import typer, rich.console, ruamel.yaml, dateutil, pytz\n"
        "from pydantic import BaseModel\nclass A(BaseModel):\n    x: int",
    ]
    row("  same vs import + one pydantic model", small, measure(used, args.repeat * 2), "info")

    row(
        "--version vs python -c pass",
        measure([MISSION, "--version"], args.repeat * 2),
        measure([PY, "-c", "pass"], args.repeat * 2),
        "<= 3.0",
    )

    booklet_row(args.repeat)

    if args.folder:
        folder_row(args.folder, args.repeat)

    schedule_rows(args.repeat)

    if args.scaling:
        print()
        bigger = OUT / f"trip-{args.events * 4}.yaml"
        bigger.write_text(generate(args.events * 4), encoding="utf-8")
        row(
            f"validate {bigger.name} vs {big.name}",
            measure([MISSION, "validate", str(bigger)], args.repeat),
            measure([MISSION, "validate", str(big)], args.repeat),
            "<= 4.5",
        )
        one, four = OUT / "one-delegate-5000.yaml", OUT / "one-delegate-20000.yaml"
        one.write_text(generate_one_delegate(5_000), encoding="utf-8")
        four.write_text(generate_one_delegate(20_000), encoding="utf-8")
        row(
            "one delegate: 20,000 items vs 5,000",
            measure([MISSION, "validate", str(four)], args.repeat),
            measure([MISSION, "validate", str(one)], args.repeat),
            "about 4 (linear), not 16",
        )


def booklet_row(repeat: int) -> None:
    """The sample's 18 booklets (each delegate's and the delegation's, A4 PDF, set by
    Typst) against ``validate`` of the same file: under 2 s on the machine of issue #20."""
    try:
        import typst  # noqa: F401
    except ImportError:
        print("booklet --output DIR/ of trips/2024-04.yaml   (the booklet extra is not installed)")
        return
    sample = str(ROOT / "trips" / "2024-04.yaml")
    folder = OUT / "booklets"
    shutil.rmtree(folder, ignore_errors=True)
    row(
        "booklet trips/2024-04.yaml (18 PDFs) vs validate",
        measure([MISSION, "booklet", sample, "--output", f"{folder}/", "--quiet"], repeat),
        measure([MISSION, "validate", sample], repeat),
        "under 2 s",
    )


def folder_row(files: int, repeat: int) -> None:
    """What pre-commit and CI do: one ``validate`` of a folder of small trips, against a
    process per file (timed once: it takes minutes)."""
    from generate import generate

    folder = OUT / f"folder-{files}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    text = generate(20)
    for number in range(files):
        trip = text.replace("title: ", f"title: {number} ", 1)
        if number == files // 2:  # one broken file
            trip = trip.replace("attendees:", "atendees:", 1)
        (folder / f"trip-{number:04d}.yaml").write_text(trip, encoding="utf-8")
    paths = sorted(str(p) for p in folder.iterdir())
    loop = [PY, "-c", LOOP, MISSION, *paths]
    row(
        f"validate a folder of {files} trips vs {files} calls",
        measure([MISSION, "validate", "--quiet", str(folder)], repeat),
        measure(loop, 1),
        "<= 0.1",
    )


SCHEDULES = (
    (60, 10.0, "proven optimal, < 10 s"),
    (200, 10.0, "a plan within --time-limit"),
    (200, 1.0, "a plan within --time-limit"),
)
"""(requests, --time-limit, target) of each ``mission schedule`` row."""


def schedule_rows(repeat: int) -> None:
    """``mission schedule`` of the sample with N requests over its two B2B sessions and
    the partners' offices in free afternoons (``schedule_trip.py``), 15-minute grid: the
    whole command (the solver's import, the plan, its proof on the file, the reasons)."""
    from schedule_trip import generate

    print()
    for requests, limit, target in SCHEDULES:
        path = OUT / f"schedule-{requests}.yaml"
        path.write_text(generate(requests), encoding="utf-8")
        argv = [MISSION, "schedule", str(path), "--format", "json", "--time-limit", f"{limit:g}"]
        best, peak = measure(argv, repeat)
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        plan = json.loads(done.stdout)
        verdict = "proven optimal" if plan["optimal"] else "not proven optimal"
        print(
            f"{f'schedule, {requests} requests, --time-limit {limit:g}':<44} {best:8.3f}s  "
            f"{verdict}, {len(plan['placed'])} placed, {len(plan['unplaced'])} left out  "
            f"(target {target})  memory {peak:7.1f} MB"
        )


LOOP = """import subprocess, sys
for path in sys.argv[2:]:
    subprocess.run([sys.argv[1], "validate", "--quiet", path], stdout=subprocess.DEVNULL)
"""


def khal_row(repeat: int) -> None:
    """The agenda of 1,000 events against ``khal list`` of the same events, imported from
    mission's own calendar export (khal's cache warm: its best case)."""
    from generate import generate

    khal = shutil.which("khal", path=str(Path(PY).parent)) or shutil.which("khal")
    if khal is None:
        print("agenda of 1,000 events vs khal list         (khal is not installed: skipped)")
        return
    trip = OUT / "trip-1000.yaml"
    trip.write_text(generate(1_000), encoding="utf-8")
    home = OUT / "khal"
    shutil.rmtree(home, ignore_errors=True)
    (home / "calendar").mkdir(parents=True)
    config = home / "khal.conf"
    config.write_text(
        f"[calendars]\n[[mission]]\npath = {home / 'calendar'}\ntype = calendar\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        "default_timezone = Europe/Paris\nlocal_timezone = Europe/Paris\n",
        encoding="utf-8",
    )
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    subprocess.run([MISSION, "export", "ics", str(trip), "-o", f"{home}/ics/"], check=True,
                   capture_output=True)  # fmt: skip
    subprocess.run([khal, "-c", str(config), "import", "--batch", "-a", "mission",
                    str(home / "ics" / "_programme.ics")], check=True, env=env,
                   capture_output=True)  # fmt: skip
    listing = [khal, "-c", str(config), "list", "2024-03-31", "60d"]
    saved = {name: os.environ.get(name) for name in ("HOME", "XDG_DATA_HOME")}
    os.environ.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    try:
        measure(listing, 1)  # khal fills its cache on the first run
        khal_time = measure(listing, repeat)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    row(
        "agenda of 1,000 events vs khal list",
        measure([MISSION, "agenda", str(trip)], repeat),
        khal_time,
        "<= 0.5",
    )


if __name__ == "__main__":
    main()
