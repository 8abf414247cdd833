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


HOSTILE_LINES = [
    "trip:\n  title: a\x07b\n",  # a bell, which Rich would drop
    "trip: {title: x\x08y}\n",
    "cities:\n  - {id: a, title: x\x1b[31my, bad: 1}\n",  # an escape before the column
    "trip: {title: 東京\x1b, bad: 1}\n",  # wide characters, then an escape
    "trip:\n\ttitle: tab\n",
    "trip: {title: \u202eevil, bad: 1}\n",
]


@pytest.mark.parametrize("text", HOSTILE_LINES)
def test_a_hostile_line_is_written_alike_with_and_without_rich(tmp_path: Path, text: str) -> None:
    from rich.console import Console

    path = tmp_path / "t.yaml"
    path.write_bytes(text.encode("utf-8"))
    view = validate_inputs(expand([str(path)]), _never, lang="en", strict=False, quiet=False)
    drawn = io.StringIO()
    render_validate_text(view, sized(Console(file=drawn, width=80, no_color=True)))
    assert validate_plain(view) == drawn.getvalue()


@pytest.mark.parametrize(
    ("line", "column", "shown", "offset"),
    [
        ("ab\x07cd", 4, "ab\\x07cd", 6),  # the escape is 4 cells wide
        ("x\x1b[31my", 7, "x\\x1b[31my", 9),
        ("東京 x", 4, "東京 x", 5),  # two cells each
        ("\u202ey", 2, "\\u202ey", 6),
    ],
)
def test_the_caret_stands_under_the_column_as_shown(
    line: str, column: int, shown: str, offset: int
) -> None:
    from mission_cli.render.validate_text import source_excerpt

    assert source_excerpt(line, column) == (shown, offset)
