"""Reading ``REV:PATH`` never runs a program that the repository names (issue #24, 1):
a partial clone whose missing file git would fetch through ``core.sshCommand``, or an
``ext::`` remote, fails with one line and runs nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import ROOT, invoke

GIT = shutil.which("git")
pytestmark = pytest.mark.skipif(GIT is None, reason="git is not installed")
_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@e", "GIT_CONFIG_NOSYSTEM": "1"}  # fmt: skip


def _git(*args: str, cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run(["git", *args], cwd=cwd, env={**env, **_ENV}, check=True, capture_output=True)


def _partial_clone(tmp_path: Path) -> Path:
    """A clone made with ``--filter=blob:none`` and no checkout: the trip file's blob is
    only on the (promisor) remote."""
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(ROOT / "trips" / "2024-04.yaml", source / "trip.yaml")
    _git("init", "-q", cwd=source)
    _git("add", "trip.yaml", cwd=source)
    _git("commit", "-qm", "v1", cwd=source)
    _git("config", "uploadpack.allowFilter", "true", cwd=source)
    clone = tmp_path / "clone"
    _git("clone", "-q", "--no-checkout", "--filter=blob:none", source.as_uri(), str(clone),
         cwd=tmp_path)  # fmt: skip
    return clone


@pytest.mark.parametrize("remote", ["ssh", "ext"])
def test_a_partial_clone_s_configured_command_never_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, remote: str
) -> None:
    clone = _partial_clone(tmp_path)
    marker = tmp_path / "PWNED"
    if remote == "ssh":
        _git("config", "core.sshCommand", f"touch {marker}", cwd=clone)
        _git("config", "remote.origin.url", "ssh://example.invalid/trip", cwd=clone)
    else:
        _git("config", "protocol.ext.allow", "always", cwd=clone)
        _git("config", "remote.origin.url", f"ext::sh -c touch% {marker}", cwd=clone)
    monkeypatch.chdir(clone)
    hostile: dict[str, str | None] = {
        "GIT_SSH_COMMAND": f"touch {marker}", "GIT_ALLOW_PROTOCOL": "ext"
    }  # fmt: skip
    trip = str(ROOT / "trips" / "2024-04.yaml")
    for args in (["diff", "HEAD:trip.yaml", trip], ["report", trip, "--since", "HEAD:trip.yaml"]):
        code, output = invoke(*args, env=hostile)
        assert not marker.exists()
        assert code == 2
        assert output == (
            "mission: error: HEAD:trip.yaml: this version is not in the local repository (a "
            "partial clone): mission never fetches; run git fetch, or compare files\n"
        )


def test_the_caller_s_git_variables_do_not_redirect_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``GIT_DIR`` set by the caller (or a hook of theirs) does not send git elsewhere."""
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(ROOT / "trips" / "2024-04.yaml", repo / "trip.yaml")
    _git("init", "-q", cwd=repo)
    _git("add", "trip.yaml", cwd=repo)
    _git("commit", "-qm", "v1", cwd=repo)
    monkeypatch.chdir(repo)
    code, output = invoke(
        "diff", "HEAD:trip.yaml", "trip.yaml", env={"GIT_DIR": str(tmp_path / "nowhere")}
    )
    assert code == 0, output
