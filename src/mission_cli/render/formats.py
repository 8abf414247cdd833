"""Which writer lays out which view in which format: one mapping per command.

The keys of each mapping are the choices of that command's ``--format``. A view that
prints as a document (report, agenda, whereis, logistics, diff, rules) takes every
format of ``DOCUMENT_FORMATS``: a new format for all of them is one writer and one line
there. JSON stays per view (it is the contract). Each writer is imported when it is
used: a command pays only for the format it prints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from rich.console import Console

    from mission_cli.views.agenda_layout import AgendaView
    from mission_cli.views.diff.view import DiffView
    from mission_cli.views.document import Documented
    from mission_cli.views.logistics.sheets import LogisticsView
    from mission_cli.views.publish import PublishView
    from mission_cli.views.report import Report
    from mission_cli.views.rules import RulesView
    from mission_cli.views.schedule import ScheduleView
    from mission_cli.views.validation import Validation
    from mission_cli.views.whereis import WhereisView

V = TypeVar("V", contravariant=True)
"""A view: a format of documents serves every view that prints as one."""


@dataclass(frozen=True, slots=True)
class Format(Generic[V]):
    """One format of a view: text to print or write as it is, drawn on a Rich console
    (the terminal, or a plain 100-column page for a file), or bytes (a spreadsheet: a
    file or a pipe, never a terminal)."""

    extension: str
    """Of the file written in a directory given as ``--output``."""
    text: Callable[[V], str] | None = None
    draw: Callable[[V, Console], None] | None = None
    data: Callable[[V], bytes] | None = None
    plain: Callable[[V], str] | None = None
    """What ``draw`` prints, as text, for standard output where Rich would show no colour
    (a pipe, a file): the command need not import Rich at all."""


def terminal(view: Documented, console: Console) -> None:
    from mission_cli.render.terminal import write_terminal

    write_terminal(view.document(), console)


def markdown(view: Documented) -> str:
    from mission_cli.render.markdown import write_markdown

    return write_markdown(view.document())


def html(view: Documented) -> str:
    from mission_cli.render.html import write_html

    return write_html(view.document())


TERMINAL: Format[Documented] = Format("txt", draw=terminal)
DOCUMENT_FORMATS: dict[str, Format[Documented]] = {
    "markdown": Format("md", markdown),
    "html": Format("html", html),
}
"""The formats every document prints in, beside the terminal."""


def _validate_text(view: Validation, console: Console) -> None:
    from mission_cli.render.validate_text import render_validate_text

    render_validate_text(view, console)


def _validate_plain(view: Validation) -> str:
    from mission_cli.render.validate_text import validate_plain

    return validate_plain(view)


def _validate_json(view: Validation) -> str:
    from mission_cli.render.validate_json import render_validate_json

    return render_validate_json(view)


def _validate_github(view: Validation) -> str:
    from mission_cli.render.validate_github import render_validate_github

    return render_validate_github(view)


def _report_json(view: Report) -> str:
    from mission_cli.render.report_json import render_report_json

    return render_report_json(view)


def _agenda_json(view: AgendaView) -> str:
    from mission_cli.render.agenda_json import render_agenda_json

    return render_agenda_json(view)


def _whereis_json(view: WhereisView) -> str:
    from mission_cli.render.whereis_json import render_whereis_json

    return render_whereis_json(view)


def _rules_json(view: RulesView) -> str:
    from mission_cli.render.rules_json import render_rules_json

    return render_rules_json(view)


def _logistics_json(view: LogisticsView) -> str:
    from mission_cli.render.visible import json_document

    return json_document(view.data)


def _logistics_csv(view: LogisticsView) -> str:
    from mission_cli.render.logistics_csv import render_logistics_csv

    return render_logistics_csv(view)


def _logistics_xlsx(view: LogisticsView) -> bytes:
    from mission_cli.render.logistics_xlsx import render_logistics_xlsx

    return render_logistics_xlsx(view)


def _diff_json(view: DiffView) -> str:
    from mission_cli.render.diff_json import render_diff_json

    return render_diff_json(view)


def _schedule_json(view: ScheduleView) -> str:
    from mission_cli.render.schedule_json import render_schedule_json

    return render_schedule_json(view)


def _publish_json(view: PublishView) -> str:
    from mission_cli.render.visible import json_document

    return json_document(view.data)


def _schema_json(schema: dict[str, Any]) -> str:
    from mission_cli.render.schema_json import render_schema_json

    return render_schema_json(schema)


VALIDATE: dict[str, Format[Validation]] = {
    "text": Format("txt", draw=_validate_text, plain=_validate_plain),
    "json": Format("json", _validate_json),
    "github": Format("txt", _validate_github),
}
REPORT: dict[str, Format[Report]] = {
    "text": TERMINAL,
    **DOCUMENT_FORMATS,
    "json": Format("json", _report_json),
}
AGENDA: dict[str, Format[AgendaView]] = {
    "table": TERMINAL,
    "json": Format("json", _agenda_json),
    **DOCUMENT_FORMATS,
}
WHEREIS: dict[str, Format[WhereisView]] = {
    "table": TERMINAL,
    "json": Format("json", _whereis_json),
    **DOCUMENT_FORMATS,
}
RULES: dict[str, Format[RulesView]] = {
    "table": TERMINAL,
    "json": Format("json", _rules_json),
    **DOCUMENT_FORMATS,
}
LOGISTICS: dict[str, Format[LogisticsView]] = {
    "table": TERMINAL,
    "json": Format("json", _logistics_json),
    "csv": Format("csv", _logistics_csv),
    "xlsx": Format("xlsx", data=_logistics_xlsx),
    **DOCUMENT_FORMATS,
}
DIFF: dict[str, Format[DiffView]] = {
    "text": TERMINAL,
    "json": Format("json", _diff_json),
    **DOCUMENT_FORMATS,
}
SCHEDULE: dict[str, Format[ScheduleView]] = {
    "table": TERMINAL,
    "json": Format("json", _schedule_json),
    "markdown": DOCUMENT_FORMATS["markdown"],
}
PUBLISH: dict[str, Format[PublishView]] = {
    "text": TERMINAL,
    "json": Format("json", _publish_json),
}
SCHEMA: Format[dict[str, Any]] = Format("json", _schema_json)
"""`mission schema` prints JSON only."""
