"""The machine-readable result of ``validate``: exactly the contract's object."""

from __future__ import annotations

from typing import Any

from mission_cli.diagnostics import Diagnostic, Result
from mission_cli.render.visible import json_document


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


def render_validate_json(result: Result) -> str:
    return json_document(result_object(result))
