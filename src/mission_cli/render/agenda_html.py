"""Agendas as one self-contained, printable HTML page: a day per printed page."""

from __future__ import annotations

from html import escape

from mission_cli.render.html_page import page
from mission_cli.views.agenda_layout import AgendaView, day_columns, row_cells
from mission_cli.words.labels import label


def render_agenda_html(view: AgendaView) -> str:
    lang = view.lang
    out = [f"<h1>{escape(view.title)}</h1>", f'<p class="subject">{escape(view.subject)}</p>']
    for day in view.tables:  # one printed page per local day
        columns = day_columns(day)
        heads = "".join(f"<th>{escape(label(lang, k))}</th>" for k in columns)
        out += [
            '<div class="day">',
            f"<h2>{escape(day.heading)}</h2>",
            f"<table><thead><tr>{heads}</tr></thead><tbody>",
        ]
        for row in day.rows:
            cells = {k: escape(v) for k, v in row_cells(row).items()}
            cells["when"] = ("⚠ " if row.conflicts else "") + cells["when"]
            if row.home:
                home = f"{escape(row.home)} ({escape(label(lang, 'home'))})"
                cells["when"] += f'<span class="home">{home}</span>'
            if row.kind:
                cells["what"] += f'<span class="kind">{escape(row.kind)}</span>'
            css = ' class="conflict"' if row.conflicts else ""
            tds = "".join(
                f'<td class="when">{cells[k]}</td>' if k == "when" else f"<td>{cells[k]}</td>"
                for k in columns
            )
            out.append(f"<tr{css}>{tds}</tr>")
        out += ["</tbody></table>", "</div>"]
    for note in view.notes:
        out.append(f'<p class="note">{escape(note)}</p>')
    return page(view.title, lang, out)
