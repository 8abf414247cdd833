"""``mission logistics VIEW --format json``: the contract's document of each view."""

from __future__ import annotations

from mission_cli.render.visible import json_document
from mission_cli.views.logistics.sheets import LogisticsView


def render_logistics_json(view: LogisticsView) -> str:
    return json_document(view.data)
