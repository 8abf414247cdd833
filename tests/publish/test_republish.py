"""Publishing again to a real Radicale: a calendar whose change tag is the one kept after
the last publish is not listed (the home's listing gives every tag at once), one
changed by someone else is listed and trusted again afterwards; SEQUENCE grows from the
remembered state; items the trip keeps (left out for errors, another trip's) are never
removed."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from mission_cli.publish import sync
from mission_cli.publish.plan import CalendarToPublish
from mission_cli.publish.sync import Summary
from tests.publish import trips
from tests.publish.servers import PASSWORD, USER, Radicale
from tests.publish.test_publish_radicale import PEOPLE, _check_server_holds, _publish, _writes

HOME = f"/{USER}/"


def _after_discovery(summary: Summary) -> list[tuple[str, str]]:
    """The requests after the discovery (a redirect, a challenge, the principal)."""
    sent = [(r.method, r.path) for r in summary.requests]
    assert sent[:4] == [
        ("PROPFIND", "/.well-known/caldav"),
        ("PROPFIND", "/"),
        ("PROPFIND", "/"),
        ("PROPFIND", HOME),
    ]
    return sent[4:]


def _ctags(state_dir: Path) -> dict[str, str | None]:
    found = {}
    for path in state_dir.rglob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[data["calendar"].rstrip("/").rpartition("/")[2]] = data["ctag"]
    return found


def test_a_republish_after_one_change_lists_no_calendar(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(12, PEOPLE)
    first = _publish(radicale, trips.calendars(found, PEOPLE), state_dir)
    assert _after_discovery(first)[0] == ("PROPFIND", HOME)
    assert _after_discovery(first)[-1] == ("PROPFIND", HOME)  # the tags after the writes
    ctags = _ctags(state_dir)
    assert sorted(ctags) == sorted([*PEOPLE, "_programme"])
    assert all(tag and tag.startswith('"') for tag in ctags.values())
    assert found[0].attendees == ("d00", "d01")
    calendars = trips.calendars([trips.moved(found[0], 45), *found[1:]], PEOPLE)
    summary = _publish(radicale, calendars, state_dir)
    m0 = f"{found[0].uid}.ics"
    assert _after_discovery(summary) == [
        ("PROPFIND", HOME),
        ("PUT", f"{HOME}d00/{m0}"),
        ("PUT", f"{HOME}d01/{m0}"),
        ("PUT", f"{HOME}_programme/{m0}"),
        ("PROPFIND", HOME),
    ]
    after = _ctags(state_dir)
    assert sorted(key for key in after if after[key] != ctags[key]) == ["_programme", "d00", "d01"]
    _check_server_holds(calendars, summary)
    again = _publish(radicale, calendars, state_dir)
    assert _after_discovery(again) == [("PROPFIND", HOME)]
    assert _ctags(state_dir) == after


def test_a_calendar_changed_by_someone_else_is_listed_then_trusted_again(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(8, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)
    _publish(radicale, calendars, state_dir)
    theirs = trips.Meeting("their-own@phone", "Dentist", found[0].start, found[0].end, ())
    reader = trips.Reader(USER, PASSWORD)
    reader.send(
        "PUT",
        f"{radicale.url}{USER}/d02/their-own.ics",
        trips.item_text(theirs).encode(),
        **{"Content-Type": "text/calendar"},
    )
    summary = _publish(radicale, calendars, state_dir)
    assert _after_discovery(summary) == [("PROPFIND", HOME), ("PROPFIND", f"{HOME}d02/")]
    assert not any(c.conflicts for c in summary.calendars)
    assert _after_discovery(_publish(radicale, calendars, state_dir)) == [("PROPFIND", HOME)]
    assert "their-own@phone" in reader.events(f"{radicale.url}{USER}/d02/")


def test_a_server_that_does_not_list_its_home_has_each_calendar_listed(
    radicale: Radicale, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "list_home", lambda client, home: None)
    found = trips.meetings(6, PEOPLE)
    calendars = trips.calendars(found, PEOPLE)
    first = _publish(radicale, calendars, state_dir)
    assert [c.created for c in first.calendars] == [True] * 5
    assert set(_ctags(state_dir).values()) == {None}
    summary = _publish(radicale, calendars, state_dir)
    assert _after_discovery(summary) == [("PROPFIND", f"{HOME}{c.key}/") for c in calendars]
    _check_server_holds(calendars, summary)


def _sequences(calendar_url: str) -> dict[str, int]:
    events = trips.Reader(USER, PASSWORD).events(calendar_url)
    return {uid: int(event["SEQUENCE"]) for uid, event in events.items()}


def test_the_sequence_grows_with_each_change_of_an_item(
    radicale: Radicale, state_dir: Path
) -> None:
    found = trips.meetings(6, PEOPLE)
    first = _publish(radicale, trips.calendars(found, PEOPLE), state_dir)
    d00 = first.calendars[0].url
    m0, m2 = found[0].uid, found[2].uid
    assert _sequences(d00) == {m0: 0, m2: 0, found[4].uid: 0}
    for minutes, expected in ((30, 1), (30, 1), (60, 2)):
        moved = trips.calendars([trips.moved(found[0], minutes), *found[1:]], PEOPLE)
        _publish(radicale, moved, state_dir)
        assert _sequences(d00)[m0] == expected
        assert _sequences(d00)[m2] == 0
    files = list(state_dir.rglob("d00-*.json"))
    remembered = json.loads(files[0].read_text(encoding="utf-8"))["items"]
    assert (remembered[m0]["sequence"], remembered[m2]["sequence"]) == (2, 0)


def test_items_the_trip_keeps_are_never_removed(radicale: Radicale, state_dir: Path) -> None:
    found = trips.meetings(4, PEOPLE)
    first = _publish(radicale, trips.calendars(found, PEOPLE), state_dir)
    programme = first.calendars[-1].url
    scope = ".test-trip@mission"
    left_out = [
        replace(c, kept=frozenset({found[0].uid}), scope=scope)
        for c in trips.calendars(found[1:], PEOPLE)
    ]
    summary = _publish(radicale, left_out, state_dir)
    assert _writes(summary) == []
    assert summary.calendars[-1].unchanged == 4
    assert found[0].uid in trips.Reader(USER, PASSWORD).events(programme)
    other_trip = [
        replace(m, uid=m.uid.replace(".test-trip@", ".other-trip@"), summary="Other")
        for m in found[:2]
    ]
    others = [replace(c, scope=".other-trip@mission") for c in trips.calendars(other_trip, PEOPLE)]
    summary = _publish(radicale, others, state_dir)
    assert {m for m, _ in _writes(summary)} == {"PUT"}
    assert len(trips.Reader(USER, PASSWORD).events(programme)) == 6
    gone = [replace(c, scope=scope) for c in trips.calendars(found[1:], PEOPLE)]
    summary = _publish(radicale, gone, state_dir)
    assert _writes(summary) == [
        ("DELETE", f"{HOME}{key}/{found[0].uid}.ics") for key in ("d00", "d01", "_programme")
    ]
    assert set(trips.Reader(USER, PASSWORD).events(programme)) == {
        *(m.uid for m in found[1:]),
        *(m.uid for m in other_trip),
    }


def test_a_calendar_to_publish_keeps_what_is_not_its_own() -> None:
    calendar = CalendarToPublish("d00", "T", {}, frozenset({"kept.t@mission"}), ".t@mission")
    assert calendar.keeps("kept.t@mission")
    assert calendar.keeps("x.other@mission")
    assert not calendar.keeps("x.t@mission")
    assert not CalendarToPublish("d00", "T", {}).keeps("anything")


def test_the_calendar_of_a_delegate_no_longer_in_the_trip_is_emptied_of_its_items(
    radicale: Radicale, state_dir: Path
) -> None:
    scope = ".test-trip@mission"
    found = trips.meetings(8, PEOPLE)
    first = [replace(c, scope=scope) for c in trips.calendars(found, PEOPLE)]
    _publish(radicale, first, state_dir, former_scope=scope)
    reader = trips.Reader(USER, PASSWORD)
    d03 = f"{radicale.url}{USER}/d03/"
    theirs = trips.Meeting("their-own@phone", "Dentist", found[0].start, found[0].end, ())
    reader.send("PUT", f"{d03}their-own.ics", trips.item_text(theirs).encode(),
                **{"Content-Type": "text/calendar"})  # fmt: skip
    held = set(reader.events(d03)) - {"their-own@phone"}
    assert len(held) == 4
    without = [replace(c, scope=scope) for c in trips.calendars(found, PEOPLE[:3])]
    summary = _publish(radicale, without, state_dir, former_scope=scope)
    assert [c.delegate for c in summary.calendars] == [*PEOPLE[:3], "_programme", "d03"]
    assert (summary.calendars[-1].removed, summary.calendars[-1].created) == (4, False)
    assert sorted(_writes(summary)) == sorted(("DELETE", f"{HOME}d03/{uid}.ics") for uid in held)
    assert set(reader.events(d03)) == {"their-own@phone"}  # never another's item
    assert reader.display_name(d03) == "Test trip: d03"
    again = _publish(radicale, without, state_dir, former_scope=scope)
    assert [c.delegate for c in again.calendars] == [*PEOPLE[:3], "_programme"]
    assert _writes(again) == []
    assert _after_discovery(again) == [("PROPFIND", HOME)]
    only_some = _publish(radicale, without[:1], state_dir)  # -d d00: no former calendars
    assert [c.delegate for c in only_some.calendars] == ["d00"]
