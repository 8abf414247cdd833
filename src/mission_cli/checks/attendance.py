"""Who attends: ``empty-event``."""

from __future__ import annotations

from collections.abc import Iterator

from mission_cli.checks.context import CheckContext
from mission_cli.diagnostics import Diagnostic
from mission_cli.words.message import Message


def empty_event(ctx: CheckContext) -> Iterator[Diagnostic]:
    for event in ctx.trip.events:
        if event.attendees or not event.attendees_known:
            continue  # someone attends, or the names are wrong (unknown-reference says so)
        written = event.event.attendees is not None
        yield ctx.diag(
            ("events", event.index, "attendees") if written else ("events", event.index, "id"),
            Message("nobody attends {item}", item=ctx.describe(event)),
            Message("list its attendees (delegate keys or @groups), or remove the event"),
            items=(event,),
        )
