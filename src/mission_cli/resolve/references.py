"""Names used in the file -> what they name, with "did you mean" when they name nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from mission_cli.catalog import DUPLICATE_ID, FILE_RULES, RULES, SCHEMA, UNKNOWN_REFERENCE
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc, Locator, format_path
from mission_cli.model.build import TripModel
from mission_cli.resolve.attendees import expand, file_order, group_members
from mission_cli.words.message import N_, Message

_UNKNOWN = {
    "city": (
        N_("unknown city '{name}'"),
        N_("no city is defined"),
        N_("the cities defined are: {names}"),
    ),
    "venue": (
        N_("unknown venue '{name}'"),
        N_("no venue is defined"),
        N_("the venues defined are: {names}"),
    ),
    "delegate": (
        N_("unknown delegate '{name}'"),
        N_("no delegate is defined"),
        N_("the delegates defined are: {names}"),
    ),
    "group": (
        N_("unknown group '{name}'"),
        N_("no group is defined"),
        N_("the groups defined are: {names}"),
    ),
    "rule": (
        N_("unknown rule '{name}'"),
        N_("no rule is defined"),
        N_("the rules defined are: {names}"),
    ),
    "item id": (
        N_("unknown item id '{name}'"),
        N_("no item id is defined"),
        N_("the item ids defined are: {names}"),
    ),
    "event": (
        N_("unknown event '{name}'"),
        N_("no event is defined"),
        N_("the events defined are: {names}"),
    ),
    "request": (
        N_("unknown request '{name}'"),
        N_("no request is defined"),
        N_("the requests defined are: {names}"),
    ),
}
"""What names nothing, by what it should name: the message, the hint when nothing of
that kind is declared, the hint that lists what is."""


def item_ids(model: TripModel) -> set[str]:
    """Every id written in ``events``, ``travel`` and ``lodging``: what ``ignore`` names."""
    declared = model.declared
    return (
        declared.get("events", set())
        | declared.get("travel", set())
        | declared.get("lodging", set())
    )


class References:
    """Checks references and expands attendee lists, collecting diagnostics."""

    def __init__(self, model: TripModel, locator: Locator) -> None:
        self.model = model
        self.locator = locator
        self.diagnostics: list[Diagnostic] = []
        self.groups = group_members({k: d.groups for k, d in model.delegates.items()})
        self.everyone = tuple(model.delegates)
        self.order = file_order(self.everyone)

    def unknown(
        self,
        loc: Loc,
        what: str,
        name: str,
        known: Iterable[str] | Callable[[], Iterable[str]],
        *,
        at_key: bool = False,
    ) -> None:
        """``known`` is read only for a hint that is shown (a file with thousands of
        unknown names among thousands pays nothing for the others); a function makes it."""
        from mission_cli.suggest import unknown_hint  # only for a name not found

        unknown, none, defined = _UNKNOWN[what]
        hint = lambda: unknown_hint(  # noqa: E731
            name, known() if callable(known) else known, none=Message(none), defined=defined
        )
        self.diagnostics.append(
            self.locator.diag(
                UNKNOWN_REFERENCE, loc, Message(unknown, name=name), hint, at_key=at_key
            )
        )

    def check(self, section: str, name: str, loc: Loc, what: str) -> bool:
        """Whether ``name`` is a key of ``section``; a diagnostic when it is not declared."""
        if name in getattr(self.model, section):
            return True
        declared = self.model.declared.get(section, set())
        if name not in declared:
            self.unknown(loc, what, name, declared)
        return False

    def expand(self, names: list[str] | None, loc: Loc) -> tuple[tuple[str, ...], bool]:
        """``all`` (None) or keys and ``@group``s -> delegate keys, in the file's order,
        and whether every name was known."""
        found = expand(names, self.everyone, self.groups, self.order)
        for position, written in found.unknown:
            sign, name = ("-", written[1:]) if written.startswith("-") else ("", written)
            if name.startswith("@"):
                self.unknown(
                    (*loc, position), "group", written, self._names(sign + "@", self.groups)
                )
            elif name not in self.model.declared.get("delegates", set()):
                declared = self.model.declared.get("delegates", set())
                self.unknown((*loc, position), "delegate", written, self._names(sign, declared))
        return found.keys, not found.unknown

    @staticmethod
    def _names(prefix: str, names: Iterable[str]) -> Callable[[], list[str]]:
        return lambda: [f"{prefix}{name}" for name in names]

    def check_rule_name(self, name: str, loc: Loc, *, at_key: bool = False) -> bool:
        """A schedule rule's name; rules of the file can be neither ignored nor tuned."""
        if name in FILE_RULES:
            self.diagnostics.append(
                self.locator.diag(
                    SCHEMA,
                    loc,
                    Message(
                        "'{name}' is a rule of the file: it cannot be ignored or switched off",
                        name=name,
                    ),
                    Message("fix the problem in the file instead"),
                    at_key=at_key,
                )
            )
            return False
        if name not in RULES:
            self.unknown(loc, "rule", name, set(RULES) - FILE_RULES, at_key=at_key)
            return False
        return True

    def check_ignores(self) -> None:
        ids = item_ids(self.model)
        for name in self.model.checks.rules:
            self.check_rule_name(name, ("checks", "rules", name), at_key=True)
        for index, entry in self.model.ignore:
            loc = ("ignore", index)
            self.check_rule_name(entry.rule, (*loc, "rule"))
            for j, ident in enumerate(entry.events):
                if ident not in ids:
                    self.unknown((*loc, "events", j), "item id", ident, ids)
            for j, key in enumerate(entry.delegates):
                self.check("delegates", key, (*loc, "delegates", j), "delegate")

    def check_unique_ids(self) -> None:
        """Ids are unique across events and travel; the later use is the one reported."""
        uses: dict[str, list[tuple[str, int]]] = {}
        for index, event in self.model.events:
            uses.setdefault(event.id, []).append(("events", index))
        for index, move in self.model.travel:
            uses.setdefault(move.id, []).append(("travel", index))
        for index, stay in self.model.lodging:
            uses.setdefault(stay.id, []).append(("lodging", index))
        for ident, places in uses.items():
            if len(places) < 2:
                continue
            places.sort(key=lambda place: self.locator.position((*place, "id")))
            (first_section, first_index), *others = places
            line, _ = self.locator.position((first_section, first_index, "id"))
            for section, index in others:
                self.diagnostics.append(
                    self.locator.diag(
                        DUPLICATE_ID,
                        (section, index, "id"),
                        Message(
                            "id '{id}' is already used by {first} (line {line})",
                            id=ident,
                            first=format_path((first_section, first_index)),
                            line=str(line),
                        ),
                        Message(
                            "ids are unique across events, travel and lodging: rename one of them"
                        ),
                    )
                )
