"""Measure ``mission publish``'s engine against a local Radicale: a first publish of
``--delegates`` calendars of ``--items`` items each (and the programme's), then a
publish after one moved meeting (the goal: under 0.5 s), then one after no change, three
times over (the first reads after a large publish are slower: Radicale fills its caches).

    python benchmarks/publish.py [--delegates 40] [--items 30] [--server-type builtin]

Radicale's built-in server closes the connection after each answer; ``--server-type
hypercorn`` (``pip install 'radicale[h2]'``) keeps it alive, as Nextcloud behind a web
server does. Each line gives the wall time, the requests sent, and the time the client
itself spent on the CPU (the rest is the server's, and the network's). Timings belong
in issue notes, never in tests: this machine is shared. Unset PYTHONDONTWRITEBYTECODE
first, or every run compiles Radicale again.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.publish import trips  # noqa: E402
from tests.publish.servers import PASSWORD, USER, Radicale  # noqa: E402

from mission_cli.publish.auth import Credentials  # noqa: E402
from mission_cli.publish.sync import Summary, publish  # noqa: E402


def timed(label: str, run: object) -> Summary:
    assert callable(run)
    wall, cpu = time.perf_counter(), time.process_time()
    summary: Summary = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    writes = sum(r.method in ("PUT", "DELETE", "MKCALENDAR") for r in summary.requests)
    print(
        f"{label:<34} {wall:7.3f} s  {len(summary.requests):5} requests "
        f"({writes} writes)  client CPU {cpu:6.3f} s"
    )
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delegates", type=int, default=40)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--server-type", default="builtin")
    options = parser.parse_args()
    people = trips.delegates(options.delegates)
    per_meeting = 4
    count = options.delegates * options.items // per_meeting
    found = trips.meetings(count, people, per_meeting=per_meeting)
    calendars = trips.calendars(found, people)
    items = sum(len(c.items) for c in calendars)
    print(f"{len(calendars)} calendars, {items} items, Radicale {options.server_type}")
    with tempfile.TemporaryDirectory() as folder:
        server = Radicale(Path(folder) / "radicale", server_type=options.server_type)
        server.start()
        print(f"{'Radicale ready':<34} {server.startup:7.3f} s")
        state = Path(folder) / "state"
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


if __name__ == "__main__":
    main()
