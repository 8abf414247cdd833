"""``mission whereis`` in the terminal: one row per delegate."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mission_cli.views.whereis import WhereisView
from mission_cli.words.labels import label


def render_whereis_table(view: WhereisView, console: Console) -> None:
    console.print(Text(view.title, style="italic"), soft_wrap=False)  # the screen's width
    table = Table()
    table.add_column(label(view.lang, "delegate"))
    table.add_column(label(view.lang, "doing"))
    if view.personal:
        table.add_column(label(view.lang, "contact_word").capitalize())
    for row in view.rows:
        table.add_row(row.who, row.doing, *([row.contact] if view.personal else []))
    console.print(table, soft_wrap=False)
