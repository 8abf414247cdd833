"""The ``mission`` command. Thin: options in, core called, renderer chosen, exit code out."""

from __future__ import annotations

import errno
import gc
import io
import os
import signal
import sys


def version_line() -> str:
    from mission_cli import __version__

    return f"mission {__version__}"


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: the exit code, whatever happens (Ctrl-C, SIGTERM, a
    closed or full standard output)."""
    try:
        code = _main(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:  # before the command's own handler is in place
        sys.stderr.write("mission: interrupted\n")
        code = 130
    if code:
        raise SystemExit(code)


def _main(args: list[str]) -> int:
    # A kill (SIGTERM), or the terminal closing under the command (SIGHUP: a closed
    # window, a lost ssh session), unwinds like an exit: temporary files are removed on
    # the way.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):  # no SIGHUP on Windows
            signal.signal(getattr(signal, name), _terminated)
    if sys.stdout is None:  # started with standard output closed
        sys.stdout = ClosedStream()
    if args == ["--version"]:
        # Answered before importing Typer, Rich and Pydantic: a version check stays instant.
        return _write_version()
    # A run is short and builds a large graph of objects with few cycles: the cyclic
    # collector would walk it again and again (a large share of the time of a big
    # trip) to free next to nothing. Memory is returned when the process ends.
    gc.disable()
    # mission loads no Pydantic plugin; looking for them scans every installed
    # package's metadata, which costs a short command a noticeable part of its time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from mission_cli.cli.plugins import find_no_plugins

    find_no_plugins()
    from mission_cli.cli.app import run

    return run(args)


def _write_version() -> int:
    try:
        sys.stdout.write(version_line() + "\n")
        sys.stdout.flush()
    except OSError as exc:
        return output_failed(exc)
    return 0


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


class ClosedStream(io.TextIOBase):
    """Standard output when the process started without one: writing to it fails, so
    that the command says so and exits 2 instead of printing nothing and exiting 0."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


EXIT_PIPE = 128 + 13
"""The status a shell gives a command that a closed pipe stopped (SIGPIPE is 13)."""


def output_failed(exc: Exception) -> int:
    """Standard output cannot be written. Closed by its reader (``| head``): the reader
    has what it wanted, so nothing is said and the status is the shell's for SIGPIPE,
    141. Closed from the start, or a full disk: one line on standard error, exit 2.
    Either way nothing more is written to it on the way out."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    except (OSError, ValueError):
        pass
    if _closed_pipe(exc):
        return EXIT_PIPE
    reason = getattr(exc, "strerror", None) or exc
    sys.stderr.write(f"mission: error: cannot write the output: {reason}\n")
    return 2


def _closed_pipe(exc: Exception) -> bool:
    return isinstance(exc, BrokenPipeError) or getattr(exc, "errno", None) == errno.EPIPE
