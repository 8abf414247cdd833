"""The machine-readable result of ``validate``: exactly the contract's object."""

from __future__ import annotations

from typing import Any

from mission_cli.diagnostics import Diagnostic, Result
from mission_cli.render.visible import json_document
from mission_cli.views.validation import Unreadable, Validation


def diagnostic_object(diag: Diagnostic) -> dict[str, Any]:
    return {
        "rule": diag.rule,
        "severity": str(diag.severity),
        "message": diag.message,
        "line": diag.line,
        "column": diag.column,
        "path": diag.path,
        "events": list(diag.events),
        "delegates": list(diag.delegates),
        "suppressed": diag.suppressed,
        "hint": diag.hint,
        "reason": diag.reason,
    }


def result_object(result: Result) -> dict[str, Any]:
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
            "diagnostics": [diagnostic_object(d) for d in result.diagnostics],
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


def _object(item: Result | Unreadable) -> dict[str, Any]:
    return result_object(item) if isinstance(item, Result) else unreadable_object(item)


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
