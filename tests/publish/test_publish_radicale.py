"""Publishing to a real Radicale: every calendar read back with an independent reader,
changes sending exactly their requests, a conflict, an interrupted publish resumed, and
the failures (a wrong password, a server down) leaving the state as it was."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from mission_cli.publish.auth import Credentials
from mission_cli.publish.errors import PublishError
from mission_cli.publish.plan import CalendarToPublish
from mission_cli.publish.sync import Summary, publish
from mission_cli.words.message import english
from tests.publish import trips
from tests.publish.servers import PASSWORD, USER, Radicale, Silent

GOOD = Credentials(USER, PASSWORD)
PEOPLE = trips.delegates(4)


def _publish(
    server: Radicale, calendars: list[CalendarToPublish], state: Path, **options: object
) -> Summary:
    return publish(server.url, GOOD, calendars, state_dir=state, **options)  # type: ignore[arg-type]


def _writes(summary: Summary) -> list[tuple[str, str]]:
    """The requests that changed (or tried to change) the server."""
    return [
        (r.method, r.path)
        for r in summary.requests
        if r.method in ("PUT", "DELETE", "MKCALENDAR", "PROPPATCH")
    ]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _check_server_holds(calendars: list[CalendarToPublish], summary: Summary) -> None:
    """Every calendar holds exactly its items, and every instant is the one sent."""
    reader = trips.Reader(USER, PASSWORD)
    for calendar, result in zip(calendars, summary.calendars, strict=True):
        events = reader.events(result.url)
        assert set(events) == set(calendar.items), calendar.key
        assert reader.display_name(result.url) == calendar.display_name
        for uid, text in calendar.items.items():
            sent = Calendar.from_ical(text).walk("VEVENT")[0]
            for name in ("DTSTART", "DTEND"):
                assert events[uid].decoded(name) == sent.decoded(name), (uid, name)
                assert events[uid][name].params["TZID"] == sent[name].params["TZID"]


def test_a_first_publish_holds_every_item_at_its_instant(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(12, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)
    summary = _publish(radicale, calendars, state_dir)
    assert summary.as_json()["calendars"][0] == {
        "delegate": "d00",
        "url": f"{radicale.url}{USER}/d00/",
        "created": True,
        "added": 6,
        "changed": 0,
        "removed": 0,
        "unchanged": 0,
        "conflicts": [],
    }
    assert [c.added for c in summary.calendars] == [6, 6, 6, 6, 12]
    assert all(c.created for c in summary.calendars)
    assert summary.requests[0].method == "PROPFIND"
    assert (summary.requests[0].path, summary.requests[0].status) == ("/.well-known/caldav", 301)
    assert [m for m, _ in _writes(summary)].count("PUT") == 36
    assert [m for m, _ in _writes(summary)].count("MKCALENDAR") == 5
    assert summary.warnings == []
    _check_server_holds(calendars, summary)


def test_a_publish_after_no_change_sends_nothing(radicale: Radicale, state_dir: Path) -> None:
    found = trips.meetings(12, PEOPLE)
    _publish(radicale, trips.calendars(found, PEOPLE), state_dir)
    later = datetime(2030, 1, 1, tzinfo=UTC)  # a new export: only DTSTAMP differs
    summary = _publish(radicale, trips.calendars(found, PEOPLE, stamp=later), state_dir)
    assert _writes(summary) == []
    assert {r.method for r in summary.requests} == {"PROPFIND"}
    # Discovery (a redirect, a challenge), then one listing of the home: every calendar's
    # change tag is the one kept after the last publish, so none is listed.
    assert len(summary.requests) == 4 + 1
    assert summary.requests[-1].path == f"/{USER}/"
    assert [c.unchanged for c in summary.calendars] == [6, 6, 6, 6, 12]
    assert not any(c.created or c.added or c.changed or c.removed for c in summary.calendars)


def test_exactly_what_changed_is_sent(radicale: Radicale, state_dir: Path) -> None:
    found = trips.meetings(12, PEOPLE)
    _publish(radicale, trips.calendars(found, PEOPLE), state_dir)
    assert found[0].attendees == ("d00", "d01")
    assert found[1].attendees == ("d02", "d03")
    assert found[2].attendees == ("d00", "d01")
    after = list(found)
    after[0] = trips.moved(found[0], 90)  # a moved meeting
    after[1] = replace(found[1], attendees=("d02",))  # d03 taken off it
    del after[2]  # an event removed
    calendars = trips.calendars(after, PEOPLE)
    summary = _publish(radicale, calendars, state_dir)
    m0, m1, m2 = (f"m{n:04d}.test-trip@mission.ics" for n in range(3))
    assert sorted(_writes(summary)) == sorted(
        [
            ("PUT", f"/{USER}/d00/{m0}"),
            ("PUT", f"/{USER}/d01/{m0}"),
            ("PUT", f"/{USER}/_programme/{m0}"),
            ("DELETE", f"/{USER}/d03/{m1}"),
            ("DELETE", f"/{USER}/d00/{m2}"),
            ("DELETE", f"/{USER}/d01/{m2}"),
            ("DELETE", f"/{USER}/_programme/{m2}"),
        ]
    )
    assert all(r.status in (201, 204, 200, 207, 301, 401) for r in summary.requests)
    counts = {c.delegate: (c.added, c.changed, c.removed, c.unchanged) for c in summary.calendars}
    assert counts == {
        "d00": (0, 1, 1, 4),
        "d01": (0, 1, 1, 4),
        "d02": (0, 0, 0, 6),
        "d03": (0, 0, 1, 5),
        "_programme": (0, 1, 1, 10),
    }
    _check_server_holds(calendars, summary)
    again = _publish(radicale, calendars, state_dir)
    assert _writes(again) == []


def _edit_on_server(url: str, meeting: trips.Meeting, summary: str) -> None:
    """Another client changes an item (no ``If-Match``: a person's calendar app)."""
    text = trips.item_text(meeting).replace(f"SUMMARY:{meeting.summary}", f"SUMMARY:{summary}")
    reader = trips.Reader(USER, PASSWORD)
    reader.send("PUT", url, text.encode(), **{"Content-Type": "text/calendar"})


def test_an_item_edited_on_the_server_is_a_conflict_left_alone(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(12, PEOPLE)
    _publish(radicale, trips.calendars(found, PEOPLE), state_dir)
    m0 = found[0].uid
    assert found[0].attendees == ("d00", "d01")
    in_d00, in_d01 = (f"{radicale.url}{USER}/{key}/{m0}.ics" for key in ("d00", "d01"))
    _edit_on_server(in_d00, found[0], "Edited before the publish")

    def edit_during_the_publish(done: int, total: int) -> None:
        if done == 0:  # after the listing, before the PUT: the server answers 412
            _edit_on_server(in_d01, found[0], "Edited during the publish")

    after = [trips.moved(found[0], 30), *found[1:]]
    summary = _publish(
        radicale, trips.calendars(after, PEOPLE), state_dir, progress=edit_during_the_publish
    )
    by_key = {c.delegate: c for c in summary.calendars}
    assert by_key["d00"].conflicts == [m0]
    assert by_key["d01"].conflicts == [m0]
    assert (by_key["d00"].changed, by_key["d00"].unchanged) == (0, 5)
    assert by_key["_programme"].changed == 1  # its copy was not edited: it moves
    sent = [(r.method, r.path, r.status) for r in summary.requests]
    assert [r for r in sent if "/d00/" in r[1]] == [
        ("PROPFIND", f"/{USER}/d00/", 207),
        ("GET", f"/{USER}/d00/{m0}.ics", 200),  # its ETag moved: read, never written
    ]
    assert [r for r in sent if "/d01/" in r[1]] == [  # unchanged at the start: not listed
        ("PUT", f"/{USER}/d01/{m0}.ics", 412),
        ("GET", f"/{USER}/d01/{m0}.ics", 200),
    ]
    reader = trips.Reader(USER, PASSWORD)
    assert str(reader.events(by_key["d00"].url)[m0]["SUMMARY"]) == "Edited before the publish"
    assert str(reader.events(by_key["d01"].url)[m0]["SUMMARY"]) == "Edited during the publish"
    # Nothing changed since: still reported, still left alone, nothing written.
    again = _publish(radicale, trips.calendars(after, PEOPLE), state_dir)
    assert [c.conflicts for c in again.calendars] == [[m0], [m0], [], [], []]
    assert _writes(again) == []
    assert str(reader.events(by_key["d01"].url)[m0]["SUMMARY"]) == "Edited during the publish"


def test_an_item_edited_on_the_server_and_not_in_the_trip_is_reported(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(4, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)
    first = _publish(radicale, calendars, state_dir)
    _edit_on_server(f"{first.calendars[-1].url}{found[1].uid}.ics", found[1], "Renamed")
    summary = _publish(radicale, calendars, state_dir)
    assert summary.calendars[-1].conflicts == [found[1].uid]
    assert _writes(summary) == []
    assert ("GET", f"/{USER}/_programme/{found[1].uid}.ics") in [
        (r.method, r.path) for r in summary.requests
    ]


def test_a_wrong_password_is_one_error_and_the_state_is_untouched(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(6, PEOPLE)
    _publish(radicale, trips.calendars(found, PEOPLE), state_dir)
    before = _snapshot(state_dir)
    wrong = Credentials(USER, "not-the-Pa55word")
    moved = [trips.moved(found[0], 15), *found[1:]]
    with pytest.raises(PublishError) as caught:
        publish(radicale.url, wrong, trips.calendars(moved, PEOPLE), state_dir=state_dir)
    message = str(caught.value)
    assert message == f"127.0.0.1:{radicale.port} refused the user name or the password (401)"
    assert "not-the-Pa55word" not in message
    assert PASSWORD not in message
    assert _snapshot(state_dir) == before


def test_a_server_down_is_one_error_and_the_state_is_untouched(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(6, PEOPLE)
    _publish(radicale, trips.calendars(found, PEOPLE), state_dir)
    before = _snapshot(state_dir)
    radicale.stop()
    with pytest.raises(PublishError) as caught:
        _publish(radicale, trips.calendars(found[1:], PEOPLE), state_dir)
    assert str(caught.value) == (
        f"127.0.0.1:{radicale.port} refused the connection: is the server running?"
    )
    assert _snapshot(state_dir) == before


def test_an_interrupted_publish_is_resumed_without_sending_again(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(12, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)

    def down_after_ten(done: int, total: int) -> None:
        assert total == 36
        if done == 10:
            radicale.stop()

    with pytest.raises(PublishError, match="refused the connection"):
        _publish(radicale, calendars, state_dir, progress=down_after_ten)
    remembered = sum(len(json.loads(p.read_text())["items"]) for p in state_dir.rglob("*.json"))
    assert remembered == 10
    radicale.start()
    summary = _publish(radicale, calendars, state_dir)
    puts = [path for method, path in _writes(summary) if method == "PUT"]
    assert len(puts) == 26
    assert sum(c.unchanged for c in summary.calendars) == 10
    first_ten = [f"/{USER}/d00/{m.uid}.ics" for m in found if "d00" in m.attendees]
    first_ten += [f"/{USER}/d01/{m.uid}.ics" for m in found if "d01" in m.attendees][:4]
    assert not set(first_ten) & set(puts)
    _check_server_holds(calendars, summary)


def test_a_damaged_state_file_gives_a_warning_and_a_fresh_start(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(6, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)
    first = _publish(radicale, calendars, state_dir)
    files = sorted(state_dir.rglob("*d00-*.json"))
    assert len(files) == 1
    files[0].write_text('{"format": "mission-caldav-state", "items": [')
    summary = _publish(radicale, calendars, state_dir)
    assert len(summary.warnings) == 1
    assert english(summary.warnings[0]).startswith(f"{files[0]} is damaged (it is not JSON")
    d00 = summary.calendars[0]
    assert (d00.added, d00.changed, d00.unchanged) == (0, first.calendars[0].added, 0)
    assert [m for m, p in _writes(summary)] == ["PUT"] * d00.changed
    assert _writes(_publish(radicale, calendars, state_dir)) == []


def test_a_dry_run_says_what_would_be_sent_and_sends_it_not(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(6, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)
    dry = _publish(radicale, calendars, state_dir, dry_run=True)
    assert _writes(dry) == []
    assert not state_dir.exists()
    real = _publish(radicale, calendars, state_dir)
    assert dry.as_json() == real.as_json()
    changed = trips.calendars([trips.moved(found[0], 60), *found[2:]], PEOPLE)
    dry = _publish(radicale, changed, state_dir, dry_run=True)
    assert _writes(dry) == []
    assert dry.as_json() == _publish(radicale, changed, state_dir).as_json()


def test_the_url_of_the_home_or_of_a_calendar_is_enough(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(4, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)
    _publish(radicale, calendars, state_dir)
    for url in (f"{radicale.url}{USER}/", f"{radicale.url}{USER}/d02/"):
        summary = publish(url, GOOD, calendars, state_dir=state_dir)
        assert summary.calendars[0].url == f"{radicale.url}{USER}/d00/"
        assert _writes(summary) == []


def test_a_new_display_name_renames_the_calendar(radicale: Radicale, state_dir: Path) -> None:
    found = trips.meetings(4, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)
    first = _publish(radicale, calendars, state_dir)
    renamed = [replace(calendars[-1], display_name="Voyage d'essai")]
    summary = _publish(radicale, renamed, state_dir)
    assert _writes(summary) == [("PROPPATCH", f"/{USER}/_programme/")]
    assert trips.Reader(USER, PASSWORD).display_name(first.calendars[-1].url) == "Voyage d'essai"


def test_a_server_that_never_answers_is_one_error_within_the_timeout(state_dir: Path) -> None:
    silent = Silent()
    try:
        began = time.monotonic()
        with pytest.raises(PublishError) as caught:
            publish(silent.url, GOOD, trips.calendars(trips.meetings(2, PEOPLE), PEOPLE),
                    state_dir=state_dir, timeout=0.3)  # fmt: skip
        assert time.monotonic() - began < 2
    finally:
        silent.close()
    assert str(caught.value) == f"{silent.url[7:-1]} did not answer within 0.3 s"
    assert not state_dir.exists()
