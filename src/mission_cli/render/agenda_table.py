"""Agendas in the terminal: one table per local day and city, fitting the width."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment, Segments

from mission_cli.i18n import label
from mission_cli.render.text_grid import (
    NEWLINE,
    Cell,
    Column,
    fits,
    lines_of,
    render_grid,
    render_stacked,
)
from mission_cli.views.agenda_layout import AgendaView


def render_agenda_table(view: AgendaView, console: Console) -> None:
    lang = view.lang
    width = max(console.width, 20)
    out: list[Segment] = lines_of(view.title, width, "bold") + lines_of(view.subject, width, "dim")
    for day in view.tables:
        with_notes = any(row.notes for row in day.rows)
        columns = [
            Column(label(lang, "when")),
            Column(label(lang, "what"), ratio=3, min_width=10),
            Column(label(lang, "where"), ratio=2, min_width=8),
            Column(label(lang, "who"), ratio=2, min_width=8),
        ]
        if with_notes:
            columns.append(Column(label(lang, "notes"), ratio=2, min_width=6))
        rows = []
        for row in day.rows:
            mark = "⚠ " if row.conflicts else ""
            when = Cell.of((mark + row.when, "bold red" if row.conflicts else ""))
            if row.home:
                when = Cell((*when.lines, (row.home, "dim")))
            what = Cell.of(row.what, (row.kind or "", "dim"))
            cells = [when, what, Cell.of(row.where), Cell.of(row.who)]
            if with_notes:
                cells.append(Cell.of(row.notes))
            rows.append(cells)
        out.append(NEWLINE)
        out += lines_of(day.heading, width, "bold")
        if fits(columns, rows, width):
            out += render_grid(columns, rows, width)
        else:
            out += render_stacked(rows, width)
    for note in view.notes:
        out.append(NEWLINE)
        out += lines_of(note, width, "dim")
    console.print(Segments(out), end="", soft_wrap=True)  # every line already fits
