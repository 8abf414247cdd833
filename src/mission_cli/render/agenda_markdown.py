"""Agendas in Markdown, for the programme booklet (GitHub and GitLab render it)."""

from __future__ import annotations

from mission_cli.i18n import label
from mission_cli.render.markdown import md
from mission_cli.views.agenda_layout import AgendaView


def _cell(text: str) -> str:
    return md(text) if text else " "


def render_agenda_markdown(view: AgendaView) -> str:
    lang = view.lang
    out = [f"# {md(view.title)}", "", md(view.subject)]
    heads = [label(lang, k) for k in ("when", "what", "where", "who", "notes")]
    for day in view.tables:
        out += ["", f"## {md(day.heading)}", "", "| " + " | ".join(heads) + " |"]
        out.append("| --- " * len(heads) + "|")
        for row in day.rows:
            when = ("⚠ " if row.conflicts else "") + row.when
            if row.home:
                when += f" ({row.home}, {label(lang, 'home')})"
            what = row.what + (f" ({row.kind})" if row.kind else "")
            cells = [when, what, row.where, row.who, row.notes]
            out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    for note in view.notes:
        out += ["", md(note)]
    return "\n".join(out) + "\n"
