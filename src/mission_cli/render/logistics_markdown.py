"""``mission logistics VIEW --format markdown``: a table per sheet."""

from __future__ import annotations

from mission_cli.render.markdown import md
from mission_cli.views.logistics.sheets import LogisticsView


def _cell(text: str) -> str:
    """A cell's lines as one table cell (GitHub and GitLab render ``<br>`` in tables)."""
    return "<br>".join(md(line) for line in text.split("\n")) if text else " "


def render_logistics_markdown(view: LogisticsView) -> str:
    out = [f"# {md(view.title)}"]
    for sheet in view.sheets:
        out.append("")
        if sheet.heading:
            out += [f"## {md(sheet.heading)}", ""]
        if sheet.note:
            out += [md(sheet.note), ""]
        out.append("| " + " | ".join(md(c) for c in sheet.columns) + " |")
        out.append("|" + "".join(" ---: |" if i in sheet.numeric else " --- |"
                                 for i in range(len(sheet.columns))))  # fmt: skip
        out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in sheet.rows]
    for note in view.notes:
        out += ["", md(note)]
    return "\n".join(out) + "\n"
