"""``mission diff --format json``: the contract's ``{"changes": [...]}``."""

from __future__ import annotations

from mission_cli.render.json_objects import change_object
from mission_cli.render.visible import json_document
from mission_cli.views.diff.view import DiffView


def render_diff_json(view: DiffView) -> str:
    return json_document({"changes": [change_object(c) for c in view.changes.changes]})
