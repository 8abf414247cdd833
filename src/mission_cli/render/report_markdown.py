"""The pre-departure report in Markdown (renders on GitHub and GitLab)."""

from __future__ import annotations

from mission_cli.render.markdown import code, md
from mission_cli.render.report_common import long_date, summary_facts
from mission_cli.views.report import Entry, Report


def _entry(entry: Entry) -> list[str]:
    diag = entry.diagnostic
    lines = [f"- **{diag.severity}** {code(diag.rule)} (line {diag.line}): {md(diag.message)}"]
    for item in entry.items:
        lines.append(f"  - {code(item.id)} {md(item.title)}: {md(item.when)}, {md(item.where)}")
    if diag.reason:
        lines.append(f"  - *reason:* {md(diag.reason)}")
    elif diag.hint:
        lines.append(f"  - *hint:* {md(diag.hint)}")
    return lines


def render_report_markdown(report: Report) -> str:
    out = [f"# Pre-departure report: {md(report.title)}", ""]
    out += [f"- **{label}:** {md(value)}" for label, value in summary_facts(report)]
    if report.ok and not report.counts.warning:
        out += ["", "**The programme holds: no live problem.**"]
    if report.file_problems:
        out += ["", "## Problems in the file", ""]
        for entry in report.file_problems:
            out += _entry(entry)
    for day in report.days:
        out += ["", f"## {long_date(day.day)}"]
        for section in day.delegates:
            label = md(section.name) + (f" ({code(section.key)})" if section.key else "")
            out += ["", f"### {label}", ""]
            for entry in section.entries:
                out += _entry(entry)
    if report.suppressed:
        out += ["", "## Suppressed (ignore entries)", ""]
        for entry in report.suppressed:
            out += _entry(entry)
    out += ["", "## Per delegate", "", "| Delegate | Errors | Warnings | Suppressed |",
            "| --- | ---: | ---: | ---: |"]  # fmt: skip
    for row in report.per_delegate:
        out.append(
            f"| {md(row.name)} ({code(row.key)}) | {row.counts.error} | {row.counts.warning} | "
            f"{row.counts.suppressed} |"
        )
    return "\n".join(out) + "\n"
