"""``mission diff``, as data and as a document: the changes between two versions, for
everyone or for some delegates, and the words around them; the message to each
delegate whose programme changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from mission_cli.pipeline import LoadedTrip
from mission_cli.views.diff.by_delegate import ChangeLine, DelegateChanges, by_delegate
from mission_cli.views.diff.compare import Changes, compare, for_delegates
from mission_cli.views.document import Block, Document, Entry, Paragraph, Section, Span, line
from mission_cli.words.message import N_
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


_PARTS = (
    ("added", N_("Added to your programme")),
    ("removed", N_("Cancelled (remove it from your calendar)")),
    ("changed", N_("Changed")),
)


def delegate_message(view: DiffView, section: DelegateChanges) -> Document:
    """``--per-delegate``: one short message to a delegate whose programme changed, in the
    trip's language, ready to paste into an e-mail."""
    words = view.words
    title = view.title.split(words.colon, 1)[-1]
    subject = words.t("Your programme: {title}", title=title)
    blocks: list[Block] = [
        Paragraph((line(words.t("Hello {name},", name=section.name)),), "prose"),
        Paragraph((line(words.t("your programme has changed since the last version:")),), "prose"),
    ]
    for kind, heading in _PARTS:
        lines = [c for day in section.days for c in day.lines if c.kind == kind]
        if lines:
            entries: list[Block] = [
                Entry(line(f"{c.when}{words.colon}{c.title}"), tuple(line(d) for d in c.details))
                for c in lines
            ]
            blocks.append(Section(line(words.t(heading)), entries))
    blocks.append(Paragraph((line(words.t("Times are local, with their zone.")),), "prose"))
    return Document(subject, words.lang, words.colon, blocks)
