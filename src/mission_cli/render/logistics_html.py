"""``mission logistics VIEW --format html``: one printable page, a table per sheet."""

from __future__ import annotations

from html import escape

from mission_cli.render.html_page import page
from mission_cli.views.logistics.sheets import LogisticsView


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


def render_logistics_html(view: LogisticsView) -> str:
    out = [f"<h1>{escape(view.title)}</h1>"]
    for sheet in view.sheets:
        out.append('<section class="sheet">')
        if sheet.heading:
            out.append(f"<h2>{escape(sheet.heading)}</h2>")
        if sheet.note:
            out.append(f'<p class="subject">{escape(sheet.note)}</p>')
        heads = "".join(f"<th>{escape(c)}</th>" for c in sheet.columns)
        out.append(f"<table><thead><tr>{heads}</tr></thead><tbody>")
        for row in sheet.rows:
            cells = "".join(
                f'<td class="n">{_lines(c)}</td>' if i in sheet.numeric else f"<td>{_lines(c)}</td>"
                for i, c in enumerate(row)
            )
            out.append(f"<tr>{cells}</tr>")
        out += ["</tbody></table>", "</section>"]
    for note in view.notes:
        out.append(f'<p class="note">{escape(note)}</p>')
    return page(view.title, view.lang, out)
