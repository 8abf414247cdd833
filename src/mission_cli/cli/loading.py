"""Loading a trip for a command that needs it whole (agenda, export)."""

from __future__ import annotations

from pathlib import Path

from mission_cli.cli.app import EXIT_PROBLEMS, fail, stderr_console
from mission_cli.pipeline import Loaded


def load_whole_trip(file: Path) -> Loaded:
    """The trip, or exit: 2 when the file cannot be read, 1 (with the diagnostics on
    stderr) when the file itself has errors. Schedule problems do not stop a command."""
    import typer

    from mission_cli.load.source import SourceError
    from mission_cli.pipeline import load_path
    from mission_cli.rules.registry import all_rules

    try:
        loaded = load_path(file, str(file))
    except SourceError as exc:
        fail(str(exc))
    result = loaded.result
    file_errors = [
        d
        for d in result.diagnostics
        if not d.suppressed and d.severity == "error" and all_rules()[d.rule].of_the_file
    ]
    if file_errors or loaded.trip is None:
        from mission_cli.diagnostics import Result
        from mission_cli.render.text_report import render_text

        render_text(Result(result.file, file_errors, result.text), stderr_console())
        raise typer.Exit(EXIT_PROBLEMS)
    return loaded


def require_delegate(loaded: Loaded, key: str) -> str:
    """A delegate key of the trip, or exit 2 with "did you mean"."""
    from mission_cli.suggest import nearest

    assert loaded.model is not None
    keys = list(loaded.model.delegates)
    if key in keys:
        return key
    by_name = {d.name.lower(): k for k, d in loaded.model.delegates.items()}
    guess = by_name.get(key.lower()) or nearest(key, keys) or nearest(key, list(by_name))
    if guess in by_name:
        guess = by_name[guess]
    hint = f"; did you mean '{guess}'?" if guess else f"; the delegates are: {', '.join(keys)}"
    fail(f"unknown delegate '{key}'{hint}")
