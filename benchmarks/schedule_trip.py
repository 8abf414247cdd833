"""Trip files for ``mission schedule`` shaped like the April 2024 mission (issue #23).

    python benchmarks/schedule_trip.py 60 > benchmarks/out/schedule-60.yaml

The sample (``trips/2024-04.yaml``) without its own requests and meetings, with N new
requests: each startup asks ten partners of its field, four at a table of the Québec
session (9 April 14:00-17:30), three at one of the Montréal session (11 April
09:30-12:30), three at the partner's office in a free afternoon (Québec on 8 April
17:00-19:00 and 9 April 10:30-13:30; Montréal on 10 April 16:00-19:00 and 11 April
12:45-14:45). A partner is free for part of the session only (90 minutes to three
hours), at its office for an hour or two; a quarter of the requests bring the Poool or
BCI along; one must in four, two should, one could; 30 or 45 minutes. Past 60
requests, the delegation gains startups (ten requests each), their coach and minibus
the seats. The file is clean: ``mission validate`` finds nothing in it.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "trips" / "2024-04.yaml"
FIELDS = ["cyber", "data", "ia", "sante", "mobilite", "jeu-video"]
OFFICES = {
    "quebec": [("2024-04-08", 17 * 60, 19 * 60), ("2024-04-09", 10 * 60 + 30, 13 * 60 + 30)],
    "montreal": [("2024-04-10", 16 * 60, 19 * 60), ("2024-04-11", 12 * 60 + 45, 14 * 60 + 45)],
}
SESSIONS = {
    "quebec": ("rdv-startups-quebec", "2024-04-09", 14 * 60, 17 * 60 + 30),
    "montreal": ("rdv-startups-montreal", "2024-04-11", 9 * 60 + 30, 12 * 60 + 30),
}
PER_STARTUP = (("quebec", True, 4), ("montreal", True, 3), ("office", False, 3))


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _base() -> str:
    """The sample without its requests and the meetings placed for them."""
    text = SAMPLE.read_text(encoding="utf-8")
    placed = text.index("  # Rendez-vous placés par mission schedule\n")
    requests = text.index("\n# Meeting requests (version 1.2)")
    checks = text.index("\nchecks:\n")
    return text[:placed] + text[requests : requests + 1] + text[checks + 1 :]


def _startups(text: str, count: int) -> str:
    """``count`` more startups (a copy of the data startup each), and seats for them."""
    block_start = text.index("  startup-data:\n")
    block = text[block_start : text.index("  startup-ia:\n")]
    extra = "".join(
        block.replace("startup-data:", f"startup-b{k:02d}:").replace(
            "Startup rennaise (données)", f"Startup rennaise n° {k}"
        )
        for k in range(count)
    )
    text = text[:block_start] + extra + text[block_start:]
    text = text.replace("seats: 8\n", "seats: 80\n").replace("seats: 20\n", "seats: 120\n")
    return text.replace("capacity: 25\n", "capacity: 120\n")


def _venues(text: str) -> str:
    """The partners' offices, two in each city."""
    offices = "".join(
        f"  bureau-{city}-{k}:\n    name: Bureau de partenaire {k} (illustratif)\n"
        f"    city: {city}\n"
        for city in OFFICES
        for k in (1, 2)
    )
    return text.replace("\nvenues:\n", "\nvenues:\n" + offices, 1)


def _window(day: str, start: int, end: int) -> str:
    """One window, a key per line (libyaml, the fast parser, refuses a time unquoted in
    ``{…}``; the slow one would read the whole file)."""
    return f"\n      - start: {day} {_clock(start)}\n        end: {day} {_clock(end)}"


def _request(rng: random.Random, number: int, startup: str, where: str, within: bool) -> str:
    duration = rng.choice([30, 45])
    if within:
        session, day, start, end = SESSIONS[where]
        length = min(end - start, rng.choice([90, 120, 150, 180]))
        begin = start + 15 * rng.randrange((end - start - length) // 15 + 1)
        place = f"    within: {session}\n"
        windows = _window(day, begin, begin + length)
        party = f"Partenaire {where} {rng.randrange(12)} (illustratif)"
    else:
        city = rng.choice(list(OFFICES))
        day, start, end = rng.choice(OFFICES[city])
        length = min(end - start, rng.choice([60, 90, 120]))
        begin = start + 15 * rng.randrange((end - start - length) // 15 + 1)
        place = f"    venue: bureau-{city}-{rng.choice([1, 2])}\n"
        windows = _window(day, begin, begin + length)
        party = f"Partenaire {city} {rng.randrange(12)} (illustratif)"
    escort = rng.choice([", poool", ", bci"]) if rng.random() < 0.25 else ""
    priority = rng.choice(["must", "should", "should", "could"])
    return (
        f"  - id: rdv-{number:03d}\n    title: Rendez-vous {number} de {startup}\n"
        f"    with: {party}\n    attendees: [{startup}{escort}]\n    duration: {duration}m\n"
        f"{place}    windows:{windows}\n    priority: {priority}\n"
    )


def generate(requests: int, seed: int = 0) -> str:
    """The sample with ``requests`` requests (ten per startup), reproducibly."""
    rng = random.Random(seed)
    text = _venues(_base())
    more = max(0, -(-requests // 10) - len(FIELDS))
    startups = [f"startup-{field}" for field in FIELDS] + [f"startup-b{k:02d}" for k in range(more)]
    if more:
        text = _startups(text, more)
    made: list[str] = []
    for startup in startups:
        for where, within, count in PER_STARTUP:
            for _ in range(count):
                if len(made) < requests:
                    made.append(_request(rng, len(made), startup, where, within))
    section = "requests:\n" + "".join(made)
    return text.replace("\nchecks:\n", "\n" + section + "\nchecks:\n", 1)


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 60))
