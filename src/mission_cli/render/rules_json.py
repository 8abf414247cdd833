"""``mission rules --format json``: a list of the rules, for scripts; with a rule's
name, that rule's object with its page (Markdown)."""

from __future__ import annotations

from typing import Any

from mission_cli.catalog import Rule
from mission_cli.render.visible import json_document
from mission_cli.views.rules import RulesView


def _row(rule: Rule, view: RulesView) -> dict[str, Any]:
    """Its name, severity and family as scripts match them; its summary worded."""
    return {
        "rule": rule.name,
        "severity": str(rule.severity),
        "family": str(rule.family),
        "summary": view.summary(rule),
    }


def render_rules_json(view: RulesView) -> str:
    if view.one:
        return json_document(_row(view.rules[0], view) | {"page": view.page})
    return json_document([_row(rule, view) for rule in view.rules])
