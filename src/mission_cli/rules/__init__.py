"""Every rule, under its stable name.

Rules of the file are emitted by the stage that finds them (loading, the model,
resolving); rules of the schedule are small functions, one module per family,
registered with :func:`~mission_cli.rules.registry.schedule_rule`. Adding a rule
is one function in one of these modules (or a new module imported here) and one
entry in ``docs/rules.md``.
"""

from mission_cli.rules import (  # noqa: F401  (importing a module registers its rules)
    attendance,
    calendar,
    file_rules,
    ignores,
    overlaps,
    places,
)
from mission_cli.rules.registry import REGISTRY, RuleInfo, declare, schedule_rule

__all__ = ["REGISTRY", "RuleInfo", "declare", "schedule_rule"]
