"""Hostile input through every command: no control character reaches the terminal or a
file, no HTML or calendar line is injected, no value is rewritten, and the process ends
with one line and a proper exit code whatever happens to it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.support import ROOT, invoke

HOSTILE = sorted((ROOT / "tests" / "trips" / "hostile").glob("*.yaml"))
RAW = ("\x1b", "\x07", "\x9b", "\x9d", "\u202e", "\r")


def _id(path: Path) -> str:
    return path.name


@pytest.mark.parametrize("path", HOSTILE, ids=_id)
@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["validate", "--format", "json"],
        ["report"],
        ["report", "--format", "markdown"],
        ["report", "--format", "html"],
        ["report", "--format", "json"],
        ["agenda"],
        ["whereis", "--at", "2024-04-04 12:00"],
    ],
    ids=" ".join,
)
def test_no_control_character_reaches_the_output(path: Path, args: list[str]) -> None:
    code, output = invoke(*args[:1], str(path.relative_to(ROOT)), *args[1:])
    if args[0] in ("validate", "report"):
        assert code in (1, 2), output  # every hostile file is refused or has errors
    else:  # what can be shown is, with the items in error left out
        assert code in (0, 1), output
    assert "Traceback" not in output
    assert "internal error" not in output
    for raw in RAW:
        assert raw not in output, (raw, output)


def test_keys_cannot_inject_markdown_or_html() -> None:
    _, markdown = invoke("report", "tests/trips/hostile/bad-keys.yaml", "--format", "markdown")
    for line in markdown.splitlines():
        assert not line.lstrip().startswith("<img")
        if "<img" in line:  # only ever as the text of a code span
            assert "`" in line.split("<img")[0]
    _, html = invoke("report", "tests/trips/hostile/bad-keys.yaml", "--format", "html")
    assert "<img" not in html
    assert "&lt;img" in html


def test_messages_quote_bad_keys_on_one_line() -> None:
    code, output = invoke("validate", "tests/trips/hostile/bad-keys.yaml")
    assert code == 1
    assert "'x\\n<img src=x onerror=alert(1)>|y' is not a valid key" in output


def test_json_escapes_what_it_would_leave_raw() -> None:
    from mission_cli.render.visible import json_document

    value = {"key": "é\x1b\x9b\u202e\u2028"}
    document = json_document(value)
    for raw in ("\x1b", "\x9b", "\u202e", "\u2028"):
        assert raw not in document
    assert "é" in document  # readable text stays readable
    assert json.loads(document) == value


def test_calendars_keep_values_as_written(tmp_path: Path) -> None:
    trip = "tests/trips/valid/numbers-kept-as-written.yaml"
    code, _ = invoke("export", "ics", trip, "-o", f"{tmp_path}/", "--include-contacts")
    assert code == 0
    calendar = Calendar.from_ical((tmp_path / "_programme.ics").read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "1e3"
    events = {str(e["UID"]).split(".")[0]: e for e in calendar.walk("VEVENT")}
    assert str(events["meeting"]["SUMMARY"]) == "2024"
    assert "0612345678" in str(events["meeting"]["DESCRIPTION"])
    assert "+33612345678" in str(events["meeting"]["DESCRIPTION"])
    assert "Air France 007" in str(events["af007"]["SUMMARY"])
    assert "0x10" in str(events["af007"]["DESCRIPTION"])


def _mission(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mission_cli", *args],
        cwd=ROOT,
        text=True,
        check=False,
        timeout=120,
        **kwargs,  # type: ignore[call-overload]
    )


def test_a_closed_standard_output_exits_2() -> None:
    done = _mission(
        "validate", "trips/examples/dst-gap.yaml", stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "mission: error: cannot write the output: standard output is closed\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_exits_2() -> None:
    with open("/dev/full", "w") as full:
        done = _mission("agenda", "trips/2024-04.yaml", stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 2
    assert done.stderr == "mission: error: cannot write the output: No space left on device\n"


def test_columns_zero_still_shows_every_problem() -> None:
    code, output = invoke("validate", "trips/examples/dst-gap.yaml", env={"COLUMNS": "0"})
    assert code == 1
    assert "nonexistent-time" in output
    assert "1 error, 0 warnings" in output


def test_ctrl_c_while_starting_up_is_one_line() -> None:
    """Ctrl-C while the command imports its libraries (the first tenths of a second)."""
    script = (
        "import builtins\n"
        "from mission_cli.cli import main\n"
        "real = builtins.__import__\n"
        "def interrupted(name, *args, **kwargs):\n"
        "    if name == 'mission_cli.cli.app':\n"
        "        raise KeyboardInterrupt\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = interrupted\n"
        "main(['validate', 'trips/2024-04.yaml'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 130
    assert done.stderr == "mission: interrupted\n"


def test_a_kill_during_a_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    """SIGTERM in the middle of writing a file: the exit unwinds through the writer,
    which removes its temporary file; the target is never half written."""
    script = (
        "import os, signal, sys\n"
        "import mission_cli.files as files\n"
        "def fsync(fd):\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "files.os.fsync = fsync\n"
        "from mission_cli.cli import main\n"
        f"main(['report', 'trips/2024-04.yaml', '-o', {str(tmp_path / 'r.md')!r},"
        " '-f', 'markdown'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_option_errors_never_echo_control_characters() -> None:
    """Click's own messages quote what was typed: they go through the escapes too."""
    done = _mission(
        "export", "ics", "trips/2024-04.yaml", "-o", "-", "-d", "nappere",
        "--alarm", "\x1b]52;c;ZXZpbA==\x07x", capture_output=True,
    )  # fmt: skip
    assert done.returncode == 2
    assert "\x1b" not in done.stderr
    assert "\x07" not in done.stderr
    assert "\\x1b]52;c;ZXZpbA==\\x07x" in done.stderr
    done = _mission("validate", "trips/2024-04.yaml", "x\u202ey", capture_output=True)
    assert done.returncode == 2
    assert "\u202e" not in done.stderr


