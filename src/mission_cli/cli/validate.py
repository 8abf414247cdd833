"""``mission validate FILE``: every problem in a trip file, located."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from mission_cli.cli.common import (
    FileArgument,
    StrictOption,
    choices,
    emit,
    finish,
    format_option,
    load_or_exit,
)
from mission_cli.render.formats import VALIDATE

if TYPE_CHECKING:
    ValidateFormat = str
else:
    ValidateFormat = choices("ValidateFormat", VALIDATE)


def validate(
    file: FileArgument,
    output_format: Annotated[
        ValidateFormat, format_option("text for people, json for scripts.")
    ] = "text",
    strict: StrictOption = False,
) -> None:
    """Check a trip file and report every problem with its line and column.

    Exit code: 0 when no error remains, 1 when the trip has errors (or warnings
    with --strict), 2 when the file cannot be read.
    """
    loaded = load_or_exit(file)
    emit(VALIDATE[output_format], loaded.result, None, name="validate")
    finish(loaded.result, strict=strict)
