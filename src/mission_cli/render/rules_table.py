"""``mission rules`` in the terminal: every rule, its severity and what fires it; or
one rule's page."""

from __future__ import annotations

from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text

from mission_cli.views.rules import RulesView


def render_rules_table(view: RulesView, console: Console) -> None:
    """The list of rules as a table (blocks on a narrow screen), or one rule's page."""
    if view.one:
        console.print(
            Markdown(view.page, code_theme="ansi_dark", hyperlinks=False), soft_wrap=False
        )
        return
    rules = view.rules
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
