"""Which renderer lays out which view in which format: one mapping per view.

The keys of each mapping are the choices of that command's ``--format``; a new
format is a module ``render/<view>_<format>.py`` and one line here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from rich.console import Console

from mission_cli.catalog import Rule
from mission_cli.diagnostics import Result
from mission_cli.render.agenda_html import render_agenda_html
from mission_cli.render.agenda_json import render_agenda_json
from mission_cli.render.agenda_markdown import render_agenda_markdown
from mission_cli.render.agenda_table import render_agenda_table
from mission_cli.render.report_html import render_report_html
from mission_cli.render.report_json import render_report_json
from mission_cli.render.report_markdown import render_report_markdown
from mission_cli.render.report_text import render_report_text
from mission_cli.render.rules_json import render_rules_json
from mission_cli.render.rules_table import render_rules_table
from mission_cli.render.validate_json import render_validate_json
from mission_cli.render.validate_text import render_validate_text
from mission_cli.render.whereis_json import render_whereis_json
from mission_cli.render.whereis_table import render_whereis_table
from mission_cli.views.agenda_layout import AgendaView
from mission_cli.views.report import Report
from mission_cli.views.whereis import WhereisView

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Renderer(Generic[V]):
    """One format of a view: text to print or write as it is, or drawn on a Rich console
    (the terminal, or a plain 100-column page for a file)."""

    extension: str
    """Of the file written in a directory given as ``--output``."""
    text: Callable[[V], str] | None = None
    console: Callable[[V, Console], None] | None = None


VALIDATE: dict[str, Renderer[Result]] = {
    "text": Renderer("txt", console=render_validate_text),
    "json": Renderer("json", text=render_validate_json),
}
REPORT: dict[str, Renderer[Report]] = {
    "text": Renderer("txt", console=render_report_text),
    "markdown": Renderer("md", text=render_report_markdown),
    "html": Renderer("html", text=render_report_html),
    "json": Renderer("json", text=render_report_json),
}
AGENDA: dict[str, Renderer[AgendaView]] = {
    "table": Renderer("txt", console=render_agenda_table),
    "json": Renderer("json", text=render_agenda_json),
    "markdown": Renderer("md", text=render_agenda_markdown),
    "html": Renderer("html", text=render_agenda_html),
}
WHEREIS: dict[str, Renderer[WhereisView]] = {
    "table": Renderer("txt", console=render_whereis_table),
    "json": Renderer("json", text=render_whereis_json),
}
RULES: dict[str, Renderer[Iterable[Rule]]] = {
    "table": Renderer("txt", console=render_rules_table),
    "json": Renderer("json", text=render_rules_json),
}
