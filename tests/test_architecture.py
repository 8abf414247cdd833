"""The layout of docs/architecture.md holds: checked from the code's own imports by the
shared architecture check, and the catalog, the checks and the CLI agree."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mission_cli.catalog import FILE_RULES, RULES, SCHEDULE_RULES, UNUSED_IGNORE
from mission_cli.checks.run import SCHEDULE_CHECKS
from mission_cli.render import formats
from tests.support import ROOT, invoke

CHECKER = ROOT.parent / "shared" / "tools" / "architecture-check.py"


@pytest.mark.skipif(not CHECKER.is_file(), reason="../shared/tools is not here")
def test_layout_holds() -> None:
    done = subprocess.run(
        [sys.executable, str(CHECKER)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(clean)" in done.stdout


def test_every_schedule_rule_has_one_check() -> None:
    checked = [rule.name for rule, _ in SCHEDULE_CHECKS]
    assert len(checked) == len(set(checked))
    assert set(checked) == SCHEDULE_RULES - {UNUSED_IGNORE.name}
    assert FILE_RULES.isdisjoint(checked)
    assert all(RULES[name].severity in ("error", "warning") for name in RULES)


@pytest.mark.parametrize(
    ("command", "mapping"),
    [
        (["validate", "trips/2024-04.yaml"], formats.VALIDATE),
        (["report", "trips/2024-04.yaml"], formats.REPORT),
        (["agenda", "trips/2024-04.yaml", "--day", "2024-04-04"], formats.AGENDA),
        (["whereis", "trips/2024-04.yaml", "--at", "2024-04-04 12:00"], formats.WHEREIS),
        (["rules"], formats.RULES),
    ],
)
def test_format_choices_are_the_renderers(command: list[str], mapping: dict[str, object]) -> None:
    """Every key of a command's renderer mapping is a --format it takes, and nothing else."""
    for name in mapping:
        code, output = invoke(*command, "--format", name)
        assert code == 0, output
    code, output = invoke(*command, "--format", "nonsense")
    assert code == 2
    assert "nonsense" in output
    for name in mapping:
        assert f"'{name}'" in output


@pytest.mark.parametrize(
    "mapping",
    [
        formats.VALIDATE,
        formats.REPORT,
        formats.AGENDA,
        formats.WHEREIS,
        formats.RULES,
        formats.SCHEMA,
    ],
)
def test_every_renderer_is_where_its_name_says(
    mapping: dict[str, formats.Renderer[object]],
) -> None:
    """render/<view>_<format>.py holds render_<view>_<format>, imported when used."""
    import inspect

    for renderer in mapping.values():
        function = renderer.function()
        assert callable(function)
        parameters = list(inspect.signature(function).parameters)
        assert len(parameters) == (2 if renderer.terminal else 1), renderer.module


def test_rules_are_listed_in_catalog_order() -> None:
    import json

    code, output = invoke("rules", "--format", "json")
    assert code == 0
    assert [row["rule"] for row in json.loads(output)] == list(RULES)
