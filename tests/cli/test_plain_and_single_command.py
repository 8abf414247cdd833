"""What a run saves, shown to change nothing: ``validate`` written without Rich where
Rich would write no colour, and a run registering only the command it names."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import pytest
from typer.testing import CliRunner

from mission_cli.cli.app import COMMANDS, _named, build_app
from mission_cli.cli.consoles import colourless_stdout, sized
from mission_cli.load.inputs import expand
from mission_cli.render.validate_text import render_validate_text, validate_plain
from mission_cli.views.validation import validate_inputs
from tests.support import ROOT

EXAMPLES = sorted((ROOT / "trips" / "examples").glob("*.yaml"))


def _never() -> BinaryIO:
    raise AssertionError("standard input is not read")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    "files", [[p] for p in EXAMPLES[:8]] + [EXAMPLES, [ROOT / "trips" / "2024-04.yaml"]]
)
def test_plain_text_is_what_rich_writes_without_colour(files: list[Path], lang: str) -> None:
    from rich.console import Console

    for quiet in (False, True):
        view = validate_inputs(
            expand([str(f) for f in files]), _never, lang=lang, strict=False, quiet=quiet
        )
        drawn = io.StringIO()
        console = sized(Console(file=drawn, width=80, no_color=True, highlight=False))
        render_validate_text(view, console)
        assert validate_plain(view) == drawn.getvalue()
        assert "\x1b" not in drawn.getvalue()


def test_plain_only_where_rich_would_show_no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stream(io.StringIO):
        def __init__(self, tty: bool) -> None:
            super().__init__()
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stdout", Stream(tty=False))
    assert colourless_stdout()
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.setenv(name, "")
        assert not colourless_stdout()
        monkeypatch.delenv(name)
    monkeypatch.setattr("sys.stdout", Stream(tty=True))
    assert not colourless_stdout()


@pytest.mark.parametrize("name", [name for name, _, _ in COMMANDS])
def test_a_command_alone_parses_as_in_the_whole_app(name: str) -> None:
    runner = CliRunner()
    env = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}
    for args in ([name, "-h"], [name, "--no-such-option"], [name]):
        alone = runner.invoke(build_app(name), args, env=env)
        whole = runner.invoke(build_app(), args, env=env)
        assert (alone.exit_code, alone.output) == (whole.exit_code, whole.output)


def test_only_an_exact_command_name_narrows_the_app() -> None:
    assert _named(["validate", "x.yaml"]) == "validate"
    assert _named(["export", "ics"]) == "export"
    for args in ([], ["-h"], ["--debug", "validate"], ["validat"], ["Validate"], ["ics"]):
        assert _named(args) is None
