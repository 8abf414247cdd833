"""Shared test helpers: run the pipeline on text, compare positions exactly."""

from __future__ import annotations

import textwrap

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
  rochester: {name: Rochester, timezone: America/New_York}
  quebec: {name: Québec, timezone: America/Toronto}
venues:
  city-hall: {name: City Hall, city: rochester}
delegates:
  nappere: {name: Nathalie Appéré, groups: [elus]}
  cci: {name: CCI delegate, groups: [economie]}
"""
BASE_LINES = BASE.count("\n")


def load(text: str) -> Loaded:
    return load_source(decode_source(textwrap.dedent(text).encode("utf-8"), "trip.yaml"))


def problems(text: str) -> list[Diagnostic]:
    return load(text).result.diagnostics


def positions(text: str) -> list[tuple[str, int, int]]:
    """(rule, line, column) of every diagnostic, in file order."""
    return [(d.rule, d.line, d.column) for d in problems(text)]


def with_base(extra: str) -> str:
    """The base trip followed by more sections; their lines start at BASE_LINES + 1."""
    return BASE + textwrap.dedent(extra)
