"""Every output of ``mission`` over one trip, in one language, as the words a reader
sees: the commands run in this process (``tests.support.invoke``, wide enough that no
line wraps), and each format read back as text: HTML without its markup, JSON's texts,
CSV's cells, a spreadsheet's cells (openpyxl), a calendar's SUMMARY, DESCRIPTION and
LOCATION (icalendar), a booklet's text (pypdf). Used by ``test_no_foreign_words.py``."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from tests.support import invoke

WIDTH = 1000
"""Columns of the terminal: wide enough that no cell of a table wraps."""


@dataclass
class Said:
    """What one run said: its name (the command line), and the texts a reader sees."""

    name: str
    texts: list[str] = field(default_factory=list)
    alike: frozenset[str] = frozenset()
    """Texts of this output that every language writes alike, besides the trip's."""


class _Text(HTMLParser):
    """The text of a page, and the attributes a reader sees (a tooltip, a label)."""

    SEEN = ("title", "alt", "aria-label", "placeholder")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._hidden += 1
        self.parts.extend(value for name, value in attrs if name in self.SEEN and value)
        if tag in ("p", "div", "li", "tr", "td", "th", "br", "h1", "h2", "h3", "h4", "dt", "dd"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._hidden -= 1
        elif tag in ("td", "th", "dt", "dd", "li", "p"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return "".join(parser.parts)


CONTRACT_KEYS = frozenset({
    "rule", "severity", "path", "file", "id", "item", "events", "delegates", "delegate", "key",
    "mode", "type", "state", "room", "role", "meal", "diet", "requires", "missing", "expired",
    "priority", "timezone", "end_timezone", "country", "nationality", "city", "venue",
    "lodging", "from", "to", "attendees", "passengers", "guests", "guest", "shares_with",
    "part_of", "date", "start", "end", "at", "arrive", "depart", "check_in", "check_out",
    "enter", "leave", "expires", "number", "email", "phone", "confirmation", "change", "field",
    "uid", "url", "status", "version", "format", "lang",
})  # fmt: skip
"""Keys of the JSON contract whose values are the format's own (a rule's name, a
severity, an id, a mode, a date): the same in every language, as ``docs/cli.md`` says."""


def json_texts(value: object, key: str = "") -> Iterator[str]:
    """Every text of a JSON document but the values of the contract's keys."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in CONTRACT_KEYS:
                yield from json_texts(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from json_texts(v, key)
    elif isinstance(value, str):
        yield value


def csv_text(text: str) -> str:
    return "\n".join(" | ".join(row) for row in csv.reader(io.StringIO(text)))


def xlsx_text(path: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    cells = [
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    ]
    # a sheet's name is the view's title, a colon (made a space) and the trip's title cut at
    # Excel's 31 characters: the view's title alone
    names = [re.split(r"\s{2,}", name)[0] for name in book.sheetnames]
    return "\n".join([*names, *cells])


def ics_text(path: Path) -> str:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    said = [str(calendar.get(name, "")) for name in ("X-WR-CALNAME", "X-WR-CALDESC", "NAME")]
    for event in calendar.walk("VEVENT"):
        said.extend(str(event.get(name, "")) for name in ("SUMMARY", "DESCRIPTION", "LOCATION"))
    for alarm in calendar.walk("VALARM"):
        said.append(str(alarm.get("DESCRIPTION", "")))
    return "\n".join(said)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def as_text(kind: str, output: str) -> str:
    """What a run printed, read as its format (``text``, ``json``, ``html``, ``csv``):
    JSON's texts, with the lines printed around it (standard error, mixed in)."""
    if kind == "json":
        start = output.find("{")
        if start < 0:
            return output
        document, end = json.JSONDecoder().raw_decode(output, start)
        return "\n".join([output[:start], *json_texts(document), output[end:]])
    if kind == "html":
        return html_text(output)
    if kind == "csv":
        return csv_text(output)
    return output


def run(*args: str, env: dict[str, str | None] | None = None) -> tuple[int, str]:
    return invoke(*args, width=WIDTH, env=env)


def folder_texts(folder: Path) -> Iterator[tuple[str, str]]:
    """Each file written in ``folder``, read as its format."""
    for path in sorted(folder.rglob("*")):
        if path.is_dir() or path.name.startswith("."):
            continue
        suffix = path.suffix
        if suffix == ".xlsx":
            yield path.name, xlsx_text(path)
        elif suffix == ".ics":
            yield path.name, ics_text(path)
        elif suffix == ".pdf":
            yield path.name, pdf_text(path)
        elif suffix == ".html":
            yield path.name, html_text(path.read_text(encoding="utf-8"))
        elif suffix == ".csv":
            yield path.name, csv_text(path.read_text(encoding="utf-8"))
        elif suffix in (".md", ".txt"):
            yield path.name, path.read_text(encoding="utf-8")


def fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder
