"""Every trip file in the project runs automatically.

Valid files (``trips/2024-04.yaml``, ``tests/trips/valid/``) must be clean. Files
with mistakes (``trips/examples/``, and the hostile ones of ``tests/trips/hostile/``)
say what they expect in comments, ``# expect: RULE LINE:COLUMN``, and must give exactly
that; every example a user reads also gets a hint.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mission_cli.pipeline import load_path
from tests.support import ROOT

VALID = [
    ROOT / "trips" / "2024-04.yaml",
    *sorted((ROOT / "tests" / "trips" / "valid").glob("*.yaml")),
]
EXAMPLES = sorted((ROOT / "trips" / "examples").glob("*.yaml"))
HOSTILE = sorted((ROOT / "tests" / "trips" / "hostile").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (\S+) (\d+):(\d+)$", re.MULTILINE)


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", VALID, ids=_id)
def test_valid_file_is_clean(path: Path) -> None:
    """No live problem: only ones its ``ignore`` entries suppress, each with its reason."""
    result = load_path(path).result
    live = [(d.rule, d.line, d.column, d.message) for d in result.diagnostics if not d.suppressed]
    assert live == []
    assert all(d.reason for d in result.diagnostics)


@pytest.mark.parametrize("path", EXAMPLES + HOSTILE, ids=_id)
def test_invalid_file_gives_what_it_expects(path: Path) -> None:
    expected = [(r, int(line), int(col)) for r, line, col in EXPECT.findall(path.read_text())]
    assert expected, f"{path.name} has no '# expect: RULE LINE:COLUMN' line"
    result = load_path(path).result
    assert [(d.rule, d.line, d.column) for d in result.diagnostics] == expected
    if path in EXAMPLES:
        assert all(d.hint for d in result.diagnostics), "every example mistake gets a hint"
