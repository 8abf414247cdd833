"""The pre-departure report, as data and as a document: renderers only lay it out.

Problems are grouped by local day (of the item each is about, in its own zone). The
document shows each once, numbered, naming everyone it concerns; the part per delegate
is an index (their counts and the numbers of their findings). The JSON keeps the
contract's grouping by day, then by delegate (a problem concerning three delegates is
listed under each). Suppressed ones have their own section with their reasons.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mission_cli.diagnostics import Counts, Diagnostic
from mission_cli.views.diff.view import DiffView, change_sections
from mission_cli.views.document import (
    Bullets,
    Cell,
    Column,
    Document,
    Entry,
    Facts,
    Paragraph,
    Row,
    Section,
    Span,
    Table,
    line,
)
from mission_cli.views.logistics.report_part import ReportLogistics
from mission_cli.views.validation import Said
from mission_cli.words.words import Words

NOBODY = ""
"""The delegate key under which problems that concern no delegate are listed."""


@dataclass(frozen=True, slots=True)
class ItemView:
    """An event or a move as the report shows it: local times with their zones."""

    id: str
    type: str  # "event" or "travel"
    title: str
    when: str
    where: str


@dataclass(slots=True)
class Problem:
    """A diagnostic, as the report says it, and the items it names."""

    said: Said
    items: list[ItemView]
    who: str = ""
    """Everyone it concerns, by name (``toute la délégation``, ``Élus et Nathalie Appéré``)."""
    number: int = 0
    """Its number in the report, from 1: what the index per delegate refers to."""

    @property
    def diagnostic(self) -> Diagnostic:
        return self.said.diagnostic


@dataclass(slots=True)
class DelegateSection:
    key: str
    name: str
    problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class DaySection:
    day: date
    delegates: list[DelegateSection] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    """Each problem of the day once, in the order found."""


@dataclass(slots=True)
class DelegateCount:
    key: str
    name: str
    counts: Counts = field(default_factory=Counts)
    numbers: list[int] = field(default_factory=list)
    """The numbers of the findings that concern them."""


@dataclass(slots=True)
class Report:
    words: Words
    file: str
    title: str
    start: date | None
    end: date | None
    cities: list[str]
    delegates: int
    events: int
    moves: int
    counts: Counts
    ok: bool
    omitted: int = 0
    """Problems counted but not listed (past the first ``MAX_PROBLEMS``)."""
    file_problems: list[Problem] = field(default_factory=list)
    """Problems of the file itself, and schedule problems tied to no item's day."""
    days: list[DaySection] = field(default_factory=list)
    suppressed: list[Problem] = field(default_factory=list)
    per_delegate: list[DelegateCount] = field(default_factory=list)
    logistics: ReportLogistics = field(default_factory=ReportLogistics)
    since: DiffView | None = None
    """With ``--since OLD``: the changes from that version to this one."""
    contacts: Table | None = None
    """Who to call during the trip (its ``contacts``), as a table; None when it has none."""
    contact_objects: list[dict[str, Any]] = field(default_factory=list)
    """The same contacts for JSON, their keys as written in the file."""

    def document(self) -> Document:
        return report_document(self)


# -- the document -------------------------------------------------------------------


def counts_line(counts: Counts, words: Words) -> str:
    return ", ".join(
        (
            words.tn("{n} error", "{n} errors", counts.error),
            words.tn("{n} warning", "{n} warnings", counts.warning),
            words.tn("{n} suppressed", "{n} suppressed", counts.suppressed),
        )
    )


def _facts(report: Report) -> Facts:
    words = report.words
    if report.start and report.end:
        dates = words.t(
            "{start} to {end}",
            start=words.long_date(report.start),
            end=words.long_date(report.end),
        )
    else:
        dates = words.t("dates unknown")
    omitted = ""
    if report.omitted:
        omitted = words.t(
            " ({count} past the first problems are counted but not listed)", count=report.omitted
        )
    return Facts(
        (
            (words.t("File"), report.file),
            (words.t("Dates"), dates),
            (words.t("Cities"), ", ".join(report.cities) or words.t("none")),
            (words.t("Delegates"), str(report.delegates)),
            (words.t("Events"), str(report.events)),
            (words.t("Moves"), str(report.moves)),
            (words.t("Problems"), counts_line(report.counts, words) + omitted),
        )
    )


