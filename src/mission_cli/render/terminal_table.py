"""A document's table in the terminal: words never cut.

Column widths are worked out in one pass over the cells, from the longest word (the
least a column may take) and the longest line (the most it wants) of each column, the
room left shared by each column's weight, and handed to Rich as fixed widths, so that
Rich lays out the cells without measuring each one. Each cell is wrapped once at its
width (venues, names and groups come back row after row: a wrapped text is kept). Where
the terminal is too narrow for every column's longest word, each row is printed as a
block instead: its first cell, then a ``label: value`` line per other cell.
"""

from __future__ import annotations

import io
import re
import textwrap
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rich import box
from rich.cells import cell_len as rich_cell_len
from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.style import Style
from rich.table import Table as RichTable
from rich.text import Text

from mission_cli.views.document import Cell, Inline, Table

_GAP = 2
"""Cells between two columns: a space at the end of the column and the (blank) rule."""
_COMFORT = 10
"""The width a column gets, where it has that much to say, before others grow."""
_NEWLINE = Segment.line()
MARK = "⚠ "
"""Before the first cell of a row that takes part in a finding."""

STYLES = {
    "": "",
    "strong": "bold",
    "code": "bold",
    "dim": "dim",
    "em": "italic",
    "error": "bold red",
    "warning": "bold yellow",
    "ok": "bold green",
    "suppressed": "dim",
    "aside": "cyan",
}


NARROW = re.compile(
    "[\x20-\x7e\xa0-\u02ff\u0370-\u0482\u048a-\u04ff\u2010-\u2027\u202f-\u205e"
    "\u20a0-\u20bf\u2190-\u21ff]*"
)
"""Characters one cell wide each (Latin, Greek, Cyrillic, dashes and quotes, the narrow
no-break space, currencies, arrows), matched at C speed: Rich measures the others one
by one in Python (3 MB of a title took seconds)."""


def cell_len(text: str) -> int:
    if text.isascii() or NARROW.fullmatch(text):
        return len(text)
    return rich_cell_len(text)


Piece = tuple[str, str]
"""A line of a cell as given (it may wrap), and its style."""


@lru_cache(maxsize=64)
def _style(name: str) -> Style | None:
    return Style.parse(name) if name else None


@lru_cache(maxsize=16384)
def wrap(text: str, width: int) -> tuple[str, ...]:
    """Lines no wider than ``width`` cells, cut between words only (a word longer than
    the width is the only one ever split, and the widths make sure there is none)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    cells = cell_len(text)
    if cells <= width:
        return (text,)
    if cells == len(text) and max(map(len, text.split()), default=0) > width:
        return _cutting_long_words(text, width)
    lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
    if all(cell_len(line) <= width for line in lines):
        return tuple(lines)
    wide = Text(text).wrap(_measuring_console(width), width)  # wide characters
    return tuple(line.plain for line in wide)


def _cutting_long_words(text: str, width: int) -> tuple[str, ...]:
    """``textwrap.wrap(text, width, break_on_hyphens=False)``, line for line, for a text
    with a word longer than the width: textwrap cuts such a word by copying what is left
    of it at every line (a title of 3 MB in one word took seconds); here the lines it
    would cut off whole are cut at once."""
    chunks = textwrap.TextWrapper(width=width, break_on_hyphens=False)._split_chunks(text)
    chunks.reverse()
    lines: list[str] = []
    while chunks:
        if chunks[-1].strip() == "" and lines:
            del chunks[-1]
        line: list[str] = []
        used = 0
        while chunks and used + len(chunks[-1]) <= width:
            used += len(chunks[-1])
            line.append(chunks.pop())
        if chunks and len(chunks[-1]) > width:
            word = chunks[-1]
            line.append(word[: width - used])
            rest = word[width - used :]
            whole = (len(rest) - 1) // width if rest.strip() else 0  # blanks are dropped
            chunks[-1] = rest[whole * width :]
        else:
            rest, whole = "", 0
        if line and line[-1].strip() == "":
            del line[-1]
        if line:
            lines.append("".join(line))
        lines.extend(rest[i * width : (i + 1) * width] for i in range(whole))
    return tuple(lines)


@lru_cache(maxsize=8)
def _measuring_console(width: int) -> Console:
    return Console(width=width, file=io.StringIO())


class _Cell:
    """A table cell already wrapped at its column's width (numbers to its right)."""

    __slots__ = ("lines",)

    def __init__(self, pieces: tuple[Piece, ...], width: int, right: bool = False) -> None:
        self.lines = [(line, style) for text, style in pieces for line in wrap(text, width)]
        if right:
            self.lines = [(" " * (width - cell_len(line)) + line, s) for line, s in self.lines]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for line, style in self.lines:
            yield Segment(line, _style(style))
            yield _NEWLINE


