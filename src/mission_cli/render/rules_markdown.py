"""``mission rules --format markdown``: the rules reference (``docs/rules.md``), or one
rule's page of it."""

from __future__ import annotations

from mission_cli.views.rules import RulesView


def render_rules_markdown(view: RulesView) -> str:
    return view.page
