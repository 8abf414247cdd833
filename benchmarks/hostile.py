"""Files whose cost once grew out of proportion to their size (issue #24, 14), timed in
fresh processes with their peak memory:

- ``nights``: 8,000 delegates and a trip of three years with a ``lodging`` section: each
  delegate's nights are looked at (8.8 million of them);
- ``suggest``: events naming venues that do not exist, among long similar venue keys:
  each unknown name gets a "did you mean";
- ``attendees``: 20,000 events of one attendee each, among 20,000 delegates;
- ``title``: an event whose title is one word of 3 MB, where ``whereis`` finds it (the
  terminal's wrapping once copied what was left of the word at every line).

    .venv/bin/python benchmarks/hostile.py [--scale 1.0] [--repeat 1] [CASE...]

Figures go in the notes of the issue, never in tests (the tests check the amount of work
at a small size: ``tests/test_cost_in_proportion.py``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from run import MISSION, OUT, measure

HEAD = "trip: {title: T, home_timezone: Europe/Paris, start: %s, end: %s}\n"
CITIES = "cities:\n  ny: {name: New York, timezone: America/New_York}\n"


def nights(scale: float) -> str:
    """Delegates with nothing to do for three years: 8,000 x 1,096 nights."""
    people = int(8000 * scale)
    lines = [HEAD % ("2024-01-01", "2026-12-31"), CITIES, "delegates:\n"]
    lines += [f"  d{n}: {{name: D{n}}}\n" for n in range(people)]
    lines.append("lodging: []\n")
    return "".join(lines)


def suggest(scale: float) -> str:
    """Venue keys of 150 characters that differ at the end, and as many events naming a
    venue that is none of them."""
    count = int(300 * scale)
    stem = "venue-" + "abcdefghij" * 15
    lines = [HEAD % ("2024-04-01", "2024-04-10"), CITIES, "delegates:\n  a: {name: A}\n"]
    lines.append("venues:\n")
    lines += [f"  {stem}-{n:05d}: {{name: V, city: ny}}\n" for n in range(count)]
    lines.append("events:\n")
    lines += [
        f"  - {{id: e{n}, title: E, venue: {stem}x{n:05d}, start: '2024-04-02 10:00', "
        "duration: 1h}\n"
        for n in range(count)
    ]
    return "".join(lines)


def attendees(scale: float) -> str:
    """20,000 delegates, and 20,000 events of one attendee each."""
    count = int(20000 * scale)
    lines = [HEAD % ("2024-04-01", "2024-04-10"), CITIES, "delegates:\n"]
    lines += [f"  d{n}: {{name: D}}\n" for n in range(count)]
    lines.append("events:\n")
    lines += [
        f"  - {{id: e{n}, title: E, city: ny, start: '2024-04-02 10:00', duration: 1h, "
        f"attendees: [d{n}]}}\n"
        for n in range(count)
    ]
    return "".join(lines)


def title(scale: float) -> str:
    """One event, its title one word of 3 MB."""
    word = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * int(3_000_000 * scale / 26)
    return (
        HEAD % ("2024-04-01", "2024-04-10")
        + CITIES
        + "delegates:\n  a: {name: A}\n"
        + f"events:\n  - id: e\n    title: {word}\n    city: ny\n"
        + "    start: 2024-04-02 10:00\n    duration: 1h\n"
    )


CASES: dict[str, Callable[[float], str]] = {
    "nights": nights,
    "suggest": suggest,
    "attendees": attendees,
    "title": title,
}
COMMANDS = {"title": ["whereis", "--at", "2024-04-02 10:30 EDT"]}
"""The command a case is timed with, after the file (``validate --quiet`` by default)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", metavar="CASE", help=", ".join(CASES))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for name in args.cases or list(CASES):
        if name not in CASES:
            parser.error(f"unknown case {name!r}: {', '.join(CASES)}")
        path = OUT / f"hostile-{name}.yaml"
        path.write_text(CASES[name](args.scale), encoding="utf-8")
        command = COMMANDS.get(name, ["validate", "--quiet"])
        seconds, memory = measure([MISSION, command[0], str(path), *command[1:]], args.repeat)
        size = path.stat().st_size / 1024
        print(f"{name:<10} {size:9.0f} KB  {seconds:8.2f} s  {memory:8.1f} MB")


if __name__ == "__main__":
    main()
