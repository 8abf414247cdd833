"""What a logistics view shows, laid out once for every format: titled tables (a
document, for the terminal, Markdown and HTML), one flat table for CSV, and the
contract's JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mission_cli.views.document import (
    Block,
    Column,
    Document,
    Paragraph,
    Row,
    Section,
    Span,
    Table,
    line,
)
from mission_cli.words.terms import NC_, Term
from mission_cli.words.words import Words

COLUMNS: dict[str, Term] = {
    "date": NC_("column", "Date"),
    "when": NC_("column", "When"),
    "status": NC_("column", "Status"),
    "time": NC_("column", "Time"),
    "meal": NC_("column", "Meal"),
    "event": NC_("column", "Event"),
    "venue": NC_("column", "Venue"),
    "city": NC_("column", "City"),
    "headcount": NC_("column", "Delegation"),
    "guests": NC_("column", "Guests"),
    "covers": NC_("column", "Covers"),
    "diets": NC_("column", "Diets"),
    "other_needs": NC_("column", "Other needs"),
    "lodging": NC_("column", "Lodging"),
    "hotel": NC_("column", "Hotel"),
    "guest": NC_("column", "Guest"),
    "key": NC_("column", "Key"),
    "check_in": NC_("column", "Check-in"),
    "check_out": NC_("column", "Check-out"),
    "nights": NC_("column", "Nights"),
    "move": NC_("column", "Move"),
    "mode": NC_("column", "Mode"),
    "from": NC_("column", "From"),
    "to": NC_("column", "To"),
    "depart": NC_("column", "Departs"),
    "arrive": NC_("column", "Arrives"),
    "seats": NC_("column", "Seats"),
    "passenger": NC_("column", "Passenger"),
    "organization": NC_("column", "Organisation"),
    "nationality": NC_("column", "Nationality"),
    "phone": NC_("column", "Phone"),
    "passport": NC_("column", "Passport"),
    "delegate": NC_("column", "Delegate"),
    "country": NC_("column", "Country"),
    "enter": NC_("column", "Enters"),
    "leave": NC_("column", "Leaves"),
    "requires": NC_("column", "Requires"),
    "held": NC_("column", "Holds"),
    "missing": NC_("column", "Missing"),
    "expired": NC_("column", "Expired"),
}
"""The columns of the sheets, by key."""


def columns(words: Words, *keys: str) -> list[str]:
    """The titles of columns, in ``words``."""
    return [words.term(COLUMNS[key]) for key in keys]


@dataclass(slots=True)
class Sheet:
    """One table: a heading (none for a single table), column titles and rows of text
    (a cell's lines split at ``\\n``); ``numeric`` columns are right-aligned."""

    heading: str | None
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    numeric: frozenset[int] = frozenset()
    note: str | None = None
    """A line under the heading (a move's route and times, a hotel's address)."""

    def table(self) -> Table:
        heads = tuple(Column(c, numeric=i in self.numeric) for i, c in enumerate(self.columns))
        rows = tuple(
            Row(tuple(tuple(line(part) for part in cell.split("\n")) for cell in row))
            for row in self.rows
        )
        return Table(heads, rows)


@dataclass(slots=True)
class LogisticsView:
    name: str
    """``meals``, ``rooming``, ``manifest`` or ``documents``: names the file written."""
    words: Words
    title: str
    sheets: list[Sheet]
    flat: Sheet
    """The CSV: one header row, one row per line a hotel or a caterer works from."""
    data: dict[str, Any]
    """The JSON of the contract (``docs/cli.md``)."""
    notes: list[str] = field(default_factory=list)

    def document(self) -> Document:
        blocks: list[Block] = []
        for sheet in self.sheets:
            inner: list[Block] = []
            if sheet.note:
                inner.append(Paragraph((line(Span(sheet.note, "em")),)))
            inner.append(sheet.table())
            if sheet.heading:
                blocks.append(Section(line(sheet.heading), inner))
            else:
                blocks += inner
        blocks += [Paragraph((line(note),), "note") for note in self.notes]
        return Document(self.title, self.words.lang, self.words.colon, blocks)


def masked(number: str | None) -> str:
    """A document number as it may be shown: its last 3 characters (``…567``); one of 3
    characters or fewer, not at all (``…``)."""
    if not number:
        return ""
    return "…" + (number[-3:] if len(number) > 3 else "")
