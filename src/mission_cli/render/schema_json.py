"""``mission schema``: the JSON Schema of the trip file, as ``schema/trip-1.2.json`` holds it."""

from __future__ import annotations

from typing import Any

from mission_cli.render.visible import json_document


def render_schema_json(schema: dict[str, Any]) -> str:
    return json_document(schema)
