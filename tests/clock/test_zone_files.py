"""A zone read straight from its file (``clock/zones.py``) is the zone pytz gives."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import pytz

from mission_cli.clock import zones
from mission_cli.clock.zones import _zone_file

FOLDER = Path(pytz.__file__).parent / "zoneinfo"
FILES = sorted(str(path.relative_to(FOLDER)) for path in FOLDER.rglob("*") if path.is_file())
INSTANTS = [datetime(2024, 1, 15, 12) + timedelta(days=45 * n) for n in range(9)]


def test_every_file_with_an_area_is_a_zone_pytz_lists() -> None:
    with_area = [name for name in FILES if "/" in name]
    assert len(with_area) > 400
    assert set(with_area) <= set(pytz.all_timezones)


@pytest.mark.parametrize("name", [n for n in FILES if "/" in n])
def test_read_from_its_file_as_pytz_reads_it(name: str) -> None:
    read, theirs = _zone_file(name), pytz.timezone(name)
    assert read is not None
    assert str(read) == str(theirs) == name
    for naive in INSTANTS:
        mine, pytzs = read.localize(naive), theirs.localize(naive)  # type: ignore[attr-defined]
        assert (mine.utcoffset(), mine.tzname()) == (pytzs.utcoffset(), pytzs.tzname())


@pytest.mark.parametrize(
    "name",
    ["america/new_york", "AMERICA/NEW_YORK", "America/New York", "America/Atlantis",
     "America", "UTC", "EST", "zone.tab", "Factory", "../zoneinfo/America/Paris",
     "America/../Europe/Paris", "Etc/GMT+3x"],
)  # fmt: skip
def test_anything_else_is_left_to_pytz(name: str) -> None:
    assert _zone_file(name) is None


def test_a_name_in_another_case_is_still_pytz_s_zone() -> None:
    zones.zone_named.cache_clear()
    zone = zones.zone_named("america/new_york")
    assert str(zone) == "America/New_York"


def test_another_folder_of_zones_is_pytz_s_to_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(os.environ, "PYTZ_TZDATADIR", str(FOLDER))
    assert _zone_file("America/New_York") is None
