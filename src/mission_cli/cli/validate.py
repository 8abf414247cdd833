"""``mission validate FILE...``: every problem in trip files, located."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.common import (
    QuietOption,
    StrictOption,
    choices,
    emit,
    format_option,
    status,
    stderr_console,
)
from mission_cli.render.formats import VALIDATE

if TYPE_CHECKING:
    ValidateFormat = str
else:
    ValidateFormat = choices("ValidateFormat", VALIDATE)

FilesArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="FILE",
        help="Trip files (YAML); a folder stands for every .yaml/.yml file under it; "
        "- reads standard input.",
        show_default=False,
    ),
]


def validate(
    files: FilesArgument,
    output_format: Annotated[
        ValidateFormat,
        format_option(
            "text for people, json for scripts, github for annotations in a GitHub pull request."
        ),
    ] = "text",
    strict: StrictOption = False,
    quiet: QuietOption = False,
) -> None:
    """Check trip files and report every problem with its file, line and column.

    Exit code, the worst of the files: 0 when no error remains, 1 when a trip has
    errors (or warnings with --strict), 2 when a file cannot be read.
    """
    from mission_cli.load.inputs import STDIN, expand
    from mission_cli.views.validation import validate_inputs

    if STDIN in files and typer.get_binary_stream("stdin").isatty():
        status("reading a trip from standard input (end it with Ctrl-D)")
    inputs = expand(files)
    view = validate_inputs(inputs, typer.get_binary_stream("stdin"), strict=strict, quiet=quiet)
    if output_format != "json":
        for item in view.unreadable:
            stderr_console().print(f"mission: error: {item.error}", markup=False)
    emit(VALIDATE[output_format], view, None, name="validate")
    raise typer.Exit(view.exit_code())
