"""``mission diff --format markdown``: by delegate and day, to paste or publish."""

from __future__ import annotations

from mission_cli.render.markdown import code, md
from mission_cli.views.diff.by_delegate import ChangeLine, DelegateChanges
from mission_cli.views.diff.view import DiffView
from mission_cli.words.labels import label

MARK = {"added": "➕", "removed": "❌", "changed": "✏️"}


def line_items(line: ChangeLine, lang: str) -> list[str]:
    head = (
        f"- {MARK[line.kind]} **{label(lang, 'change_' + line.kind)}** {code(line.id)} "
        f"{md(line.title)}{label(lang, 'colon')}{md(line.when)}"
    )
    return [head] + [f"  - {md(detail)}" for detail in line.details]


def section_lines(section: DelegateChanges, lang: str, level: int = 2) -> list[str]:
    name = md(section.name) + (f" ({code(section.key)})" if section.key else "")
    out = ["", f"{'#' * level} {name}"]
    for day in section.days:
        if day.heading:
            out += ["", f"{'#' * (level + 1)} {md(day.heading)}"]
        out.append("")
        for line in day.lines:
            out += line_items(line, lang)
    return out


def render_diff_markdown(view: DiffView) -> str:
    lang = view.lang
    out = [f"# {md(view.title)}", "", md(label(lang, "diff_versions", old=view.old, new=view.new))]
    for section in view.sections:
        out += section_lines(section, lang)
    for note in view.notes:
        out += ["", md(note)]
    return "\n".join(out) + "\n"
