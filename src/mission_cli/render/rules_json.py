"""``mission rules --format json``: a list of the rules, for scripts."""

from __future__ import annotations

from collections.abc import Iterable

from mission_cli.catalog import Rule
from mission_cli.render.visible import json_document


def render_rules_json(rules: Iterable[Rule]) -> str:
    rows = [
        {
            "rule": r.name,
            "severity": str(r.severity),
            "family": str(r.family),
            "summary": r.summary,
        }
        for r in rules
    ]
    return json_document(rows)
