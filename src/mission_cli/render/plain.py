"""Any document as plain text, with no markup and no wrapping: what an e-mail's body
holds (``diff --per-delegate --format text``). Markdown's escapes would show there
(``R&amp;D``, ``follow\\_up``: issue #24); this writer adds none, and leaves the lines to
the mail client to wrap."""

from __future__ import annotations

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
    Table,
)


def _text(spans: Inline) -> str:
    return "".join(span.text for span in spans)


def _block(document: Document, block: Block, depth: int) -> list[str]:
    """A block's lines, with the blank line before it; sections are indented by depth."""
    pad = "  " * depth
    if isinstance(block, Section):
        heading = _text(block.heading)
        out = ["", pad + heading, pad + "-" * len(heading)]
        for inner in block.blocks:
            out += _block(document, inner, depth + 1)
        return out
    if isinstance(block, Paragraph):
        return ["", *(pad + _text(spans) for spans in block.lines)]
    if isinstance(block, Facts):
        return ["", *(f"{pad}{name}{document.colon}{value}" for name, value in block.pairs)]
    if isinstance(block, Entry):
        out = ["", f"{pad}- {_text(block.head)}"]
        out += [f"{pad}  {_text(detail)}" for detail in block.details]
        if block.aside is not None:
            out.append(f"{pad}  {block.aside[0]}{document.colon}{block.aside[1]}")
        return out
    if isinstance(block, Bullets):
        return ["", *(f"{pad}- {_text(item)}" for item in block.items)]
    if isinstance(block, Code):
        return ["", *(pad + text for text in block.lines)]
    return ["", *_table(block, pad)]


def _table(table: Table, pad: str) -> list[str]:
    out = [pad + " | ".join(column.label for column in table.columns)]
    for row in table.rows:
        out.append(pad + " | ".join(" / ".join(_text(part) for part in cell) for cell in row.cells))
    return out


def write_plain(document: Document) -> str:
    lines = [document.title]
    for block in document.blocks:
        lines += _block(document, block, 0)
    return "\n".join(lines) + "\n"
