"""Agendas in Markdown, for the programme booklet (GitHub and GitLab render it)."""

from __future__ import annotations

from mission_cli.render.markdown import md
from mission_cli.views.agenda_layout import AgendaView, day_columns, row_cells
from mission_cli.words.labels import label


def _cell(text: str) -> str:
    return md(text) if text else " "


def render_agenda_markdown(view: AgendaView) -> str:
    lang = view.lang
    out = [f"# {md(view.title)}", "", md(view.subject)]
    for day in view.tables:
        columns = day_columns(day)
        heads = [label(lang, k) for k in columns]
        out += ["", f"## {md(day.heading)}", "", "| " + " | ".join(heads) + " |"]
        out.append("| --- " * len(heads) + "|")
        for row in day.rows:
            cells = row_cells(row)
            cells["when"] = ("⚠ " if row.conflicts else "") + cells["when"]
            if row.home:
                cells["when"] += f" ({row.home}, {label(lang, 'home')})"
            if row.kind:
                cells["what"] += f" ({row.kind})"
            out.append("| " + " | ".join(_cell(cells[k]) for k in columns) + " |")
    for note in view.notes:
        out += ["", md(note)]
    return "\n".join(out) + "\n"
