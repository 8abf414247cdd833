"""The layout of docs/architecture.md holds: checked from the code's own imports by the
shared architecture check, and the catalog, the checks and the CLI agree."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


TRIP = "trips/2024-04.yaml"
COMMANDS: dict[str, list[str]] = {
    "VALIDATE": ["validate", TRIP],
    "REPORT": ["report", TRIP],
    "AGENDA": ["agenda", TRIP, "--day", "2024-04-04"],
    "WHEREIS": ["whereis", TRIP, "--at", "2024-04-04 12:00"],
    "RULES": ["rules"],
    "LOGISTICS": ["logistics", "meals", TRIP],
    "DIFF": ["diff", TRIP, TRIP],
    "SCHEDULE": ["schedule", TRIP],
    "PUBLISH": ["publish", TRIP, "-d", "cci", "--dry-run", "--user", "ana", "--to", "{server}"],
}
"""The command of each mapping of formats (``render/formats.py``); ``{server}`` is a CalDAV
server's address, started for the test."""


def _mappings() -> dict[str, dict[str, formats.Format[object]]]:
    """Every mapping of formats ``formats.py`` holds, by name."""
    return {
        name: value
        for name, value in vars(formats).items()
        if name.isupper()
        and isinstance(value, dict)
        and value
        and all(isinstance(f, formats.Format) for f in value.values())
        and name != "DOCUMENT_FORMATS"
    }


def test_every_mapping_of_formats_has_its_command() -> None:
    assert set(_mappings()) == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_format_choices_are_the_mapping(name: str, tmp_path: Path) -> None:
    """Every key of a command's mapping is a --format it takes, and prints; the help and
    docs/cli.md name each; nothing else is taken."""
    mapping = _mappings()[name]
    with _server(COMMANDS[name], tmp_path) as (command, env):
        for key in mapping:
            code, output = invoke(*command, "--format", key, env=env)
            assert code == 0, (key, output)
            assert output.strip(), key
    code, output = invoke(*command, "--format", "nonsense")
    keys = list(mapping)
    listed = f"{', '.join(keys[:-1])} or {keys[-1]}"
    assert (code, output) == (2, f"mission: error: --format: 'nonsense' is not one of {listed}\n")
    _, help_text = invoke(*command[: 2 if name == "LOGISTICS" else 1], "--help", width=200)
    said = help_text.split("--format", 1)[1].split("\n  -", 1)[0]
    assert all(key in said for key in mapping), (name, said)
    section = _cli_docs_section(command[0])
    synopsis = re.search(r"--format ([a-z|]+)\]", section)
    assert synopsis is not None, name
    assert synopsis.group(1).split("|") == list(mapping), (name, list(mapping))
    assert all(f"`--format {key}`" in section for key in mapping), (name, sorted(mapping))


@contextmanager
def _server(command: list[str], folder: Path) -> Iterator[tuple[list[str], dict[str, str | None]]]:
    """The command, with a Radicale of its own where it needs a server."""
    if "{server}" not in command:
        yield command, {}
        return
    from tests.publish.servers import PASSWORD, Radicale

    server = Radicale(folder / "radicale")
    server.start()
    env: dict[str, str | None] = {
        "MISSION_CALDAV_PASSWORD": PASSWORD, "XDG_STATE_HOME": str(folder / "state")
    }  # fmt: skip
    try:
        yield [server.url if part == "{server}" else part for part in command], env
    finally:
        server.stop()


def _cli_docs_section(command: str) -> str:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    heading = f"\n## mission {command}"
    assert heading in docs, command
    return docs.split(heading, 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_format_is_a_typed_function(name: str) -> None:
    """Each format holds its writer as a function (text, drawn on a console, or bytes),
    so that tools and mypy see it used; the writer's module is imported when it is
    called."""
    import inspect

    for key, found in _mappings()[name].items():
        function = found.text or found.draw or found.data
        assert function is not None, key
        assert callable(function), key
        parameters = list(inspect.signature(function).parameters)
        assert len(parameters) == (2 if found.draw else 1), key
        assert [found.text, found.draw, found.data].count(None) == 2, key


def test_rules_are_listed_in_catalog_order() -> None:
    import json

    code, output = invoke("rules", "--format", "json")
    assert code == 0
    assert [row["rule"] for row in json.loads(output)] == list(RULES)
