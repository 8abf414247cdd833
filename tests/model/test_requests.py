"""Meeting requests (``requests``) and ``part_of`` in the file: every reference checked
with "did you mean", ids unique but for a request's own meeting, windows and durations
read as times are, each problem at its place and naming the request."""

from __future__ import annotations

import textwrap

import pytest

from mission_cli.words.words import words_for
from tests.support import BASE, BASE_LINES, load, problems, with_base

L = BASE_LINES

SESSION = """\
events:
  - id: session
    title: B2B session
    venue: city-hall
    start: 2024-04-09 14:00
    end: 2024-04-09 17:00
    attendees: [nappere, cci]
"""
"""Lines L+1 to L+7; requests start on L+8."""


def _request(**keys: str) -> str:
    """A request whose keys default to a good one within the session; a value of ""
    leaves its key out."""
    fields = {
        "id": "meet",
        "title": "Meet the chamber",
        "with": "Chamber of commerce",
        "attendees": "[nappere]",
        "duration": "45m",
        "within": "session",
        **keys,
    }
    lines = [f"  - id: {fields.pop('id')}"]
    lines += [f"    {key}: {value}" for key, value in fields.items() if value]
    return "\n".join(lines) + "\n"


def _found(*requests: str, events: str = SESSION) -> list[tuple[str, int, int, tuple[str, ...]]]:
    text = with_base(events + "requests:\n" + "".join(requests))
    return [(d.rule, d.line, d.column, d.events) for d in problems(text)]


def test_a_good_request_within_a_session_is_clean_and_resolved() -> None:
    text = with_base(SESSION + "requests:\n" + _request(windows=WINDOW))
    loaded = load(text)
    assert loaded.result.diagnostics == []
    assert loaded.trip is not None
    (request,) = loaded.trip.requests
    assert (request.city, request.venue, request.within and request.within.id) == (
        "rochester",
        "city-hall",
        "session",
    )
    assert request.attendees == ("nappere",)
    assert [f"{a:%H:%M}–{b:%H:%M}" for a, b in request.windows] == ["18:00–19:00"]  # UTC


WINDOW = "[{start: 2024-04-09 14:00, end: 2024-04-09 15:00}]"


@pytest.mark.parametrize(
    ("keys", "line", "column", "hint"),
    [
        ({"attendees": "[napere]"}, L + 12, 17, "did you mean 'nappere'?"),
        ({"within": "sesion"}, L + 14, 13, "did you mean 'session'?"),
        ({"within": "", "venue": "city-hal"}, L + 14, 12, "did you mean 'city-hall'?"),
        ({"within": "", "city": "rochestr"}, L + 14, 11, "did you mean 'rochester'?"),
    ],
)
def test_every_reference_is_checked_with_did_you_mean(
    keys: dict[str, str], line: int, column: int, hint: str
) -> None:
    text = with_base(SESSION + "requests:\n" + _request(**keys))
    (diag,) = problems(text)
    assert (diag.rule, diag.line, diag.column, diag.events) == (
        "unknown-reference",
        line,
        column,
        ("meet",),
    )
    assert diag.hint == hint


def test_part_of_names_an_event_with_did_you_mean_and_never_itself() -> None:
    events = SESSION + textwrap.indent(
        textwrap.dedent(
            """\
            - id: table
              title: A table
              venue: city-hall
              start: 2024-04-09 14:00
              duration: 30m
              attendees: [nappere]
              part_of: sesion
            - id: other
              title: Another
              city: rochester
              start: 2024-04-10 14:00
              duration: 30m
              part_of: other
            """
        ),
        "  ",
    )
    found = [d for d in problems(with_base(events)) if d.rule in ("unknown-reference", "schema")]
    assert [(d.rule, d.line, d.column, d.events) for d in found] == [
        ("unknown-reference", L + 14, 14, ("table",)),
        ("schema", L + 20, 14, ("other",)),
    ]
    assert found[0].hint == "did you mean 'session'?"
    assert found[1].message == "event 'other' is part of itself"


