"""``mission whereis --format json``: the instant in UTC and each delegate's state."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from mission_cli.render.visible import json_document
from mission_cli.views.contacts import contact_object
from mission_cli.views.whereis import WhereisView


def render_whereis_json(view: WhereisView) -> str:
    rows: list[dict[str, Any]] = []
    for place, shown in zip(view.places, view.rows, strict=True):
        item = place.event or place.move
        rows.append(
            {
                "delegate": place.delegate,
                "state": place.state,
                "city": place.city,
                "item": item.id if item else None,
                "venue": place.event.venue if place.event else None,
            }
        )
        if view.personal:
            rows[-1]["contact"] = shown.contact or None
    at_utc = view.at.astimezone(UTC).isoformat()
    contacts = [contact_object(c) for c in view.contacts]
    return json_document({"at": at_utc, "delegates": rows, "contacts": contacts})