def _entry(problem: Problem, words: Words) -> Entry:
    said = problem.said
    diag = said.diagnostic
    head = line(
        Span(f"#{problem.number}", "strong"),
        " ",
        Span(said.severity, str(diag.severity)),
        " ",
        Span(diag.rule, "code"),
        " (" + words.t("line {line}", line=str(diag.line)) + ")" + words.colon,
        said.message,
    )
    details = tuple(
        line(Span(i.id, "code"), f" {i.title} · {i.when} · {i.where}") for i in problem.items
    )
    if problem.who:
        details += (line(words.t("Concerns") + words.colon + problem.who),)
    aside = None
    if diag.reason:
        aside = (words.t("reason"), diag.reason)
    elif said.hint:
        aside = (words.t("hint"), said.hint)
    tone = "suppressed" if diag.suppressed else str(diag.severity)
    return Entry(head, details, aside, tone)


def _who(name: str, key: str) -> tuple[Span, ...]:
    """``Nathalie Appéré (nappere)``, the key as a key."""
    return line(name, " (", Span(key, "code"), ")") if key else line(name)


def report_document(report: Report) -> Document:
    words = report.words
    title = words.t("Pre-departure report: {title}", title=report.title)
    doc = Document(title, words.lang, words.colon, [_facts(report)])
    if report.ok and not report.counts.warning:
        doc.blocks.append(
            Paragraph((line(words.t("The programme holds: no problem left.")),), "ok")
        )
    if report.file_problems:
        entries = [_entry(p, words) for p in report.file_problems]
        doc.blocks.append(Section(line(words.t("Problems in the file")), [*entries]))
    for day in report.days:
        entries = [_entry(p, words) for p in day.problems]
        doc.blocks.append(Section(line(words.long_date(day.day)), [*entries], page=True))
    if report.logistics.parts:
        parts = [Section(line(heading), [Bullets(tuple(line(t) for t in lines))])
                 for heading, lines in report.logistics.parts]  # fmt: skip
        doc.blocks.append(Section(line(words.t("Logistics")), [*parts], page=True))
    if report.since is not None:
        heading = line(words.t("Changes since {old}", old=report.since.old))
        doc.blocks.append(Section(heading, [*change_sections(report.since)], page=True))
    if report.suppressed:
        entries = [_entry(p, words) for p in report.suppressed]
        doc.blocks.append(Section(line(words.t("Suppressed (ignore entries)")), [*entries]))
    if report.contacts is not None:
        doc.blocks.append(Section(line(words.t("Who to call")), [report.contacts]))
    index = Paragraph((line(words.t("The findings that concern each delegate, by number.")),))
    doc.blocks.append(Section(line(words.t("Per delegate")), [index, _per_delegate(report)]))
    return doc


def _per_delegate(report: Report) -> Table:
    words = report.words
    columns = (
        Column(words.t("Delegate")),
        Column(words.t("Errors"), numeric=True, weight=0),
        Column(words.t("Warnings"), numeric=True, weight=0),
        Column(words.t("Suppressed"), numeric=True, weight=0),
        Column(words.t("Findings")),
    )
    rows = []
    for row in report.per_delegate:
        counts = (row.counts.error, row.counts.warning, row.counts.suppressed)
        numbers = ", ".join(_runs(row.numbers)) or "—"
        cells: tuple[Cell, ...] = (
            (_who(row.name, row.key),),
            *((line(str(n)),) for n in counts),
            (line(numbers),),
        )
        rows.append(Row(cells))
    return Table(columns, tuple(rows))


def _runs(numbers: list[int]) -> Iterator[str]:
    """``#1–#3, #7``: findings numbered in a row are one range (a clash of the whole
    delegation concerns each delegate; the index stays a line each)."""
    start = 0
    for index, number in enumerate(numbers):
        if index + 1 < len(numbers) and numbers[index + 1] == number + 1:
            continue
        first = numbers[start]
        if number == first:
            yield f"#{first}"
        elif number == first + 1:
            yield f"#{first}, #{number}"
        else:
            yield f"#{first}–#{number}"
        start = index + 1
