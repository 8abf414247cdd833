"""The sweep finds exactly the overlapping pairs a brute-force check finds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from mission_cli.checks.sweep import overlapping_pairs

T0 = datetime(2024, 4, 3, tzinfo=UTC)

intervals = st.lists(
    st.tuples(st.integers(0, 500), st.integers(1, 120)).map(
        lambda t: (T0 + timedelta(minutes=t[0]), T0 + timedelta(minutes=t[0] + t[1]))
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(intervals)
def test_sweep_equals_brute_force(items: list[tuple[datetime, datetime]]) -> None:
    indexed = sorted(enumerate(items), key=lambda item: item[1][0])
    swept = {
        frozenset((a[0], b[0]))
        for a, b in overlapping_pairs(indexed, lambda i: i[1][0], lambda i: i[1][1])
    }
    brute = {
        frozenset((i, j))
        for i, (s1, e1) in enumerate(items)
        for j, (s2, e2) in enumerate(items)
        if i < j and s1 < e2 and s2 < e1
    }
    assert swept == brute


def test_touching_intervals_are_not_a_pair() -> None:
    items = [(T0, T0 + timedelta(hours=1)), (T0 + timedelta(hours=1), T0 + timedelta(hours=2))]
    assert list(overlapping_pairs(items, lambda i: i[0], lambda i: i[1])) == []


def test_each_pair_comes_earlier_first() -> None:
    early, late = (T0, T0 + timedelta(hours=2)), (T0 + timedelta(hours=1), T0 + timedelta(hours=3))
    assert list(overlapping_pairs([early, late], lambda i: i[0], lambda i: i[1])) == [(early, late)]
