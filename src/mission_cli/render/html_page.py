"""The one HTML page every printable output uses: head, stylesheet, body.

Self-contained (no file, font or script fetched), readable on a phone and printed a
day or a section per page.
"""

from __future__ import annotations

from html import escape

CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1d1d1f; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #1d1d1f; padding-bottom: .2rem;
     margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
p.subject, p.note { color: #555; }
p.subject { margin-top: 0; }
table { border-collapse: collapse; }
section.city table { width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
         border-bottom: 1px solid #ddd; }
th { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: #555; }
td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.home, .kind { display: block; color: #666; font-size: .85rem; }
tr.conflict td.when { color: #c62828; font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.ok { color: #126b2d; font-weight: 600; }
ul.problems { list-style: none; padding-left: 0; }
ul.problems > li { margin: .5rem 0; padding: .4rem .6rem; border-left: 4px solid #999;
                   background: #f6f6f7; break-inside: avoid; }
li.error { border-color: #c62828 !important; }
li.warning { border-color: #e59400 !important; }
li.suppressed { opacity: .75; }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8rem; }
.error .sev { color: #c62828; } .warning .sev { color: #9a6200; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; }
ul.items { margin: .3rem 0 0 1rem; padding: 0; }
.hint, .reason { color: #444; font-style: italic; margin-top: .2rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  div.day ~ div.day, section.day ~ section.day { break-before: page; }
  tr { break-inside: avoid; }
  ul.problems > li { background: none; }
}
"""


def page(title: str, lang: str, body: list[str]) -> str:
    """A whole HTML document; ``title`` is plain text, ``body`` lines are HTML."""
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}</style></head><body>",
    ]
    return "\n".join([*head, *body, "</body></html>"]) + "\n"
