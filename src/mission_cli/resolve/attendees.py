"""Who a list of names means: ``all``, delegate keys and ``@group``s -> delegate keys.

One function for the trip file (``attendees``, ``passengers``, a leg's ``delegates``)
and for a command's ``--delegate`` options, so both read a list the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Expansion:
    keys: tuple[str, ...]
    """The delegate keys named, in the file's order, each once."""
    unknown: tuple[tuple[int, str], ...]
    """(position in the list, name) of every name that names nobody."""


def group_members(delegates: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Group name -> its delegates' keys, from each delegate's ``groups``."""
    groups: dict[str, list[str]] = {}
    for key, names in delegates.items():
        for group in names:
            groups.setdefault(group, []).append(key)
    return groups


def expand(
    names: Sequence[str] | None, everyone: Sequence[str], groups: Mapping[str, list[str]]
) -> Expansion:
    """``None`` (``all``) is everyone; otherwise the union of the keys and groups named."""
    if names is None:
        return Expansion(tuple(everyone), ())
    known = set(everyone)
    chosen: set[str] = set()
    unknown: list[tuple[int, str]] = []
    for position, name in enumerate(names):
        if name.startswith("@") and name[1:] in groups:
            chosen.update(groups[name[1:]])
        elif not name.startswith("@") and name in known:
            chosen.add(name)
        else:
            unknown.append((position, name))
    return Expansion(tuple(k for k in everyone if k in chosen), tuple(unknown))
