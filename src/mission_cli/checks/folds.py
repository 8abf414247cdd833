"""One finding per mistake, not per delegate: the findings of a rule are gathered under
what they are about (a pair of items, an event and a reason, a stay and a run of
nights), each listing every delegate concerned."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Folds(Generic[K, V]):
    """What a finding is about (``key``) -> its details (``value``, kept from the first
    delegate met) and every delegate it concerns, in the order first met."""

    def __init__(self) -> None:
        self._found: dict[K, tuple[V, set[str]]] = {}

    def add(self, key: K, value: V, delegate: str) -> None:
        entry = self._found.get(key)
        if entry is None:
            self._found[key] = (value, {delegate})
        else:
            entry[1].add(delegate)

    def add_each(self, key: K, value: V, delegates: Iterable[str]) -> None:
        """:meth:`add` for each of ``delegates`` (a group that shares what was found)."""
        entry = self._found.get(key)
        if entry is None:
            self._found[key] = (value, set(delegates))
        else:
            entry[1].update(delegates)

    def widen(self, concerned: Callable[[V], Iterable[str]]) -> None:
        """Each finding's delegates completed by ``concerned`` (everyone its details
        concern): where a check stopped before meeting them all."""
        for value, delegates in self._found.values():
            delegates.update(concerned(value))

    def __len__(self) -> int:
        return len(self._found)

    def __iter__(self) -> Iterator[tuple[V, set[str]]]:
        return iter(self._found.values())


def runs(days: Iterable[date]) -> list[list[date]]:
    """Consecutive days together: [4, 5, 6, 9] -> [[4, 5, 6], [9]]."""
    out: list[list[date]] = []
    for day in sorted(set(days)):
        if out and (day - out[-1][-1]).days == 1:
            out[-1].append(day)
        else:
            out.append([day])
    return out


Run = tuple[date, ...]


def fold_runs(found: dict[K, dict[str, list[date]]]) -> Folds[tuple[K, Run], tuple[K, Run]]:
    """what -> delegate -> nights (or days)  =>  one fold per what and run of consecutive
    nights, listing every delegate whose run it is."""
    folded: Folds[tuple[K, Run], tuple[K, Run]] = Folds()
    for what, by_key in found.items():
        for key, days in by_key.items():
            for run in runs(days):
                folded.add((what, tuple(run)), (what, tuple(run)), key)
    return folded
