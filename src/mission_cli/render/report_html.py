"""The pre-departure report as one self-contained, printable HTML page."""

from __future__ import annotations

from html import escape

from mission_cli.render.html_page import page
from mission_cli.render.report_common import long_date, summary_facts
from mission_cli.views.report import Entry, Report


def _entry(entry: Entry) -> str:
    diag = entry.diagnostic
    classes = f"{diag.severity}" + (" suppressed" if diag.suppressed else "")
    parts = [
        f'<li class="{classes}"><span class="sev">{escape(str(diag.severity))}</span> '
        f"<code>{escape(diag.rule)}</code> (line {diag.line}): {escape(diag.message)}"
    ]
    if entry.items:
        parts.append('<ul class="items">')
        for item in entry.items:
            parts.append(
                f"<li><code>{escape(item.id)}</code> {escape(item.title)}: "
                f"{escape(item.when)}, {escape(item.where)}</li>"
            )
        parts.append("</ul>")
    if diag.reason:
        parts.append(f'<div class="reason">Reason: {escape(diag.reason)}</div>')
    elif diag.hint:
        parts.append(f'<div class="hint">Hint: {escape(diag.hint)}</div>')
    parts.append("</li>")
    return "".join(parts)


def _list(entries: list[Entry]) -> str:
    return '<ul class="problems">' + "".join(_entry(e) for e in entries) + "</ul>"


def render_report_html(report: Report) -> str:
    title = escape(report.title)
    out = [f"<h1>Pre-departure report: {title}</h1>", '<dl class="facts">']
    for label, value in summary_facts(report):
        out.append(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>")
    out.append("</dl>")
    if report.ok and not report.counts.warning:
        out.append('<p class="ok">The programme holds: no live problem.</p>')
    if report.file_problems:
        out += ["<section>", "<h2>Problems in the file</h2>", _list(report.file_problems)]
        out.append("</section>")
    for day in report.days:
        out += ['<section class="day">', f"<h2>{escape(long_date(day.day))}</h2>"]
        for section in day.delegates:
            label = escape(section.name)
            if section.key:
                label += f" (<code>{escape(section.key)}</code>)"
            out += [f"<h3>{label}</h3>", _list(section.entries)]
        out.append("</section>")
    if report.suppressed:
        out += ["<section>", "<h2>Suppressed (ignore entries)</h2>", _list(report.suppressed)]
        out.append("</section>")
    out += [
        "<section>",
        "<h2>Per delegate</h2>",
        "<table><thead><tr><th>Delegate</th><th>Errors</th><th>Warnings</th>"
        "<th>Suppressed</th></tr></thead><tbody>",
    ]
    for row in report.per_delegate:
        out.append(
            f"<tr><td>{escape(row.name)} (<code>{escape(row.key)}</code>)</td>"
            f'<td class="n">{row.counts.error}</td><td class="n">{row.counts.warning}</td>'
            f'<td class="n">{row.counts.suppressed}</td></tr>'
        )
    out += ["</tbody></table>", "</section>"]
    return page(f"Pre-departure report: {report.title}", "en", out)
