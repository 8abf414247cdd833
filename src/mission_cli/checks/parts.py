"""Events inside other events (``part_of``): a meeting at a table of a B2B session is
inside the session, so the two never overlap, and two tables of one session never make
a ``venue-overlap``. Every other rule still applies to the parts.
"""

from __future__ import annotations

from mission_cli.checks.context import CheckContext
from mission_cli.resolve.items import Item, ResolvedEvent

Containers = dict[str, frozenset[str]]
"""Event id -> the ids of every event it is inside (its ``part_of``, that one's, …)."""


def containers(ctx: CheckContext) -> Containers:
    """Made once per run; a loop of ``part_of`` stops where it comes back."""
    return ctx.memo("containers", lambda: containers_of(ctx.trip.events))


def containers_of(events: list[ResolvedEvent]) -> Containers:
    parent = {e.id: e.event.part_of for e in events if e.event.part_of is not None}
    out: Containers = {}
    for ident in parent:
        chain: list[str] = []
        current = parent.get(ident)
        while current is not None and current != ident and current not in chain:
            chain.append(current)
            current = parent.get(current)
        out[ident] = frozenset(chain)
    return out


def one_inside_other(found: Containers, first: Item, second: Item) -> bool:
    """Whether one of the two events takes place inside the other."""
    return second.id in found.get(first.id, ()) or first.id in found.get(second.id, ())


def parts_of_one(found: Containers, first: Item, second: Item) -> bool:
    """Whether one is inside the other, or both inside one event (two tables of one
    session)."""
    return one_inside_other(found, first, second) or bool(
        found.get(first.id, frozenset()) & found.get(second.id, frozenset())
    )
