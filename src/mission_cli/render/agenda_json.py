"""``mission agenda --format json``: exactly the contract's ``{"items": [...]}``."""

from __future__ import annotations

from typing import Any

from mission_cli.clock.times import iso_local, zone_name
from mission_cli.render.visible import json_document
from mission_cli.views.agenda import AgendaItem
from mission_cli.views.agenda_layout import AgendaView


def item_object(item: AgendaItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "type": item.type,
        "title": item.title,
        "city": item.city,
        "venue": item.venue,
        "start": iso_local(item.start, item.start_zone),
        "end": iso_local(item.end, item.end_zone),
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
