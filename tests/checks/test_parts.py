"""``part_of``: an event inside another never overlaps it (``double-booking``,
``venue-overlap``), two parts of one event never make a ``venue-overlap``, and every
other rule still applies to the parts."""

from __future__ import annotations

from tests.support import L, problems, text_of

SESSION = """\
events:
  - id: session
    title: B2B session
    venue: city-hall
    start: 2024-04-09 14:00
    end: 2024-04-09 17:00
    attendees: [nappere, dri]
"""


def found(*parts: str) -> list[tuple[str, int, int, tuple[str, ...], tuple[str, ...]]]:
    """(rule, line, column, events, delegates) of every diagnostic, the parts as written."""
    text = text_of(start="2024-03-01", end="2024-04-30") + "".join(parts)
    return [(d.rule, d.line, d.column, d.events, d.delegates) for d in problems(text)]


def part(ident: str, who: str, start: str = "14:00", part_of: str | None = "session") -> str:
    """An event of 30 minutes at the session's venue (7 lines with ``part_of``)."""
    inside = f"    part_of: {part_of}\n" if part_of else ""
    return (
        f"  - id: {ident}\n    title: Table\n    venue: city-hall\n"
        f"    start: 2024-04-09 {start}\n    duration: 30m\n    attendees: [{who}]\n" + inside
    )


def test_tables_of_a_session_overlap_nothing() -> None:
    assert found(SESSION, part("t1", "nappere"), part("t2", "dri")) == []


def test_without_part_of_they_would() -> None:
    rules = [f[0] for f in found(SESSION, part("t1", "nappere", part_of=None))]
    assert rules == ["venue-overlap", "double-booking"]


def test_two_parts_with_one_person_are_a_double_booking_not_a_venue_overlap() -> None:
    assert found(SESSION, part("t1", "nappere"), part("t2", "nappere", "14:15")) == [
        ("double-booking", L + 18, 12, ("t1", "t2"), ("nappere",)),
    ]


def test_a_part_of_a_part_is_inside_the_whole() -> None:
    text = (SESSION, part("t1", "nappere"), part("t2", "nappere", part_of="t1"))
    assert found(*text) == []


def test_a_loop_of_part_of_ends() -> None:
    text = (part("a", "nappere", part_of="b"), part("b", "nappere", part_of="a"))
    assert found("events:\n", *text) == []


def test_every_other_rule_still_applies_to_a_part() -> None:
    move = """\
travel:
  - id: train
    mode: train
    from: rochester
    to: quebec
    depart: 2024-04-09 14:15
    arrive: 2024-04-09 20:00
    passengers: [nappere]
"""
    assert found(SESSION, part("t1", "dri"), part("t2", "nappere"), move) == [
        ("during-travel", L + 5, 12, ("session", "train"), ("nappere",)),
        ("during-travel", L + 18, 12, ("t2", "train"), ("nappere",)),
    ]
