"""Wording shared by the report's renderers, in the report's language."""

from __future__ import annotations

from datetime import date

from mission_cli.diagnostics import Counts, Diagnostic
from mission_cli.views.report import Report
from mission_cli.words.labels import count, label
from mission_cli.words.labels import long_date as babel_date


def long_date(day: date, lang: str) -> str:
    """``Thursday 4 April 2024``, ``jeudi 4 avril 2024``."""
    return babel_date(day, lang)


def counts_line(counts: Counts, lang: str) -> str:
    return ", ".join(
        count(lang, key, n)
        for key, n in (
            ("error", counts.error),
            ("warning", counts.warning),
            ("suppressed", counts.suppressed),
        )
    )


def dates_line(report: Report) -> str:
    lang = report.lang
    if report.start and report.end:
        start, end = long_date(report.start, lang), long_date(report.end, lang)
        return label(lang, "date_range", start=start, end=end)
    return label(lang, "dates_unknown")


def summary_facts(report: Report) -> list[tuple[str, str]]:
    lang = report.lang
    omitted = label(lang, "omitted", count=f"{report.omitted:,}") if report.omitted else ""
    return [
        (label(lang, "fact_file"), report.file),
        (label(lang, "fact_dates"), dates_line(report)),
        (label(lang, "fact_cities"), ", ".join(report.cities) or label(lang, "none")),
        (label(lang, "fact_delegates"), str(report.delegates)),
        (label(lang, "fact_events"), str(report.events)),
        (label(lang, "fact_moves"), str(report.moves)),
        (label(lang, "fact_problems"), counts_line(report.counts, lang) + omitted),
    ]


def colon(lang: str) -> str:
    """``: ``, or `` : `` (a narrow no-break space first) in French."""
    return label(lang, "colon")


def severity(diag: Diagnostic, lang: str) -> str:
    """The severity in words (the rule's name is never translated)."""
    return label(lang, str(diag.severity))
