"""One small document model for every text-like view: what a report, an agenda, a
sheet, a diff or a rule's page says, already worded, with no layout of its own.

A view builds a :class:`Document` (headings, facts, entries with a hint or a reason,
tables that stack when narrow, notes); every writer of documents prints any of them: the
terminal (``render/terminal.py``) and each format of ``DOCUMENT_FORMATS``
(``render/formats.py``: Markdown, ``render/markdown.py``; HTML, ``render/html.py``).
A new format is one writer for every view; a new section of a view is one place.

Text is data: a writer escapes it for its format, so nothing a trip file holds becomes
markup. Tones name what a span is (a severity, a key, a dim aside), never how it looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, TypeAlias


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a line: text and what it is."""

    text: str
    tone: str = ""
    """``strong``, ``code`` (a key, an id, a rule), ``dim``, ``em``, or a mark: ``error``,
    ``warning``, ``ok`` (a severity or a change's word, coloured by it)."""
    link: str | None = None
    """An anchor of the same document (``no-lodging``) the span links to."""


Inline: TypeAlias = tuple[Span, ...]
"""A line of text, made of spans."""


def line(*parts: str | Span) -> Inline:
    """A line from texts (plain) and spans."""
    return tuple(Span(p) if isinstance(p, str) else p for p in parts if p != "")


@dataclass(frozen=True, slots=True)
class Paragraph:
    lines: tuple[Inline, ...]
    role: str = ""
    """``subject`` (whose document), ``note`` (said after the rest), ``ok`` (all is
    well), ``prose`` (a paragraph among others, set apart), or plain."""


@dataclass(frozen=True, slots=True)
class Facts:
    """What the document is about, name by name (``Dates: …``)."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """A finding or a change: its line, the items it names, and a hint or a reason."""

    head: Inline
    details: tuple[Inline, ...] = ()
    aside: tuple[str, str] | None = None
    """(word, text): ``("hint", "move one of them")``."""
    tone: str = ""
    """``error``, ``warning``, ``ok``, ``suppressed``: what colours the entry."""


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Code:
    """Text shown as written, never wrapped (an example to copy into a trip file)."""

    lines: tuple[str, ...]
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    numeric: bool = False
    """Right-aligned (counts)."""
    weight: int = 1
    """How much of the spare width it takes, against the others (0: only its least)."""
    nowrap: bool = False
    """Never wrapped (a time with its zone)."""
    aside: str = ""
    """Where each row becomes a block (a narrow terminal), the label of a cell's lines
    after its first when they say another thing (the time at home under a time, an
    event's kind under its title), each without the brackets that set it apart under
    the value (``(réunion interne)``); without one, such lines go on the column's value
    (an address's lines), and in the first column they take the column's label."""


Cell: TypeAlias = tuple[Inline, ...]
"""A cell's lines (an aside, such as a home time, in a ``dim`` span)."""


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    marked: bool = False
    """Takes part in a finding: its first cell is flagged."""


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    caption: str | None = None


@dataclass(slots=True)
class Section:
    """A heading and what stands under it; a writer indents or numbers it by depth."""

    heading: Inline
    blocks: list[Block] = field(default_factory=list)
    page: bool = False
    """Set apart, and printed on a page of its own (a day of an agenda or a report)."""
    anchor: str | None = None
    """What links to it name (a rule's page)."""


Block: TypeAlias = "Paragraph | Facts | Entry | Bullets | Code | Table | Section"


@dataclass(slots=True)
class Document:
    title: str
    lang: str
    """The language it is written in (for HTML's ``lang``): writers word nothing."""
    colon: str = ": "
    """The language's colon, after a fact's name or a hint's word (French: ``\u202f: ``)."""
    blocks: list[Block] = field(default_factory=list)


class Documented(Protocol):
    """A view that prints as a document."""

    def document(self) -> Document: ...
