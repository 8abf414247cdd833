"""The Typer application, the exit codes and the one handler for the unexpected."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from mission_cli.diagnostics import Result

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="mission",
    help="Check and print the programme of an official delegation abroad, from one YAML file.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class _State:
    debug = False


def stdout_console(*, wrap: bool = False) -> Console:
    """Standard output; ``wrap`` folds long lines at the terminal's width (tables)."""
    return Console(highlight=False, soft_wrap=not wrap)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        from mission_cli.cli import version_line

        typer.echo(version_line())
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback if mission itself fails.")
    ] = False,
) -> None:
    _State.debug = debug


def fail(message: str) -> NoReturn:
    """The command could not run (a missing file, a bad request): one line, exit 2."""
    stderr_console().print(f"mission: error: {message}", markup=False)
    raise typer.Exit(EXIT_USAGE)


def write_output(text: str, output: Path | None) -> None:
    """Print ``text``, or write it whole to ``output`` (a temporary file, then a rename)."""
    if output is None:
        typer.echo(text, nl=False)
        return
    from mission_cli.output import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    stdout_console().print(f"mission: written to {output}", markup=False)


def finish(result: Result, *, strict: bool = False) -> NoReturn:
    """Map a result to the contract's exit code: 1 for live errors (or warnings if strict)."""
    raise typer.Exit(result.exit_code(strict=strict))


def run(args: list[str]) -> int:
    """Run the app; anything unexpected becomes a short message and exit code 2."""
    from mission_cli.cli import commands  # noqa: F401  (registers the commands)

    try:
        app(args=args, prog_name="mission")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeyboardInterrupt:
        sys.stderr.write("mission: interrupted\n")
        return 130
    except Exception as exc:
        if _State.debug or "--debug" in args:
            import traceback

            traceback.print_exc()
        else:
            sys.stderr.write(
                f"mission: internal error: {type(exc).__name__}: {exc}\n"
                "This is a bug in mission, not in your file. Please report it to the mission\n"
                "project's issue tracker, with the file (or the part of it that shows the\n"
                "problem) and the output of the same command run with --debug.\n"
            )
        return EXIT_USAGE
    return EXIT_OK
