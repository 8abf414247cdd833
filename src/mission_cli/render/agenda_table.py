"""Agendas in the terminal: one ``rich.table.Table`` per local day, words never cut.

Column widths are worked out in one pass over the cells, from the longest word (the
least a column may take) and the longest line (the most it wants) of each day's
cells, and handed to Rich as fixed widths, so that Rich lays out the cells without
measuring each one. Each cell is wrapped once at its width (venues, names and groups
come back row after row: a wrapped text is kept). Where the terminal is too narrow for
every column's longest word, each row is printed as a block instead (its time, then
its other cells indented).
"""

from __future__ import annotations

import io
import textwrap
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rich import box
from rich.cells import cell_len as rich_cell_len
from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from mission_cli.views.agenda_layout import AgendaView, Row, day_columns, row_cells
from mission_cli.words.labels import label

_GAP = 2
"""Cells between two columns: a space at the end of the column and the (blank) rule."""
_NO_WRAP = frozenset({"when"})
_COMFORT = 10
"""The width a column gets, where it has that much to say, before others grow."""
_WEIGHT = {"when": 0, "town": 1, "what": 3, "where": 2, "who": 2, "notes": 2}
_NEWLINE = Segment.line()

Piece = tuple[str, str]
"""A line of a cell as given (it may wrap), and its style."""


def cell_len(text: str) -> int:
    return len(text) if text.isascii() else rich_cell_len(text)


@lru_cache(maxsize=64)
def _style(name: str) -> Style | None:
    return Style.parse(name) if name else None


@lru_cache(maxsize=16384)
def wrap(text: str, width: int) -> tuple[str, ...]:
    """Lines no wider than ``width`` cells, cut between words only (a word longer than
    the width is the only one ever split, and the widths make sure there is none)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if cell_len(text) <= width:
        return (text,)
    lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
    if all(cell_len(line) <= width for line in lines):
        return tuple(lines)
    wide = Text(text).wrap(_measuring_console(width), width)  # wide characters
    return tuple(line.plain for line in wide)


@lru_cache(maxsize=8)
def _measuring_console(width: int) -> Console:
    return Console(width=width, file=io.StringIO())


class _Cell:
    """A table cell already wrapped at its column's width."""

    __slots__ = ("lines",)

    def __init__(self, pieces: tuple[Piece, ...], width: int) -> None:
        self.lines = [(line, style) for text, style in pieces for line in wrap(text, width)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for line, style in self.lines:
            yield Segment(line, _style(style))
            yield _NEWLINE


@dataclass(frozen=True, slots=True)
class _Extent:
    least: int
    """The longest word (for ``when``, the longest line): never cut."""
    most: int
    """The longest line: more is never useful."""


def render_agenda_table(view: AgendaView, console: Console) -> None:
    width = console.width
    console.print(Text(view.title, style="bold"), soft_wrap=False)
    console.print(Text(view.subject, style="dim"), soft_wrap=False)
    for day in view.tables:
        console.print(Text.assemble("\n", (day.heading, "bold")), soft_wrap=False)
        columns = day_columns(day)
        cells = [_pieces(row, columns) for row in day.rows]
        widths = _widths(_extents(view.lang, columns, cells), [_WEIGHT[k] for k in columns], width)
        if widths is None:
            _stacked(console, cells)
        else:
            console.print(_table(view.lang, columns, widths, cells), soft_wrap=False)
    for note in view.notes:
        console.print()
        console.print(Text(note, style="dim"), soft_wrap=False)


def _pieces(row: Row, columns: Iterable[str]) -> list[tuple[Piece, ...]]:
    texts = row_cells(row)
    out: list[tuple[Piece, ...]] = []
    for key in columns:
        if key == "when":
            cell: tuple[Piece, ...] = (
                (("⚠ " if row.conflicts else "") + row.when, "bold red" if row.conflicts else ""),
            )
            if row.home:
                cell += ((row.home, "dim"),)
        elif key == "what" and row.kind:
            cell = ((texts[key], ""), (row.kind, "dim"))
        else:
            cell = ((texts[key], ""),)
        out.append(cell)
    return out


def _extents(lang: str, columns: list[str], rows: list[list[tuple[Piece, ...]]]) -> list[_Extent]:
    """Each column's least and most width over a day's cells, headers included."""
    least = [cell_len(label(lang, key)) for key in columns]
    most = list(least)
    for cells in rows:
        for i, (key, pieces) in enumerate(zip(columns, cells, strict=True)):
            for text, _ in pieces:
                length = cell_len(text)
                most[i] = max(most[i], length)
                if key in _NO_WRAP:
                    least[i] = max(least[i], length)
                elif length > least[i]:  # else no word of it can be longer
                    measure = len if text.isascii() else cell_len
                    least[i] = max(least[i], *map(measure, text.split()))
    # a column as narrow as its longest word may be one word a line: give it some room
    least = [max(a, min(b, _COMFORT)) for a, b in zip(least, most, strict=True)]
    return [_Extent(a, b) for a, b in zip(least, most, strict=True)]


def _widths(extents: list[_Extent], weights: list[int], total: int) -> list[int] | None:
    """Widths from each column's least, the room left shared by weight up to each one's
    most; None when the least of all does not fit."""
    room = total - _GAP * (len(extents) - 1)
    widths = [e.least for e in extents]
    if sum(widths) > room:
        return None
    spare = room - sum(widths)
    while spare > 0:
        wanting = [i for i, e in enumerate(extents) if widths[i] < e.most and weights[i]]
        if not wanting:
            break
        share = sum(weights[i] for i in wanting)
        given = 0
        for i in wanting:
            step = min(extents[i].most - widths[i], max(1, spare * weights[i] // share))
            step = min(step, spare - given)
            widths[i] += step
            given += step
        spare -= given
        if not given:
            break
    return widths


def _table(
    lang: str, columns: list[str], widths: list[int], rows: list[list[tuple[Piece, ...]]]
) -> Table:
    # No padding: Rich would wrap every cell in a Padding and lay it out twice. The
    # space before the next column is the last of each column's width instead.
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=0,
        header_style="bold",
    )
    last = len(columns) - 1
    for i, (key, width) in enumerate(zip(columns, widths, strict=True)):
        room = width + (1 if i < last else 0)
        table.add_column(label(lang, key), width=room, no_wrap=key in _NO_WRAP)
    for cells in rows:
        table.add_row(*(_Cell(c, w) for c, w in zip(cells, widths, strict=True)))
    return table


def _stacked(console: Console, rows: list[list[tuple[Piece, ...]]]) -> None:
    """For a narrow screen: each row as a block, its time, then its cells indented. The
    lines are wrapped here and printed at once (a print per line costs Rich a lot)."""
    room = max(console.width - 2, 10)
    block = Text()
    for (when, *home), *rest in rows:
        block.append(when[0] + "\n", style=when[1] or "bold")
        for text, style in home:
            block.append(text + "\n", style=style or None)
        for pieces in rest:
            for text, style in pieces:
                for line in wrap(text, room):
                    if line:
                        block.append("  " + line + "\n", style=style or None)
    block.rstrip()
    console.print(block, soft_wrap=True)
