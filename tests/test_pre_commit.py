"""The ``mission-validate`` hook of ``.pre-commit-hooks.yaml``, as a user's repository
runs it: ``pre-commit try-repo`` installs mission from this repository in a fresh
environment (from PyPI: about a minute) and runs it on the trip files it selects."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def _run(args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="try-repo needs mission's git checkout")
@pytest.mark.skipif(not PRE_COMMIT.exists(), reason="pre-commit is a dev dependency")
def test_the_hook_checks_the_trip_files_of_a_repository(tmp_path: Path) -> None:
    repo = tmp_path / "delegations"
    (repo / "trips").mkdir(parents=True)
    shutil.copy(ROOT / "trips" / "2024-04.yaml", repo / "trips" / "2024-04.yaml")
    shutil.copy(ROOT / "trips" / "examples" / "duplicate-id.yaml", repo / "trips" / "bad.yaml")
    (repo / "ci.yml").write_text("on: push\n", encoding="utf-8")  # not a trip: not checked
    home = tmp_path / "pre-commit-home"
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    command = [str(PRE_COMMIT), "try-repo", str(ROOT), "mission-validate", "--all-files"]

    failed = _run(command, repo, home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "mission validate....." in failed.stdout
    assert "trips/bad.yaml:22:9: error duplicate-id: id 'visite' is already used" in failed.stdout
    assert "ci.yml" not in failed.stdout
    assert "2024-04.yaml" not in failed.stdout  # --quiet: a clean file says nothing

    (repo / "trips" / "bad.yaml").unlink()
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    passed = _run(command, repo, home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
