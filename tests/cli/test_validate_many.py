"""``mission validate`` with several files, folders and standard input; ``--format
github``; ``--quiet``; a file that cannot be read, in every format."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mission_cli.cli.app import build_app
from tests.support import BASE, ROOT, L

SAMPLE = "trips/2024-04.yaml"
DUPLICATE = "trips/examples/duplicate-id.yaml"
BROKEN_LINE = "trips/examples/duplicate-id.yaml:22:9: error duplicate-id: id 'visite' is "


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    """Exit code, standard output and standard error, at 80 columns, without colour."""
    env = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}
    result = CliRunner().invoke(build_app(), list(args), input=stdin, env=env)
    return result.exit_code, result.stdout, result.stderr


def test_several_files_each_named_and_the_worst_exit_code() -> None:
    code, out, err = run("validate", SAMPLE, DUPLICATE)
    assert code == 1
    assert out.startswith(BROKEN_LINE)
    assert "trips/2024-04.yaml" not in out  # a clean file is counted, not listed
    assert err == ""


def test_several_files_summary_lines() -> None:
    code, out, _ = run("validate", SAMPLE, DUPLICATE)
    assert code == 1
    tail = out.splitlines()[-4:]
    assert tail == [
        "trips/examples/duplicate-id.yaml: 1 error, 0 warnings",
        "",
        "2 files checked: 1 clean, 1 with errors",
        "A rule's example and fix: mission rules duplicate-id",
    ]


def test_an_unreadable_file_among_others_exits_2_and_the_others_are_checked() -> None:
    code, out, err = run("validate", DUPLICATE, "missing.yaml", SAMPLE)
    assert code == 2
    assert err == "mission: error: missing.yaml: no such file\n"
    assert out.startswith(BROKEN_LINE)
    assert "3 files checked: 1 clean, 1 with errors, 1 unreadable" in out


def test_a_file_given_twice_is_checked_once() -> None:
    code, out, _ = run("validate", DUPLICATE, "./" + DUPLICATE, "-q")
    assert code == 1
    assert out.count("error duplicate-id") == 1


def test_a_folder_stands_for_its_yaml_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    shutil.copy(ROOT / SAMPLE, tmp_path / "b" / "sample.yml")
    shutil.copy(ROOT / DUPLICATE, tmp_path / "a.yaml")
    (tmp_path / ".git" / "broken.yaml").write_text("{", encoding="utf-8")
    (tmp_path / ".hidden.yaml").write_text("{", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("{", encoding="utf-8")
    code, out, _ = run("validate", str(tmp_path), "--format", "json")
    assert code == 1
    document = json.loads(out)
    assert [f["file"] for f in document["files"]] == [
        str(tmp_path / "a.yaml"),
        str(tmp_path / "b" / "sample.yml"),
    ]
    assert document["ok"] is False
    assert document["counts"] == {"error": 1, "warning": 0, "suppressed": 0}
    assert [f["ok"] for f in document["files"]] == [False, True]


def test_standard_input() -> None:
    text = (ROOT / DUPLICATE).read_text(encoding="utf-8")
    code, out, _ = run("validate", "-", stdin=text)
    assert code == 1
    assert out.startswith("<stdin>:22:9: error duplicate-id: ")
    code, out, _ = run("validate", "-", stdin=(ROOT / SAMPLE).read_bytes())
    assert (code, out) == (0, "<stdin>\u202f: aucun problème\n")  # a French trip
    code, out, _ = run("validate", "--lang", "en", "-", stdin=(ROOT / SAMPLE).read_bytes())
    assert (code, out) == (0, "<stdin>: no problems found\n")


def test_standard_input_that_is_not_text() -> None:
    code, out, _ = run("validate", "-", "-f", "json", stdin=b"\xff\xfe\x00t")
    assert code == 1
    assert json.loads(out)["diagnostics"][0]["message"] == "the file is UTF-16 text"


def test_quiet_prints_only_problems() -> None:
    assert run("validate", "-q", SAMPLE) == (0, "", "")
    code, out, _ = run("validate", "--quiet", SAMPLE, DUPLICATE)
    assert code == 1
    assert out == (
        f"{BROKEN_LINE}already used by events[0] (line 17)\n"
        " 22 |   - id: visite\n"
        "    |         ^\n"
        "  = hint: ids are unique across events, travel and lodging: rename one of them\n\n"
    )


SUPPRESSED_ONLY = """\
events:
  - {id: veille, title: Place gardée, city: rochester, start: 2024-04-04 09:00, duration: 1h,
     attendees: []}
ignore:
  - {rule: empty-event, events: [veille], reason: a placeholder kept on purpose}
