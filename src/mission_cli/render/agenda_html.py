"""Agendas as one self-contained, printable HTML page: a day per printed page."""

from __future__ import annotations

from html import escape

from mission_cli.i18n import label
from mission_cli.render.html_page import page
from mission_cli.views.agenda_layout import AgendaView


def render_agenda_html(view: AgendaView) -> str:
    lang = view.lang
    out = [f"<h1>{escape(view.title)}</h1>", f'<p class="subject">{escape(view.subject)}</p>']
    heads = "".join(
        f"<th>{escape(label(lang, k))}</th>" for k in ("when", "what", "where", "who", "notes")
    )
    current = None
    for day in view.tables:
        if day.day != current:  # one printed page per local day, whatever the cities
            if current is not None:
                out.append("</div>")
            out.append('<div class="day">')
            current = day.day
        out += [
            '<section class="city">',
            f"<h2>{escape(day.heading)}</h2>",
            f"<table><thead><tr>{heads}</tr></thead><tbody>",
        ]
        for row in day.rows:
            when = ("⚠ " if row.conflicts else "") + escape(row.when)
            if row.home:
                when += (
                    f'<span class="home">{escape(row.home)} ({escape(label(lang, "home"))})</span>'
                )
            what = escape(row.what)
            if row.kind:
                what += f'<span class="kind">{escape(row.kind)}</span>'
            css = ' class="conflict"' if row.conflicts else ""
            out.append(
                f'<tr{css}><td class="when">{when}</td><td>{what}</td>'
                f"<td>{escape(row.where)}</td><td>{escape(row.who)}</td>"
                f"<td>{escape(row.notes)}</td></tr>"
            )
        out += ["</tbody></table>", "</section>"]
    if current is not None:
        out.append("</div>")
    for note in view.notes:
        out.append(f'<p class="note">{escape(note)}</p>')
    return page(view.title, lang, out)
