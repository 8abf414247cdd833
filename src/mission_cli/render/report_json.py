"""The pre-departure report as JSON: the same groups, with the contract's diagnostic objects."""

from __future__ import annotations

from typing import Any

from mission_cli.render.diff_json import change_object
from mission_cli.render.validate_json import diagnostic_object
from mission_cli.render.visible import json_document
from mission_cli.views.report import Entry, Report


def _entry(entry: Entry) -> dict[str, Any]:
    obj = diagnostic_object(entry.diagnostic)
    obj["items"] = [
        {"id": i.id, "type": i.type, "title": i.title, "when": i.when, "where": i.where}
        for i in entry.items
    ]
    return obj


def _logistics(report: Report) -> dict[str, Any]:
    """The logistics section; ``personal`` only when the command was given
    ``--include-personal``."""
    data = report.logistics.data
    found = {key: data.get(key, []) for key in ("unhoused", "documents", "over_capacity")}
    if "personal" in data:
        found["personal"] = data["personal"]
    return found


def render_report_json(report: Report) -> str:
    counts = report.counts
    obj = {
        "file": report.file,
        "title": report.title,
        "start": report.start.isoformat() if report.start else None,
        "end": report.end.isoformat() if report.end else None,
        "cities": report.cities,
        "delegates": report.delegates,
        "events": report.events,
        "moves": report.moves,
        "ok": report.ok,
        "counts": {
            "error": counts.error,
            "warning": counts.warning,
            "suppressed": counts.suppressed,
        },
        "file_problems": [_entry(e) for e in report.file_problems],
        "days": [
            {
                "date": day.day.isoformat(),
                "delegates": [
                    {
                        "key": s.key or None,
                        "name": s.name,
                        "problems": [_entry(e) for e in s.entries],
                    }
                    for s in day.delegates
                ],
            }
            for day in report.days
        ],
        "suppressed": [_entry(e) for e in report.suppressed],
        "logistics": {
            key: report.logistics.data.get(key, [])
            for key in ("unhoused", "documents", "over_capacity")
        }
        | (
            {"personal": report.logistics.data["personal"]}
            if "personal" in report.logistics.data
            else {}
        ),
        "per_delegate": [
            {
                "key": r.key,
                "name": r.name,
                "error": r.counts.error,
                "warning": r.counts.warning,
                "suppressed": r.counts.suppressed,
            }
            for r in report.per_delegate
        ],
    }
    if report.since is not None:
        obj["since"] = report.since.old
        obj["changes"] = [change_object(c) for c in report.since.changes.changes]
    if report.omitted:
        obj["omitted"] = report.omitted  # problems past the first ones, counted only
    return json_document(obj)