"""
"""Clean, but for a finding its ``ignore`` entry suppresses."""
LIVE_AND_SUPPRESSED = """\
events:
  - {id: maires, title: Maires, city: rochester, start: 2024-04-04 09:00, duration: 1h30,
     attendees: [nappere]}
  - {id: rit, title: RIT, city: rochester, start: 2024-04-04 10:00, duration: 1h30,
     attendees: [nappere]}
  - {id: veille, title: Place gardée, city: rochester, start: 2024-04-05 09:00, duration: 1h,
     attendees: []}
ignore:
  - {rule: double-booking, events: [rit], reason: she leaves at 10:00}
"""
"""A double booking suppressed, an empty event not."""


@pytest.fixture
def trips(tmp_path: Path) -> tuple[str, str]:
    only, both = tmp_path / "only.yaml", tmp_path / "both.yaml"
    only.write_text(BASE + SUPPRESSED_ONLY, encoding="utf-8")
    both.write_text(BASE + LIVE_AND_SUPPRESSED, encoding="utf-8")
    return str(only), str(both)


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_quiet_says_nothing_of_a_file_whose_findings_are_all_suppressed(
    trips: tuple[str, str], fmt: str
) -> None:
    """Suppressed findings are no problems (#19): nothing, alone or among others."""
    only, _ = trips
    assert run("validate", "-q", "-f", fmt, only) == (0, "", "")
    assert run("validate", "-q", "-f", fmt, only, SAMPLE) == (0, "", "")
    code, out, _ = run("validate", "-f", fmt, only)
    assert code == 0
    assert out.splitlines()[-1].endswith("0 errors, 0 warnings (1 suppressed)")


def test_quiet_shows_the_live_problems_and_not_the_suppressed_ones(trips: tuple[str, str]) -> None:
    only, both = trips
    code, out, _ = run("validate", "-q", both)
    assert (code, out) == (
        0,
        f"{both}:{L + 7}:17: warning empty-event: nobody attends 'veille' (2024-04-05 "
        "09:00–10:00 EDT)\n"
        f" {L + 7} |      attendees: []}}\n"
        "    |                 ^\n"
        "  = hint: list its attendees (delegate keys or @groups), or remove the event\n\n",
    )
    code, out, _ = run("validate", both)
    assert [line for line in out.splitlines() if line.startswith(both)] == [
        f"{both}:{L + 4}:51: suppressed error double-booking: 'maires' (2024-04-04 "
        "09:00–10:30 EDT) overlaps 'rit' (2024-04-04 10:00–11:30 EDT), both attended by nappere",
        f"{both}:{L + 7}:17: warning empty-event: nobody attends 'veille' (2024-04-05 "
        "09:00–10:00 EDT)",
    ]
    assert run("validate", "-q", both, only) == run("validate", "-q", both)
    code, out, _ = run("validate", "--lang", "fr", both)
    assert out.splitlines()[0].split(" double-booking")[0] == (
        f"{both}:{L + 4}:51: erreur ignorée"  # the adjective follows and agrees
    )


def test_quiet_json_holds_only_the_problems_and_counts_everything(
    trips: tuple[str, str],
) -> None:
    """One object still (a script reads JSON), its ``diagnostics`` without the suppressed
    findings, its ``files`` without the clean files; ``counts`` and ``ok`` cover all."""
    only, both = trips
    code, out, _ = run("validate", "-q", "-f", "json", only)
    assert code == 0
    assert json.loads(out) == {
        "file": only, "ok": True,
        "counts": {"error": 0, "warning": 0, "suppressed": 1}, "diagnostics": [],
    }  # fmt: skip
    code, out, _ = run("validate", "-q", "-f", "json", both)
    found = json.loads(out)
    assert (code, found["counts"]) == (0, {"error": 0, "warning": 1, "suppressed": 1})
    assert [d["rule"] for d in found["diagnostics"]] == ["empty-event"]
    code, out, _ = run("validate", "-q", "-f", "json", SAMPLE, only, DUPLICATE)
    found = json.loads(out)
    assert code == 1
    assert (found["ok"], found["counts"]) == (False, {"error": 1, "warning": 0, "suppressed": 1})
    assert [f["file"] for f in found["files"]] == [DUPLICATE]
    code, out, _ = run("validate", "-q", "-f", "json", SAMPLE, only)
    assert (code, json.loads(out)["files"]) == (0, [])


def test_github_annotations() -> None:
    code, out, _ = run("validate", "--format", "github", SAMPLE, DUPLICATE)
    assert code == 1
    assert out.splitlines() == [
        "::error file=trips/examples/duplicate-id.yaml,line=22,col=9,title=duplicate-id::"
        "id 'visite' is already used by events[0] (line 17)%0Ahint: ids are unique across "
        "events, travel and lodging: rename one of them",
        "mission: 2 files checked: 1 clean, 1 with errors",
    ]
    code, out, _ = run("validate", "-f", "github", "-q", SAMPLE)
    assert (code, out) == (0, "")


def test_github_escapes_what_the_runner_would_read(tmp_path: Path) -> None:
    """A file name with ``,`` and ``:`` stays one property; ``%`` and line breaks in a
    message cannot end it early or forge a second command."""
    name = tmp_path / "a,b:c%.yaml"
    name.write_text(
        BASE + "events:\n  - {id: x, title: T, city: rochester, start: 2024-04-04 09:00,\n"
        '     duration: 1h, "a%0A::error::forged\\n::x": 1}\n',
        encoding="utf-8",
    )
    code, out, _ = run("validate", "-f", "github", "-q", str(name))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        f"::error file={str(tmp_path).replace(':', '%3A')}/a%2Cb%3Ac%25.yaml,line={L + 3},col=20,"
        "title=schema::unknown key 'a%250A::error::forged%0A::x' in event 'x'"
    )


