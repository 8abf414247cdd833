"""Check: run every schedule rule on a resolved trip, then severities and suppressions."""

from __future__ import annotations

from dataclasses import replace

from mission_cli.diagnostics import Diagnostic, Severity
from mission_cli.load.positions import Locator
from mission_cli.model.trip import Ignore
from mission_cli.resolve.trip import ResolvedTrip
from mission_cli.rules.context import CheckContext
from mission_cli.rules.ignores import UNUSED_IGNORE, apply_ignores
from mission_cli.rules.registry import all_rules


def run_checks(trip: ResolvedTrip, locator: Locator) -> list[Diagnostic]:
    overrides = trip.model.checks.rules
    ctx = CheckContext(trip, locator)
    found: list[Diagnostic] = []
    for info in all_rules().values():
        if info.check is None or overrides.get(info.name) == "off":
            continue
        level = overrides.get(info.name)
        for diag in info.check(ctx):
            found.append(replace(diag, severity=Severity(level)) if level else diag)
    unused = overrides.get(UNUSED_IGNORE.name, str(UNUSED_IGNORE.severity))
    return apply_ignores(
        found, _valid_ignores(trip), locator, None if unused == "off" else Severity(unused)
    )


def _valid_ignores(trip: ResolvedTrip) -> list[tuple[int, Ignore]]:
    """The entries without errors of their own (those are reported, not judged unused)."""
    model = trip.model
    ids = model.declared.get("events", set()) | model.declared.get("travel", set())
    registry = all_rules()
    return [
        (index, entry)
        for index, entry in model.ignore
        if entry.rule in registry
        and not registry[entry.rule].of_the_file
        and set(entry.events) <= ids
        and set(entry.delegates) <= set(model.delegates)
    ]
