"""``mission rules``: every rule with its severity and what it checks."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from mission_cli.cli.app import app, stdout_console


class RulesFormat(StrEnum):
    table = "table"
    json = "json"


@app.command("rules")
def list_rules(
    output_format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="table for people, json for scripts.")
    ] = RulesFormat.table,
) -> None:
    """List every rule, its default severity and what it checks (see docs/rules.md)."""
    from rich.table import Table

    from mission_cli.rules.registry import all_rules

    rules = list(all_rules().values())
    if output_format is RulesFormat.json:
        rows = [
            {
                "rule": r.name,
                "severity": str(r.severity),
                "family": r.family,
                "summary": r.summary,
            }
            for r in rules
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column("rule", no_wrap=True, style="bold")
    table.add_column("severity", no_wrap=True)
    table.add_column("of the", no_wrap=True)
    table.add_column("fires when")
    for r in rules:
        colour = "red" if r.severity == "error" else "yellow"
        table.add_row(r.name, f"[{colour}]{r.severity}[/]", r.family, r.summary)
    stdout_console().print(table)
