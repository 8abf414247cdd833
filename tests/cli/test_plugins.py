"""Pydantic's plugin loader stands aside while plugins are disabled (``cli/plugins.py``):
a run answers as it did, without importing ``importlib.metadata``; with plugins enabled,
or for anything else asked of it, the loader is Pydantic's own."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support import ROOT

RUN = (
    "import sys\n"
    "from mission_cli.cli import main\n"
    "try:\n"
    "    main(['validate', 'trips/2024-04.yaml'])\n"
    "except SystemExit as exc:\n"
    "    print('exit', exc.code)\n"
    "loader = sys.modules['pydantic.plugin._loader']\n"
    "print('importlib.metadata' in sys.modules, type(loader).__name__)\n"
)


def _python(script: str, **env: str) -> list[str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout.splitlines()


@pytest.mark.parametrize("disabled", [None, "__all__", "1", "true"])
def test_a_run_without_plugins_never_imports_the_metadata(disabled: str | None) -> None:
    env = {} if disabled is None else {"PYDANTIC_DISABLE_PLUGINS": disabled}
    said = _python(RUN, **env)
    assert said == ["trips/2024-04.yaml\u202f: aucun problème", "False _StandIn"]


@pytest.mark.parametrize("enabled", ["", "some-plugin"])
def test_with_plugins_enabled_the_loader_is_pydantics(enabled: str) -> None:
    said = _python(RUN, PYDANTIC_DISABLE_PLUGINS=enabled)
    assert said == ["trips/2024-04.yaml\u202f: aucun problème", "True module"]


def test_the_stand_in_answers_as_the_loader() -> None:
    script = (
        "import os, sys\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = '__all__'\n"
        "from mission_cli.cli.plugins import LOADER, find_no_plugins\n"
        "find_no_plugins()\n"
        "import pydantic\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(list(get_plugins()), 'importlib.metadata' in sys.modules)\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = ''\n"
        "print(list(get_plugins()), type(sys.modules[LOADER]).__name__)\n"
        "find_no_plugins()\n"
        "print(type(sys.modules[LOADER]).__name__)\n"
    )
    assert _python(script) == ["[] False", "[] module", "module"]


def test_anything_else_is_asked_of_the_loader() -> None:
    script = (
        "import sys\n"
        "from mission_cli.cli.plugins import LOADER, find_no_plugins\n"
        "find_no_plugins()\n"
        "stand_in = sys.modules[LOADER]\n"
        "print(type(stand_in).__name__, hasattr(stand_in, '__path__'))\n"
        "print(stand_in.PYDANTIC_ENTRY_POINT_GROUP, type(sys.modules[LOADER]).__name__)\n"
    )
    assert _python(script, PYDANTIC_DISABLE_PLUGINS="true") == [
        "_StandIn False",
        "pydantic module",
    ]
