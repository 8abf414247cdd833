"""``mission diff``, as data and as a document: the changes between two versions, for
everyone or for some delegates, and the words around them (the letter to each delegate
whose programme changed is ``letters.py``; a supplier's notice ``suppliers.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mission_cli.pipeline import LoadedTrip
from mission_cli.views.diff.by_delegate import ChangeLine, DelegateChanges, by_delegate
from mission_cli.views.diff.compare import Changes, compare, for_delegates
from mission_cli.views.document import Block, Document, Entry, Paragraph, Section, Span, line
from mission_cli.words.terms import CHANGES
from mission_cli.words.words import Words

MARK = {"added": ("+", "ok"), "removed": ("−", "error"), "changed": ("~", "warning")}
"""A change's sign and tone, for this delegate."""


@dataclass(slots=True)
class DiffView:
    title: str
    words: Words
    old: str
    new: str
    changes: Changes
    sections: list[DelegateChanges]
    notes: list[str] = field(default_factory=list)

    def document(self) -> Document:
        words = self.words
        versions = Paragraph((line(words.t("From {old} to {new}.", old=self.old, new=self.new)),))
        blocks: list[Block] = [versions, *change_sections(self)]
        blocks += [Paragraph((line(note),), "note") for note in self.notes]
        return Document(self.title, words.lang, words.colon, blocks)


def build_diff(
    old: LoadedTrip, new: LoadedTrip, words: Words, delegates: tuple[str, ...] | None = None
) -> DiffView:
    found = for_delegates(compare(old, new), delegates)
    view = DiffView(
        words.t("Changes: {title}", title=new.info.title),
        words,
        old.file,
        new.file,
        found,
        by_delegate(found, new.model, old.model, words),
    )
    if delegates is not None:  # only theirs: the changes that touch nobody stay out
        view.sections = [s for s in view.sections if s.key in delegates]
    if not found.changes:
        view.notes.append(words.t("No change."))
    if found.left_out:
        shown = ", ".join(found.left_out[:10]) + (", …" if len(found.left_out) > 10 else "")
        note = words.t("Not compared, because of errors in one version: {ids}.", ids=shown)
        view.notes.append(note)
    return view


def change_entry(change: ChangeLine, words: Words) -> Entry:
    """``~ changed rit Meeting at RIT · 2024-04-04 17:00–18:30 EDT``, its details under."""
    sign, tone = MARK[change.kind]
    head = line(
        Span(f"{sign} {words.term(CHANGES[change.kind])}", tone),
        " ",
        Span(change.id, "code"),
        f" {change.title} · {change.when}",
    )
    return Entry(head, tuple(line(detail) for detail in change.details), None, tone)


def change_sections(view: DiffView) -> list[Block]:
    """A section per delegate, a section per day under it, a change per entry."""
    out: list[Block] = []
    for section in view.sections:
        heading = line(section.name, " (", Span(section.key, "code"), ")") if section.key else (
            line(section.name)
        )  # fmt: skip
        days: list[Block] = []
        for day in section.days:
            entries: list[Block] = [change_entry(c, view.words) for c in day.lines]
            if day.heading:
                days.append(Section(line(day.heading), entries))
            else:  # a change of no day (an item without times)
                days += entries
        out.append(Section(heading, days))
    return out


def for_supplier(view: DiffView, old: LoadedTrip, new: LoadedTrip, supplier: str) -> DiffView:
    """Only the changes of the items a supplier's sheet is made of (``diff --for``, as
    JSON): lodgings for a hotel, events with a meal (in either version) for a caterer,
    moves for transport."""
    from dataclasses import replace

    from mission_cli.views.diff.suppliers import ITEMS

    item = ITEMS[supplier]
    meals = {e.id for e in (*old.trip.events, *new.trip.events) if e.event.meal}
    kept = [
        c for c in view.changes.changes
        if c.item == item and (supplier != "caterer" or c.id in meals)
    ]  # fmt: skip
    changes = Changes(kept, view.changes.left_out, view.changes.delegates, view.changes.names)
    return replace(view, changes=changes)
