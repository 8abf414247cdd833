"""Shared test helpers: run the pipeline on text, compare positions exactly, run the
command line at a fixed width, compare with golden files."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mission_cli.diagnostics import Diagnostic
from mission_cli.load.source import decode_source
from mission_cli.pipeline import Loaded, load_source

BASE = """\
trip:
  title: Test trip
  home_timezone: Europe/Paris
  start: 2024-01-01
  end: 2024-12-31
cities:
  rochester: {name: Rochester, timezone: America/New_York, country: US, location: [43.16, -77.61]}
  quebec: {name: Québec, timezone: America/Toronto, country: CA, location: [46.81, -71.21]}
  paris: {name: Paris, timezone: Europe/Paris, country: FR, location: [49.01, 2.55]}
  rennes: {name: Rennes, timezone: Europe/Paris, country: FR, home: true}
venues:
  city-hall: {name: City Hall, city: rochester, capacity: 3}
  rit: {name: RIT, city: rochester}
  laval: {name: Université Laval, city: quebec}
delegates:
  nappere: {name: Nathalie Appéré, groups: [elus], nationality: FR}
  dri: {name: DRI, groups: [elus]}
  cci: {name: CCI, groups: [economie]}
"""
"""The one base trip of the tests: the sections a test adds after it start on line
``BASE_LINES + 1``. Its dates can be changed (``text_of(..., start=, end=)``)."""
BASE_LINES = BASE.count("\n")
L = BASE_LINES

Found = tuple[str, int, int, tuple[str, ...], tuple[str, ...]]
"""(rule, line, column, ids, delegates) of a diagnostic."""


def load(text: str) -> Loaded:
    return load_source(decode_source(textwrap.dedent(text).encode("utf-8"), "trip.yaml"))


def problems(text: str) -> list[Diagnostic]:
    return load(text).result.diagnostics


def positions(text: str) -> list[tuple[str, int, int]]:
    """(rule, line, column) of every diagnostic, in file order."""
    return [(d.rule, d.line, d.column) for d in problems(text)]


def text_of(*parts: str, start: str = "2024-01-01", end: str = "2024-12-31") -> str:
    """The base trip (with these dates) followed by more sections, each dedented."""
    dates = f"  start: {start}\n  end: {end}\n"
    base = BASE.replace("  start: 2024-01-01\n  end: 2024-12-31\n", dates, 1)
    return base + "".join(textwrap.dedent(part) for part in parts)


def with_base(extra: str) -> str:
    """The base trip followed by one more part (see :func:`text_of`)."""
    return text_of(extra)


def found(*parts: str, rules: tuple[str, ...] = (), **dates: str) -> list[Found]:
    """Every live diagnostic (of ``rules``) of the base trip with ``parts``."""
    return [
        (d.rule, d.line, d.column, d.events, d.delegates)
        for d in problems(text_of(*parts, **dates))
        if not d.suppressed and (not rules or d.rule in rules)
    ]


def at(
    parts: tuple[str, ...] | str,
    rule: str,
    line: int,
    needle: str,
    events: tuple[str, ...] = (),
    delegates: tuple[str, ...] = (),
) -> Found:
    """An expected diagnostic at ``line``, in the column where ``needle`` (unique on that
    line) starts; ``parts`` are added to the base, or a whole text."""
    text = parts if isinstance(parts, str) else text_of(*parts)
    source = text.splitlines()[line - 1]
    assert source.count(needle) == 1, f"{needle!r} is not unique on line {line}: {source}"
    return (rule, line, source.index(needle) + 1, events, delegates)


ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
_runner = CliRunner()


def invoke(
    *args: str, width: int = 80, env: dict[str, str | None] | None = None
) -> tuple[int, str]:
    """Run ``mission ARGS`` at a fixed width, with no colour (from the project's folder:
    see ``conftest.py``)."""
    from mission_cli.cli.app import build_app

    base: dict[str, str | None] = {
        "COLUMNS": str(width), "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"
    }  # fmt: skip
    result = _runner.invoke(build_app(), list(args), env={**base, **(env or {})})
    return result.exit_code, result.output


def check_golden(name: str, output: str) -> None:
    """Compare with ``tests/golden/NAME``; ``MISSION_UPDATE_GOLDEN=1`` rewrites it instead
    (and the test is skipped: a rewritten golden proves nothing). An HTML page's shared
    stylesheet is left out of the comparison (``render/html_page.py`` owns it)."""
    if name.endswith(".html"):
        from mission_cli.render.html import CSS

        assert f"<style>{CSS}</style>" in output
        output = output.replace(f"<style>{CSS}</style>", "<style></style>", 1)
    path = GOLDEN / name
    if os.environ.get("MISSION_UPDATE_GOLDEN"):
        path.write_text(output, encoding="utf-8")
        pytest.skip(f"rewrote tests/golden/{name}")
    assert output == path.read_text(encoding="utf-8")


def khal_config(folder: Path, zone: str = "Europe/Paris") -> tuple[Path, dict[str, str]]:
    """A khal configuration with one calendar in ``folder/calendar`` (times in ``zone``),
    and the environment that keeps khal's own files in ``folder``."""
    calendar = folder / "calendar"
    calendar.mkdir()
    config = folder / "khal.conf"
    config.write_text(
        f"[calendars]\n[[mission]]\npath = {calendar}\ntype = calendar\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        f"default_timezone = {zone}\nlocal_timezone = {zone}\n"
        "[default]\ndefault_calendar = mission\n",
        encoding="utf-8",
    )
    env = {**os.environ, "HOME": str(folder), "XDG_DATA_HOME": str(folder / "data")}
    return config, env
