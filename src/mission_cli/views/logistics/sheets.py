"""What a logistics view shows, laid out once for every format: titled tables for the
terminal, Markdown and HTML, one flat table for CSV, and the contract's JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Sheet:
    """One table: a heading (none for a single table), column titles and rows of text;
    ``numeric`` columns are right-aligned."""

    heading: str | None
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    numeric: frozenset[int] = frozenset()
    note: str | None = None
    """A line under the heading (a move's route and times, a hotel's address)."""


@dataclass(slots=True)
class LogisticsView:
    name: str
    """``meals``, ``rooming``, ``manifest`` or ``documents``: names the file written."""
    lang: str
    title: str
    sheets: list[Sheet]
    flat: Sheet
    """The CSV: one header row, one row per line a hotel or a caterer works from."""
    data: dict[str, Any]
    """The JSON of the contract (``docs/cli.md``)."""
    notes: list[str] = field(default_factory=list)


def masked(number: str | None) -> str:
    """A document number as it may be shown: its last 3 characters (``…567``); one of 3
    characters or fewer, not at all (``…``)."""
    if not number:
        return ""
    return "…" + (number[-3:] if len(number) > 3 else "")
