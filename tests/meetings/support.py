"""A small trip to place meetings in: two startups and an accompanying delegate who fly
to Québec on 8 April, a conference and a B2B session on the 9th, a reception that
evening, a coach to Montréal on the 10th; a delegate with legs only. Requests are
appended to it (``REQUESTS``)."""

from __future__ import annotations

from mission_cli.meetings.plan import MeetingPlan, plan_meetings
from mission_cli.words.words import words_for
from tests.support import load

BASE = """\
trip:
  title: Test trip
  home_timezone: Europe/Paris
  start: 2024-04-08
  end: 2024-04-11
cities:
  quebec: {name: Québec, timezone: America/Toronto}
  montreal: {name: Montréal, timezone: America/Toronto}
venues:
  salon: {name: Salon des startups, city: quebec}
  bureau: {name: Bureau du partenaire, city: quebec, capacity: 1}
  hotel: {name: Hôtel de ville, city: quebec}
delegates:
  ia: {name: Startup IA}
  data: {name: Startup données}
  poool: {name: Le Poool}
  cci: {name: CCI}
legs:
  - {city: quebec, start: 2024-04-08, end: 2024-04-09, delegates: [cci]}
travel:
  - id: vol
    mode: flight
    from: montreal
    to: quebec
    depart: 2024-04-08 07:00
    arrive: 2024-04-08 08:00
    passengers: [ia, data, poool]
  - id: car
    mode: bus
    from: quebec
    to: montreal
    depart: 2024-04-10 08:30
    arrive: 2024-04-10 11:45
    passengers: [ia, data, poool]
events:
  - id: conference
    title: Conference
    venue: salon
    start: 2024-04-09 09:00
    end: 2024-04-09 10:30
    attendees: [ia, data]
  - id: session
    title: B2B session
    venue: salon
    start: 2024-04-09 14:00
    end: 2024-04-09 17:00
    attendees: [ia, data, poool]
  - id: reception
    title: Reception
    venue: hotel
    start: 2024-04-09 18:00
    end: 2024-04-09 20:00
    attendees: [ia, data, poool]
"""

EN = words_for("en")


def request(ident: str, who: str, *, within: bool = True, **keys: str) -> str:
    """A request for ``who`` (a flow list) with the Fonds, 45 minutes, within the
    session unless a place is given; other keys as written."""
    fields = {
        "title": f"Meeting {ident}",
        "with": "Fonds de la Capitale",
        "attendees": who,
        "duration": "45m",
        **({"within": "session"} if within else {}),
        **keys,
    }
    lines = [f"  - id: {ident}"] + [f"    {k}: {v}" for k, v in fields.items()]
    return "\n".join(lines) + "\n"


def trip(*requests: str, events: str = "", base: str = BASE) -> str:
    return base + events + "requests:\n" + "".join(requests)


def plan_of(text: str, step: int = 15) -> MeetingPlan:
    loaded = load(text).whole()
    assert loaded is not None
    assert [d.rule for d in loaded.result.diagnostics if d.severity == "error"] == []
    return plan_meetings(loaded, text, step=step, time_limit=20, comment="placed")


def reasons(plan: MeetingPlan) -> dict[str, str]:
    """Each request left out -> why, in English."""
    return {left.id: EN.say(left.reason) for left in plan.left_out}


def window(day: str, start: str, end: str) -> str:
    return f"[{{start: 2024-04-{day} {start}, end: 2024-04-{day} {end}}}]"
