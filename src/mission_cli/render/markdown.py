"""Any document as Markdown (GitHub and GitLab render it), user text made inert."""

from __future__ import annotations

import re

from mission_cli.views.document import (
    Block,
    Bullets,
    Cell,
    Code,
    Document,
    Entry,
    Facts,
    Inline,
    Paragraph,
    Section,
    Table,
)

_SPECIAL = re.compile(r"([\\`*_\[\]|~#$])")
_BREAKS = re.compile(r"[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029]+")
"""What ends a line (or a table row): made one space. Other spaces stay as written (the
narrow no-break space of French typography before a colon)."""


def md(text: str) -> str:
    """User text made inert: Markdown punctuation escaped, HTML and line breaks neutralised."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BREAKS.sub(" ", text).strip()


def code(text: str) -> str:
    """A key or an id as inline code: one line (a line break would end the span, the
    table row, or start raw HTML), no backtick to close it early, no ``|`` to split a
    table cell. Inside a code span ``<img …>`` is shown, not run."""
    flat = " ".join(text.replace("`", "'").split())
    return "`" + flat.replace("|", "\\|") + "`"


def _inline(spans: Inline) -> str:
    out = []
    for span in spans:
        if span.tone == "code":
            text = code(span.text)
        elif not span.text.strip():
            text = span.text
        elif span.tone in ("strong", "error", "warning", "ok"):
            text = f"**{md(span.text)}**"
        elif span.tone in ("em", "dim"):
            text = f"*{md(span.text)}*"
        else:
            text = _spaced(span.text)
        out.append(f"[{text}](#{span.link})" if span.link else text)
    return "".join(out)


def _spaced(text: str) -> str:
    """Plain text made inert, keeping the spaces around it (spans are joined as they
    are: ``md`` strips)."""
    inner = md(text)
    start = text[: len(text) - len(text.lstrip())]
    end = text[len(text.rstrip()) :]
    return f"{' ' if start else ''}{inner}{' ' if end and inner else ''}"


def _cell(cell: Cell) -> str:
    """A cell's lines as one table cell (GitHub and GitLab render ``<br>`` in tables)."""
    return "<br>".join(_inline(spans) for spans in cell) or " "


def _table(table: Table) -> list[str]:
    heads = [md(column.label) for column in table.columns]
    rule = "|" + "".join(" ---: |" if c.numeric else " --- |" for c in table.columns)
    out = ["| " + " | ".join(heads) + " |", rule]
    for row in table.rows:
        cells = [_cell(cell) for cell in row.cells]
        if row.marked:
            cells[0] = "⚠ " + cells[0]
        out.append("| " + " | ".join(cells) + " |")
    return out


def _block(document: Document, block: Block, level: int) -> list[str]:
    """A block as Markdown lines, with the blank line that goes before it."""
    if isinstance(block, Section):
        anchor = f'<a id="{block.anchor}"></a>' if block.anchor and not _slug_ok(block) else ""
        return [
            "",
            f"{'#' * level} {anchor}{_inline(block.heading)}",
            *_blocks(document, block.blocks, level + 1),
        ]
    if isinstance(block, Paragraph):
        text = [_inline(spans) for spans in block.lines]
        return ["", *(f"**{t}**" if block.role == "ok" else t for t in text)]
    if isinstance(block, Facts):
        return ["", *(f"- **{md(n)}**{document.colon}{_spaced(v)}" for n, v in block.pairs)]
    if isinstance(block, Entry):
        out = ["", f"- {_inline(block.head)}"]
        out += [f"  - {_inline(detail)}" for detail in block.details]
        if block.aside is not None:
            out.append(f"  - *{md(block.aside[0])}*{document.colon}{_spaced(block.aside[1])}")
        return out
    if isinstance(block, Bullets):
        return ["", *(f"- {_inline(item)}" for item in block.items)]
    if isinstance(block, Code):
        return ["", f"```{block.lang}", *block.lines, "```"]
    return ["", *_table(block)]


def _slug_ok(section: Section) -> bool:
    """Whether GitHub's own anchor of the heading is its ``anchor`` already (a rule's
    name as its heading), so that no explicit anchor is needed."""
    return "".join(s.text for s in section.heading) == section.anchor


def _blocks(document: Document, blocks: list[Block], level: int) -> list[str]:
    """Blocks one after the other; entries that follow each other make one list (no
    blank line between them)."""
    out: list[str] = []
    previous: Block | None = None
    for block in blocks:
        lines = _block(document, block, level)
        if isinstance(block, Entry) and isinstance(previous, Entry):
            lines = lines[1:]
        out += lines
        previous = block
    return out


def write_markdown(document: Document) -> str:
    return "\n".join([f"# {md(document.title)}", *_blocks(document, document.blocks, 2)]) + "\n"
