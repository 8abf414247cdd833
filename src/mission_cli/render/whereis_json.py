"""``mission whereis --format json``: the instant in UTC and each delegate's state."""

from __future__ import annotations

from datetime import UTC

from mission_cli.render.visible import json_document
from mission_cli.views.whereis import WhereisView


def render_whereis_json(view: WhereisView) -> str:
    rows = []
    for place in view.places:
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
    at_utc = view.at.astimezone(UTC).isoformat()
    return json_document({"at": at_utc, "delegates": rows})
