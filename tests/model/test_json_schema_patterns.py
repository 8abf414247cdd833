"""The patterns of the JSON Schema take everything the tool reads: each text the tool's
own parsers and validators accept (times, dates, durations, zones, texts, attendees,
numbers written as text) matches its pattern, as an editor matches it (ECMAScript, through
``regress``, the engine of check-jsonschema)."""

from __future__ import annotations

import string
from datetime import datetime
from functools import cache
from typing import Any

import pytest
import pytz
import regress
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from mission_cli.clock.times import (
    _DURATION_RE,
    _TIME_RE,
    TimeTextError,
    parse_clock,
    parse_date,
    parse_duration,
    parse_time_text,
)
from mission_cli.clock.zones import zone_named
from mission_cli.model.json_schema import trip_json_schema
from mission_cli.model.supplies import Count, Latitude
from mission_cli.model.texts import Paragraph, Text

SCHEMA = trip_json_schema()
DEFS = SCHEMA["$defs"]


@cache
def _matches(name: str) -> Any:
    pattern = regress.Regex(DEFS[name]["pattern"], flags="u")
    return lambda text: pattern.find(text) is not None


def _reads(parse: Any, text: str) -> bool:
    try:
        parse(text)
    except TimeTextError:
        return False
    return True


SPACES = st.sampled_from(["", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u0085"])
ZONES = st.sampled_from(["Europe/Paris", "America/Port-au-Prince", "Etc/GMT-14", "UTC", "utc"])
OFFSETS = st.sampled_from(["Z", "z", " Z", "+02:00", "-0400", "+05", " -04:00", "+23:59"])


@st.composite
def times(draw: st.DrawFn) -> str:
    moment = draw(st.datetimes(datetime(1900, 1, 1), datetime(2199, 12, 31, 23, 59, 59)))
    day = f"{moment:%Y-%m-%d}"
    hour = draw(st.sampled_from([f"{moment.hour:02d}", f"{moment.hour}"]))
    clock = f"{hour}:{moment:%M}" + draw(
        st.sampled_from(["", f":{moment:%S}", f":{moment:%S}.5", f":{moment:%S}.123456"])
    )
    between = draw(st.sampled_from(["T", "t", " ", "  ", "\t"]))
    zone = draw(st.one_of(st.just(""), OFFSETS, ZONES.map(lambda z: f" {z}")))
    return draw(SPACES) + day + between + clock + zone + draw(SPACES)


@settings(max_examples=150, deadline=None)
@given(st.one_of(times(), st.from_regex(_TIME_RE, fullmatch=True)))
def test_every_time_the_tool_reads_matches(text: str) -> None:
    if _reads(parse_time_text, text):
        assert _matches("time")(text), text


@settings(max_examples=200, deadline=None)
@given(st.dates().map(str), SPACES, SPACES)
def test_every_date_the_tool_reads_matches(day: str, before: str, after: str) -> None:
    text = before + day + after
    assert _matches("date")(text) == _reads(parse_date, text), text


@st.composite
def durations(draw: st.DrawFn) -> str:
    text = draw(st.from_regex(_DURATION_RE, fullmatch=True))
    return "".join(c.upper() if draw(st.booleans()) else c for c in text) + draw(SPACES)


@settings(max_examples=150, deadline=None)
@given(st.one_of(durations(), st.sampled_from(["45m", "2h", "1h30", "1h30m", "2h30min", "90"])))
def test_every_duration_the_tool_reads_matches(text: str) -> None:
    if _reads(parse_duration, text):
        assert _matches("duration")(text), text


def test_every_time_of_day_the_tool_reads_matches() -> None:
    clocks = [f"{h}:{m:02d}" for h in range(26) for m in range(0, 61, 1)]
    clocks += [f"{h:02d}:{m:02d}" for h in range(26) for m in (0, 7, 59)] + [" 07:00 "]
    assert [c for c in clocks if _reads(parse_clock, c) != _matches("clock")(c)] == []


def test_every_zone_the_tool_knows_matches() -> None:
    names = [z for z in pytz.all_timezones if zone_named(z) is not None]
    names += [z.lower() for z in names] + [" Europe/Paris "]
    assert [z for z in names if not _matches("zone")(z)] == []


@pytest.mark.parametrize(("name", "kind"), [("text", Text), ("paragraph", Paragraph)])
def test_texts_take_what_the_tool_takes(name: str, kind: Any) -> None:
    """Every character of the first planes, alone, inside a text and around it."""
    adapter = TypeAdapter(kind)
    matches = _matches(name)
    wrong = []
    for code in [*range(0x3100), 0xFEFF, 0xFFFD, 0x1F600]:
        char = chr(code)
        for text in (f"a{char}b", f"{char}a", f"a{char}", char):
            try:
                adapter.validate_python(text)
            except ValidationError:
                continue
            if not matches(text):
                wrong.append(text)
    assert wrong == []


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["", "-"]),
    st.one_of(
        st.just("all"),
        st.from_regex(r"[a-z0-9][a-z0-9_-]{0,12}", fullmatch=True),
        st.text(string.ascii_letters + "éÉ -_·.0", min_size=1, max_size=12).map(
            lambda g: "@" + g.strip() if g.strip() else "@x"
        ),
    ),
    SPACES,
)
def test_every_attendee_the_tool_reads_matches(sign: str, name: str, after: str) -> None:
    assert _matches("attendee")(sign + name + after)


@pytest.mark.parametrize("text", ["@", "-@", "@ elus", "--nappere", "Nappere", "@\n"])
def test_attendees_that_name_nobody_fail(text: str) -> None:
    assert not _matches("attendee")(text)


NUMBER_PATTERNS = [
    regress.Regex(DEFS["Venue"]["properties"]["capacity"]["pattern"], flags="u"),
    regress.Regex(DEFS["City"]["properties"]["location"]["prefixItems"][0]["pattern"], flags="u"),
]
COUNT, LATITUDE = TypeAdapter(Count), TypeAdapter(Latitude)


@settings(max_examples=400, deadline=None)
@given(st.text("0123456789_+-.e \t", min_size=1, max_size=8))
def test_numbers_written_as_text_that_the_tool_takes_match(text: str) -> None:
    integer, number = NUMBER_PATTERNS
    for adapter, pattern in ((COUNT, integer), (LATITUDE, number)):
        try:
            adapter.validate_python(text)
        except ValidationError:
            continue
        assert pattern.find(text) is not None, text


def test_the_time_pattern_refuses_what_the_tool_refuses() -> None:
    """Not only lenient: the shapes a user gets wrong fail in the editor too."""
    wrong = ["04/04/2024 9am", "2024-04-04", "2024-04-04 9h30", "2024-13-04 09:00",
             "2024-04-04 25:00", "1824-04-04 09:00", "2024-04-04 09:00 +25:00"]  # fmt: skip
    assert [w for w in wrong if _matches("time")(w)] == []
    assert not _matches("duration")("90 minutes")
