"""``ignore`` entries: suppress the diagnostics they match; ``unused-ignore`` for the rest.

An entry matches a diagnostic of its rule whose ids include every id it lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from mission_cli.catalog import UNUSED_IGNORE, Severity
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Locator
from mission_cli.model.schema import Ignore
from mission_cli.words.message import Message


def matches(entry: Ignore, diag: Diagnostic) -> bool:
    return (
        diag.rule == entry.rule
        and set(entry.events) <= set(diag.events)
        and set(entry.delegates) <= set(diag.delegates)
    )


def apply_ignores(
    diagnostics: Iterable[Diagnostic],
    entries: list[tuple[int, Ignore]],
    locator: Locator,
    unused_severity: Severity | None,
) -> list[Diagnostic]:
    """Mark matched diagnostics suppressed; add ``unused-ignore`` (unless switched off)."""
    used: set[int] = set()
    out: list[Diagnostic] = []
    for diag in diagnostics:
        for index, entry in entries:
            if matches(entry, diag):
                used.add(index)
                diag = diag.suppress(entry.reason)
                break
        out.append(diag)
    if unused_severity is None:
        return out
    for index, entry in entries:
        if index in used:
            continue
        ids = [*entry.events, *entry.delegates]
        found = locator.diag(
            UNUSED_IGNORE,
            ("ignore", index),
            Message(
                "this ignore entry matches no {rule} problem involving {ids}",
                rule=entry.rule,
                ids=", ".join(ids),
            )
            if ids
            else Message("this ignore entry matches no {rule} problem", rule=entry.rule),
            Message("remove it if the problem was fixed; otherwise check its rule and ids"),
            events=tuple(entry.events),
            delegates=tuple(entry.delegates),
        )
        out.append(replace(found, severity=unused_severity))
    return out
