"""VTIMEZONEs that survive a CalDAV server: each further change of a zone is an ``RDATE``
line of its own (Radicale keeps only the first date of a comma-separated list), and the
block alone, read by a client that ignores its own zone data, gives every instant its
offset. The reader is icalendar's own, building a zone from the block's transitions
(``declared``); dateutil's reading of a block misplaces the hour a southern zone falls
back, so it cannot be the oracle. The publish tests read the same blocks back from a
real Radicale (``tests/cli/test_publish.py``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import pytz
from icalendar import Calendar, Timezone
from icalendar.timezone import TZP

from mission_cli.calendars.vtimezone import vtimezone
from mission_cli.clock.zones import zone_named
from tests.support import ROOT, invoke

ZONES = ["America/Toronto", "Europe/Paris", "Australia/Sydney", "Asia/Tokyo", "America/Santiago"]


def declared(block: Timezone) -> pytz.BaseTzInfo:
    """The zone a VTIMEZONE block describes, from the block alone (not its TZID)."""
    zone: pytz.BaseTzInfo = block.to_tz(tzp=TZP("pytz"), lookup_tzid=False)
    return zone


def _block(name: str, first: date, last: date) -> bytes:
    zone = zone_named(name)
    assert zone is not None
    return bytes(vtimezone(zone, name, first, last).to_ical())


def test_each_further_change_is_an_rdate_line_of_its_own() -> None:
    text = _block("America/Toronto", date(2023, 1, 1), date(2027, 1, 1)).decode()
    rdates = [line for line in text.splitlines() if line.startswith("RDATE")]
    assert rdates == [
        "RDATE:20240310T020000",
        "RDATE:20250309T020000",
        "RDATE:20260308T020000",
        "RDATE:20241103T020000",
        "RDATE:20251102T020000",
        "RDATE:20261101T020000",
    ]


@pytest.mark.parametrize("name", ZONES)
def test_the_block_alone_gives_every_instant_its_offset(name: str) -> None:
    block = declared(Timezone.from_ical(_block(name, date(2023, 1, 1), date(2027, 1, 1))))
    zone = pytz.timezone(name)
    moment = datetime(2023, 1, 1, 12, tzinfo=UTC)
    checked = 0
    while moment < datetime(2026, 12, 31, tzinfo=UTC):
        expected = zone.normalize(moment.astimezone(zone)).utcoffset()
        assert moment.astimezone(block).utcoffset() == expected, moment
        moment += timedelta(minutes=45)
        checked += 1
    assert checked > 40_000


def test_only_the_first_date_of_a_list_would_have_been_wrong() -> None:
    """What Radicale did to a comma-separated list, applied to a block: 07:00 in Toronto
    in July 2025 read at UTC−5. The block as written gives UTC−4."""
    text = _block("America/Toronto", date(2023, 1, 1), date(2027, 1, 1)).decode()
    kept_first = "\r\n".join(
        line for line in text.split("\r\n") if line[:6] != "RDATE:" or line[6:10] == "2024"
    )
    wall = datetime(2025, 7, 1, 7, 0)
    truncated = declared(Timezone.from_ical(kept_first))
    assert truncated.localize(wall).utcoffset() == timedelta(hours=-5)
    whole = declared(Timezone.from_ical(text))
    assert whole.localize(wall).utcoffset() == timedelta(hours=-4)


def test_every_exported_time_agrees_with_its_calendar_s_own_blocks(tmp_path: Path) -> None:
    sample = str(ROOT / "trips" / "2024-04.yaml")
    code, output = invoke("export", "ics", sample, "-o", str(tmp_path))
    assert code == 0, output
    checked = 0
    for path in sorted(tmp_path.glob("*.ics")):
        text = path.read_text(encoding="utf-8")
        assert not [line for line in text.splitlines() if line.startswith("RDATE") and "," in line]
        calendar = Calendar.from_ical(text)
        blocks = {str(t["TZID"]): declared(t) for t in calendar.walk("VTIMEZONE")}
        for event in calendar.walk("VEVENT"):
            for name in ("DTSTART", "DTEND"):
                written = event[name]
                wall = written.dt.replace(tzinfo=None)
                placed = blocks[written.params["TZID"]].localize(wall)
                assert placed == event.decoded(name), (path.name, name)
                assert placed.utcoffset() == event.decoded(name).utcoffset()
                checked += 1
    assert checked > 200
