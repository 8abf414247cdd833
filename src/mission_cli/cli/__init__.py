"""The ``mission`` command. Thin: options in, core called, renderer chosen, exit code out."""

from __future__ import annotations

import gc
import os
import sys


def version_line() -> str:
    from mission_cli import __version__

    return f"mission {__version__}"


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        # Answered before importing Typer, Rich and Pydantic: a version check stays instant.
        sys.stdout.write(version_line() + "\n")
        return
    # A run is short and builds a large graph of objects with few cycles: the cyclic
    # collector would walk it again and again (a large share of the time of a big
    # trip) to free next to nothing. Memory is returned when the process ends.
    gc.disable()
    # mission loads no Pydantic plugin; looking for them scans every installed
    # package's metadata, which costs a short command a noticeable part of its time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from mission_cli.cli.app import run

    raise SystemExit(run(args))
