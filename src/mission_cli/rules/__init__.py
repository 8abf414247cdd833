"""Every rule, under its stable name.

Rules of the file are emitted by the stage that finds them (loading, the
model, resolving); rules of the schedule are small registered functions.
Both are declared here, so that names, severities and summaries have one home.
"""

from mission_cli.rules import file_rules  # noqa: F401  (declares the rules of the file)
from mission_cli.rules.registry import REGISTRY, RuleInfo, declare

__all__ = ["REGISTRY", "RuleInfo", "declare"]
