"""``mission schedule --format json``: the contract's ``placed``, ``unplaced`` and
``optimal``, with more about each meeting (its title, party, people, session and
table) and whether the file was written."""

from __future__ import annotations

from typing import Any

from mission_cli.clock.times import iso_local
from mission_cli.render.visible import json_document
from mission_cli.views.schedule import ScheduleView


def render_schedule_json(view: ScheduleView) -> str:
    plan, words = view.plan, view.words
    placed: list[dict[str, Any]] = []
    for meeting in plan.meetings:
        request = meeting.request
        within = request.within
        placed.append(
            {
                "id": meeting.id,
                "start": iso_local(meeting.start, request.zone),
                "end": iso_local(meeting.end, request.zone),
                "venue": request.venue,
                "city": request.city,
                "title": request.request.title,
                "with": request.request.with_,
                "attendees": list(request.attendees),
                "priority": request.request.priority,
                "part_of": within.id if within is not None else None,
                "table": meeting.table,
                "in_file": meeting.in_file,
            }
        )
    unplaced = [
        {"id": left.id, "reason": words.say(left.reason), "priority": left.priority}
        for left in plan.left_out
    ]
    return json_document(
        {
            "file": view.loaded.file,
            "placed": placed,
            "unplaced": unplaced,
            "optimal": plan.optimal,
            "written": view.written,
        }
    )
