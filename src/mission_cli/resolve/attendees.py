"""Who a list of names means: ``all``, delegate keys and ``@group``s -> delegate keys.

One function for the trip file (``attendees``, ``passengers``, a leg's ``delegates``)
and for a command's ``--delegate`` options, so both read a list the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Expansion:
    """An attendee list read: the delegates it names, and the names that name nobody."""

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


EVERYONE = "all"


def file_order(everyone: Sequence[str]) -> dict[str, int]:
    """Delegate key -> its place in the file: made once per trip, so that expanding a
    list costs what the list names, not the size of the delegation."""
    return {key: place for place, key in enumerate(everyone)}


def expand(
    names: Sequence[str] | None,
    everyone: Sequence[str],
    groups: Mapping[str, list[str]],
    order: Mapping[str, int] | None = None,
) -> Expansion:
    """``None`` (``all``) is everyone; otherwise the names are read in order, each adding
    (``key``, ``@group``, ``all``) or, written with a leading ``-``, taking away
    (``-key``, ``-@group``): ``[all, -tmoreau]``, ``["@elus", "-@startups"]``. ``order``
    is :func:`file_order` of ``everyone`` (made here when not given)."""
    if names is None:
        return Expansion(tuple(everyone), ())
    known = file_order(everyone) if order is None else order
    chosen: set[str] = set()
    unknown: list[tuple[int, str]] = []
    for position, written in enumerate(names):
        away = written.startswith("-")
        name = written[1:] if away else written
        if name == EVERYONE:
            members: Iterable[str] = everyone
        elif name.startswith("@") and name[1:] in groups:
            members = groups[name[1:]]
        elif not name.startswith("@") and name in known:
            members = (name,)
        else:
            unknown.append((position, written))
            continue
        if away:
            chosen.difference_update(members)
        else:
            chosen.update(members)
    if len(chosen) == len(known):
        return Expansion(tuple(everyone), tuple(unknown))
    return Expansion(tuple(sorted(chosen, key=known.__getitem__)), tuple(unknown))
