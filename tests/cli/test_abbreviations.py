"""A time written with a zone's abbreviation (issue #19, 6): ``whereis --at "2025-03-29
10:00 JST"`` as the agenda prints it. Read among the trip's zones at the instant it
names; refused, with what each zone says, where they disagree or none uses it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytz

from mission_cli.clock.abbreviations import looks_like_abbreviation, readings
from tests.support import BASE, invoke

JAPAN = "tests/trips/valid/rennes-tokyo-sendai.yaml"
"""Rennes → Tokyo → Sendai → Tokyo, across the change to summer time at home (30 March
2025, 01:00 UTC: 10:00 in Tokyo)."""


def _at(trip: str, at: str) -> str:
    code, output = invoke("whereis", trip, "--at", at, "--format", "json")
    assert code == 0, output
    return str(json.loads(output)["at"])


@pytest.mark.parametrize(
    ("at", "utc"),
    [
        ("2025-03-29 10:00 JST", "2025-03-29T01:00:00+00:00"),
        ("2025-03-29 10:00 jst", "2025-03-29T01:00:00+00:00"),
        ("2025-03-29 10:00 +09:00", "2025-03-29T01:00:00+00:00"),
        ("2025-03-29 10:00 Asia/Tokyo", "2025-03-29T01:00:00+00:00"),
        ("2025-03-29 02:00 CET", "2025-03-29T01:00:00+00:00"),
        ("2025-03-30 03:30 CEST", "2025-03-30T01:30:00+00:00"),
        ("2025-03-30 01:30 CET", "2025-03-30T00:30:00+00:00"),
    ],
)
def test_an_abbreviation_of_the_trip_s_zones(at: str, utc: str) -> None:
    assert _at(JAPAN, at) == utc


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", ["Where everyone is on Saturday 29 March 2025, 02:00 CET",
                "Delegate                   Doing"]),
        ("fr", ["Où est chacun le samedi 29 mars 2025, 02:00 CET",
                "Délégué·e                  Activité"]),
    ],
)  # fmt: skip
def test_whereis_at_jst_as_the_agenda_prints_it(lang: str, lines: list[str]) -> None:
    code, output = invoke("whereis", JAPAN, "--at", "2025-03-29 10:00 JST", "--lang", lang)
    people = ("Nathalie Appéré (nappere)", "Marion Le Goff (mlegoff)",
              "Thomas Moreau (tmoreau)", "Jeanne Dupont (jdupont)")  # fmt: skip
    rows = [
        row
        for who in people
        for row in (
            f"{who:<27}Réunion de la délégation avant le retour à Tokyo",
            f"{'':<27}(Hôtel Metropolitan Sendai) · 09:00–10:30\u00a0JST",
        )
    ]
    assert code == 0
    assert [line.rstrip() for line in output.splitlines()] == [*lines, "─" * 80, *rows]


@pytest.mark.parametrize(
    ("at", "said"),
    [
        (
            "2025-03-29 10:00 CEST",
            "CEST is none of the trip's zones on 2025-03-29, which are CET (Europe/Paris) and "
            "JST (Asia/Tokyo): write one of these, an offset or the zone",
        ),
        (
            "2025-03-31 10:00 CET",
            "CET is none of the trip's zones on 2025-03-31, which are CEST (Europe/Paris) and "
            "JST (Asia/Tokyo): write one of these, an offset or the zone",
        ),
        (
            "2025-03-29 10:00 EDT",
            "EDT is none of the trip's zones on 2025-03-29, which are CET (Europe/Paris) and "
            "JST (Asia/Tokyo): write one of these, an offset or the zone",
        ),
        ("2025-03-29 10:00 Asia/Tokio", "unknown time zone 'Asia/Tokio' (did you mean "
                                        "'Asia/Tokyo'?)"),
    ],
)  # fmt: skip
def test_an_abbreviation_none_of_them_uses_then(at: str, said: str) -> None:
    assert invoke("whereis", JAPAN, "--at", at, "--lang", "en") == (2, f"mission: error: {said}\n")


AMERICAS_AND_CHINA = """\
trip: {title: T, home_timezone: Europe/Paris, start: 2025-01-08, end: 2025-01-14}
cities:
  chicago: {name: Chicago, timezone: America/Chicago}
  shanghai: {name: Shanghai, timezone: Asia/Shanghai}
  new-york: {name: New York, timezone: America/New_York}
  toronto: {name: Toronto, timezone: America/Toronto}
delegates: {a: {name: A}}
"""


def test_zones_that_share_an_abbreviation(tmp_path: Path) -> None:
    """``EST``: New York and Toronto, one offset, one instant. ``CST``: Chicago's winter
    and China's year, refused with each reading and how to write either."""
    trip = tmp_path / "trip.yaml"
    trip.write_text(AMERICAS_AND_CHINA, encoding="utf-8")
    assert _at(str(trip), "2025-01-10 10:00 EST") == "2025-01-10T15:00:00+00:00"
    assert invoke("whereis", str(trip), "--at", "2025-01-10 10:00 CST") == (
        2,
        "mission: error: CST is UTC-06:00 in Chicago (America/Chicago) and UTC+08:00 in "
        "Shanghai (Asia/Shanghai) on 2025-01-10: write the offset or the zone, such as "
        "'2025-01-10 10:00 -06:00' or '2025-01-10 10:00 America/Chicago'\n",
    )
    assert invoke("whereis", str(trip), "--at", "2025-01-10 10:00 PST") == (
        2,
        "mission: error: PST is none of the trip's zones on 2025-01-10, which are CET "
        "(Europe/Paris), CST (America/Chicago, Asia/Shanghai) and EST (America/New_York, "
        "America/Toronto): write one of these, an offset or the zone\n",
    )
    assert _at(str(trip), "2025-01-10 10:00 -06:00") == "2025-01-10T16:00:00+00:00"
    assert _at(str(trip), "2025-01-10 10:00 Asia/Shanghai") == "2025-01-10T02:00:00+00:00"


def test_the_night_the_clocks_go_back(tmp_path: Path) -> None:
    """02:30 happens twice in Paris on 26 October 2025: CEST is the first, CET the
    second; with the zone's name alone it stays refused as ambiguous."""
    trip = tmp_path / "trip.yaml"
    trip.write_text(BASE, encoding="utf-8")
    assert _at(str(trip), "2025-10-26 02:30 CEST") == "2025-10-26T00:30:00+00:00"
    assert _at(str(trip), "2025-10-26 02:30 CET") == "2025-10-26T01:30:00+00:00"
    code, output = invoke("whereis", str(trip), "--at", "2025-10-26 02:30 Europe/Paris")
    assert code == 2
    assert "happens twice in Europe/Paris" in output


def test_readings() -> None:
    paris, tokyo = pytz.timezone("Europe/Paris"), pytz.timezone("Asia/Tokyo")
    assert readings(datetime(2025, 3, 29, 10), "JST", tokyo) == [
        datetime(2025, 3, 29, 1, tzinfo=UTC)
    ]
    assert readings(datetime(2025, 3, 29, 10), "JST", paris) == []
    assert readings(datetime(2025, 3, 30, 2, 30), "CET", paris) == []  # skipped
    assert readings(datetime(2025, 3, 30, 2, 30), "CEST", paris) == []
    assert readings(datetime(2040, 7, 10, 10), "CEST", paris) == [  # past 2037 too
        datetime(2040, 7, 10, 8, tzinfo=UTC)
    ]
    assert [looks_like_abbreviation(n) for n in ("JST", "AEDT", "Asia/Tokyo", "J", "UTC+1")] == [
        True, True, False, False, False,
    ]  # fmt: skip
