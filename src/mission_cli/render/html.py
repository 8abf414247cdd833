"""Any document as one self-contained, printable HTML page: head, stylesheet, body.

Self-contained (no file, font or script fetched), readable on a phone, and printed on
A4 with its pages numbered, a day (a section on a page of its own) per printed page.
Every text is escaped: nothing a trip file holds becomes markup.
"""

from __future__ import annotations

from html import escape

from mission_cli.views.document import (
    Block,
    Bullets,
    Cell,
    Code,
    Column,
    Document,
    Entry,
    Facts,
    Inline,
    Paragraph,
    Section,
    Table,
)

CSS = """
@page { size: A4; margin: 16mm 14mm 18mm;
        @bottom-right { content: counter(page) " / " counter(pages);
                        font: 9pt system-ui, sans-serif; color: #555; } }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1d1d1f; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #1d1d1f; padding-bottom: .2rem;
     margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
h4 { font-size: .95rem; margin: .8rem 0 .2rem; }
p.subject, p.note { color: #555; }
p.subject { margin-top: 0; }
table { border-collapse: collapse; }
section.page table { width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
         border-bottom: 1px solid #ddd; }
th { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: #555; }
td:first-child { font-variant-numeric: tabular-nums; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
td .dim { color: #666; font-size: .85rem; }
tr.marked td:first-child { color: #c62828; font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.ok { color: #126b2d; font-weight: 600; }
ul.entries { list-style: none; padding-left: 0; }
ul.entries > li { margin: .5rem 0; padding: .4rem .6rem; border-left: 4px solid #999;
                  background: #f6f6f7; break-inside: avoid; }
li.error { border-color: #c62828 !important; }
li.warning { border-color: #e59400 !important; }
li.ok { border-color: #126b2d !important; }
li.suppressed { opacity: .75; }
.mark { font-weight: 700; text-transform: uppercase; font-size: .8rem; }
.mark.error { color: #c62828; } .mark.warning { color: #9a6200; } .mark.ok { color: #126b2d; }
li.suppressed .mark { color: #666; }
.dim { color: #666; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: #f6f6f7; padding: .5rem .7rem; overflow-x: auto; }
ul.items { margin: .3rem 0 0 1rem; padding: 0; }
.aside { color: #444; font-style: italic; margin-top: .2rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  table { font-size: 9.5pt; }
  section.page ~ section.page { break-before: page; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  ul.entries > li { background: none; }
}
"""

_TAGS = {"strong": "strong", "code": "code", "em": "em"}


def _inline(spans: Inline) -> str:
    out = []
    for span in spans:
        text = escape(span.text)
        tag = _TAGS.get(span.tone)
        if tag:
            text = f"<{tag}>{text}</{tag}>"
        elif span.tone in ("error", "warning", "ok"):
            text = f'<span class="mark {span.tone}">{text}</span>'
        elif span.tone == "dim":
            text = f'<span class="dim">{text}</span>'
        out.append(f'<a href="#{escape(span.link)}">{text}</a>' if span.link else text)
    return "".join(out)


def _cell(cell: Cell, column: Column) -> str:
    inner = "<br>".join(_inline(spans) for spans in cell)
    css = "n" if column.numeric else "nowrap" if column.nowrap else ""
    return f'<td class="{css}">{inner}</td>' if css else f"<td>{inner}</td>"


def _table(table: Table) -> list[str]:
    heads = "".join(f"<th>{escape(c.label)}</th>" for c in table.columns)
    out = [f"<table><thead><tr>{heads}</tr></thead><tbody>"]
    for row in table.rows:
        cells = [_cell(c, col) for c, col in zip(row.cells, table.columns, strict=True)]
        if row.marked:
            cells[0] = cells[0].replace(">", ">⚠ ", 1)
        out.append(('<tr class="marked">' if row.marked else "<tr>") + "".join(cells) + "</tr>")
    return [*out, "</tbody></table>"]


