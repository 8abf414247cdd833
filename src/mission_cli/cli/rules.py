"""``mission rules``: every rule with its severity and what it checks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from mission_cli.catalog import RULES
from mission_cli.cli.common import choices, emit, format_option
from mission_cli.render.formats import RULES as RULES_FORMATS

if TYPE_CHECKING:
    RulesFormat = str
else:
    RulesFormat = choices("RulesFormat", RULES_FORMATS)


def list_rules(
    output_format: Annotated[
        RulesFormat, format_option("table for people, json for scripts.")
    ] = "table",
) -> None:
    """List every rule, its default severity and what it checks (see docs/rules.md)."""
    emit(RULES_FORMATS[output_format], list(RULES.values()), None, name="rules")
