"""``mission logistics`` in the terminal: a Rich table per sheet; where a sheet's longest
words do not fit side by side (a phone, 80 columns), each row is stacked instead, a
``column: value`` line per cell. No word is ever cut."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mission_cli.views.logistics.sheets import LogisticsView, Sheet
from mission_cli.words.labels import label

_GAP = 3
"""Columns between two cells of the table (padding and rule)."""


def longest_words(sheet: Sheet) -> list[int]:
    """Per column, the length of its longest word (its title's included)."""
    return [
        max((len(w) for w in [*column.split(), *(w for r in sheet.rows for w in r[i].split())]),
            default=1)
        for i, column in enumerate(sheet.columns)
    ]  # fmt: skip


def fits(sheet: Sheet, width: int) -> bool:
    """Whether each column can be as wide as its longest word, side by side."""
    return sum(longest_words(sheet)) + _frame(sheet) <= width


def _frame(sheet: Sheet) -> int:
    """Columns taken by padding and rules: ``_GAP`` between cells, and the two edges."""
    return _GAP * (len(sheet.columns) - 1) + 2


def column_widths(sheet: Sheet, width: int) -> list[int]:
    """Each column's width: its longest word, plus a share of what is left, by how much
    longer its longest line is."""
    least = longest_words(sheet)
    most = [
        max(
            len(line) for cell in [column, *(r[i] for r in sheet.rows)] for line in cell.split("\n")
        )
        for i, column in enumerate(sheet.columns)
    ]
    spare = width - _frame(sheet) - sum(least)
    wants = [m - n for m, n in zip(most, least, strict=True)]
    if sum(wants) <= spare:
        return most
    return [n + spare * w // sum(wants) for n, w in zip(least, wants, strict=True)]


def render_logistics_table(view: LogisticsView, console: Console) -> None:
    console.print(Text(view.title, style="bold"), soft_wrap=False)  # wrapped to the width
    for sheet in view.sheets:
        stacked = not fits(sheet, console.width)
        if sheet.heading or sheet.note or not stacked:
            console.print()  # a stacked row starts with its own blank line
        if sheet.heading:
            console.print(Text(sheet.heading, style="bold"), soft_wrap=False)
        if sheet.note:
            console.print(Text(sheet.note, style="italic"), soft_wrap=False)
        if stacked:
            _stacked(sheet, console, label(view.lang, "colon"))
        else:
            console.print(_table(sheet, column_widths(sheet, console.width)), soft_wrap=False)
    for note in view.notes:
        console.print()
        console.print(Text(note), soft_wrap=False)


def _table(sheet: Sheet, widths: list[int]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    for i, (column, width) in enumerate(zip(sheet.columns, widths, strict=True)):
        table.add_column(column, justify="right" if i in sheet.numeric else "left", width=width)
    for row in sheet.rows:
        table.add_row(*row)
    return table


def _stacked(sheet: Sheet, console: Console, colon: str) -> None:
    for row in sheet.rows:
        console.print()
        first, *rest = row
        console.print(Text(first.replace("\n", " · "), style="bold"), soft_wrap=False)
        for column, cell in zip(sheet.columns[1:], rest, strict=True):
            if cell:
                lines = cell.split("\n")
                console.print(Text(f"  {column}{colon}{lines[0]}"), soft_wrap=False)
                for line in lines[1:]:
                    console.print(Text(f"    {line}"), soft_wrap=False)
