"""Any document in the terminal (Rich), or as plain text for a pipe or a file.

Sections indent what stands under them by two columns a level; a day (a section on a
page of its own) stands out in reverse video. Lines are wrapped here, between words,
with the following lines of an entry or a fact hanging under its first word: spans keep
their styles across the cut. Everything is gathered into one text and printed at once
(a print per line costs Rich a lot); tables are laid out by ``terminal_table.py``.
"""

from __future__ import annotations

import re

from rich.cells import cell_len as rich_cell_len
from rich.console import Console
from rich.text import Text

from mission_cli.render.terminal_table import STYLES, cell_len, print_table
from mission_cli.views.document import (
    Block,
    Bullets,
    Code,
    Document,
    Entry,
    Facts,
    Inline,
    Paragraph,
    Section,
    Span,
    line,
)

_ROLES = {"": "", "prose": "", "subject": "dim", "note": "dim", "ok": "bold green"}
_NO_BREAK = "\u00a0\u2007\u202f"
_TOKENS = re.compile(rf"(?:\S|[{_NO_BREAK}])+|[^\S{_NO_BREAK}]+")
"""Words and the spaces between them; a no-break space (French puts a narrow one before
``:`` and between thousands) is inside a word: a line never breaks there."""
_MIN_WIDTH = 20


class _Printer:
    """The lines of a document, gathered and printed at once; tables in their place."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = console.width
        self.text = Text()
        self.started = False
        self.blanked = False
        """The last line is blank: blocks that each stand apart (two examples in a row)
        are one blank line apart, not two."""

    def flush(self) -> None:
        if self.text:
            self.text.rstrip()
            self.console.print(self.text, soft_wrap=True)
            self.text = Text()
        self.blanked = False

    def blank(self) -> None:
        if self.started and not self.blanked:
            self.text.append("\n")
            self.blanked = True

    def put(self, spans: Inline, indent: int, hang: int = 0, base: str = "") -> None:
        """``spans`` wrapped to the width at ``indent``, its following lines ``hang``
        more."""
        self.started, self.blanked = True, False
        for number, pieces in enumerate(wrap_spans(spans, self.width, indent, hang)):
            margin = indent if number == 0 else indent + hang
            self.text.append(" " * margin)
            for text, tone in pieces:
                self.text.append(text, style=_style(tone, base))
            self.text.append("\n")

    def raw(self, text: str, style: str) -> None:
        """A line as written, never wrapped."""
        self.started, self.blanked = True, False
        self.text.append(text + "\n", style=style or None)


def _style(tone: str, base: str) -> str:
    style = STYLES.get(tone, "")
    return " ".join(s for s in (base, style) if s)


def wrap_spans(spans: Inline, width: int, indent: int, hang: int) -> list[list[tuple[str, str]]]:
    """The spans cut into lines no wider than ``width`` (past the margins), between
    words; a word wider than a line is the only thing ever cut."""
    lines: list[list[tuple[str, str]]] = [[]]
    room = max(width - indent, _MIN_WIDTH)
    used = 0
    for space, pieces in _words(spans):
        size = sum(cell_len(text) for text, _ in pieces)
        if space:
            if used and used + size <= room:
                lines[-1] += pieces
                used += size
            continue
        if used and used + size > room:
            _trim(lines[-1])
            lines.append([])
            room, used = max(width - indent - hang, _MIN_WIDTH), 0
        for text, tone in pieces:
            while used + cell_len(text) > room:  # a word wider than the line: cut it
                cut = _fitting(text, room - used) if used < room else 0
                lines[-1].append((text[:cut], tone))
                lines.append([])
                room, used = max(width - indent - hang, _MIN_WIDTH), 0
                text = text[cut:]
            lines[-1].append((text, tone))
            used += cell_len(text)
    _trim(lines[-1])
    return lines


def _words(spans: Inline) -> list[tuple[bool, list[tuple[str, str]]]]:
    """(is a space, its pieces) of each word and each space between words. A word may
    run over several spans (a key in code, then the comma after it): a line breaks only
    at a space, never at a no-break one."""
    out: list[tuple[bool, list[tuple[str, str]]]] = []
    for span in spans:
        for token in _TOKENS.findall(span.text):
            space = token[0].isspace() and token[0] not in _NO_BREAK
            if out and out[-1][0] is space and not space:
                out[-1][1].append((token, span.tone))
            else:
                out.append((space, [(token, span.tone)]))
    return out


def _trim(pieces: list[tuple[str, str]]) -> None:
    while pieces and pieces[-1][0].isspace():
        pieces.pop()


def _fitting(token: str, room: int) -> int:
    """How many characters of ``token`` fit in ``room`` cells (one at least)."""
    if token.isascii():
        return max(room, 1)
    size = 0
    for index, char in enumerate(token):
        size += rich_cell_len(char)
        if size > room:
            return max(index, 1)
    return len(token)


def write_terminal(document: Document, console: Console) -> None:
    out = _Printer(console)
    out.put(line(document.title), 0, base="bold")
    for block in document.blocks:
        _block(out, document, block, 0)
    out.flush()


def _block(out: _Printer, document: Document, block: Block, depth: int) -> None:
    """Sections, entries, bullets and facts stand two columns further a level; prose,
    examples and tables start at the margin (a table takes the whole width)."""
    indent = 2 * depth
    if isinstance(block, Section):
        if depth == 0:
            out.blank()
        base = "bold reverse" if block.page else "bold"
        out.put(block.heading, indent, 2, base=base)
        for inner in block.blocks:
            _block(out, document, inner, depth + 1)
    elif isinstance(block, Paragraph):
        if block.role in ("note", "prose"):
            out.blank()
        for spans in block.lines:
            out.put(spans, 0, base=_ROLES.get(block.role, ""))
    elif isinstance(block, Facts):
        for name, value in block.pairs:
            out.put((Span(name + document.colon, "strong"), Span(value)), indent, 2)
    elif isinstance(block, Entry):
        _entry(out, document, block, indent)
    elif isinstance(block, Bullets):
        for item in block.items:
            out.put((Span("• "), *item), indent, 2)
    elif isinstance(block, Code):
        out.blank()
        for text in block.lines:
            out.raw("  " + text, "cyan")
        out.blank()
    else:
        out.flush()
        print_table(out.console, block, document.colon)


def _entry(out: _Printer, document: Document, entry: Entry, indent: int) -> None:
    head = entry.head
    if entry.tone == "suppressed":
        head = tuple(Span(s.text, "suppressed" if s.tone in ("error", "warning") else s.tone)
                     for s in head)  # fmt: skip
    out.put(head, indent, 2)
    for detail in entry.details:
        out.put((Span("• "), *detail), indent + 2, 2)
    if entry.aside is not None:
        word, text = entry.aside
        out.put((Span(word + document.colon, "aside"), Span(text)), indent + 2, 2)
