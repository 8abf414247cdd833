"""``mission rules [RULE]``: every rule with its severity and what it checks, or one
rule's page (its example and fix)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.common import OutputOption, QuietOption, choices, emit, fail, format_option
from mission_cli.render.formats import RULES as RULES_FORMATS

if TYPE_CHECKING:
    RulesFormat = str
else:
    RulesFormat = choices("RulesFormat", RULES_FORMATS)


def _rule_names(incomplete: str) -> list[str]:
    from mission_cli.catalog import RULES

    return [name for name in RULES if name.startswith(incomplete)]


def list_rules(
    rule: Annotated[
        str | None,
        typer.Argument(
            metavar="RULE",
            help="A rule's name: print its page (what fires it, an example, the fix).",
            autocompletion=_rule_names,
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        RulesFormat,
        format_option("table for people, json for scripts, markdown for the reference's text."),
    ] = "table",
    output: OutputOption = None,
    quiet: QuietOption = False,
) -> None:
    """List every rule, its default severity and what it checks; with a RULE, print that
    rule's page: what fires it, an example and the fix."""
    from mission_cli.views.rules import UnknownRule, rules_view

    try:
        view = rules_view(rule)
    except UnknownRule as exc:
        fail(str(exc))
    emit(RULES_FORMATS[output_format], view, output, name=rule or "rules", quiet=quiet)
