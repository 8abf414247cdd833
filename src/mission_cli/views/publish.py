"""What ``mission publish`` says, worded: a row per calendar (what was added, changed,
removed, left unchanged), the items changed on the server and left alone (each with
what to do about it), and one line for the whole. ``--format json`` is the contract's
summary (``data``), which names no word of any language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mission_cli.pipeline import LoadedTrip
from mission_cli.publish.state import state_path
from mission_cli.publish.sync import CalendarResult, Summary
from mission_cli.views.document import (
    Block,
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
from mission_cli.words.words import Words

PROGRAMME = "_programme"
"""The whole programme's calendar: no delegate key can take this name (keys start with a
letter or a digit)."""


@dataclass(frozen=True, slots=True)
class Conflicts:
    """The items of one calendar changed on the server and left alone."""

    calendar: str
    """The calendar's name, worded."""
    items: tuple[str, ...]
    """Each item's title (its UID where the trip no longer holds it)."""
    state_file: Path
    """What to remove to put the trip's version back."""


@dataclass(slots=True)
class PublishView:
    words: Words
    title: str
    server: str
    dry_run: bool
    calendars: list[tuple[str, str, CalendarResult]]
    """(name, note, result): ``Nathalie Appéré (nappere)``, and ``no longer in the
    trip`` for a delegate taken off it."""
    conflicts: list[Conflicts] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """What went wrong and did not stop the publish (a damaged state file), worded."""
    data: dict[str, Any] = field(default_factory=dict)
    """The contract's JSON document."""

    def document(self) -> Document:
        words = self.words
        heading = (
            words.t("Calendars to publish (dry run: nothing was sent)")
            if self.dry_run
            else words.t("Calendars published")
        )
        blocks: list[Block] = [
            Facts(((words.t("Trip"), self.title), (words.t("Server"), self.server)))
        ]
        blocks.append(self._table())
        if self.conflicts:
            blocks.append(self._conflicts())
        blocks.append(Paragraph(tuple(line(text) for text in self._total()), "note"))
        return Document(heading, words.lang, words.colon, blocks)

    def _table(self) -> Table:
        words = self.words
        names = (
            (words.tp("items", "To add"), words.tp("items", "To change"),
             words.tp("items", "To remove"))
            if self.dry_run
            else (words.tp("items", "Added"), words.tp("items", "Changed"),
                  words.tp("items", "Removed"))
        )  # fmt: skip
        unchanged = words.tp("items", "Unchanged")
        columns = (
            Column(words.t("Calendar"), weight=2),
            *(Column(n, numeric=True, weight=0) for n in (*names, unchanged)),
        )
        rows = []
        for name, note, result in self.calendars:
            counts = (result.added, result.changed, result.removed, result.unchanged)
            first = (line(name, Span(f" · {note}", "dim")) if note else line(name),)
            cells = (first, *((line(words.number(n)),) for n in counts))
            rows.append(Row(cells, marked=bool(result.conflicts)))
        return Table(columns, tuple(rows))

    def _conflicts(self) -> Section:
        words = self.words
        count = sum(len(c.items) for c in self.conflicts)
        section = Section(
            line(words.tn("Changed on the server since the last publish: {n} item",
                          "Changed on the server since the last publish: {n} items", count))
        )  # fmt: skip
        for conflict in self.conflicts:
            hint = words.tn(
                "someone changed or removed it in a calendar application since the last "
                "publish: mission leaves it as it is; to put the trip's version back, remove "
                "{file} and publish again",
                "someone changed or removed them in a calendar application since the last "
                "publish: mission leaves them as they are; to put the trip's version back, "
                "remove {file} and publish again",
                len(conflict.items),
                file=str(conflict.state_file),
            )
            items = tuple(line(Span(item, "strong")) for item in conflict.items)
            head = line(conflict.calendar, words.colon.rstrip())
            entry = Entry(head, items, (words.t("hint"), hint), "warning")
            section.blocks.append(entry)
        return section

    def _total(self) -> list[str]:
        """What was made, then what was sent."""
        words = self.words
        results = [r for _, _, r in self.calendars]
        made = sum(r.created for r in results)
        said = []
        if made:
            said.append(
                words.tn("{n} calendar to create.", "{n} calendars to create.", made)
                if self.dry_run
                else words.tn("{n} calendar created.", "{n} calendars created.", made)
            )
        return [*said, self._items(results)]

    def _items(self, results: list[CalendarResult]) -> str:
        words = self.words
        sent = sum(r.added + r.changed + r.removed for r in results)
        unchanged = sum(r.unchanged for r in results)
        if sent == 0:
            return words.tn(
                "Nothing to send: {n} item is already as the trip says.",
                "Nothing to send: {n} items are already as the trip says.",
                unchanged,
            )
        details = words.t(
            "{added} added, {changed} changed, {removed} removed",
            added=sum(r.added for r in results),
            changed=sum(r.changed for r in results),
            removed=sum(r.removed for r in results),
        )
        if self.dry_run:
            return words.tn(
                "{n} item would be sent ({details}); nothing was sent.",
                "{n} items would be sent ({details}); nothing was sent.",
                sent,
                details=details,
            )
        return words.tn(
            "{n} item sent ({details}).", "{n} items sent ({details}).", sent, details=details
        )


def build_publish_view(
    loaded: LoadedTrip,
    server: str,
    summary: Summary,
    words: Words,
    *,
    titles: dict[str, str],
    state_dir: Path,
) -> PublishView:
    """The view of a publish's ``summary``: ``titles`` names the trip's items by UID,
    ``state_dir`` is where the state files are (named in the hint of a conflict)."""
    view = PublishView(words, loaded.info.title, server, summary.dry_run, [])
    for result in summary.calendars:
        name, note = _calendar(loaded, result, words)
        view.calendars.append((name, note, result))
        if result.conflicts:
            items = sorted(titles.get(uid, uid) for uid in result.conflicts)
            path = state_path(state_dir, result.url)
            view.conflicts.append(Conflicts(name, tuple(items), path))
    view.warnings = [words.say(w) for w in summary.warnings]
    view.data = summary.as_json()
    return view


def _calendar(loaded: LoadedTrip, result: CalendarResult, words: Words) -> tuple[str, str]:
    """A calendar's name in the table, and what to note beside it."""
    if result.delegate == PROGRAMME:
        return words.t("Whole programme ({key})", key=PROGRAMME), ""
    person = loaded.model.delegates.get(result.delegate)
    if person is None:
        return result.delegate, words.t("no longer in the trip")
    return f"{person.name} ({result.delegate})", ""
