"""The registry of rules: name -> severity, summary."""

from __future__ import annotations

from dataclasses import dataclass

from mission_cli.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class RuleInfo:
    name: str
    severity: Severity
    summary: str


REGISTRY: dict[str, RuleInfo] = {}


def declare(name: str, severity: Severity, summary: str) -> RuleInfo:
    """Add a rule to the registry under its stable name; names are unique."""
    if name in REGISTRY:
        raise ValueError(f"rule {name!r} is declared twice")
    info = RuleInfo(name, severity, summary)
    REGISTRY[name] = info
    return info
