"""``mission logistics VIEW --format csv``: what a hotel or a caterer opens in a
spreadsheet. One header row, UTF-8 with a byte-order mark (without it, Excel reads the
file in the machine's legacy code page and shows ``HÃ´tel`` for ``Hôtel``),
comma-separated, quoted as RFC 4180 says.

A cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return: ``+33 6 …`` or ``=HYPERLINK(…)``) gets a leading
apostrophe, which spreadsheets show as text (the OWASP advice against CSV injection):
it shows in the cell, which ``--format xlsx`` avoids (its cells are text, never run).
"""

from __future__ import annotations

import csv
import io

from mission_cli.views.logistics.sheets import LogisticsView

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def inert(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA) else cell


def render_logistics_csv(view: LogisticsView) -> str:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([inert(c) for c in view.flat.columns])
    for row in view.flat.rows:
        writer.writerow([inert(str(c)) for c in row])
    return buffer.getvalue()
