"""``mission rules`` in the terminal: every rule, its severity and what fires it; or
one rule's page."""

from __future__ import annotations

import re

from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text

from mission_cli.views.rules import RulesView


def render_rules_table(view: RulesView, console: Console) -> None:
    """The list of rules as a table (blocks on a narrow screen), or one rule's page."""
    if view.one:
        _page(view.page, console)
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


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _page(page: str, console: Console) -> None:
    """A rule's page: its prose laid out to the width; its examples (YAML, output) as
    written, never wrapped, so that they can be copied back into a trip file."""
    parts = [(fenced, part) for fenced, part in _parts(page) if part.strip()]
    for number, (fenced, part) in enumerate(parts):
        if number:
            console.print()
        if fenced:
            for line in part.splitlines():
                console.print(Text("  " + line, style="cyan"), soft_wrap=True)
        else:  # a link to another section of the reference reads as its words
            console.print(Markdown(_LINK.sub(r"\1", part), hyperlinks=False), soft_wrap=False)


def _parts(page: str) -> list[tuple[bool, str]]:
    """The page cut into prose and fenced blocks (``(True, code)``), in order."""
    parts: list[tuple[bool, str]] = []
    lines: list[str] = []
    fenced = False
    for line in page.splitlines():
        if line.startswith("```"):
            parts.append((fenced, "\n".join(lines)))
            lines, fenced = [], not fenced
        else:
            lines.append(line)
    parts.append((fenced, "\n".join(lines)))
    return parts
