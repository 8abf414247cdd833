"""What ``validate`` is given (issue #24, 7): an empty name is no file (not the current
folder), and ``/dev/stdin`` beside ``-`` is the same stream, read once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, invoke

SAMPLE = ROOT / "trips" / "2024-04.yaml"


def test_an_empty_name_is_refused() -> None:
    code, output = invoke("validate", "")
    assert code == 2
    assert output == "mission: error: '' is an empty name, not a file: name a trip file\n"


def test_an_empty_name_beside_a_file_is_refused_and_the_file_checked() -> None:
    code, output = invoke("validate", "", str(SAMPLE), "--lang", "en")
    assert code == 2
    assert output.splitlines()[0] == (
        "mission: error: '' is an empty name, not a file: name a trip file"
    )


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="no /dev/stdin here")
@pytest.mark.parametrize("other", ["/dev/stdin", "/dev/fd/0"])
def test_standard_input_named_twice_is_read_once(other: str) -> None:
    command = [sys.executable, "-m", "mission_cli", "validate", "-", other]
    done = subprocess.run(
        command, input=SAMPLE.read_bytes(), capture_output=True, check=False, cwd=ROOT,
        timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == "1 fichier vérifié\u202f: 1 sans problème\n".encode()