def _entry(document: Document, entry: Entry) -> str:
    parts = [f'<li class="{escape(entry.tone)}">' if entry.tone else "<li>", _inline(entry.head)]
    if entry.details:
        items = "".join(f"<li>{_inline(d)}</li>" for d in entry.details)
        parts.append(f'<ul class="items">{items}</ul>')
    if entry.aside is not None:
        word, text = entry.aside
        said = f"{escape(word[:1].upper() + word[1:])}{escape(document.colon)}{escape(text)}"
        parts.append(f'<div class="aside">{said}</div>')
    return "".join(parts) + "</li>"


def _blocks(document: Document, blocks: list[Block], level: int) -> list[str]:
    out: list[str] = []
    listing = False  # entries that follow each other make one list
    for block in blocks:
        if listing and not isinstance(block, Entry):
            out.append("</ul>")
        if isinstance(block, Entry) and not listing:
            out.append('<ul class="entries">')
        listing = isinstance(block, Entry)
        out += _block(document, block, level)
    if listing:
        out.append("</ul>")
    return out


def _block(document: Document, block: Block, level: int) -> list[str]:
    if isinstance(block, Section):
        css = ' class="page"' if block.page else ""
        anchor = f' id="{escape(block.anchor)}"' if block.anchor else ""
        heading = f"<h{min(level, 6)}{anchor}>{_inline(block.heading)}</h{min(level, 6)}>"
        return [f"<section{css}>", heading, *_blocks(document, block.blocks, level + 1),
                "</section>"]  # fmt: skip
    if isinstance(block, Paragraph):
        css = f' class="{block.role}"' if block.role in ("subject", "note", "ok") else ""
        return [f"<p{css}>" + "<br>".join(_inline(spans) for spans in block.lines) + "</p>"]
    if isinstance(block, Facts):
        pairs = "".join(f"<dt>{escape(n)}</dt><dd>{escape(v)}</dd>" for n, v in block.pairs)
        return [f'<dl class="facts">{pairs}</dl>']
    if isinstance(block, Entry):
        return [_entry(document, block)]
    if isinstance(block, Bullets):
        return ["<ul>", *(f"<li>{_inline(item)}</li>" for item in block.items), "</ul>"]
    if isinstance(block, Code):
        return ["<pre><code>" + escape("\n".join(block.lines)) + "</code></pre>"]
    return _table(block)


def page(title: str, lang: str, body: list[str], running: str | None = None) -> str:
    """A whole HTML document; ``title`` is plain text, ``body`` lines are HTML.
    ``running``, plain text, heads each printed page but the first."""
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}</style>{_running_header(running)}</head><body>",
    ]
    return "\n".join([*head, *body, "</body></html>"]) + "\n"


def _running_header(text: str | None) -> str:
    """The page rule that prints ``text`` at the top of each page but the first (where
    the title stands), so that a loose page says what it is and whose: in a browser that
    prints the margins of ``@page`` (Chromium, Edge; not Firefox or Safari yet)."""
    if not text:
        return ""
    return (
        f"\n<style>@page {{ @top-left {{ content: {css_string(text)}; font: 8.5pt system-ui, "
        "sans-serif; color: #555; } }\n@page :first { @top-left { content: none; } }</style>"
    )


def css_string(text: str) -> str:
    """``text`` as a CSS string: letters, digits and spaces as they are, anything else
    as a hexadecimal escape (no quote, backslash, ``<`` or line break can end the string
    or the stylesheet)."""
    kept = (c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text)
    return '"' + "".join(kept) + '"'


def write_html(document: Document) -> str:
    body = [f"<h1>{escape(document.title)}</h1>", *_blocks(document, document.blocks, 2)]
    return page(document.title, document.lang, body, _running(document))


def _running(document: Document) -> str:
    """The document's title, and whose it is when it says so (an agenda's subject)."""
    first = document.blocks[0] if document.blocks else None
    if isinstance(first, Paragraph) and first.role == "subject" and first.lines:
        whose = "".join(span.text for span in first.lines[0])
        return f"{document.title} — {whose}"
    return document.title
