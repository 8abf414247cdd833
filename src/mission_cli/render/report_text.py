"""The pre-departure report in the terminal (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mission_cli.render.report_common import long_date, summary_facts
from mission_cli.render.visible import one_line
from mission_cli.views.report import Entry, Report

_STYLE = {"error": "bold red", "warning": "bold yellow"}


def _entry(entry: Entry, indent: str) -> Text:
    diag = entry.diagnostic
    out = Text(indent)
    out.append(str(diag.severity), style="dim" if diag.suppressed else _STYLE[diag.severity])
    out.append(f" {diag.rule}", style="bold")
    out.append(f" (line {diag.line}): ", style="dim")
    out.append(one_line(diag.message))
    for item in entry.items:
        out.append(f"\n{indent}  • ")
        out.append(item.id, style="bold")
        out.append(f" {item.title} · {item.when} · {item.where}")
    if diag.reason:
        out.append(f"\n{indent}  reason: ", style="cyan")
        out.append(one_line(diag.reason))
    elif diag.hint:
        out.append(f"\n{indent}  hint: ", style="cyan")
        out.append(one_line(diag.hint))
    return out


def render_report_text(report: Report, console: Console) -> None:
    console.print(Text(f"Pre-departure report: {report.title}", style="bold underline"))
    for label, value in summary_facts(report):
        console.print(Text.assemble((f"{label}: ", "bold"), value))
    if report.ok and not report.counts.warning:
        console.print(Text("The programme holds: no live problem.", style="bold green"))
    if report.file_problems:
        console.print()
        console.print(Text("Problems in the file", style="bold"))
        for entry in report.file_problems:
            console.print(_entry(entry, "  "))
    for day in report.days:
        console.print()
        console.print(Text(long_date(day.day), style="bold reverse"))
        for section in day.delegates:
            label = f"{section.name} ({section.key})" if section.key else section.name
            console.print(Text(f"  {label}", style="bold"))
            for entry in section.entries:
                console.print(_entry(entry, "    "))
    if report.suppressed:
        console.print()
        console.print(Text("Suppressed (ignore entries)", style="bold"))
        for entry in report.suppressed:
            console.print(_entry(entry, "  "))
    console.print()
    table = Table(title="Per delegate", title_justify="left", title_style="bold")
    table.add_column("Delegate")
    table.add_column("Errors", justify="right")
    table.add_column("Warnings", justify="right")
    table.add_column("Suppressed", justify="right")
    for row in report.per_delegate:
        table.add_row(
            Text(f"{row.name} ({row.key})"),
            str(row.counts.error),
            str(row.counts.warning),
            str(row.counts.suppressed),
        )
    console.print(table)