@dataclass(frozen=True, slots=True)
class _Extent:
    least: int
    """The longest word (for a column never wrapped, the longest line): never cut."""
    most: int
    """The longest line: more is never useful."""


def _text(spans: Inline) -> str:
    return "".join(span.text for span in spans)


def _pieces(cell: Cell, marked: bool) -> tuple[Piece, ...]:
    """A cell's lines as (text, style): the style of a line's first span; the first line
    of a marked row flagged."""
    out: list[Piece] = []
    for number, spans in enumerate(cell):
        text = _text(spans)
        if number == 0 and marked:
            out.append((MARK + text, "bold red"))
        else:
            out.append((text, STYLES.get(spans[0].tone, "") if spans else ""))
    return tuple(out) or (("", ""),)


def print_table(console: Console, table: Table, colon: str) -> None:
    rows = [
        [_pieces(cell, row.marked and i == 0) for i, cell in enumerate(row.cells)]
        for row in table.rows
    ]
    extents = _extents(table, rows)
    widths = _widths(extents, [c.weight for c in table.columns], console.width)
    if widths is None:
        _stacked(console, table, rows, colon)
    else:
        console.print(_table(table, widths, rows), soft_wrap=False)


def _extents(table: Table, rows: list[list[tuple[Piece, ...]]]) -> list[_Extent]:
    """Each column's least and most width over its cells, header included."""
    least = [cell_len(c.label) for c in table.columns]
    most = list(least)
    for cells in rows:
        for i, (column, pieces) in enumerate(zip(table.columns, cells, strict=True)):
            for text, _ in pieces:
                length = cell_len(text)
                most[i] = max(most[i], length)
                if column.nowrap:
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


def _table(table: Table, widths: list[int], rows: list[list[tuple[Piece, ...]]]) -> RichTable:
    # No padding: Rich would wrap every cell in a Padding and lay it out twice. The
    # space before the next column is the last of each column's width instead.
    out = RichTable(
        box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=0, header_style="bold"
    )
    last = len(table.columns) - 1
    for i, (column, width) in enumerate(zip(table.columns, widths, strict=True)):
        room = width + (1 if i < last else 0)
        label = column.label
        if column.numeric:  # headed at the right, as its numbers stand
            label = " " * max(width - cell_len(label), 0) + label
        out.add_column(label, width=room, no_wrap=column.nowrap)
    right = [column.numeric for column in table.columns]
    for cells in rows:
        out.add_row(*(_Cell(c, w, r) for c, w, r in zip(cells, widths, right, strict=True)))
    return out


def _stacked(
    console: Console, table: Table, rows: list[list[tuple[Piece, ...]]], colon: str
) -> None:
    """For a narrow screen: each row as a block, the first line of its first cell, then
    a ``label: value`` line for each other line, its column's label, or its ``aside``
    label for a line that says another thing (the time at home, an event's kind).
    Wrapped here and printed at once."""
    block = Text()
    first_column, *columns = table.columns
    width = console.width  # Rich measures the terminal anew each time it is asked
    for (head, *under), *rest in rows:
        block.append("\n")
        for piece in wrap(head[0], width):
            block.append(piece + "\n", style=head[1] or "bold")
        if first_column.aside:
            _labelled(block, first_column.aside, _unbracketed(under), width, colon)
        else:
            _labelled(block, first_column.label, under, width, colon)
        for column, pieces in zip(columns, rest, strict=True):
            texts = [(text, style) for text, style in pieces if text]
            _labelled(block, column.label, texts[:1], width, colon)
            if column.aside:
                _labelled(block, column.aside, _unbracketed(texts[1:]), width, colon)
            else:  # more lines of the same value
                _labelled(block, "", texts[1:], width, colon)
    block.rstrip()
    console.print(block, soft_wrap=True)


def _unbracketed(pieces: list[Piece]) -> list[Piece]:
    """Asides without the brackets that set them apart under a value (``(réunion
    interne)``): labelled, they stand apart already (``Kind: réunion interne``)."""
    return [
        (text[1:-1] if text.startswith("(") and text.endswith(")") else text, style)
        for text, style in pieces
    ]


def _labelled(block: Text, label: str, pieces: list[Piece], width: int, colon: str) -> None:
    """Each piece as ``label: text`` (without a label, under the value before it),
    wrapped under its text."""
    room = max(width - 4, 10)
    for text, style in pieces:
        if not text:
            continue
        lines = wrap(f"{label}{colon}{text}", room) if label else wrap(text, room - 2)
        for index, piece in enumerate(lines):
            margin = "  " if label and index == 0 else "    "
            block.append(margin + piece + "\n", style=style or None)
