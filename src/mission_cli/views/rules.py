"""What ``mission rules`` shows: the list of rules, or one rule with its page."""

from __future__ import annotations

from dataclasses import dataclass

from mission_cli.catalog import RULES, Rule
from mission_cli.reference.pages import pages, reference
from mission_cli.suggest import did_you_mean, nearest


class UnknownRule(ValueError):
    """A rule name that is none; the message suggests the nearest."""


@dataclass(frozen=True, slots=True)
class RulesView:
    rules: list[Rule]
    page: str
    """Markdown: the rule's page, or the whole reference when every rule is listed."""
    one: bool = False


def rules_view(name: str | None) -> RulesView:
    """Every rule, or the rule ``name`` (``UnknownRule`` when there is none)."""
    if name is None:
        return RulesView(list(RULES.values()), reference())
    key = name.strip().lower()
    if key not in RULES:
        shown = name if len(name) <= 60 else name[:60] + "…"
        guess = did_you_mean(nearest(name[:200], RULES)) or "`mission rules` lists them all"
        raise UnknownRule(f"unknown rule '{shown}'; {guess}")
    return RulesView([RULES[key]], pages()[key], one=True)
