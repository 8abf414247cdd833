"""Which renderer lays out which view in which format: one mapping per view.

The keys of each mapping are the choices of that command's ``--format``; a new
format is a module ``render/<view>_<format>.py`` holding ``render_<view>_<format>``,
and one line here. A renderer's module is imported when it is used: a command pays
only for the format it prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from mission_cli.views.agenda_layout import AgendaView
    from mission_cli.views.diff.view import DiffView
    from mission_cli.views.logistics.sheets import LogisticsView
    from mission_cli.views.report import Report
    from mission_cli.views.rules import RulesView
    from mission_cli.views.validation import Validation
    from mission_cli.views.whereis import WhereisView

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Renderer(Generic[V]):
    """One format of a view: text to print or write as it is, or drawn on a Rich console
    (the terminal, or a plain 100-column page for a file)."""

    extension: str
    """Of the file written in a directory given as ``--output``."""
    module: str
    """``render/<module>.py``, whose ``render_<module>`` lays the view out."""
    terminal: bool = False
    """Drawn on a console (``(view, console) -> None``) rather than returned as text."""

    def function(self) -> Any:
        return getattr(import_module(f"mission_cli.render.{self.module}"), f"render_{self.module}")


VALIDATE: dict[str, Renderer[Validation]] = {
    "text": Renderer("txt", "validate_text", terminal=True),
    "json": Renderer("json", "validate_json"),
    "github": Renderer("txt", "validate_github"),
}
REPORT: dict[str, Renderer[Report]] = {
    "text": Renderer("txt", "report_text", terminal=True),
    "markdown": Renderer("md", "report_markdown"),
    "html": Renderer("html", "report_html"),
    "json": Renderer("json", "report_json"),
}
AGENDA: dict[str, Renderer[AgendaView]] = {
    "table": Renderer("txt", "agenda_table", terminal=True),
    "json": Renderer("json", "agenda_json"),
    "markdown": Renderer("md", "agenda_markdown"),
    "html": Renderer("html", "agenda_html"),
}
WHEREIS: dict[str, Renderer[WhereisView]] = {
    "table": Renderer("txt", "whereis_table", terminal=True),
    "json": Renderer("json", "whereis_json"),
}
RULES: dict[str, Renderer[RulesView]] = {
    "table": Renderer("txt", "rules_table", terminal=True),
    "json": Renderer("json", "rules_json"),
    "markdown": Renderer("md", "rules_markdown"),
}
LOGISTICS: dict[str, Renderer[LogisticsView]] = {
    "table": Renderer("txt", "logistics_table", terminal=True),
    "json": Renderer("json", "logistics_json"),
    "csv": Renderer("csv", "logistics_csv"),
    "markdown": Renderer("md", "logistics_markdown"),
    "html": Renderer("html", "logistics_html"),
}
DIFF: dict[str, Renderer[DiffView]] = {
    "text": Renderer("txt", "diff_text", terminal=True),
    "json": Renderer("json", "diff_json"),
    "markdown": Renderer("md", "diff_markdown"),
    "html": Renderer("html", "diff_html"),
}
SCHEMA: dict[str, Renderer[dict[str, Any]]] = {
    "json": Renderer("json", "schema_json"),
}
