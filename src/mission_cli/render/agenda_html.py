"""Agendas as one self-contained, printable HTML page: a day per printed page."""

from __future__ import annotations

from html import escape

from mission_cli.render.agenda_view import AgendaView
from mission_cli.render.i18n import label

_CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1d1d1f; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
p.subject { color: #555; margin-top: 0; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #1d1d1f; padding-bottom: .2rem;
     margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
         border-bottom: 1px solid #ddd; }
th { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: #555; }
td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
.home, .kind { display: block; color: #666; font-size: .85rem; }
tr.conflict td.when { color: #c62828; font-weight: 600; }
p.note { color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  div.day ~ div.day { break-before: page; }
  tr { break-inside: avoid; }
}
"""


def render_agenda_html(view: AgendaView) -> str:
    lang = view.lang
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(view.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(view.title)}</h1>",
        f'<p class="subject">{escape(view.subject)}</p>',
    ]
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
    out.append("</body></html>")
    return "\n".join(out) + "\n"
