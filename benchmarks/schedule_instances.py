"""Instances of the scheduling engine shaped like the April 2024 mission (issue #23).

Three days in one zone, minutes from 9 April 00:00: a B2B session in Québec (9 April
14:00-17:00, at numeriqc) and one in Montréal (11 April 09:30-12:30), eight tables
each; free slots at the partners' offices on the morning of 9 April (Québec) and the
afternoons of 10 and 11 April (Montréal). The startups are held by a conference, the
coach to Montréal, a breakfast and a reception. Each startup asks for four partners,
each request 30 or 45 minutes; a partner is free for part of the session only, and
some also at their office. A quarter of the requests bring one of two accompanying
delegates, who are shared. Candidates lie on a 15-minute grid; transfer time is 30
minutes; days are capped at 14 hours.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from mission_cli.schedule import Busy, Candidate, DayCap, Priority, Problem, Request, Use

DAY = 24 * 60
STEP = 15
SESSIONS = {  # city -> (venue, day, start, end, label)
    "quebec": ("numeriqc", 0, 14 * 60, 17 * 60, "rdv-startups-quebec"),
    "montreal": ("b2b-montreal", 2, 2 * DAY + 9 * 60 + 30, 2 * DAY + 12 * 60 + 30, "rdv-mtl"),
}
FREE = {  # city -> the partners' free slots at their office: (day, start, end)
    "quebec": [(0, 11 * 60, 13 * 60)],
    "montreal": [
        (1, DAY + 13 * 60 + 30, DAY + 18 * 60),
        (2, 2 * DAY + 13 * 60 + 30, 2 * DAY + 18 * 60),
    ],
}
FIXED = [  # every startup's own events: (label, venue, start, end)
    ("numeriqc-strategie", "numeriqc", 9 * 60, 10 * 60 + 30),
    ("reception-quebec", "hotel-de-ville-quebec", 18 * 60 + 30, 20 * 60 + 30),
    ("car-quebec-montreal", None, DAY + 8 * 60, DAY + 11 * 60 + 30),
    ("petit-dejeuner-montreal", "salle-montreal", 2 * DAY + 8 * 60, 2 * DAY + 9 * 60),
]
PRIORITIES = [Priority.MUST] * 1 + [Priority.SHOULD] * 2 + [Priority.COULD] * 1


@dataclass(frozen=True, slots=True)
class Partner:
    name: str
    city: str
    session: tuple[int, int] | None  # when the partner is at the session, if at all
    office: list[tuple[int, int, int]]  # (day, start, end) at their office


def instance(requests: int, seed: int = 0, tables: str = "pool") -> Problem:
    """About ``requests`` requests (four per startup); ``tables``: "pool" (one resource
    of capacity 8 per session) or "each" (eight resources, a candidate per table)."""
    rng = random.Random(seed)
    startups = [f"startup-{k}" for k in range(max(1, requests // 4))]
    partners = _partners(rng, max(4, requests // 3))
    built: list[Request] = []
    for startup in startups:
        for partner in rng.sample(partners, 4):
            escort = rng.choice(["acc-1", "acc-2"]) if rng.random() < 0.25 else None
            candidates = _candidates(rng, startup, partner, escort, tables)
            priority = rng.choice(PRIORITIES)
            built.append(Request(f"{startup}/{partner.name}", priority, tuple(candidates)))
    busy = [
        Busy(person, start, end, label, venue)
        for person in [*startups, "acc-1", "acc-2"]
        for label, venue, start, end in FIXED
    ]
    busy += [
        Busy(person, start, end, label, venue)
        for person in startups
        for venue, _, start, end, label in SESSIONS.values()
    ]
    caps = [
        DayCap(person, str(day), 14 * 60, *_fixed_span(day))
        for person in [*startups, "acc-1", "acc-2"]
        for day in range(3)
    ]
    capacity = {f"tables:{city}": 8 for city in SESSIONS} if tables == "pool" else {}
    return Problem(tuple(built), tuple(busy), tuple(caps), 30, capacity)


def _partners(rng: random.Random, count: int) -> list[Partner]:
    found: list[Partner] = []
    for k in range(count):
        city = "quebec" if k % 2 == 0 else "montreal"
        _, _, start, end, _ = SESSIONS[city]
        session = None
        if rng.random() < 0.85:
            length = rng.choice([90, 105, 120, 150])
            begin = start + STEP * rng.randrange((end - start - length) // STEP + 1)
            session = (begin, begin + length)
        office = [slot for slot in FREE[city] if session is None or rng.random() < 0.4]
        found.append(Partner(f"partner-{k}", city, session, _narrow(rng, office)))
    return found


def _narrow(rng: random.Random, slots: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Part of each free slot: an hour or more of it."""
    narrowed = []
    for day, start, end in slots:
        length = min(end - start, rng.choice([60, 90, 120, 180]))
        begin = start + STEP * rng.randrange((end - start - length) // STEP + 1)
        narrowed.append((day, begin, begin + length))
    return narrowed


def _candidates(
    rng: random.Random, startup: str, partner: Partner, escort: str | None, tables: str
) -> list[Candidate]:
    duration = rng.choice([30, 45])
    people = [startup] + ([escort] if escort else [])
    found: list[Candidate] = []
    venue, day, _, _, label = SESSIONS[partner.city]
    if partner.session is not None:
        for start in range(partner.session[0], partner.session[1] - duration + 1, STEP):
            end = start + duration
            held = [Use(p, start, end, venue, str(day), label) for p in people]
            held.append(Use(partner.name, start, end, venue))
            rooms = [f"tables:{partner.city}"] if tables == "pool" else _tables(partner.city)
            found += [Candidate(start, end, (*held, Use(room, start, end))) for room in rooms]
    for office_day, begin, finish in partner.office:
        office = f"office-{partner.name}"
        for start in range(begin, finish - duration + 1, STEP):
            end = start + duration
            held = [Use(p, start, end, office, str(office_day)) for p in people]
            found.append(Candidate(start, end, (*held, Use(partner.name, start, end, office))))
    return found


def _tables(city: str) -> list[str]:
    return [f"table:{city}:{k}" for k in range(8)]


def _fixed_span(day: int) -> tuple[int, int]:
    """The first start and last end of the fixed events of a startup on ``day``."""
    times = [(s, e) for _, _, s, e in FIXED if s // DAY == day]
    times += [(s, e) for _, d, s, e, _ in SESSIONS.values() if d == day]
    return min(s for s, _ in times), max(e for _, e in times)
