"""The Typer application: every command registered here, and the one handler for the
unexpected."""

from __future__ import annotations

import errno
import importlib
import io
import sys
from collections.abc import Callable
from typing import Annotated

import typer

from mission_cli.cli import output_failed
from mission_cli.cli.common import EXIT_OK, EXIT_USAGE, OutputClosed
from mission_cli.render.visible import visible

HELP = {"help_option_names": ["-h", "--help"]}


class _State:
    debug = False


def _version(value: bool) -> None:
    if value:
        from mission_cli.cli import version_line

        typer.echo(version_line())
        raise typer.Exit()


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


COMMANDS: tuple[tuple[str, str, str], ...] = (
    # The one-line summaries of `mission -h` (Click would cut each docstring at 45 columns).
    ("init", "Start a trip file: every section, explained.", "init.init"),
    ("validate", "Check trip files: every problem, located.", "validate.validate"),
    ("report", "The pre-departure report of problems.", "report.report"),
    ("rules", "The rules; a rule's example and fix.", "rules.list_rules"),
    ("agenda", "Agendas per delegate, city or day.", "agenda.agenda"),
    ("whereis", "Where everyone is at an instant.", "whereis.whereis"),
    ("booklet", "The printed booklet (A4 PDF) of each delegate.", "booklet.booklet"),
    ("logistics", "Meals, rooming, passengers, entry documents.", "logistics.logistics_command"),
    ("diff", "What changed between two versions.", "diff.diff"),
    ("schedule", "Place the meeting requests (a solver).", "schedule.schedule"),
    ("schema", "The JSON Schema of trip files, for editors.", "schema.schema"),
    ("export", "Calendar files (.ics) for each delegate.", "export.export_ics"),
    ("publish", "Calendars on a CalDAV server that phones follow.", "publish.publish"),
)
"""Every command, in the order of ``mission -h``, with its function (``module.function``
in ``mission_cli.cli``); ``export`` is a group (``export ics``)."""


def command_function(where: str) -> Callable[..., None]:
    """The function of a command (``validate.validate``), its module imported when the
    command is registered: a run of one command imports no other command's module."""
    module, function = where.split(".")
    found: Callable[..., None] = getattr(
        importlib.import_module(f"mission_cli.cli.{module}"), function
    )
    return found


def build_app(only: str | None = None) -> typer.Typer:
    """The ``mission`` command with every subcommand, registered explicitly; with
    ``only``, that command alone (what a run of it parses: Typer reads the signature of
    each command it registers, which costs a short command a noticeable part of its
    time)."""
    app = typer.Typer(
        name="mission",
        help="Check and print the programme of an official delegation abroad, from one YAML file.",
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings=HELP,
    )
    app.callback()(_root)
    for name, summary, where in COMMANDS:
        if only is not None and name != only:
            continue
        command = command_function(where)
        if name != "export":
            app.command(name, short_help=summary)(command)
            continue
        exports = typer.Typer(
            help="Export the programme to other formats.",
            short_help=summary,
            no_args_is_help=True,
            rich_markup_mode=None,
            context_settings=HELP,
        )
        exports.command("ics")(command)
        app.add_typer(exports, name="export")
    return app


def _named(args: list[str]) -> str | None:
    """The command ``args`` run, when they start with its exact name (else None: the
    whole app, for ``-h``, an option before the command, or a name to correct)."""
    if args and any(args[0] == name for name, _, _ in COMMANDS):
        return args[0]
    return None


_CLICK_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)
"""Click's base of usage errors (Typer vendors Click in its recent versions)."""


def run(args: list[str]) -> int:
    """Run the app; anything unexpected becomes a short message and exit code 2."""
    try:
        try:
            code = build_app(_named(args))(args=args, prog_name="mission", standalone_mode=False)
        finally:
            sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
    except _CLICK_ERROR as exc:  # a bad option: its message may quote what was typed
        from mission_cli.cli.consoles import error_line
        from mission_cli.cli.usage import usage_message, usage_words

        worded = usage_message(exc)
        if worded is not None:
            sys.stderr.write(visible(error_line(worded, usage_words(exc, args))) + "\n")
            return int(getattr(exc, "exit_code", EXIT_USAGE))
        shown = io.StringIO()
        getattr(exc, "show")(file=shown)  # noqa: B009  (Click's, whichever Click it is)
        said = shown.getvalue().replace("Value error, ", "")  # Typer's enumerations say so
        sys.stderr.write(visible(said))
        return int(getattr(exc, "exit_code", EXIT_USAGE))
    except SystemExit as exc:
        if type(sys.stdout).__name__ == "PacifyFlushWrapper":  # Typer's exit 1 on a closed
            return output_failed(BrokenPipeError(errno.EPIPE, "Broken pipe"))  # pipe (help)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeyboardInterrupt:
        sys.stderr.write("mission: interrupted\n")
        return 130
    except (OSError, OutputClosed) as exc:  # files have their own messages: this is stdout
        return output_failed(exc)
    except Exception as exc:
        return _internal_error(exc, args)
    return code if isinstance(code, int) else EXIT_OK


def _internal_error(exc: Exception, args: list[str]) -> int:
    if _State.debug or "--debug" in args:
        import traceback

        traceback.print_exc()
    else:
        sys.stderr.write(
            visible(f"mission: internal error: {type(exc).__name__}: {exc}\n")
            + "This is a bug in mission, not in your file. Please report it to the mission\n"
            "project's issue tracker, with the file (or the part of it that shows the\n"
            "problem) and the output of the same command run with --debug.\n"
        )
    return EXIT_USAGE
