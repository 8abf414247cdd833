"""A fast grid of wrapped text columns for long agendas.

Rich's ``Table`` measures every cell of every table; an agenda of a few thousand
rows spent seconds there. This lays the columns out once (widths from the
terminal's), wraps each cell with ``textwrap`` (cell widths checked with Rich, so
accented and wide characters keep their place) and hands Rich ready segments,
which it prints as they are (colour only on a terminal, ``NO_COLOR`` respected).
"""

from __future__ import annotations

import io
import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len as _rich_cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

GAP = 2
"""Spaces between columns."""
NEWLINE = Segment.line()


def cell_len(text: str) -> int:
    return len(text) if text.isascii() else _rich_cell_len(text)


@lru_cache(maxsize=64)
def style(name: str) -> Style | None:
    return Style.parse(name) if name else None


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    ratio: int = 0
    """Share of the remaining width; 0 for a column sized to its longest line."""
    min_width: int = 6


@dataclass(frozen=True, slots=True)
class Cell:
    lines: tuple[tuple[str, str], ...]
    """(text, style) pieces, one per forced line."""

    @staticmethod
    def of(*lines: tuple[str, str] | str) -> Cell:
        return Cell(tuple((p, "") if isinstance(p, str) else p for p in lines if p and p[0]))


@lru_cache(maxsize=8192)
def wrap(text: str, width: int) -> tuple[str, ...]:
    """Word-wrapped lines no wider than ``width`` terminal cells (venues, names and
    groups come back row after row: the answer is kept)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if cell_len(text) <= width:
        return (text,)
    lines = textwrap.wrap(text, width=width) or [""]
    if all(cell_len(line) <= width for line in lines):
        return tuple(lines)
    return tuple(str(line) for line in Text(text).wrap(_console(width), width))  # wide


@lru_cache(maxsize=8)
def _console(width: int) -> Console:
    return Console(width=width, file=io.StringIO())


def lines_of(text: str, width: int, style_name: str = "") -> list[Segment]:
    """A paragraph wrapped to ``width``, as segments ending in new lines."""
    out = []
    for line in wrap(text, width):
        out += [Segment(line, style(style_name)), NEWLINE]
    return out


def widths(columns: Sequence[Column], fixed: Sequence[int], total: int) -> list[int]:
    """Column widths that fit ``total`` cells: fixed columns first, the rest by ratio,
    none below its minimum (``fits`` says whether that is possible)."""
    out = list(fixed)
    room = total - sum(out) - GAP * (len(columns) - 1)
    share = sum(c.ratio for c in columns)
    if not share:
        return out
    flexible = [i for i, c in enumerate(columns) if c.ratio]
    for i in flexible:
        out[i] = max(columns[i].min_width, room * columns[i].ratio // share)
    excess = sum(out[i] for i in flexible) - room
    while excess > 0:  # a minimum took more than its share: take it back from the widest
        widest = max(flexible, key=lambda i: out[i] - columns[i].min_width)
        if out[widest] <= columns[widest].min_width:
            break
        out[widest] -= 1
        excess -= 1
    return out


def fits(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], total_width: int) -> bool:
    """Whether the columns fit side by side, each at least at its minimum width."""
    need = GAP * (len(columns) - 1)
    for i, column in enumerate(columns):
        if column.ratio:
            need += column.min_width
        else:
            need += max((cell_len(t) for row in rows for t, _ in row[i].lines), default=0)
    return need <= total_width


def render_stacked(rows: Sequence[Sequence[Cell]], total_width: int) -> list[Segment]:
    """For a narrow screen: each row as a block, its first cell then the others indented."""
    out: list[Segment] = []
    indent = 2
    for row in rows:
        first, *rest = row
        for text, name in first.lines:
            out += lines_of(text, total_width, name)
        for cell in rest:
            for text, name in cell.lines:
                for line in wrap(text, total_width - indent):
                    out += [Segment(" " * indent), Segment(line, style(name)), NEWLINE]
    return out


def render_grid(
    columns: Sequence[Column], rows: Sequence[Sequence[Cell]], total_width: int
) -> list[Segment]:
    """The header, a rule, and every row, as segments."""
    fixed = []
    for i, column in enumerate(columns):
        if column.ratio:
            fixed.append(0)
        else:
            longest = max((cell_len(t) for row in rows for t, _ in row[i].lines), default=0)
            fixed.append(min(max(longest, cell_len(column.header)), total_width // 2))
    sizes = widths(columns, fixed, total_width)
    out: list[Segment] = []
    _line(out, [[(c.header, "bold")] for c in columns], sizes)
    out += [Segment("─" * min(total_width, sum(sizes) + GAP * (len(sizes) - 1))), NEWLINE]
    for row in rows:
        cells: list[list[tuple[str, str]]] = []
        for cell, size in zip(row, sizes, strict=True):
            pieces: list[tuple[str, str]] = []
            for text, name in cell.lines:
                pieces += [(line, name) for line in wrap(text, size)]
            cells.append(pieces)
        for n in range(max(len(c) for c in cells)):
            _line(out, [[c[n]] if n < len(c) else [] for c in cells], sizes)
    return out


def _line(out: list[Segment], cells: list[list[tuple[str, str]]], sizes: list[int]) -> None:
    """One line of the grid; plain pieces are joined into one segment, and no trailing
    spaces are left."""
    plain: list[str] = []
    pending = 0  # spaces owed before the next piece
    last = len(sizes) - 1
    for i, (cell, size) in enumerate(zip(cells, sizes, strict=True)):
        used = 0
        for text, name in cell:
            if pending:
                plain.append(" " * pending)
                pending = 0
            if name:
                if plain:
                    out.append(Segment("".join(plain)))
                    plain = []
                out.append(Segment(text, style(name)))
            else:
                plain.append(text)
            used += cell_len(text)
        if i < last:
            pending += size - used + GAP
    plain.append("\n")
    out.append(Segment("".join(plain)))
