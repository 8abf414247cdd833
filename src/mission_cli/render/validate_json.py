"""The machine-readable result of ``validate``: exactly the contract's object."""

from __future__ import annotations

from typing import Any

from mission_cli.render.json_objects import diagnostic_object
from mission_cli.render.visible import json_document
from mission_cli.views.validation import Checked, Unreadable, Validation


def result_object(checked: Checked) -> dict[str, Any]:
    result = checked.result
    counts = result.counts
    return (
        {
            "file": result.file,
            "ok": result.ok,
            "counts": {
                "error": counts.error,
                "warning": counts.warning,
                "suppressed": counts.suppressed,
            },
            "diagnostics": [diagnostic_object(checked.said(d)) for d in result.diagnostics],
        }
        | ({"omitted": result.omitted} if result.omitted else {})
        | ({"checks_stopped": True} if result.checks_stopped else {})
    )


def unreadable_object(item: Unreadable) -> dict[str, Any]:
    """A file that could not be read: the contract's object, with ``error`` saying why."""
    return {
        "file": item.file,
        "ok": False,
        "error": item.error,
        "counts": {"error": 0, "warning": 0, "suppressed": 0},
        "diagnostics": [],
    }


def _object(item: Checked | Unreadable) -> dict[str, Any]:
    return result_object(item) if isinstance(item, Checked) else unreadable_object(item)


def render_validate_json(view: Validation) -> str:
    """One file: the contract's object. Several: ``{"ok", "counts", "files": [...]}``,
    the counts summed, one such object per file."""
    if not view.several:
        return json_document(_object(view.checked[0]))
    files = [_object(item) for item in view.checked]
    counts = {
        key: sum(f["counts"][key] for f in files) for key in ("error", "warning", "suppressed")
    }
    return json_document({"ok": all(f["ok"] for f in files), "counts": counts, "files": files})
