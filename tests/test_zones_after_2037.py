"""Offsets up to 2199, the last year a trip can have (issue #24, 4 and 8): pytz alone has
no summer time after 2037. Checked against zoneinfo, gaps and folds included, in zones
with summer time in the north, in the south, negative (Dublin), of 30 minutes (Lord
Howe), changing at 24:00 or -1:00 (Santiago, Nuuk), by two hours (Troll).

The oracle is zoneinfo reading the same TZif file pytz has: it tests how the file is
read (both blocks and the POSIX rule of its footer), not which release of the zone data
each library has (the lowest versions CI tests pair an older pytz with a newer tzdata).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import pytz
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from mission_cli.clock.times import (
    TimeTextError,
    in_zone,
    lenient_instant,
    local_text,
    parse_time_text,
    to_instant,
)
from mission_cli.clock.zones import zone_named
from tests.support import invoke, positions

ZONES = [
    "America/New_York", "Europe/Paris", "Europe/Dublin", "Australia/Sydney",
    "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "America/Nuuk",
    "Antarctica/Troll", "America/Havana", "Asia/Gaza", "Pacific/Apia", "Asia/Kolkata",
]  # fmt: skip


@cache
def oracle(name: str) -> ZoneInfo:
    with pytz.open_resource(name) as stream:  # type: ignore[attr-defined]
        return ZoneInfo.from_file(stream, key=name)


def _offset(instant: datetime, name: str) -> timedelta:
    return instant.astimezone(oracle(name)).utcoffset() or timedelta(0)


@cache
def changes(name: str, year: int) -> list[tuple[datetime, timedelta, timedelta]]:
    """The zone's changes in a year, as zoneinfo has them: (UTC instant, offset before,
    offset after)."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    while moment.year == year:
        later = moment + timedelta(hours=12)
        if _offset(later, name) != _offset(moment, name):
            low, high = moment, later
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (
                    (middle, high) if _offset(middle, name) == _offset(low, name) else (low, middle)
                )
            found.append((high, _offset(low, name), _offset(high, name)))
        moment = later
    return found


@st.composite
def walls(draw: st.DrawFn) -> tuple[str, datetime]:
    """A zone and a wall-clock time: any time of a year, or one near a change."""
    name = draw(st.sampled_from(ZONES))
    year = draw(st.one_of(st.integers(2038, 2199), st.integers(1980, 2199)))
    near = changes(name, year)
    if near and draw(st.booleans()):
        instant, before, _ = draw(st.sampled_from(near))
        wall = (instant + before).replace(tzinfo=None)
        wall += timedelta(minutes=draw(st.integers(-90, 90)))
        return name, wall.replace(second=0, microsecond=0)
    day = datetime(year, 1, 1) + timedelta(minutes=draw(st.integers(0, 365 * 24 * 60 - 1)))
    return name, day


def kind(wall: datetime, name: str) -> str:
    zone = oracle(name)
    first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wall:
        return "gap"
    return "fold" if first.utcoffset() != second.utcoffset() else "single"


def _offsets_offered(error: TimeTextError) -> list[str]:
    hint = error.hint_text or ""
    return [w for w in hint.replace("(", " ").split() if w[:1] in "+-" and ":" in w]


@settings(max_examples=500, deadline=None)
@given(walls())
def test_wall_clock_times_up_to_2199_are_placed_as_zoneinfo_places_them(
    case: tuple[str, datetime],
) -> None:
    name, wall = case
    zone = zone_named(name)
    assert zone is not None
    text = f"{wall:%Y-%m-%d %H:%M}"
    expected = kind(wall, name)
    if expected == "single":
        instant = to_instant(parse_time_text(text), zone, name)
        assert instant == wall.replace(tzinfo=oracle(name)).astimezone(UTC)
        assert in_zone(instant, zone).tzname() == instant.astimezone(oracle(name)).tzname()
        return
    with pytest.raises(TimeTextError) as err:
        to_instant(parse_time_text(text), zone, name)
    if expected == "gap":
        assert err.value.rule.name == "nonexistent-time"
        return
    assert err.value.rule.name == "ambiguous-time"
    readings = [wall.replace(tzinfo=oracle(name), fold=f).strftime("%z") for f in (0, 1)]
    assert _offsets_offered(err.value) == [f"{o[:3]}:{o[3:]}" for o in readings]  # as the clock
    later = wall.replace(tzinfo=oracle(name), fold=1).astimezone(UTC)
    assert lenient_instant(wall, zone) == later


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(ZONES),
    instant=st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2199, 12, 31)),
)
def test_instants_up_to_2199_show_zoneinfo_s_offset_and_name(name: str, instant: datetime) -> None:
    zone = zone_named(name)
    assert zone is not None
    moment = instant.replace(tzinfo=UTC)
    shown = in_zone(moment, zone)
    assert shown.utcoffset() == _offset(moment, name)
    assert shown.tzname() == moment.astimezone(oracle(name)).tzname()


