"""The objects the JSON outputs share: a diagnostic (``validate``, ``report``) and a
change (``diff``, ``report --since``), exactly as the contract names their keys."""

from __future__ import annotations

from typing import Any

from mission_cli.views.diff.compare import Change
from mission_cli.views.validation import Said


def diagnostic_object(said: Said) -> dict[str, Any]:
    """A diagnostic; its message and hint in the output's language."""
    diag = said.diagnostic
    return {
        "rule": diag.rule,
        "severity": str(diag.severity),
        "message": said.message,
        "line": diag.line,
        "column": diag.column,
        "path": diag.path,
        "events": list(diag.events),
        "delegates": list(diag.delegates),
        "suppressed": diag.suppressed,
        "hint": said.hint,
        "reason": diag.reason,
    }


def change_object(change: Change) -> dict[str, Any]:
    """``{"id", "item", "change", "fields": {"<field>": {"old", "new"}}, "delegates"}``;
    times in ISO 8601 with the item's local offset."""
    return {
        "id": change.id,
        "item": change.item,
        "change": change.change,
        "fields": {name: {"old": old, "new": new} for name, (old, new) in change.fields.items()},
        "delegates": list(change.delegates),
    }
