"""Names used in the file -> what they name, with "did you mean" when they name nothing."""

from __future__ import annotations

from collections.abc import Iterable

from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc, Locator
from mission_cli.model.build import TripModel
from mission_cli.model.errors import diag_at
from mission_cli.rules.file_rules import DUPLICATE_ID, UNKNOWN_REFERENCE
from mission_cli.suggest import did_you_mean, nearest


class References:
    """Checks references and expands attendee lists, collecting diagnostics."""

    def __init__(self, model: TripModel, locator: Locator) -> None:
        self.model = model
        self.locator = locator
        self.diagnostics: list[Diagnostic] = []
        self.groups: dict[str, list[str]] = {}
        for key, delegate in model.delegates.items():
            for group in delegate.groups:
                self.groups.setdefault(group, []).append(key)
        self.everyone = tuple(model.delegates)
        self._order = {key: i for i, key in enumerate(model.delegates)}

    def unknown(
        self, loc: Loc, what: str, name: str, known: Iterable[str], *, at_key: bool = False
    ) -> None:
        pool = sorted(known)
        hint = did_you_mean(nearest(name, pool))
        if hint is None:
            hint = (
                (
                    f"the {what}s defined are: {', '.join(pool[:12])}"
                    + (", …" if len(pool) > 12 else "")
                )
                if pool
                else f"no {what} is defined"
            )
        self.diagnostics.append(
            diag_at(
                self.locator,
                loc,
                f"unknown {what} '{name}'",
                hint,
                rule=UNKNOWN_REFERENCE,
                at_key=at_key,
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
        if names is None:
            return self.everyone, True
        chosen: set[str] = set()
        complete = True
        for j, name in enumerate(names):
            if name.startswith("@"):
                group = name[1:]
                if group in self.groups:
                    chosen.update(self.groups[group])
                else:
                    complete = False
                    self.unknown((*loc, j), "group", name, (f"@{g}" for g in self.groups))
            elif self.check("delegates", name, (*loc, j), "delegate"):
                chosen.add(name)
            else:
                complete = False
        return tuple(sorted(chosen, key=self._order.__getitem__)), complete

    def check_rule_name(
        self, name: str, loc: Loc, file_rules: set[str], rules: set[str], *, at_key: bool = False
    ) -> bool:
        """A schedule rule's name; rules of the file can be neither ignored nor tuned."""
        if name in file_rules:
            self.diagnostics.append(
                diag_at(
                    self.locator,
                    loc,
                    f"'{name}' is a rule of the file: it cannot be ignored or switched off",
                    "fix the problem in the file instead",
                    at_key=at_key,
                )
            )
            return False
        if name not in rules:
            self.unknown(loc, "rule", name, rules - file_rules, at_key=at_key)
            return False
        return True

    def check_ignores(self, file_rules: set[str], rules: set[str]) -> None:
        ids = self.model.declared.get("events", set()) | self.model.declared.get("travel", set())
        for name in self.model.checks.rules:
            self.check_rule_name(name, ("checks", "rules", name), file_rules, rules, at_key=True)
        for index, entry in self.model.ignore:
            loc = ("ignore", index)
            self.check_rule_name(entry.rule, (*loc, "rule"), file_rules, rules)
            for j, ident in enumerate(entry.events):
                if ident not in ids:
                    self.unknown((*loc, "events", j), "event or move id", ident, ids)
            for j, key in enumerate(entry.delegates):
                self.check("delegates", key, (*loc, "delegates", j), "delegate")

    def check_unique_ids(self) -> None:
        """Ids are unique across events and travel; the later use is the one reported."""
        uses: dict[str, list[tuple[str, int]]] = {}
        for index, event in self.model.events:
            uses.setdefault(event.id, []).append(("events", index))
        for index, move in self.model.travel:
            uses.setdefault(move.id, []).append(("travel", index))
        for ident, places in uses.items():
            if len(places) < 2:
                continue
            places.sort(key=lambda place: self.locator.position((*place, "id")))
            (first_section, first_index), *others = places
            line, _ = self.locator.position((first_section, first_index, "id"))
            for section, index in others:
                self.diagnostics.append(
                    diag_at(
                        self.locator,
                        (section, index, "id"),
                        f"id '{ident}' is already used by {first_section}[{first_index}] "
                        f"(line {line})",
                        "ids are unique across events and travel: rename one of them",
                        rule=DUPLICATE_ID,
                    )
                )
