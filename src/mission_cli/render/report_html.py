"""The pre-departure report as one self-contained, printable HTML page."""

from __future__ import annotations

from html import escape

from mission_cli.render.report_common import long_date, summary_facts
from mission_cli.report import Entry, Report

_CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1d1d1f; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #1d1d1f; padding-bottom: .2rem;
     margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.ok { color: #126b2d; font-weight: 600; }
ul.problems { list-style: none; padding-left: 0; }
ul.problems > li { margin: .5rem 0; padding: .4rem .6rem; border-left: 4px solid #999;
                   background: #f6f6f7; break-inside: avoid; }
li.error { border-color: #c62828 !important; }
li.warning { border-color: #e59400 !important; }
li.suppressed { opacity: .75; }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8rem; }
.error .sev { color: #c62828; } .warning .sev { color: #9a6200; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; }
ul.items { margin: .3rem 0 0 1rem; padding: 0; }
.hint, .reason { color: #444; font-style: italic; margin-top: .2rem; }
table { border-collapse: collapse; }
th, td { padding: .2rem .8rem; border-bottom: 1px solid #ddd; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  section.day ~ section.day { break-before: page; }
  ul.problems > li { background: none; }
}
"""


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
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Pre-departure report: {title}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Pre-departure report: {title}</h1>",
        '<dl class="facts">',
    ]
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
            f'<td class="n">{row.errors}</td><td class="n">{row.warnings}</td>'
            f'<td class="n">{row.suppressed}</td></tr>'
        )
    out += ["</tbody></table>", "</section>", "</body></html>"]
    return "\n".join(out) + "\n"