def test_july_2040_in_new_york_is_summer_time() -> None:
    zone = zone_named("America/New_York")
    assert zone is not None
    instant = to_instant(parse_time_text("2040-07-01 10:00"), zone, "America/New_York")
    assert instant == datetime(2040, 7, 1, 14, 0, tzinfo=UTC)
    assert local_text(instant, zone) == "2040-07-01 10:00 EDT"


def test_a_gap_of_2040_is_seen() -> None:
    trip = """\
        trip: {title: T, home_timezone: Europe/Paris, start: 2040-03-10, end: 2040-03-12}
        cities:
          ny: {name: New York, timezone: America/New_York}
        delegates:
          a: {name: A}
        events:
          - id: e
            title: E
            city: ny
            start: 2040-03-11 02:30
            duration: 1h
            attendees: all
    """
    assert ("nonexistent-time", 10, 12) in positions(trip)


@pytest.mark.parametrize(
    ("text", "zone", "hint"),
    [
        ("2024-10-27 01:30", "Europe/Dublin", "+01:00 (IST) or +00:00 (GMT)"),
        ("2025-02-23 02:30", "Africa/Casablanca", "+01:00 (+01) or +00:00 (+00)"),
        ("2024-11-03 01:30", "America/New_York", "-04:00 (EDT) or -05:00 (EST)"),
    ],
)
def test_the_two_offsets_of_a_fold_are_in_the_clock_s_order(
    text: str, zone: str, hint: str
) -> None:
    place = zone_named(zone)
    assert place is not None
    with pytest.raises(TimeTextError) as err:
        to_instant(parse_time_text(text), place, zone)
    assert err.value.hint_text == f"add the offset you mean: {hint}"


def test_a_calendar_of_2040_agrees_with_its_own_vtimezone(tmp_path: Path) -> None:
    trip = """\
trip: {title: T, home_timezone: Europe/Paris, start: 2040-07-01, end: 2040-07-02}
cities:
  ny: {name: New York, timezone: America/New_York}
delegates:
  a: {name: A}
events:
  - {id: e, title: E, city: ny, start: 2040-07-01 10:00, duration: 1h, attendees: all}
"""
    path = tmp_path / "trip.yaml"
    path.write_text(trip, encoding="utf-8")
    code, output = invoke("export", "ics", str(path), "-d", "a", "-o", "-")
    assert code == 0, output
    calendar = Calendar.from_ical(output)
    (event,) = calendar.walk("VEVENT")
    (timezone,) = calendar.walk("VTIMEZONE")
    wall = event["DTSTART"].dt.replace(tzinfo=None)
    assert wall == datetime(2040, 7, 1, 10, 0)
    declared = timezone.to_tz(lookup_tzid=False)
    assert wall.replace(tzinfo=declared).utcoffset() == timedelta(hours=-4)
    code, output = invoke("agenda", str(path), "-f", "json")
    start = datetime.fromisoformat(json.loads(output)["items"][0]["start"])
    assert start == wall.replace(tzinfo=declared)  # the instant mission computed
    moment = datetime(2039, 1, 1, 12, tzinfo=UTC)  # the whole span of the VTIMEZONE
    while moment.year < 2042:
        assert moment.astimezone(declared).utcoffset() == _offset(moment, "America/New_York")
        moment += timedelta(minutes=30)
