"""The machine-readable result of ``validate``: exactly the contract's object."""

from __future__ import annotations

from typing import Any

from mission_cli.render.json_objects import diagnostic_object
from mission_cli.render.visible import json_document
from mission_cli.views.validation import Checked, Unreadable, Validation


def result_object(checked: Checked, *, quiet: bool = False) -> dict[str, Any]:
    """A file's object; ``quiet``: only the problems in ``diagnostics`` (the suppressed
    findings are still counted)."""
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
            "diagnostics": [diagnostic_object(checked.said(d)) for d in checked.shown(quiet)],
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


def _object(item: Checked | Unreadable, quiet: bool) -> dict[str, Any]:
    if isinstance(item, Checked):
        return result_object(item, quiet=quiet)
    return unreadable_object(item)


def render_validate_json(view: Validation) -> str:
    """One file: the contract's object. Several: ``{"ok", "counts", "files": [...]}``,
    the counts summed, one such object per file. ``--quiet``: only the problems, as in
    the text (no suppressed finding in ``diagnostics``, no clean file in ``files``); the
    counts and ``ok`` still cover everything."""
    if not view.several:
        return json_document(_object(view.checked[0], view.quiet))
    every = [_object(item, view.quiet) for item in view.checked]
    counts = {
        key: sum(f["counts"][key] for f in every) for key in ("error", "warning", "suppressed")
    }
    files = [_object(item, view.quiet) for item in view.shown]
    return json_document({"ok": all(f["ok"] for f in every), "counts": counts, "files": files})