def test_github_on_an_unreadable_file() -> None:
    code, out, err = run("validate", "--format", "github", "missing.yaml")
    assert code == 2
    assert out == "::error file=missing.yaml,title=unreadable::missing.yaml: no such file\n"
    assert err == "mission: error: missing.yaml: no such file\n"


@pytest.mark.parametrize("name", ["missing.yaml", "trips"])
def test_json_of_an_unreadable_file_is_still_an_object(name: str, tmp_path: Path) -> None:
    target = name if name == "missing.yaml" else str(tmp_path)
    code, out, err = run("validate", "--format", "json", target)
    assert code == 2
    assert err == ""
    document = json.loads(out)
    reason = "no such file" if name == "missing.yaml" else "no .yaml or .yml file in this folder"
    unreadable = {
        "file": target,
        "ok": False,
        "error": f"{target}: {reason}",
        "counts": {"error": 0, "warning": 0, "suppressed": 0},
        "diagnostics": [],
    }
    if name == "missing.yaml":  # one file: the contract's object
        assert document == unreadable
    else:  # a folder: a list of files, however many it holds
        assert document == {"ok": False, "counts": unreadable["counts"], "files": [unreadable]}


def test_no_file_is_a_usage_error() -> None:
    code, _, err = run("validate")
    assert code == 2
    assert "Missing argument 'FILE'" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["agenda", SAMPLE, "-d", "nappere"], "mission\u202f: écrit dans {out}\n"),
        (
            ["export", "ics", SAMPLE, "-d", "nappere"],
            "mission\u202f: calendrier écrit\u202f: {out}\n",
        ),
        (["rules", "odd-hour"], "mission: written to {out}\n"),
    ],
)
def test_quiet_leaves_out_what_was_written_where(
    args: list[str], said: str, tmp_path: Path
) -> None:
    out = tmp_path / "out.txt"
    code, stdout, stderr = run(*args, "-o", str(out))
    assert (code, stdout, stderr) == (0, "", said.format(out=out))
    out.unlink()
    code, stdout, stderr = run(*args, "-o", str(out), "--quiet")
    assert (code, stdout, stderr) == (0, "", "")
    assert out.stat().st_size > 0


# -- what an attacker tried ----------------------------------------------------------------


def test_a_file_name_cannot_forge_a_workflow_command(tmp_path: Path) -> None:
    for name in ["::notice::hi.yaml", "a\n::warning title=PWN::injected.yaml"]:
        path = tmp_path / name
        shutil.copy(ROOT / SAMPLE, path)
        code, out, _ = run("validate", "--format", "github", str(path))
        assert code == 0
        assert out.count("\n") == 1
        assert out.startswith("mission: ")
        assert "\\n::warning" in out or "::notice::hi.yaml" in out
    broken = tmp_path / "d" / "z\n::stop-commands::tok\nq.yaml"
    broken.parent.mkdir()
    broken.symlink_to(tmp_path / "nowhere")
    code, out, err = run("validate", "--format", "github", str(broken.parent))
    assert code == 2
    assert not any(line.startswith("::stop") for line in (out + err).splitlines())
    assert err.count("\n") == 1


