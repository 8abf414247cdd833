"""Fixtures of the publish tests: a Radicale of its own for each test, stopped after it,
a state folder in the test's temporary folder; for the command, an environment with the
password, the state and the home in that folder, and the summary of each publish it
runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mission_cli.publish import sync
from mission_cli.publish.sync import Summary
from tests.publish.command import Env
from tests.publish.servers import PASSWORD, Radicale


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    server = Radicale(tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def env(tmp_path: Path) -> Env:
    """The password in the environment, the state and the home (~/.netrc) in the test's
    own folder."""
    home = tmp_path / "home"
    home.mkdir()
    return {
        "MISSION_CALDAV_PASSWORD": PASSWORD,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(home),
    }


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Summary]:
    """The summary of each publish the command runs, with every request it sent."""
    found: list[Summary] = []
    real = sync.publish

    def spy(*args: object, **options: object) -> Summary:
        summary = real(*args, **options)  # type: ignore[arg-type]
        found.append(summary)
        return summary

    monkeypatch.setattr(sync, "publish", spy)
    return found
