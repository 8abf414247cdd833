"""Wording shared by the report's renderers."""

from __future__ import annotations

from datetime import date

from mission_cli.diagnostics import Counts
from mission_cli.i18n import plural
from mission_cli.views.report import Report


def long_date(day: date) -> str:
    """``Thursday 4 April 2024``."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def counts_line(counts: Counts) -> str:
    return (
        f"{plural(counts.error, 'error')}, {plural(counts.warning, 'warning')}, "
        f"{counts.suppressed} suppressed"
    )


def dates_line(report: Report) -> str:
    if report.start and report.end:
        return f"{long_date(report.start)} to {long_date(report.end)}"
    return "dates unknown"


def summary_facts(report: Report) -> list[tuple[str, str]]:
    return [
        ("File", report.file),
        ("Dates", dates_line(report)),
        ("Cities", ", ".join(report.cities) or "none"),
        ("Delegates", str(report.delegates)),
        ("Events", str(report.events)),
        ("Moves", str(report.moves)),
        ("Problems", counts_line(report.counts) + _omitted(report)),
    ]


def _omitted(report: Report) -> str:
    if not report.omitted:
        return ""
    return f" ({report.omitted:,} past the first problems are counted but not listed)"
