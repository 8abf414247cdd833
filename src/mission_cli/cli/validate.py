"""``mission validate FILE...``: every problem in trip files, located."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, BinaryIO

import typer

from mission_cli.cli.common import (
    LangOption,
    StrictOption,
    emit,
    format_option,
    status,
    stderr_console,
    words_of,
)
from mission_cli.cli.consoles import error_line
from mission_cli.render.formats import VALIDATE
from mission_cli.words.message import Message
from mission_cli.words.words import Words

FilesArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="FILE",
        help="Trip files (YAML); a folder stands for every .yaml/.yml file under it; "
        "- reads standard input.",
        show_default=False,
    ),
]


def _stdin(words: Words) -> Callable[[], BinaryIO]:
    """What gives standard input, when ``-`` is read (a note first, if it is a terminal)."""

    def stdin() -> BinaryIO:
        stream = typer.get_binary_stream("stdin")
        if stream.isatty():
            status(Message("reading a trip from standard input (end it with Ctrl-D)"), words)
        return stream

    return stdin


def validate(
    files: FilesArgument,
    output_format: Annotated[
        str,
        format_option(
            VALIDATE,
            {
                "text": "for people",
                "json": "for scripts",
                "github": "for annotations in a GitHub pull request",
            },
        ),
    ] = "text",
    strict: StrictOption = False,
    lang: LangOption = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Only the problems: no summary, nothing for clean files."
        ),
    ] = False,
) -> None:
    """Check trip files and report every problem with its file, line and column.

    Exit code, the worst of the files: 0 when no error remains, 1 when a trip has
    errors (or warnings with --strict), 2 when a file cannot be read.
    """
    from mission_cli.load.inputs import expand
    from mission_cli.views.validation import validate_inputs

    chosen = str(lang) if lang is not None else None
    stdin = _stdin(words_of(chosen, None))
    view = validate_inputs(expand(files), stdin, lang=chosen, strict=strict, quiet=quiet)
    if output_format != "json":
        for item in view.unreadable:
            stderr_console().print(error_line(item.said, view.words), markup=False)
    emit(VALIDATE[output_format], view, None, words=view.words, name="validate")
    raise typer.Exit(view.exit_code())
