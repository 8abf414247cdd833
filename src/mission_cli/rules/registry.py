"""The registry of rules: stable name -> severity, summary and, for schedule rules, a check."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mission_cli.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from mission_cli.rules.context import CheckContext

Check = Callable[["CheckContext"], Iterable[Diagnostic]]


@dataclass(frozen=True, slots=True)
class RuleInfo:
    name: str
    severity: Severity
    summary: str
    family: str = "file"
    """``file`` (found while loading, modelling, resolving) or ``schedule``."""
    check: Check | None = None
    """The function of a schedule rule; None where a stage emits the rule itself."""

    @property
    def of_the_file(self) -> bool:
        return self.family == "file"


REGISTRY: dict[str, RuleInfo] = {}


def declare(
    name: str,
    severity: Severity,
    summary: str,
    *,
    family: str = "file",
    check: Check | None = None,
) -> RuleInfo:
    """Add a rule to the registry under its stable name; names are unique."""
    if name in REGISTRY:
        raise ValueError(f"rule {name!r} is declared twice")
    info = RuleInfo(name, severity, summary, family, check)
    REGISTRY[name] = info
    return info


def all_rules() -> dict[str, RuleInfo]:
    """The registry with every rule in it (importing a rule module registers its rules)."""
    from mission_cli.rules import (  # noqa: F401
        attendance,
        calendar,
        file_rules,
        ignores,
        overlaps,
        places,
    )

    return REGISTRY


def schedule_rule(name: str, severity: Severity, summary: str) -> Callable[[Check], Check]:
    """Register a function as the schedule rule ``name``."""

    def register(check: Check) -> Check:
        declare(name, severity, summary, family="schedule", check=check)
        return check

    return register
