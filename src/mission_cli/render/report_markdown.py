"""The pre-departure report in Markdown (renders on GitHub and GitLab)."""

from __future__ import annotations

from mission_cli.render.diff_markdown import section_lines
from mission_cli.render.markdown import code, md
from mission_cli.render.report_common import colon, long_date, severity, summary_facts
from mission_cli.views.report import Entry, Report
from mission_cli.words.labels import label


def _entry(entry: Entry, lang: str) -> list[str]:
    diag = entry.diagnostic
    where = label(lang, "line", line=str(diag.line))
    lines = [f"- **{severity(diag, lang)}** {code(diag.rule)} ({where}): {md(diag.message)}"]
    for item in entry.items:
        lines.append(f"  - {code(item.id)} {md(item.title)}: {md(item.when)}, {md(item.where)}")
    if diag.reason:
        lines.append(f"  - *{label(lang, 'reason')}*{colon(lang)}{md(diag.reason)}")
    elif diag.hint:
        lines.append(f"  - *{label(lang, 'hint')}*{colon(lang)}{md(diag.hint)}")
    return lines


def render_report_markdown(report: Report) -> str:
    lang = report.lang
    out = [f"# {md(label(lang, 'report', title=report.title))}", ""]
    out += [f"- **{name}**{colon(lang)}{md(value)}" for name, value in summary_facts(report)]
    if report.ok and not report.counts.warning:
        out += ["", f"**{label(lang, 'holds')}**"]
    if report.file_problems:
        out += ["", f"## {label(lang, 'file_problems')}", ""]
        for entry in report.file_problems:
            out += _entry(entry, lang)
    for day in report.days:
        out += ["", f"## {long_date(day.day, lang)}"]
        for section in day.delegates:
            name = md(section.name) + (f" ({code(section.key)})" if section.key else "")
            out += ["", f"### {name}", ""]
            for entry in section.entries:
                out += _entry(entry, lang)
    if report.logistics.parts:
        out += ["", f"## {label(lang, 'logistics')}"]
        for heading, lines in report.logistics.parts:
            out += ["", f"### {md(heading)}", ""] + [f"- {md(line)}" for line in lines]
    if report.since is not None:
        out += ["", f"## {md(label(lang, 'since_title', old=report.since.old))}"]
        for changed in report.since.sections:
            out += section_lines(changed, lang, level=3)
        out += [line for note in report.since.notes for line in ("", md(note))]
    if report.suppressed:
        out += ["", f"## {label(lang, 'suppressed_title')}", ""]
        for entry in report.suppressed:
            out += _entry(entry, lang)
    heads = [label(lang, k) for k in ("delegate", "errors", "warnings", "suppressed")]
    out += ["", f"## {label(lang, 'per_delegate')}", "", "| " + " | ".join(heads) + " |"]
    out.append("| --- | ---: | ---: | ---: |")
    for row in report.per_delegate:
        out.append(
            f"| {md(row.name)} ({code(row.key)}) | {row.counts.error} | {row.counts.warning} | "
            f"{row.counts.suppressed} |"
        )
    return "\n".join(out) + "\n"