def test_a_fifo_or_a_device_in_a_folder_is_reported_not_read(tmp_path: Path) -> None:
    """Run as a process with a timeout: reading the FIFO would hang for ever."""
    os.mkfifo(tmp_path / "x.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    shutil.copy(ROOT / SAMPLE, tmp_path / "ok.yaml")
    done = subprocess.run(
        [sys.executable, "-m", "mission_cli", "validate", str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    said = "\u202f: ce n'est pas un fichier ordinaire (une FIFO, un périphérique…)\u202f: ignoré"
    assert done.stderr.splitlines() == [  # in the language of the summary: the files' own
        f"mission\u202f: erreur\u202f: {tmp_path}/x.yaml{said}",
        f"mission\u202f: erreur\u202f: {tmp_path}/zero.yaml{said}",
    ]
    assert done.stdout.endswith("3 fichiers vérifiés\u202f: 1 sans problème, 2 illisibles\n")


def test_standard_input_has_the_limits_of_a_file() -> None:
    code, out, err = run("validate", "-", stdin=b"a: [1]\n" * 600_000)
    assert (code, out) == (2, "")
    assert err == (
        "mission: error: <stdin> holds 600,000 lines and list items; trip files are limited "
        "to 500,000\n"
    )


def test_closed_standard_input_matters_only_to_dash() -> None:
    def closed() -> None:
        os.close(0)

    command = [sys.executable, "-m", "mission_cli", "validate", "--format", "json"]
    done = subprocess.run(
        [*command, SAMPLE], preexec_fn=closed, capture_output=True, text=True, check=False,
        cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert (done.returncode, json.loads(done.stdout)["ok"]) == (0, True)
    done = subprocess.run(
        [*command, "-"], preexec_fn=closed, capture_output=True, text=True, check=False,
        cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert json.loads(done.stdout)["error"] == "<stdin>: standard input is closed"


def test_a_subfolder_that_cannot_be_read_leaves_the_rest_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run as root, which reads any folder: the refusal is simulated."""
    (tmp_path / "secret").mkdir()
    (tmp_path / "ok").mkdir()
    shutil.copy(ROOT / SAMPLE, tmp_path / "ok" / "a.yaml")
    real = os.scandir

    def scandir(path: Any) -> Any:
        if str(path).endswith("secret"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run("validate", str(tmp_path))
    assert code == 2
    assert err == (  # in the language of the summary: the files' own
        f"mission\u202f: erreur\u202f: {tmp_path}/secret\u202f: lecture impossible (permission "
        "refusée)\n"
    )
    assert out.endswith("2 fichiers vérifiés\u202f: 1 sans problème, 1 illisible\n")


def test_one_file_by_several_paths_is_checked_once(tmp_path: Path) -> None:
    shutil.copy(ROOT / DUPLICATE, tmp_path / "a.yaml")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "a.yaml")
    code, out, _ = run("validate", str(tmp_path / "a.yaml"), str(tmp_path / "link.yaml"),
                       str(tmp_path / ".." / tmp_path.name / "a.yaml"), "-f", "json")  # fmt: skip
    assert code == 1
    assert [f["file"] for f in json.loads(out)["files"]] == [str(tmp_path / "a.yaml")]


def test_upper_case_extensions_are_trip_files_too(tmp_path: Path) -> None:
    shutil.copy(ROOT / DUPLICATE, tmp_path / "TRIP.YAML")
    code, out, _ = run("validate", "-q", str(tmp_path))
    assert code == 1
    assert "TRIP.YAML:22:9: error duplicate-id" in out


def test_a_folder_of_one_file_is_still_a_list_in_json(tmp_path: Path) -> None:
    """What a script reads does not depend on how many files the folder holds."""
    shutil.copy(ROOT / SAMPLE, tmp_path / "a.yaml")
    code, out, _ = run("validate", "-f", "json", str(tmp_path))
    assert code == 0
    assert [f["file"] for f in json.loads(out)["files"]] == [str(tmp_path / "a.yaml")]


def test_no_output_is_written_over_a_yaml_file(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    shutil.copy(ROOT / SAMPLE, trip)
    code, _, err = run("rules", "-o", str(trip))
    assert code == 2
    assert err.startswith(f"mission: error: {trip} exists and is a YAML file, perhaps a trip")
    assert trip.read_bytes() == (ROOT / SAMPLE).read_bytes()


def test_languages_in_capitals() -> None:
    code, out, _ = run("agenda", SAMPLE, "-d", "nappere", "--lang", "FR")
    assert code == 0
    assert out.startswith("Programme\u202f: ")


@pytest.mark.parametrize(
    "args",
    [
        ["agenda", "missing.yaml"],
        ["whereis", "missing.yaml", "--at", "2024-04-04 10:00 UTC"],
        ["logistics", "meals", "missing.yaml"],
        ["report", "missing.yaml"],
        ["report", SAMPLE, "--since", "missing.yaml"],
        ["diff", "missing.yaml", SAMPLE],
    ],
)
def test_every_json_format_says_an_unreadable_file_in_json(args: list[str]) -> None:
    code, out, err = run(*args, "--format", "json")
    assert code == 2
    assert json.loads(out) == {
        "file": "missing.yaml",
        "ok": False,
        "error": "missing.yaml: no such file",
    }
    assert err == "mission: error: missing.yaml: no such file\n"
