"""What a logistics view shows, laid out once for every format: titled tables (a
document, for the terminal, Markdown and HTML), one flat table for CSV and XLSX, and the
contract's JSON.

Supplier sheets name people, never by their key (version 1.2): the family name first, in
capitals, where ``family_name`` is given (``LE GOFF Marion``), as hotels register them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, TypeAlias

from mission_cli.model.schema import Delegate
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
    "dates": NC_("column", "Dates"),
    "family_name": NC_("column", "Family name"),
    "given_names": NC_("column", "Given names"),
    "arrival": NC_("column", "Arrival"),
    "departure": NC_("column", "Departure"),
    "room": NC_("column", "Room"),
    "sharing": NC_("column", "Sharing with"),
    "confirmation": NC_("column", "Confirmation"),
    "address": NC_("column", "Address"),
    "need": NC_("column", "Need"),
    "names": NC_("column", "Names"),
    "count": NC_("column", "Number"),
    "carrier": NC_("column", "Carrier"),
    "number": NC_("column", "Number"),
    "notes": NC_("column", "Notes"),
    "driver": NC_("column", "Driver"),
}
"""The columns of the sheets, by key."""


def columns(words: Words, *keys: str) -> list[str]:
    """The titles of columns, in ``words``."""
    return [words.term(COLUMNS[key]) for key in keys]


@dataclass(frozen=True, slots=True)
class Dated:
    """A date in a sheet: worded for text (``13/10/2025``), a date for a spreadsheet."""

    day: date
    text: str

    def __str__(self) -> str:
        return self.text


Value: TypeAlias = "str | int | Dated"
"""A cell: text (its lines split at ``\\n``), a number, or a date."""


@dataclass(slots=True)
class Sheet:
    """One table: a heading (none for a single table), column titles and rows of cells;
    ``numeric`` columns are right-aligned."""

    heading: str | None
    columns: list[str]
    rows: list[list[Value]] = field(default_factory=list)
    numeric: frozenset[int] = frozenset()
    note: str | None = None
    """A line under the heading (a move's route and times, a hotel's address)."""
    lines: list[str] = field(default_factory=list)
    """More lines under the note (a move's notes and driver; a meal's covers)."""
    page: bool = False
    """Printed on a page of its own in HTML (a meal, a hotel)."""
    nowrap: frozenset[int] = frozenset()
    """Columns never wrapped (dates)."""

    def table(self) -> Table:
        heads = tuple(
            Column(c, numeric=i in self.numeric, nowrap=i in self.nowrap)
            for i, c in enumerate(self.columns)
        )
        rows = tuple(
            Row(tuple(tuple(line(part) for part in str(cell).split("\n")) for cell in row))
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
    date_format: str = "yyyy-mm-dd"
    """How a spreadsheet shows the dates of ``flat`` (the language's short dates)."""

    def document(self) -> Document:
        blocks: list[Block] = []
        for sheet in self.sheets:
            inner: list[Block] = []
            if sheet.note:
                inner.append(Paragraph((line(Span(sheet.note, "em")),)))
            inner += [Paragraph((line(text),)) for text in sheet.lines]  # a paragraph each
            if sheet.columns:
                inner.append(sheet.table())
            if sheet.heading:
                blocks.append(Section(line(sheet.heading), inner, page=sheet.page))
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


def without_empty(sheet: Sheet, *optional: int) -> Sheet:
    """``sheet`` without those of the ``optional`` columns that no row fills (a
    confirmation no stay has)."""
    empty = {n for n in optional if all(row[n] == "" for row in sheet.rows)}
    if not empty:
        return sheet
    kept = [n for n in range(len(sheet.columns)) if n not in empty]
    new = {old: n for n, old in enumerate(kept)}
    sheet.columns = [sheet.columns[n] for n in kept]
    sheet.rows = [[row[n] for n in kept] for row in sheet.rows]
    sheet.numeric = frozenset(new[n] for n in sheet.numeric if n in new)
    sheet.nowrap = frozenset(new[n] for n in sheet.nowrap if n in new)
    return sheet


def family_and_given(person: Delegate) -> tuple[str, str]:
    """``("LE GOFF", "Marion")``: the family name in capitals and the given names (the
    ``name`` without it; the whole ``name`` when it does not hold the family name, a
    married name). Without ``family_name``, the name as written and nothing: a family
    name is never guessed."""
    if not person.family_name:
        return person.name, ""
    family = person.family_name
    given = person.name
    at = given.casefold().find(family.casefold())
    if at >= 0:
        given = (given[:at] + given[at + len(family) :]).strip(" ,")
    return family.upper(), " ".join(given.split())


def person_name(person: Delegate) -> str:
    """``LE GOFF Marion``, or the name as written when the family name is not given."""
    family, given = family_and_given(person)
    return f"{family} {given}".strip() if person.family_name else person.name


def short_date(words: Words, day: date) -> Dated:
    """``13/10/2025`` in French, ``13 Oct 2025`` in English: what a supplier reads."""
    return _short_date(words.lang, day)


@lru_cache(maxsize=4096)
def _short_date(lang: str, day: date) -> Dated:
    """Once per language and day: a rooming list of 10,000 rows has a few hundred dates,
    and Babel takes 20 µs for each."""
    from mission_cli.words.babel_data import babel_dates

    pattern = "dd/MM/y" if lang == "fr" else "d MMM y"
    return Dated(day, str(babel_dates().format_date(day, pattern, locale=lang)))


def sheet_date_format(words: Words) -> str:
    """The spreadsheet's number format of :func:`short_date`."""
    return "dd/mm/yyyy" if words.lang == "fr" else "d mmm yyyy"
