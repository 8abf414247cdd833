"""``mission agenda --format json``: exactly the contract's ``{"items": [...]}``."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from mission_cli.render.visible import json_document
from mission_cli.times import in_zone, zone_name
from mission_cli.views.agenda import AgendaItem
from mission_cli.views.agenda_layout import AgendaView


def iso(moment: datetime, zone: tzinfo) -> str:
    """ISO 8601 with the UTC offset of the item's own zone: ``2024-04-04T10:00:00-04:00``."""
    return in_zone(moment, zone).isoformat()


def item_object(item: AgendaItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "type": item.type,
        "title": item.title,
        "city": item.city,
        "venue": item.venue,
        "start": iso(item.start, item.start_zone),
        "end": iso(item.end, item.end_zone),
        "timezone": item.zone_name,
        "end_timezone": zone_name(item.end_zone),
        "attendees": list(item.attendees),
    }


def render_agenda_json(view: AgendaView) -> str:
    items = [item_object(i) for i in view.items]
    document: dict[str, Any] = {"items": items}
    if view.personal is not None:
        document["personal"] = view.personal
    return json_document(document)
