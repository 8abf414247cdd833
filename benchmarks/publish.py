"""Measure ``mission publish`` against a local Radicale.

    python benchmarks/publish.py [--repeat 5] [--delegates 40] [--items 30]
                                 [--server-type builtin] [--skip-engine]

Three parts, each against a Radicale of its own:

- the sample, ``mission publish trips/2024-04.yaml`` as a user runs it (a fresh process
  each time): the first publish, then after one moved meeting (two versions of the file
  in turn; the goal: under 0.5 s), then after no change, each the best of ``--repeat``;
  beside ``mission validate`` and ``mission export ics`` of the same file, and the time
  the publish itself takes inside the command (making the calendars, and the requests);
- a generated trip of ``--delegates`` delegates with about ``--items`` items each
  (``benchmarks/generate.py``): the first ``mission publish`` beside ``mission export
  ics`` of the same trip (a server-bound publish against a file-bound export);
- the engine alone (``sync.publish``, no trip file) with synthetic calendars of
  ``--delegates`` x ``--items``: a first publish, then one after a moved meeting, then
  one after no change, three times over (the first reads after a large publish are
  slower: Radicale fills its caches).

Radicale's built-in server closes the connection after each answer; ``--server-type
hypercorn`` (``pip install 'radicale[h2]'``) keeps it alive, as Nextcloud behind a web
server does. Timings belong in issue notes, never in tests: this machine is shared.
Unset PYTHONDONTWRITEBYTECODE first, or every run compiles Radicale again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.publish import trips  # noqa: E402
from tests.publish.servers import PASSWORD, USER, Radicale  # noqa: E402

from mission_cli.publish.auth import Credentials  # noqa: E402
from mission_cli.publish.sync import Summary, publish  # noqa: E402

PY = sys.executable
MISSION = shutil.which("mission", path=str(Path(PY).parent)) or "mission"
SAMPLE = ROOT / "trips" / "2024-04.yaml"
MOVED = ("start: 2024-04-04 14:30", "start: 2024-04-04 15:00")
"""A meeting of seven calendars (six delegates and the programme) moved by half an hour."""


def timed(label: str, run: Callable[[], Summary]) -> Summary:
    wall, cpu = time.perf_counter(), time.process_time()
    summary = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    writes = sum(r.method in ("PUT", "DELETE", "MKCALENDAR") for r in summary.requests)
    print(
        f"{label:<40} {wall:7.3f} s  {len(summary.requests):5} requests "
        f"({writes} writes)  client CPU {cpu:6.3f} s"
    )
    return summary


def best(commands: Sequence[Sequence[str]], env: dict[str, str], repeat: int) -> float:
    """The best wall time of ``repeat`` runs, each running the next of ``commands`` in
    turn (two versions of a file: each run has one change to send)."""
    found = float("inf")
    for n in range(repeat):
        began = time.perf_counter()
        subprocess.run(commands[n % len(commands)], env=env, check=True, capture_output=True)
        found = min(found, time.perf_counter() - began)
    return found


def line(label: str, seconds: float, note: str = "") -> None:
    print(f"{label:<40} {seconds:7.3f} s  {note}")


def sample_rows(folder: Path, server_type: str, repeat: int) -> None:
    server = Radicale(folder / "radicale-sample", server_type=server_type)
    server.start()
    env = {**os.environ, "MISSION_CALDAV_PASSWORD": PASSWORD, "XDG_STATE_HOME": str(folder)}
    moved = folder / "moved.yaml"
    moved.write_text(SAMPLE.read_text(encoding="utf-8").replace(*MOVED), encoding="utf-8")
    command = [MISSION, "publish", "--to", server.url, "--user", USER, "--quiet"]
    try:
        print(f"\n{SAMPLE.name}: 18 calendars, 372 items; best of {repeat}")
        line("mission publish: first", best([[*command, str(SAMPLE)]], env, 1))
        versions = [[*command, str(moved)], [*command, str(SAMPLE)]]
        line("mission publish: after one moved meeting", best(versions, env, repeat),
             "(goal < 0.5 s)")  # fmt: skip
        last = versions[(repeat - 1) % 2]
        line("mission publish: after no change", best([last], env, repeat))
        line("mission validate", best([[MISSION, "validate", "-q", str(SAMPLE)]], env, repeat))
        export = [MISSION, "export", "ics", str(SAMPLE), "-q", "-o", f"{folder}/ics/"]
        line("mission export ics", best([export], env, repeat))
        engine_rows(server.url, folder / "mission" / "caldav", moved, repeat)
    finally:
        server.stop()


def engine_rows(url: str, state: Path, moved: Path, repeat: int) -> None:
    """Inside the command: making the calendars (as ``publish`` does) and sending them."""
    from mission_cli.calendars.ics import IcsOptions
    from mission_cli.calendars.publishing import trip_calendars
    from mission_cli.pipeline import load_path
    from mission_cli.views.calendar import CalendarOptions
    from mission_cli.words.words import words_for

    login = Credentials(USER, PASSWORD)
    said = IcsOptions(CalendarOptions(words_for("fr")))
    loaded = [load_path(path).whole() for path in (SAMPLE, moved)]
    began = time.perf_counter()
    made = [trip_calendars(t, list(t.model.delegates), said) for t in loaded if t is not None]
    line("  making the 18 calendars (twice)", time.perf_counter() - began)
    publish(url, login, made[0], state_dir=state)
    for n in range(repeat):
        timed(f"  engine: after one moved meeting ({n + 1})",
              lambda n=n: publish(url, login, made[1 - n % 2], state_dir=state))  # fmt: skip
    last = made[1 - (repeat - 1) % 2]
    timed("  engine: after no change", lambda: publish(url, login, last, state_dir=state))


def generated_rows(folder: Path, server_type: str, delegates: int, items: int) -> None:
    """A first publish of a generated trip beside the export of the same."""
    from generate import generate

    if delegates != 40:
        print(f"\n(generate.py makes 40 delegates; --delegates {delegates} is for the engine)")
    trip = folder / "generated.yaml"
    trip.write_text(generate(items * 4), encoding="utf-8")  # about `items` per delegate
    server = Radicale(folder / "radicale-generated", server_type=server_type)
    server.start()
    env = {**os.environ, "MISSION_CALDAV_PASSWORD": PASSWORD, "XDG_STATE_HOME": str(folder)}
    try:
        began = time.perf_counter()
        done = subprocess.run(
            [MISSION, "publish", str(trip), "--to", server.url, "--user", USER, "-f", "json"],
            env=env, check=True, capture_output=True, text=True,
        )  # fmt: skip
        wall = time.perf_counter() - began
        import json

        calendars = json.loads(done.stdout)["calendars"]
        sent = sum(c["added"] for c in calendars)
        print(f"\ngenerated trip: 40 delegates, {len(calendars)} calendars, {sent} items")
        line("mission publish: first", wall, f"({wall / sent * 1000:.1f} ms per item)")
        export = [MISSION, "export", "ics", str(trip), "-q", "-o", f"{folder}/generated-ics/"]
        line("mission export ics of the same", best([export], env, 3))
    finally:
        server.stop()


def synthetic_rows(folder: Path, server_type: str, delegates: int, items: int) -> None:
    people = trips.delegates(delegates)
    per_meeting = 4
    count = delegates * items // per_meeting
    found = trips.meetings(count, people, per_meeting=per_meeting)
    calendars = trips.calendars(found, people)
    total = sum(len(c.items) for c in calendars)
    print(f"\nengine alone: {len(calendars)} calendars, {total} items, Radicale {server_type}")
    server = Radicale(folder / "radicale-engine", server_type=server_type)
    server.start()
    print(f"{'Radicale ready':<40} {server.startup:7.3f} s")
    state = folder / "engine"
    login = Credentials(USER, PASSWORD)
    try:
        runs = [("first publish", calendars)]
        for n in range(1, 4):
            moved = trips.calendars([trips.moved(found[0], 30 * n), *found[1:]], people)
            runs.append((f"after one moved meeting ({n})", moved))
            runs.append((f"after no change ({n})", moved))
        for label, sent in runs:
            timed(label, lambda sent=sent: publish(server.url, login, sent, state_dir=state))
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--delegates", type=int, default=40)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--server-type", default="builtin")
    parser.add_argument("--skip-engine", action="store_true", help="no synthetic engine part")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sample_rows(folder, options.server_type, options.repeat)
        generated_rows(folder, options.server_type, options.delegates, options.items)
        if not options.skip_engine:
            synthetic_rows(folder, options.server_type, options.delegates, options.items)


if __name__ == "__main__":
    main()
