"""``mission diff --format html``: one printable page, by delegate and day."""

from __future__ import annotations

from html import escape

from mission_cli.render.html_page import page
from mission_cli.views.diff.by_delegate import DelegateChanges
from mission_cli.views.diff.view import DiffView
from mission_cli.words.labels import label

MARK = {"added": "+", "removed": "−", "changed": "~"}


def section_html(section: DelegateChanges, lang: str, level: int = 2) -> list[str]:
    name = escape(section.name) + (f" (<code>{escape(section.key)}</code>)" if section.key else "")
    out = ['<section class="day">', f"<h{level}>{name}</h{level}>"]
    for day in section.days:
        if day.heading:
            out.append(f"<h{level + 1}>{escape(day.heading)}</h{level + 1}>")
        out.append('<ul class="problems">')
        for line in day.lines:
            css = {"added": "ok", "removed": "error", "changed": "warning"}[line.kind]
            word = escape(label(lang, f"change_{line.kind}"))
            item = (
                f'<li class="{css}"><span class="sev">{MARK[line.kind]} {word}</span> '
                f"<code>{escape(line.id)}</code> {escape(line.title)}: {escape(line.when)}"
            )
            if line.details:
                item += (
                    '<ul class="items">'
                    + "".join(f"<li>{escape(d)}</li>" for d in line.details)
                    + "</ul>"
                )
            out.append(item + "</li>")
        out.append("</ul>")
    out.append("</section>")
    return out


def render_diff_html(view: DiffView) -> str:
    lang = view.lang
    versions = escape(label(lang, "diff_versions", old=view.old, new=view.new))
    out = [f"<h1>{escape(view.title)}</h1>", f'<p class="subject">{versions}</p>']
    for section in view.sections:
        out += section_html(section, lang)
    for note in view.notes:
        out.append(f'<p class="note">{escape(note)}</p>')
    return page(view.title, lang, out)