@pytest.mark.parametrize("tz", [":/etc/passwd", "/dev/zero", "UTC+99"])
def test_a_broken_tz_is_ignored(tz: str, tmp_path: Path) -> None:
    """mission never uses the local zone: whatever TZ says, nothing fails."""
    env = {**os.environ, "TZ": tz}
    for args in (
        ["agenda", "trips/2024-04.yaml", "--day", "today"],
        ["report", "trips/2024-04.yaml"],
        ["export", "ics", "trips/2024-04.yaml", "-o", "-", "-d", "nappere"],
    ):
        done = _mission(*args, capture_output=True, env=env)
        assert done.returncode == 0, done.stderr
        assert "internal error" not in done.stderr


def test_links_to_nothing_and_empty_paths_are_refused(tmp_path: Path) -> None:
    (tmp_path / "folder").symlink_to(tmp_path / "missing" / "dir")
    (tmp_path / "file").symlink_to(tmp_path / "missing.md")
    for output in (f"{tmp_path}/folder/", str(tmp_path / "file"), ""):
        code, message = invoke("report", "trips/2024-04.yaml", "-o", output)
        assert code == 2, message
    assert not (tmp_path / "missing").exists()
    assert not (tmp_path / "missing.md").exists()


def test_a_negative_sequence_in_an_old_export_starts_again_from_zero(tmp_path: Path) -> None:
    target = tmp_path / "nappere.ics"
    assert invoke("export", "ics", "trips/2024-04.yaml", "-d", "nappere", "-o", str(target))[0] == 0
    text = (
        target.read_text()
        .replace("SEQUENCE:0", "SEQUENCE:-5")
        .replace("SUMMARY:", "SUMMARY:old ", 1)
    )
    target.write_text(text)
    assert invoke("export", "ics", "trips/2024-04.yaml", "-d", "nappere", "-o", str(target))[0] == 0
    sequences = {
        int(line.split(":")[1]) for line in target.read_text().splitlines() if "SEQUENCE" in line
    }
    assert min(sequences) >= 0


@pytest.mark.parametrize(
    "args",
    [
        ["rules", "schema"],
        ["rules"],
        ["agenda", "trips/2024-04.yaml"],
        ["report", "trips/2024-04.yaml"],
        ["whereis", "trips/2024-04.yaml", "--at", "2024-04-05 10:00 EDT"],
        ["validate", "trips/examples/dst-gap.yaml"],
    ],
    ids=" ".join,
)
def test_a_huge_terminal_width_pads_nothing(args: list[str]) -> None:
    """``COLUMNS=99999999`` once made ``rules schema`` write 400 MB of padding: lines are
    as long as what they say, whatever the width."""
    huge = invoke(*args, width=99_999_999)
    assert huge == invoke(*args, width=1000)
    assert max(map(len, huge[1].splitlines())) < 500
