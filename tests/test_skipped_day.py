"""A day a zone skipped (Pacific/Apia went from 29 to 31 December 2011) has no night to
sleep, and its jump is named by the offsets on either side (issue #24, 5)."""

from __future__ import annotations

from pathlib import Path

from tests.support import invoke, positions

APIA = """\
trip: {title: Apia, home_timezone: Europe/Paris, start: 2011-12-28, end: 2012-01-02}
cities:
  apia: {name: Apia, timezone: Pacific/Apia, country: WS}
delegates:
  a: {name: A}
legs:
  - {city: apia, start: 2011-12-28, end: 2012-01-01}
lodging:
  - {id: h1, name: Fale, city: apia, check_in: 2011-12-28, check_out: 2011-12-30, guests: all}
  - {id: h2, name: Fale, city: apia, check_in: 2011-12-31, check_out: 2012-01-02, guests: all}
"""
BY_AIR = """\
trip: {title: Apia, home_timezone: Europe/Paris, start: 2011-12-28, end: 2012-01-02}
cities:
  apia: {name: Apia, timezone: Pacific/Apia, country: WS}
  pago: {name: Pago Pago, timezone: Pacific/Pago_Pago, country: AS}
delegates:
  a: {name: A}
travel:
  - {id: in, from: pago, to: apia, depart: 2011-12-28 08:00, arrive: 2011-12-28 09:00}
  - {id: out, from: apia, to: pago, depart: 2012-01-01 10:00, arrive: 2011-12-31 11:00}
lodging:
  - {id: h1, name: Fale, city: apia, check_in: 2011-12-28, check_out: 2011-12-30, guests: all}
  - {id: h2, name: Fale, city: apia, check_in: 2011-12-31, check_out: 2012-01-01, guests: all}
  - {id: h3, name: Inn, city: pago, check_in: 2011-12-31, check_out: 2012-01-02, guests: all}
"""


def test_a_skipped_day_asks_for_no_bed() -> None:
    assert positions(APIA) == []
    assert positions(APIA.replace("check_in: 2011-12-31", "check_in: 2012-01-01")) == [
        ("no-lodging", 10, 48)  # the night of the 31st still needs one
    ]


def test_a_skipped_day_asks_for_no_bed_on_a_journey() -> None:
    assert [p for p in positions(BY_AIR) if p[0] in ("no-lodging", "lodging-wrong-city")] == []


def test_the_jump_over_a_day_is_named_by_both_offsets(tmp_path: Path) -> None:
    trip = tmp_path / "apia.yaml"
    trip.write_text(APIA, encoding="utf-8")
    code, output = invoke("whereis", str(trip), "--at", "2011-12-30 10:00 Pacific/Apia")
    assert code == 2
    assert output == (
        "mission: error: 2011-12-30 10:00 does not exist in Pacific/Apia: the clocks jump "
        "forward that night (-10 to +14) (use 2011-12-31 00:00 +14 (the first minute after the "
        "jump), or add the intended offset)\n"
    )
