"""Overlapping pairs among intervals, by a sweep: sorted by start, compared only with
the intervals still open. Never all pairs: the cost is the number of items plus the
number of overlaps found."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")


def overlapping_pairs(
    items: Iterable[T], start: Callable[[T], datetime], end: Callable[[T], datetime]
) -> Iterator[tuple[T, T]]:
    """Every pair (earlier, later) whose intervals overlap.

    Two intervals overlap when one starts before the other ends; an interval
    ending exactly when the next starts does not overlap it. ``items`` must be
    sorted by start.
    """
    open_items: list[tuple[datetime, int, T]] = []
    for seq, item in enumerate(items):
        begins = start(item)
        while open_items and open_items[0][0] <= begins:
            heapq.heappop(open_items)
        for _, _, other in open_items:
            yield other, item
        heapq.heappush(open_items, (end(item), seq, item))
