"""``mission diff``, as data: the changes between two versions, for everyone or for some
delegates, and the words around them."""

from __future__ import annotations

from dataclasses import dataclass, field

from mission_cli.pipeline import Loaded
from mission_cli.views.diff.by_delegate import DelegateChanges, by_delegate
from mission_cli.views.diff.compare import Changes, compare, for_delegates
from mission_cli.words.labels import label


@dataclass(slots=True)
class DiffView:
    title: str
    lang: str
    old: str
    new: str
    changes: Changes
    sections: list[DelegateChanges]
    notes: list[str] = field(default_factory=list)


def build_diff(
    old: Loaded, new: Loaded, lang: str, delegates: tuple[str, ...] | None = None
) -> DiffView:
    assert old.trip is not None
    assert new.trip is not None
    found = for_delegates(compare(old, new), delegates)
    model = new.trip.model
    info = model.info
    view = DiffView(
        label(lang, "diff_title", title=info.title if info else new.result.file),
        lang,
        old.result.file,
        new.result.file,
        found,
        by_delegate(found, model, old.trip.model, lang),
    )
    if delegates is not None:  # only theirs: the changes that touch nobody stay out
        view.sections = [s for s in view.sections if s.key in delegates]
    if not found.changes:
        view.notes.append(label(lang, "no_changes"))
    if found.left_out:
        shown = ", ".join(found.left_out[:10]) + (", …" if len(found.left_out) > 10 else "")
        view.notes.append(label(lang, "not_compared", ids=shown))
    return view
