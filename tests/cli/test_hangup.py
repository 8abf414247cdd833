"""A closed terminal (SIGHUP) in the middle of writing ``--output``: the exit unwinds
through the writer, which removes its temporary file, as for SIGTERM (issue #24, 9)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP on this system")
def test_a_hangup_during_a_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    script = (
        "import os, signal\n"
        "import mission_cli.files as files\n"
        "def fsync(fd):\n"
        "    os.kill(os.getpid(), signal.SIGHUP)\n"
        "files.os.fsync = fsync\n"
        "from mission_cli.cli import main\n"
        f"main(['report', 'trips/2024-04.yaml', '-o', {str(tmp_path / 'r.md')!r},"
        " '-f', 'markdown'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 128 + signal.SIGHUP, done.stderr
    assert done.stderr == ""
    assert list(tmp_path.iterdir()) == []
