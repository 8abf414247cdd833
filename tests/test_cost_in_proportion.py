"""The cost of a file stays in proportion to what it writes (issue #24, 14), checked by
counting the work at a small size (the full sizes are timed in
``benchmarks/hostile.py``)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar, overload

import pytest

from mission_cli.resolve.attendees import expand, file_order
from mission_cli.resolve.nights import nights_by_delegate
from mission_cli.resolve.whereabouts import build_timelines
from mission_cli.suggest import MAX_COMPARED, NEIGHBOURS, RATIOS, nearest
from tests.support import ROOT, load

SAMPLE = ROOT / "trips" / "2024-04.yaml"


class Counted(Sequence[str]):
    """Delegate keys that count how many of them are looked at."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self.visits = 0

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        self.visits += 1
        return self.keys[index]

    def __iter__(self) -> Iterator[str]:
        for key in self.keys:
            self.visits += 1
            yield key


def test_an_attendee_list_costs_what_it_names_not_the_delegation() -> None:
    keys = [f"d{n}" for n in range(20_000)]
    everyone = Counted(keys)
    order = file_order(keys)
    groups = {"g": ["d7", "d3"]}
    for n in range(2_000):
        assert expand([f"d{n}"], everyone, groups, order).keys == (f"d{n}",)
    assert expand(["@g", "d5", "-d3", "nobody"], everyone, groups, order).keys == ("d5", "d7")
    assert everyone.visits == 0
    assert expand(["all", "-d1"], everyone, groups, order).keys == tuple(
        k for k in keys if k != "d1"
    )


def test_the_trip_s_lists_are_expanded_with_the_order_made_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import mission_cli.resolve.references as references

    orders: set[int] = set()

    def watched(*args: Any) -> Any:
        assert args[3] is not None
        orders.add(id(args[3]))
        return expand(*args)

    monkeypatch.setattr(references, "expand", watched)
    loaded = load(SAMPLE.read_text(encoding="utf-8"))
    assert loaded.trip is not None
    assert len(orders) == 1


class _Matcher(difflib.SequenceMatcher[str]):
    """difflib's matcher, counting the names compared and their lengths."""

    calls: ClassVar[list[tuple[str, int]]] = []

    def quick_ratio(self) -> float:
        self.calls.append(("quick", max(len(self.a), len(self.b))))
        return super().quick_ratio()

    def ratio(self) -> float:
        self.calls.append(("ratio", max(len(self.a), len(self.b))))
        return super().ratio()


def test_did_you_mean_compares_a_bounded_number_of_short_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stem = "venue-" + "abcdefghij" * 15
    pool = [f"{stem}-{n:05d}" for n in range(5_000)]
    monkeypatch.setattr(difflib, "SequenceMatcher", _Matcher)
    for n in range(0, 5_000, 50):
        _Matcher.calls.clear()
        assert nearest(f"{stem}x{n:05d}", pool) == f"{stem}-{n:05d}"
        assert sum(kind == "ratio" for kind, _ in _Matcher.calls) <= RATIOS
        assert sum(kind == "quick" for kind, _ in _Matcher.calls) <= 4 * NEIGHBOURS
        assert max(length for _, length in _Matcher.calls) <= MAX_COMPARED


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("delegate-0417-rennes-metropole", "delegate-0417-rennes-metropole"),
        ("delegate-0417-renes-metropole", "delegate-0417-rennes-metropole"),
        ("Delegate-0417-Rennes-Metropole", "delegate-0417-rennes-metropole"),
        ("xelegate-0417-rennes-metropole", "delegate-0417-rennes-metropole"),
        ("delegate-0417-rennes-metropolx", "delegate-0417-rennes-metropole"),
        ("something-else-entirely", None),
    ],
)
def test_did_you_mean_still_finds_a_typo_in_a_large_pool(typo: str, meant: str | None) -> None:
    pool = [f"delegate-{n:04d}-rennes-metropole" for n in range(5_000)]
    assert nearest(typo, pool) == meant


