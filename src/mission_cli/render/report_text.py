"""The pre-departure report in the terminal (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mission_cli.render.diff_text import print_changes
from mission_cli.render.report_common import (
    colon,
    counts_line,
    long_date,
    severity,
    summary_facts,
)
from mission_cli.render.visible import one_line
from mission_cli.views.report import Entry, Report
from mission_cli.words.labels import label

_STYLE = {"error": "bold red", "warning": "bold yellow"}


def _entry(entry: Entry, lang: str) -> list[tuple[Text, int]]:
    """A problem as paragraphs, each with its indentation under the entry's."""
    diag = entry.diagnostic
    head = Text()
    head.append(severity(diag, lang), style="dim" if diag.suppressed else _STYLE[diag.severity])
    head.append(f" {diag.rule}", style="bold")
    head.append(f" ({label(lang, 'line', line=str(diag.line))}){colon(lang)}", style="dim")
    head.append(one_line(diag.message))
    out = [(head, 0)]
    for item in entry.items:
        line = Text("• ")
        line.append(item.id, style="bold")
        line.append(f" {item.title} · {item.when} · {item.where}")
        out.append((line, 2))
    if diag.reason or diag.hint:
        word = label(lang, "reason" if diag.reason else "hint")
        out.append(
            (
                Text.assemble(
                    (f"{word}{colon(lang)}", "cyan"), one_line(diag.reason or diag.hint or "")
                ),
                2,
            )
        )
    return out


def _print(console: Console, text: Text, indent: int, hang: int = 2) -> None:
    """``text`` wrapped to the terminal, indented, its following lines ``hang`` more."""
    lines = text.wrap(console, max(console.width - indent - hang, 20))
    for number, line in enumerate(lines):
        line.rstrip()
        margin = indent if number == 0 else indent + hang
        console.print(Text(" " * margin) + line, soft_wrap=True)


def _entries(console: Console, entries: list[Entry], lang: str, indent: int) -> None:
    for entry in entries:
        for text, more in _entry(entry, lang):
            _print(console, text, indent + more)


def render_report_text(report: Report, console: Console) -> None:
    lang = report.lang
    _print(console, Text(label(lang, "report", title=report.title), style="bold underline"), 0)
    for name, value in summary_facts(report):
        _print(console, Text.assemble((f"{name}{colon(lang)}", "bold"), value), 0)
    if report.ok and not report.counts.warning:
        _print(console, Text(label(lang, "holds"), style="bold green"), 0)
    if report.file_problems:
        console.print()
        _print(console, Text(label(lang, "file_problems"), style="bold"), 0)
        _entries(console, report.file_problems, lang, 2)
    for day in report.days:
        console.print()
        _print(console, Text(long_date(day.day, lang), style="bold reverse"), 0)
        for section in day.delegates:
            name = f"{section.name} ({section.key})" if section.key else section.name
            _print(console, Text(name, style="bold"), 2)
            _entries(console, section.entries, lang, 4)
    if report.logistics.parts:
        console.print()
        _print(console, Text(label(lang, "logistics"), style="bold reverse"), 0)
        for heading, lines in report.logistics.parts:
            _print(console, Text(heading, style="bold"), 2)
            for line in lines:
                _print(console, Text(f"• {line}"), 4)
    if report.since is not None:
        console.print()
        title = label(lang, "since_title", old=report.since.old)
        _print(console, Text(title, style="bold reverse"), 0)
        print_changes(console, report.since, 2)
    if report.suppressed:
        console.print()
        _print(console, Text(label(lang, "suppressed_title"), style="bold"), 0)
        _entries(console, report.suppressed, lang, 2)
    console.print()
    if console.width < 70:  # a narrow screen: a line per delegate, no column to cut
        _print(console, Text(label(lang, "per_delegate"), style="bold"), 0)
        for row in report.per_delegate:
            counts = counts_line(row.counts, lang)
            _print(console, Text(f"{row.name} ({row.key}){colon(lang)}{counts}"), 2)
        return
    console.print(_per_delegate(report), soft_wrap=False)


def _per_delegate(report: Report) -> Table:
    lang = report.lang
    table = Table(title=label(lang, "per_delegate"), title_justify="left", title_style="bold")
    table.add_column(label(lang, "delegate"))
    for key in ("errors", "warnings", "suppressed"):
        table.add_column(label(lang, key), justify="right")
    for row in report.per_delegate:
        table.add_row(
            Text(f"{row.name} ({row.key})"),
            str(row.counts.error),
            str(row.counts.warning),
            str(row.counts.suppressed),
        )
    return table
