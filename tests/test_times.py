"""Hypothesis properties of the time syntax around DST gaps and folds, checked against zoneinfo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mission_cli.clock.times import (
    TimeTextError,
    in_zone,
    parse_duration,
    parse_time_text,
    to_instant,
)
from mission_cli.clock.zones import zone_named

ZONES = [
    "America/New_York",
    "Europe/Paris",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Asia/Kolkata",
]

# Uniform wall-clock times, and times dense around the transitions (night hours of
# the months in which these zones change their clocks).
uniform = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31))
near_transitions = st.builds(
    lambda year, month, day, hour, minute: datetime(year, month, day, hour, minute),
    st.integers(2000, 2035),
    st.sampled_from([3, 4, 9, 10, 11]),
    st.integers(1, 28),
    st.integers(0, 4),
    st.sampled_from([0, 1, 15, 29, 30, 31, 44, 45, 46, 59]),
)
walls = st.one_of(uniform, near_transitions).map(lambda d: d.replace(second=0, microsecond=0))


def oracle(wall: datetime, name: str) -> str:
    """What zoneinfo says of a wall-clock time: 'gap', 'fold' or 'single'."""
    zone = ZoneInfo(name)
    first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if back != wall:
        return "gap"
    if first.utcoffset() != second.utcoffset():
        return "fold"
    return "single"


@settings(max_examples=400, deadline=None)
@given(wall=walls, name=st.sampled_from(ZONES))
def test_wall_clock_is_placed_as_zoneinfo_places_it(wall: datetime, name: str) -> None:
    zone = zone_named(name)
    assert zone is not None
    text = f"{wall:%Y-%m-%d %H:%M}"
    kind = oracle(wall, name)
    if kind == "gap":
        with pytest.raises(TimeTextError) as err:
            to_instant(parse_time_text(text), zone, name)
        assert err.value.rule.name == "nonexistent-time"
    elif kind == "fold":
        with pytest.raises(TimeTextError) as err:
            to_instant(parse_time_text(text), zone, name)
        assert err.value.rule.name == "ambiguous-time"
    else:
        instant = to_instant(parse_time_text(text), zone, name)
        assert instant == wall.replace(tzinfo=ZoneInfo(name)).astimezone(UTC)
        assert in_zone(instant, zone).replace(tzinfo=None) == wall


@settings(max_examples=300, deadline=None)
@given(wall=walls, name=st.sampled_from(ZONES))
def test_the_offsets_offered_for_a_fold_both_work(wall: datetime, name: str) -> None:
    if oracle(wall, name) != "fold":
        return
    zone = zone_named(name)
    assert zone is not None
    with pytest.raises(TimeTextError) as err:
        to_instant(parse_time_text(f"{wall:%Y-%m-%d %H:%M}"), zone, name)
    hint = err.value.hint or ""
    offsets = [word for word in hint.replace("(", " ").split() if word[:1] in "+-" and ":" in word]
    assert len(offsets) == 2
    instants = {
        to_instant(parse_time_text(f"{wall:%Y-%m-%dT%H:%M}{o}"), zone, name) for o in offsets
    }
    assert len(instants) == 2
    for instant in instants:
        assert in_zone(instant, zone).replace(tzinfo=None) == wall


@settings(max_examples=300, deadline=None)
@given(
    wall=walls,
    minutes=st.integers(-14 * 60, 14 * 60),
    place=st.sampled_from(ZONES),
)
def test_an_offset_is_that_instant_wherever_the_place(
    wall: datetime, minutes: int, place: str
) -> None:
    sign = "-" if minutes < 0 else "+"
    text = f"{wall:%Y-%m-%dT%H:%M}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    zone = zone_named(place)
    assert zone is not None
    instant = to_instant(parse_time_text(text), zone, place)
    assert instant == (wall - timedelta(minutes=minutes)).replace(tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(wall=walls, written_in=st.sampled_from(ZONES), place=st.sampled_from(ZONES))
def test_a_trailing_zone_name_wins_over_the_place(
    wall: datetime, written_in: str, place: str
) -> None:
    if oracle(wall, written_in) != "single":
        return
    zone = zone_named(place)
    assert zone is not None
    instant = to_instant(parse_time_text(f"{wall:%Y-%m-%d %H:%M} {written_in}"), zone, place)
    assert instant == wall.replace(tzinfo=ZoneInfo(written_in)).astimezone(UTC)


@given(hours=st.integers(0, 48), minutes=st.integers(0, 59))
def test_durations(hours: int, minutes: int) -> None:
    total = timedelta(hours=hours, minutes=minutes)
    if total == timedelta(0):
        with pytest.raises(TimeTextError):
            parse_duration("0m")
        return
    if hours:
        assert parse_duration(f"{hours}h{minutes:02d}") == total
        assert parse_duration(f"{hours}h{minutes}m") == total
    assert parse_duration(f"{hours * 60 + minutes}m") == total


@pytest.mark.parametrize(
    ("text", "zone", "rule"),
    [
        ("2024-03-10 02:30", "America/New_York", "nonexistent-time"),
        ("2024-03-31 02:30", "Europe/Paris", "nonexistent-time"),
        ("2024-10-06 02:15", "Australia/Lord_Howe", "nonexistent-time"),  # a 30-minute gap
        ("2024-04-07 01:45", "Australia/Lord_Howe", "ambiguous-time"),  # a 30-minute fold
        ("2024-09-29 03:00", "Pacific/Chatham", "nonexistent-time"),  # 02:45 -> 03:45
        ("2024-04-07 02:50", "Pacific/Chatham", "ambiguous-time"),  # 03:45 -> 02:45
        ("2024-11-03 01:30", "America/New_York", "ambiguous-time"),
    ],
)
def test_known_transitions(text: str, zone: str, rule: str) -> None:
    tz = zone_named(zone)
    assert tz is not None
    with pytest.raises(TimeTextError) as err:
        to_instant(parse_time_text(text), tz, zone)
    assert err.value.rule.name == rule


def test_kolkata_half_hour_offset() -> None:
    tz = zone_named("Asia/Kolkata")
    assert tz is not None
    instant = to_instant(parse_time_text("2024-04-04 10:00"), tz, "Asia/Kolkata")
    assert instant == datetime(2024, 4, 4, 4, 30, tzinfo=UTC)


@settings(max_examples=400, deadline=None)
@given(
    instant=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31)).map(
        lambda d: d.replace(tzinfo=UTC)
    ),
    name=st.sampled_from([*ZONES, "Asia/Kathmandu", "Europe/Dublin"]),
)
def test_the_display_shortcut_agrees_with_pytz(instant: datetime, name: str) -> None:
    from mission_cli.clock.times import local_time, wall_clock

    zone = zone_named(name)
    assert zone is not None
    expected = in_zone(instant, zone)
    assert wall_clock(instant, zone) == expected.replace(tzinfo=None)
    assert f"{local_time(instant, zone):%Y-%m-%d %H:%M:%S %Z}" == (
        f"{expected:%Y-%m-%d %H:%M:%S %Z}"
    )
