"""``mission validate FILE``: every problem in a trip file, located."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mission_cli.cli.app import app, fail, finish, stdout_console


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The trip file (YAML).")],
    output_format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help="text for people, json for scripts."),
    ] = ReportFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1) on warnings too.")
    ] = False,
) -> None:
    """Check a trip file and report every problem with its line and column.

    Exit code: 0 when no error remains, 1 when the trip has errors (or warnings
    with --strict), 2 when the file cannot be read.
    """
    from mission_cli.load.source import SourceError
    from mission_cli.pipeline import load_path

    try:
        loaded = load_path(file, str(file))
    except SourceError as exc:
        fail(str(exc))
    result = loaded.result
    if output_format is ReportFormat.json:
        from mission_cli.render.json_report import render_json

        typer.echo(render_json(result), nl=False)
    else:
        from mission_cli.render.text_report import render_text

        render_text(result, stdout_console())
    finish(result, strict=strict)
