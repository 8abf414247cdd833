"""Hostile input, third round (issue #24): the limits hold for every way in, and every
line break counts."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from mission_cli.load.source import MAX_VALUES, SourceError, read_source
from tests.support import ROOT, invoke

GIT = shutil.which("git")


@pytest.mark.parametrize("brk", ["\r", "\r\n", "\n", "\x85", "\u2028", "\u2029"])
def test_every_line_break_counts_towards_the_limit(tmp_path: Path, brk: str) -> None:
    path = tmp_path / "trip.yaml"
    path.write_bytes(("#" + brk).encode() * (MAX_VALUES + 1))
    with pytest.raises(SourceError, match="holds 500,001 lines and list items"):
        read_source(path)
    path.write_bytes(("#" + brk).encode() * MAX_VALUES)
    read_source(path)  # at the limit: read


def test_standard_input_has_the_same_limit() -> None:
    from typer.testing import CliRunner

    from mission_cli.cli.app import build_app

    done = CliRunner().invoke(build_app(), ["validate", "-"], input=b"#\r" * (MAX_VALUES + 1))
    assert done.exit_code == 2
    assert done.output == (
        "mission: error: <stdin> holds 500,001 lines and list items; trip files are limited "
        "to 500,000\n"
    )


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_a_version_from_git_has_the_same_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@e", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@e")  # fmt: skip
    (tmp_path / "trip.yaml").write_bytes(b"#\n" * (MAX_VALUES + 1))
    for args in (["init", "-q"], ["add", "trip.yaml"], ["commit", "-qm", "v1"]):
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True)
    monkeypatch.chdir(tmp_path)
    sample = str(ROOT / "trips" / "2024-04.yaml")
    for args in (
        ("diff", "HEAD:trip.yaml", sample),
        ("report", sample, "--since", "HEAD:trip.yaml"),
    ):
        code, output = invoke(*args)
        assert code == 2
        assert output.splitlines()[0] == (
            "mission: error: HEAD:trip.yaml holds 500,001 lines and list items; trip files "
            "are limited to 500,000"
        )
