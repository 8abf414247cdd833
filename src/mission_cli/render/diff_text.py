"""``mission diff`` in the terminal: by delegate, then by day, each change on its line(s),
wrapped to the terminal's width."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from mission_cli.i18n import label
from mission_cli.views.change_lines import ChangeLine
from mission_cli.views.diff import DiffView

MARK = {"added": ("+", "green"), "removed": ("−", "red"), "changed": ("~", "yellow")}


def line_text(line: ChangeLine, lang: str) -> Text:
    mark, style = MARK[line.kind]
    text = Text(f"{mark} ", style=style)
    text.append(label(lang, f"change_{line.kind}"), style=style)
    text.append(f" {line.id}", style="bold")
    text.append(f" {line.title} · {line.when}")
    return text


def _print(console: Console, text: Text, indent: int, hang: int = 2) -> None:
    lines = text.wrap(console, max(console.width - indent - hang, 20))
    for number, line in enumerate(lines):
        line.rstrip()
        console.print(Text(" " * (indent if number == 0 else indent + hang)) + line)


def print_changes(console: Console, view: DiffView, indent: int = 0) -> None:
    """Each delegate's changes, by day; then the notes."""
    lang = view.lang
    for section in view.sections:
        console.print()
        name = f"{section.name} ({section.key})" if section.key else section.name
        _print(console, Text(name, style="bold"), indent)
        for day in section.days:
            if day.heading:
                _print(console, Text(day.heading, style="bold"), indent + 2)
            for line in day.lines:
                _print(console, line_text(line, lang), indent + 4, 4)
                for detail in line.details:
                    _print(console, Text(detail), indent + 8)
    for note in view.notes:
        console.print()
        _print(console, Text(note), indent)


def render_diff_text(view: DiffView, console: Console) -> None:
    _print(console, Text(view.title, style="bold underline"), 0)
    _print(console, Text(label(view.lang, "diff_versions", old=view.old, new=view.new)), 0)
    print_changes(console, view)
