"""A reader that stops reading (``mission agenda trip.yaml | head -1``, issue #19, 6):
every command that writes to standard output ends silently, with the status a shell
gives a command stopped by a closed pipe (141, 128 + SIGPIPE), no traceback and no
message. A standard output closed from the start, or a full disk, is still said
(``test_hostile_cli.py``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

TRIP = "trips/2024-04.yaml"
SENDAI = "tests/trips/valid/sendai-tokyo.yaml"

COMMANDS = [
    ["--version"],
    ["-h"],
    ["agenda", "-h"],
    ["--show-completion", "bash"],
    ["init", "-"],
    ["validate", TRIP, "--strict"],
    ["validate", "trips/examples/dst-gap.yaml"],
    ["validate", "trips/examples/dst-gap.yaml", "-f", "json"],
    ["validate", "trips/examples/dst-gap.yaml", "-f", "github"],
    ["report", TRIP],
    ["report", TRIP, "-f", "json"],
    ["report", TRIP, "-f", "html", "-o", "-"],
    ["agenda", TRIP],
    ["agenda", SENDAI, "-f", "markdown"],
    ["agenda", TRIP, "-f", "json"],
    ["whereis", TRIP, "--at", "2024-04-04 10:00 America/New_York"],
    ["logistics", "rooming", SENDAI],
    ["logistics", "meals", TRIP, "-f", "csv"],
    ["logistics", "rooming", SENDAI, "-f", "xlsx"],
    ["diff", "trips/examples/dst-gap.yaml", TRIP],
    ["diff", SENDAI, SENDAI, "-f", "json"],
    ["rules"],
    ["rules", "wrong-city", "-f", "markdown"],
    ["schema"],
    ["export", "ics", TRIP, "-d", "nappere", "-o", "-"],
]


SHELL_NAMED = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
"""``--show-completion bash`` takes the shell as written, as when Typer finds no shell in
the process tree (a run detached from any terminal): the same in every environment."""


def _run_into_a_closed_pipe(args: list[str]) -> subprocess.CompletedProcess[str]:
    """``mission ARGS`` whose standard output is a pipe its reader has already closed:
    the first write meets a closed pipe, however short the output."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "mission_cli", *args],
            cwd=ROOT, stdout=write, stderr=subprocess.PIPE, text=True, check=False,
            timeout=120, env={**os.environ, **SHELL_NAMED},
        )  # fmt: skip
    finally:
        os.close(write)


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_closed_pipe_ends_silently_with_141(args: list[str]) -> None:
    done = _run_into_a_closed_pipe(args)
    assert (done.returncode, done.stderr) == (141, "")


def _long_trip(folder: Path) -> Path:
    """An agenda far longer than a pipe's buffer: the reader closes while it is written."""
    trip = folder / "long.yaml"
    events = "".join(
        f"  - {{id: e{i}, title: Meeting number {i}, city: rochester,"
        f" start: '2024-04-{4 + i % 5:02d} {8 + i % 10:02d}:00', duration: 30m}}\n"
        for i in range(3000)
    )
    trip.write_text(
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-12}\n"
        "cities: {rochester: {name: Rochester, timezone: America/New_York}}\n"
        "delegates: {a: {name: A}}\nchecks: {rules: {double-booking: off}}\n"
        f"events:\n{events}"
    )
    return trip


def test_a_reader_that_stops_reading_midway(tmp_path: Path) -> None:
    trip = _long_trip(tmp_path)
    with subprocess.Popen(
        [sys.executable, "-m", "mission_cli", "agenda", str(trip)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as process:  # fmt: skip
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()  # like `| head -c 10`
        err = process.stderr.read()
        code = process.wait(timeout=120)
    assert (code, err) == (141, "")


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_piped_into_head_in_a_shell(tmp_path: Path) -> None:
    """As a user types it: the first line, nothing on standard error, and the shell's
    status for the closed pipe."""
    trip = _long_trip(tmp_path)
    script = (
        f'"{sys.executable}" -m mission_cli agenda "{trip}" | head -1; '
        'echo "status ${PIPESTATUS[0]}" >&2'
    )
    done = subprocess.run(
        ["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "COLUMNS": "80"}, timeout=120,
    )  # fmt: skip
    assert done.stdout == "Agenda: T\n"
    assert done.stderr == "status 141\n"
