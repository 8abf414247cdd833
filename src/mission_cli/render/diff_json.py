"""``mission diff --format json``: the contract's ``{"changes": [...]}``."""

from __future__ import annotations

from typing import Any

from mission_cli.render.visible import json_document
from mission_cli.views.diff.compare import Change
from mission_cli.views.diff.view import DiffView


def change_object(change: Change) -> dict[str, Any]:
    """``{"id", "item", "change", "fields": {"<field>": {"old", "new"}}, "delegates"}``;
    times in ISO 8601 with the item's local offset."""
    return {
        "id": change.id,
        "item": change.item,
        "change": change.change,
        "fields": {name: {"old": old, "new": new} for name, (old, new) in change.fields.items()},
        "delegates": list(change.delegates),
    }


def render_diff_json(view: DiffView) -> str:
    return json_document({"changes": [change_object(c) for c in view.changes.changes]})
