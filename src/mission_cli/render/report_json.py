"""The pre-departure report as JSON: the same groups, with the contract's diagnostic objects."""

from __future__ import annotations

from typing import Any

from mission_cli.render.json_objects import change_object, diagnostic_object
from mission_cli.render.visible import json_document
from mission_cli.views.report import Problem, Report


def _entry(problem: Problem) -> dict[str, Any]:
    obj = diagnostic_object(problem.said)
    obj["number"] = problem.number  # its number in the printed report (1.2)
    obj["items"] = [
        {"id": i.id, "type": i.type, "title": i.title, "when": i.when, "where": i.where}
        for i in problem.items
    ]
    return obj


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
                        "problems": [_entry(p) for p in s.problems],
                    }
                    for s in day.delegates
                ],
            }
            for day in report.days
        ],
        "suppressed": [_entry(e) for e in report.suppressed],
        "contacts": report.contact_objects,
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
                "findings": r.numbers,
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
