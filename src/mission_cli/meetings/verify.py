"""The proof of a plan: the trip with its meetings added raises no new finding.

The engine keeps the rules as it models them; this reads the file that ``--write``
would write through every stage and every check, as ``mission validate`` does, and
compares its findings with the trip's own. A finding is the same one when its rule, the
items and the delegates it names are (its place in the file moves with the lines
added): whatever else it finds is new, and names the meetings that raise it.
"""

from __future__ import annotations

from collections import Counter

from mission_cli.diagnostics import Diagnostic, Result
from mission_cli.load.source import decode_source
from mission_cli.pipeline import load_source

Finding = tuple[str, tuple[str, ...], tuple[str, ...]]


def _finding(diag: Diagnostic) -> Finding:
    return diag.rule, tuple(sorted(diag.events)), tuple(sorted(diag.delegates))


def new_findings(before: Result, text: str) -> list[Diagnostic]:
    """The live findings of ``text`` that ``before`` (the trip without the meetings)
    does not hold."""
    after = load_source(decode_source(text.encode("utf-8"), before.file)).result
    known = Counter(_finding(d) for d in before.diagnostics if not d.suppressed)
    found: list[Diagnostic] = []
    for diag in after.diagnostics:
        if diag.suppressed:
            continue
        key = _finding(diag)
        if known[key]:
            known[key] -= 1
        else:
            found.append(diag)
    return found
