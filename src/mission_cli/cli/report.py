"""``mission report FILE``: the conflict report circulated before departure."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mission_cli.cli.common import (
    FileArgument,
    IncludePersonal,
    LangOption,
    OutputOption,
    QuietOption,
    emit,
    finish,
    format_option,
    load_or_exit,
    load_side,
    words_of,
)
from mission_cli.render.formats import REPORT


def report(
    file: FileArgument,
    output_format: Annotated[str, format_option(REPORT, {"text": "(the terminal)"})] = "text",
    output: OutputOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    lang: LangOption = None,
    include_personal: IncludePersonal = False,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="OLD",
            help="Add what changed since this version (a file or REV:PATH from git).",
        ),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Print the pre-departure report: every problem by local day and by delegate.

    Exit code as for validate: 0 when no error remains, 1 when the trip has
    errors (or warnings with --strict), 2 when the file cannot be read.
    """
    from mission_cli.views.report_build import add_changes_since, build_report

    loaded = load_or_exit(file, lang=lang, json_errors=output_format == "json")
    words = words_of(lang, loaded.model)
    view = build_report(loaded, words, personal=include_personal)
    if since is not None and loaded.trip is not None:
        add_changes_since(
            view, load_side(since, lang=lang, json_errors=output_format == "json"), loaded
        )
    sources = [file] if since is None else [file, Path(since)]
    emit(
        REPORT[output_format],
        view,
        output,
        words=words,
        name="report",
        source=sources,
        quiet=quiet,
    )
    finish(loaded.result, strict=strict)
