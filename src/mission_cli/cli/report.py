"""``mission report FILE``: the conflict report circulated before departure."""

from __future__ import annotations

import io
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mission_cli.cli.app import app, fail, finish, stdout_console, write_output


class ReportFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    html = "html"
    json = "json"


@app.command()
def report(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The trip file (YAML).")],
    output_format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help="text (terminal), markdown, html or json."),
    ] = ReportFormat.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the report to this file instead.", dir_okay=False
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
) -> None:
    """Print the pre-departure report: every problem by local day and by delegate.

    Exit code as for validate: 0 when no error remains, 1 when the trip has
    errors (or warnings with --strict), 2 when the file cannot be read.
    """
    from mission_cli.load.source import SourceError
    from mission_cli.pipeline import load_path
    from mission_cli.report import build_report

    try:
        loaded = load_path(file, str(file))
    except SourceError as exc:
        fail(str(exc))
    data = build_report(loaded)
    if output_format is ReportFormat.text:
        from rich.console import Console

        from mission_cli.render.report_text import render_report_text

        if output is None:
            render_report_text(data, stdout_console())
            finish(loaded.result, strict=strict)
        buffer = io.StringIO()
        render_report_text(data, Console(file=buffer, width=100, no_color=True, highlight=False))
        text = buffer.getvalue()
    elif output_format is ReportFormat.markdown:
        from mission_cli.render.report_markdown import render_report_markdown

        text = render_report_markdown(data)
    elif output_format is ReportFormat.html:
        from mission_cli.render.report_html import render_report_html

        text = render_report_html(data)
    else:
        from mission_cli.render.report_json import render_report_json

        text = render_report_json(data)
    write_output(text, output)
    finish(loaded.result, strict=strict)
