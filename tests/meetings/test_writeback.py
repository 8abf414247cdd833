"""The meetings written into a file read back as they were meant, whatever their
titles hold, and the rest of the file stays byte for byte."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mission_cli.meetings.writeback import WriteError, with_events
from mission_cli.model.texts import control_character
from tests.meetings.support import BASE
from tests.support import load

TRICKY = [
    "Rencontre : Desjardins # 2",
    "'quoted'",
    '"double"',
    "- a dash",
    "@startups",
    "[not a list]",
    "{not: a mapping}",
    "&anchor *alias !tag %directive `tick`",
    "null",
    "true",
    "0x10",
    "1e3",
    "2024-04-09 14:00",
    "Réunion — « guillemets »  deux espaces",
    "x" * 5000,
    " ".join(["mot"] * 2000),
]


def _event(title: str) -> dict[str, object]:
    return {
        "id": "m",
        "title": title,
        "city": "quebec",
        "start": "2024-04-09 11:00",
        "duration": "45m",
        "attendees": ["ia", "@startups"],
        "kind": "meeting",
    }


def _read_back(text: str) -> str:
    loaded = load(text)
    assert loaded.model is not None
    (event,) = [e for _, e in loaded.model.events if e.id == "m"]
    return event.title


@pytest.mark.parametrize("title", TRICKY)
def test_a_title_reads_back_as_it_was(title: str) -> None:
    text = with_events(BASE, [_event(title)], "placed")
    assert text.startswith(BASE)
    assert _read_back(text) == title
    lines = text[len(BASE) :].splitlines()
    assert lines[3].startswith("    city: ")  # the title on one line, whatever its length


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=80))
def test_any_title_a_file_can_hold_reads_back(title: str) -> None:
    title = title.strip()
    if not title or control_character(title) or any(0xD800 <= ord(c) <= 0xDFFF for c in title):
        return  # a one-line text holds none of these: the model refuses them
    if "\ufeff" in title or "\ufffe" in title or "\uffff" in title:
        return
    assert _read_back(with_events(BASE, [_event(title)], None)) == title


def test_a_file_without_events_gains_the_section_at_its_end() -> None:
    text = BASE.split("events:")[0].rstrip("\n")  # no final line break either
    written = with_events(text, [_event("A")], None)
    assert written.startswith(text + "\n\nevents:\n  - id: m\n")
    assert _read_back(written) == "A"


def test_an_inline_list_of_events_is_refused() -> None:
    with pytest.raises(WriteError):
        with_events("events: [{id: a}]\n", [_event("A")], None)
