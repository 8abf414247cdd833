"""``mission rules`` in the terminal: every rule, its severity and what fires it."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mission_cli.catalog import Rule


def render_rules_table(rules: Iterable[Rule], console: Console) -> None:
    if console.width < 70:  # a narrow screen: each rule as a block, its summary wrapped
        for rule in rules:
            colour = "red" if rule.severity == "error" else "yellow"
            head = Text.assemble((rule.name, "bold"), " ", (str(rule.severity), colour))
            console.print(head.append(f" ({rule.family})"), soft_wrap=False)
            console.print(Text("  " + rule.summary), soft_wrap=False)
        return
    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column("rule", no_wrap=True, style="bold")
    table.add_column("severity", no_wrap=True)
    table.add_column("family", no_wrap=True)
    table.add_column("fires when")
    for rule in rules:
        colour = "red" if rule.severity == "error" else "yellow"
        table.add_row(rule.name, f"[{colour}]{rule.severity}[/]", rule.family, rule.summary)
    console.print(table)
