"""``mission diff`` in the terminal: by delegate, then by day, each change on its line(s),
wrapped to the terminal's width."""

from __future__ import annotations

import textwrap

from rich.console import Console
from rich.text import Text

from mission_cli.render.visible import visible
from mission_cli.views.diff.by_delegate import ChangeLine
from mission_cli.views.diff.view import DiffView
from mission_cli.words.labels import label

MARK = {"added": ("+", "green"), "removed": ("−", "red"), "changed": ("~", "yellow")}


def _wrapped(text: str, width: int, indent: int, hang: int = 2, style: str = "") -> list[Text]:
    """``text`` wrapped to ``width``, indented, its following lines ``hang`` more; words
    are never cut (textwrap on plain text: Rich's own wrap costs a hundred times more,
    and thousands of changes make thousands of lines)."""
    lines = textwrap.wrap(
        text, width=max(width, indent + hang + 20), initial_indent=" " * indent,
        subsequent_indent=" " * (indent + hang), break_long_words=False,
        break_on_hyphens=False,
    ) or [" " * indent]  # fmt: skip
    return [Text(line, style=style) for line in lines]


def _change(line: ChangeLine, lang: str, width: int, indent: int) -> list[Text]:
    mark, style = MARK[line.kind]
    word = label(lang, f"change_{line.kind}")
    head = f"{mark} {word} {line.id}"
    out = _wrapped(f"{head} {line.title} · {line.when}", width, indent, 4)
    out[0].stylize(style, indent, indent + len(mark) + 1 + len(word))
    out[0].stylize("bold", indent + len(head) - len(line.id), indent + len(head))
    return out


def change_lines(view: DiffView, width: int, indent: int = 0) -> list[Text]:
    """Each delegate's changes, by day; then the notes: as lines, printed at once."""
    out: list[Text] = []
    for section in view.sections:
        name = f"{section.name} ({section.key})" if section.key else section.name
        out += [Text(), *_wrapped(name, width, indent, style="bold")]
        for day in section.days:
            if day.heading:
                out += _wrapped(day.heading, width, indent + 2, style="bold")
            for line in day.lines:
                out += _change(line, view.lang, width, indent + 4)
                for detail in line.details:
                    out += _wrapped(detail, width, indent + 8)
    for note in view.notes:
        out += [Text(), *_wrapped(note, width, indent)]
    return out


def print_lines(console: Console, lines: list[Text]) -> None:
    """On a terminal, with their styles; elsewhere (a pipe, a file) as plain text, made
    visible like everything else."""
    if console.is_terminal:
        console.print(Text("\n").join(lines))
    else:
        console.file.write(visible("\n".join(line.plain for line in lines)) + "\n")


def print_changes(console: Console, view: DiffView, indent: int = 0) -> None:
    print_lines(console, change_lines(view, console.width, indent))


def render_diff_text(view: DiffView, console: Console) -> None:
    width = console.width
    head = _wrapped(view.title, width, 0, style="bold underline")
    head += _wrapped(label(view.lang, "diff_versions", old=view.old, new=view.new), width, 0)
    print_lines(console, head + change_lines(view, width))