def test_a_request_needs_a_place() -> None:
    assert _found(_request(within="")) == [("schema", L + 9, 5, ("meet",))]
    (diag,) = problems(with_base(SESSION + "requests:\n" + _request(within="")))
    assert diag.message == "request 'meet' has neither 'city', 'venue' nor 'within'"


def test_a_place_of_its_own_must_be_its_sessions() -> None:
    assert _found(_request(city="quebec")) == [("schema", L + 15, 11, ("meet",))]
    assert _found(_request(venue="city-hall", city="rochester")) == []
    (diag,) = problems(with_base(SESSION + "requests:\n" + _request(city="quebec")))
    assert diag.message == "request 'meet' is within 'session' (city-hall) but names city 'quebec'"
    assert diag.hint == "remove `city:`: a meeting within an event takes that event's place"


def test_a_venue_and_a_city_must_agree() -> None:
    found = _found(_request(within="", venue="city-hall", city="quebec"))
    assert found == [("schema", L + 15, 11, ("meet",))]


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ({"duration": "45x"}, [("invalid-time", L + 13, 15, ("meet",))]),
        (
            {"windows": "[{start: 2024-04-09 25:00, end: 2024-04-09 15:00}]"},
            [("invalid-time", L + 15, 23, ("meet",))],
        ),
        (  # the end of a window before its start, at the end
            {"windows": "[{start: 2024-04-09 15:00, end: 2024-04-09 14:00}]"},
            [("invalid-time", L + 15, 46, ("meet",))],
        ),
        ({"windows": "[]"}, [("schema", L + 15, 14, ("meet",))]),
        ({"priority": "urgent"}, [("schema", L + 15, 15, ("meet",))]),
        ({"attendees": ""}, [("schema", L + 9, 5, ("meet",))]),
    ],
)
def test_times_and_shapes(keys: dict[str, str], expected: list[tuple[str, int, int]]) -> None:
    assert _found(_request(**keys)) == expected


def test_a_window_reads_in_the_zone_of_the_place_unless_it_names_its_own() -> None:
    window = "[{start: 2024-04-09 20:00 Europe/Paris, end: 2024-04-09 15:30}]"
    text = with_base(SESSION + "requests:\n" + _request(windows=window))
    loaded = load(text)
    assert loaded.trip is not None
    ((start, end),) = loaded.trip.requests[0].windows
    assert (f"{start:%H:%M}", f"{end:%H:%M}") == ("18:00", "19:30")  # UTC


def test_ids_are_unique_but_for_a_requests_own_meeting() -> None:
    events = SESSION + (
        "  - id: placed\n"
        "    title: Meet the chamber\n"
        "    venue: city-hall\n"
        "    start: 2024-04-09 14:00\n"
        "    duration: 45m\n"
        "    attendees: [nappere]\n"
        "    part_of: session\n"
        "    kind: meeting\n"
        "travel:\n"
        "  - id: flight\n"
        "    mode: flight\n"
        "    from: rochester\n"
        "    to: quebec\n"
        "    depart: 2024-04-10 09:00\n"
        "    arrive: 2024-04-10 11:00\n"
    )
    found = _found(
        _request(id="placed"),  # its meeting, of kind meeting: the same item
        _request(id="session"),  # an event of another kind
        _request(id="flight"),
        _request(id="twice"),
        _request(id="twice"),
        events=events,
    )
    first = L + 24  # the first request's id
    assert found == [
        ("duplicate-id", first + 6, 9, ("session",)),
        ("duplicate-id", first + 12, 9, ("flight",)),
        ("duplicate-id", first + 24, 9, ("twice",)),
    ]
    text = with_base(events + "requests:\n" + _request(id="session"))
    (diag,) = problems(text)
    assert diag.message == f"id 'session' is already used by events[0] (line {L + 2})"


def test_requests_are_optional_and_may_be_empty() -> None:
    assert problems(BASE + "requests:\n") == []
    assert problems(BASE + "requests: []\n") == []


def test_the_french_words_of_a_request_s_problem() -> None:
    text = with_base(SESSION + "requests:\n" + _request(within=""))
    (diag,) = problems(text)
    said = words_for("fr").say(diag.said)
    assert said == "la demande 'meet' n'a ni 'city', ni 'venue', ni 'within'"