def test_years_of_nights_of_many_delegates_keep_a_few_runs_each() -> None:
    """8,000 delegates over three years made 8.8 million night objects, all kept: each
    delegate's nights are now runs of alike nights, made into nights only when read."""
    people = "".join(f"  d{n}: {{name: D{n}}}\n" for n in range(300))
    trip = (
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-01-01, end: 2026-12-31}\n"
        "cities:\n  ny: {name: New York, timezone: America/New_York}\n"
        f"delegates:\n{people}"
        "legs:\n  - {city: ny, start: 2024-03-01, end: 2024-03-10, delegates: [d1]}\n"
        "lodging:\n  - {id: h, name: H, city: ny, check_in: 2024-03-02, check_out: 2024-03-05,"
        " guests: [d1]}\n"
    )
    loaded = load(trip)
    assert loaded.trip is not None
    nights, cut = nights_by_delegate(loaded.trip, build_timelines(loaded.trip))
    assert not cut
    assert {len(n) for n in nights.values()} == {1095}
    assert {n.runs for key, n in nights.items() if key != "d1"} == {1}
    assert nights["d1"].runs == 5  # nowhere, in New York, with a bed, without, nowhere
    d1 = nights["d1"]
    assert list(d1)[60:70] == [d1[n] for n in range(60, 70)] == d1[60:70]
    assert [(n.day.isoformat(), n.city, bool(n.stays)) for n in d1[59:62]] == [
        ("2024-02-29", None, False), ("2024-03-01", "ny", False), ("2024-03-02", "ny", True)
    ]  # fmt: skip
    assert d1[-1].day.isoformat() == "2026-12-30"


def test_an_item_in_several_calendars_is_written_once(tmp_path: Path) -> None:
    """The programme and each delegate's calendar hold the same entries: each is made and
    serialised once per export (a 10,000-event trip: 10,000 entries, not 100,000)."""
    from unittest import mock

    from icalendar import Event

    import mission_cli.calendars.ics as ics
    from tests.support import invoke

    made = {"entries": 0, "serialised": 0}
    event_of, to_ical = ics.event_of, Event.to_ical

    def counted_entry(*args: Any) -> Event:
        made["entries"] += 1
        return event_of(*args)

    def counted_text(self: Event, *args: Any) -> bytes:
        made["serialised"] += 1
        return to_ical(self, *args)

    with (
        mock.patch.object(ics, "event_of", counted_entry),
        mock.patch.object(Event, "to_ical", counted_text),
    ):
        code, output = invoke("export", "ics", str(SAMPLE), "-o", f"{tmp_path}/")
    said = f"mission\u202f: calendriers écrits\u202f: 18 fichiers dans {tmp_path}/\n"  # French
    assert (code, output) == (0, said)
    trip = load(SAMPLE.read_text(encoding="utf-8")).trip
    assert trip is not None
    items = len(trip.events) + len(trip.moves)
    assert items == 53
    assert made == {"entries": items, "serialised": 2 * items}  # its digest, its text


def test_a_delegation_that_travels_together_is_looked_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """500 delegates on the same moves, beds and events: one timeline for them all, each
    check's walk made once (it was once per delegate: 10,000 events among 500 delegates
    spent most of their time there); the findings still name every one of them."""
    from mission_cli.checks import overlaps, sweep
    from mission_cli.resolve import borders

    people = "".join(f"  d{n}: {{name: D{n}, nationality: FR}}\n" for n in range(500))
    trip = (
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-01, end: 2024-04-05}\n"
        "cities:\n"
        "  paris: {name: Paris, timezone: Europe/Paris, country: FR, home: true}\n"
        "  ny: {name: New York, timezone: America/New_York, country: US}\n"
        "entry:\n  US: {requires: [passport, esta]}\n"
        f"delegates:\n{people}"
        "travel:\n"
        "  - {id: out, mode: flight, from: paris, to: ny, depart: 2024-04-01 10:00,"
        " arrive: 2024-04-01 12:30}\n"
        "  - {id: back, mode: flight, from: ny, to: paris, depart: 2024-04-04 18:00,"
        " arrive: 2024-04-05 07:30}\n"
        "lodging:\n  - {id: h, name: H, city: ny, check_in: 2024-04-01, check_out: 2024-04-04}\n"
        "events:\n"
        "  - {id: a, title: A, city: ny, start: 2024-04-02 10:00, duration: 2h}\n"
        "  - {id: b, title: B, city: ny, start: 2024-04-02 11:00, duration: 1h,"
        " attendees: [all, -d499]}\n"
    )
    calls: list[str] = []

    def counted(name: str, function: Any) -> Any:
        def call(*args: Any) -> Any:
            calls.append(name)
            return function(*args)

        return call

    monkeypatch.setattr(overlaps, "overlapping_pairs", counted("sweep", sweep.overlapping_pairs))
    monkeypatch.setattr(borders, "country_stays", counted("stays", borders.country_stays))
    found = load(trip).result.diagnostics
    assert sorted(calls) == ["stays", "stays", "sweep", "sweep"]  # d0 to d498, and d499
    assert [(d.rule, d.line, len(d.delegates)) for d in found] == [
        ("missing-document", 8, 500),  # each: no passport to enter the US
        ("missing-document", 8, 500),  # nor an ESTA
        ("double-booking", 515, 499),  # b, which all but d499 attend during a
    ]
