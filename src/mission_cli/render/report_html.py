"""The pre-departure report as one self-contained, printable HTML page."""

from __future__ import annotations

from html import escape

from mission_cli.render.diff_html import section_html
from mission_cli.render.html_page import page
from mission_cli.render.report_common import colon, long_date, severity, summary_facts
from mission_cli.views.report import Entry, Report
from mission_cli.words.labels import label


def _entry(entry: Entry, lang: str) -> str:
    diag = entry.diagnostic
    classes = f"{diag.severity}" + (" suppressed" if diag.suppressed else "")
    where = escape(label(lang, "line", line=str(diag.line)))
    parts = [
        f'<li class="{classes}"><span class="sev">{escape(severity(diag, lang))}</span> '
        f"<code>{escape(diag.rule)}</code> ({where}){colon(lang)}{escape(diag.message)}"
    ]
    if entry.items:
        parts.append('<ul class="items">')
        for item in entry.items:
            parts.append(
                f"<li><code>{escape(item.id)}</code> {escape(item.title)}: "
                f"{escape(item.when)}, {escape(item.where)}</li>"
            )
        parts.append("</ul>")
    if diag.reason or diag.hint:
        kind = "reason" if diag.reason else "hint"
        said = escape(diag.reason or diag.hint or "")
        word = escape(label(lang, kind)).capitalize()
        parts.append(f'<div class="{kind}">{word}{colon(lang)}{said}</div>')
    parts.append("</li>")
    return "".join(parts)


def _list(entries: list[Entry], lang: str) -> str:
    return '<ul class="problems">' + "".join(_entry(e, lang) for e in entries) + "</ul>"


def render_report_html(report: Report) -> str:
    lang = report.lang
    title = label(lang, "report", title=report.title)
    out = [f"<h1>{escape(title)}</h1>", '<dl class="facts">']
    for name, value in summary_facts(report):
        out.append(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>")
    out.append("</dl>")
    if report.ok and not report.counts.warning:
        out.append(f'<p class="ok">{escape(label(lang, "holds"))}</p>')
    if report.file_problems:
        out += ["<section>", f"<h2>{escape(label(lang, 'file_problems'))}</h2>"]
        out += [_list(report.file_problems, lang), "</section>"]
    for day in report.days:
        out += ['<section class="day">', f"<h2>{escape(long_date(day.day, lang))}</h2>"]
        for section in day.delegates:
            name = escape(section.name)
            if section.key:
                name += f" (<code>{escape(section.key)}</code>)"
            out += [f"<h3>{name}</h3>", _list(section.entries, lang)]
        out.append("</section>")
    if report.logistics.parts:
        out += ['<section class="logistics">', f"<h2>{escape(label(lang, 'logistics'))}</h2>"]
        for heading, lines in report.logistics.parts:
            out.append(f"<h3>{escape(heading)}</h3><ul>")
            out += [f"<li>{escape(line)}</li>" for line in lines]
            out.append("</ul>")
        out.append("</section>")
    if report.since is not None:
        since = escape(label(lang, "since_title", old=report.since.old))
        out.append(f'<section class="changes"><h2>{since}</h2>')
        for changed in report.since.sections:
            out += section_html(changed, lang, level=3)
        out += [f'<p class="note">{escape(note)}</p>' for note in report.since.notes]
        out.append("</section>")
    if report.suppressed:
        out += ["<section>", f"<h2>{escape(label(lang, 'suppressed_title'))}</h2>"]
        out += [_list(report.suppressed, lang), "</section>"]
    heads = "".join(
        f"<th>{escape(label(lang, k))}</th>"
        for k in ("delegate", "errors", "warnings", "suppressed")
    )
    out += ["<section>", f"<h2>{escape(label(lang, 'per_delegate'))}</h2>"]
    out.append(f"<table><thead><tr>{heads}</tr></thead><tbody>")
    for row in report.per_delegate:
        out.append(
            f"<tr><td>{escape(row.name)} (<code>{escape(row.key)}</code>)</td>"
            f'<td class="n">{row.counts.error}</td><td class="n">{row.counts.warning}</td>'
            f'<td class="n">{row.counts.suppressed}</td></tr>'
        )
    out += ["</tbody></table>", "</section>"]
    return page(title, lang, out)
