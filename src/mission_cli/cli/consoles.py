"""Where the command writes besides its output: the consoles, and its own lines on
standard error (an error that stops it, a status line), worded in the run's language.

``mission: error: …`` and ``mission: …`` in English, ``mission : erreur : …`` in French:
the prefix is a template of the catalogue too, with the language's colon.
"""

from __future__ import annotations

import errno
import os
import sys
from functools import cache
from typing import TYPE_CHECKING, NoReturn

import typer

from mission_cli.words.message import Message
from mission_cli.words.words import Words

if TYPE_CHECKING:
    from rich.console import Console

EXIT_USAGE = 2


class OutputClosed(Exception):
    """Standard output was closed under the command by its reader (``| head``). Not an
    ``OSError``: Click would turn that into an exit 1; ``cli.app.run`` ends silently with
    the shell's status for SIGPIPE, 141."""

    errno = errno.EPIPE


@cache
def _console_class() -> type[Console]:
    """Rich's console, ending a closed pipe as :class:`OutputClosed`: imported when a
    command first draws (a check printed to a pipe never does)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise OutputClosed(os.strerror(errno.EPIPE))

    return _Console


def stdout_console() -> Console:
    """Standard output: colour only on a terminal (``NO_COLOR`` respected)."""
    return sized(_console_class()(highlight=False, soft_wrap=True, emoji=False))


def stderr_console() -> Console:
    return sized(_console_class()(stderr=True, highlight=False, soft_wrap=True, emoji=False))


FORCING = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
"""What makes Rich treat any output as a terminal (any value: Rich reads each its way)."""


def colourless_stdout() -> bool:
    """Whether Rich would write standard output as plain text: not a terminal, and no
    variable of :data:`FORCING` set. Plain text is then written without Rich."""
    if any(name in os.environ for name in FORCING):
        return False
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return isatty is not None and not isatty()
    except (OSError, ValueError):  # closed: Rich's own path says so
        return False


def sized(console: Console) -> Console:
    """Control characters made visible; a width under 20 columns (``COLUMNS=0``) is a
    broken setting, not a terminal."""
    from mission_cli.render.visible_terminal import VisibleControls

    console.push_render_hook(VisibleControls())
    if console.width < 20:
        console.width = 80
    return console


def error_line(message: Message, words: Words) -> str:
    """``mission: error: MESSAGE``, on one line."""
    from mission_cli.render.visible import one_line

    return one_line(words.t("mission: error: {message}", message=words.say(message)))


def fail(message: Message, words: Words) -> NoReturn:
    """The command could not run (a missing file, a bad request): one line, exit 2."""
    stderr_console().print(error_line(message, words), markup=False)
    raise typer.Exit(EXIT_USAGE)


def status(message: Message, words: Words) -> None:
    """A line about what the command did, on standard error (standard output holds only
    what was asked for): ``mission: MESSAGE``."""
    said = words.t("mission: {message}", message=words.say(message))
    stderr_console().print(said, markup=False)


def done(message: Message, words: Words, *, quiet: bool) -> None:
    """What was written where (a :func:`status` line), unless ``--quiet``: warnings and
    notes about the trip are always said."""
    if not quiet:
        status(message, words)
