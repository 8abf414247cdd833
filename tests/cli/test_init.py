"""``mission init``: a trip file to start from, clean for every command, never written
over anything, one line and exit 2 for every place it cannot write."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mission_cli.pipeline import load_path
from mission_cli.skeleton import skeleton
from tests.support import invoke


def _written(target: Path, lang: str = "en") -> str:
    """Run ``mission init TARGET``; the file's text, checked against the skeleton of the
    day (the day before or after, should the run cross midnight)."""
    before = date.today()
    code, output = invoke("init", str(target), "--lang", lang)
    assert code == 0, output
    text = target.read_text(encoding="utf-8")
    assert text in {skeleton(before, lang), skeleton(date.today(), lang)}
    return output


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_new_file_is_clean_for_every_command(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "trip.yaml"
    output = _written(target, lang)
    said = {
        "en": f"mission: written to {target}\n"
        f"mission: next: edit it, then run `mission validate {target}`\n",
        "fr": f"mission\u202f: écrit dans {target}\n"
        f"mission\u202f: ensuite\u202f: modifiez-le, puis lancez `mission validate {target}`\n",
    }
    assert output == said[lang]
    clean = {"en": f"{target}: no problems found\n", "fr": f"{target}\u202f: aucun problème\n"}
    assert invoke("validate", "--strict", str(target)) == (0, clean[lang])
    for command in (["agenda"], ["report"], ["logistics", "rooming"]):
        code, shown = invoke(*command, str(target))
        assert code == 0, shown
        assert "Montréal" in shown, shown
        assert "mission: note" not in shown, shown
        assert "mission\u202f: remarque" not in shown, shown
    code, shown = invoke("export", "ics", str(target), "-o", f"{tmp_path}/calendars/")
    assert code == 0, shown
    names = sorted(p.name for p in (tmp_path / "calendars").glob("*.ics"))
    keys = {"en": ["adviser", "deputy", "mayor"], "fr": ["adjoint", "conseillere", "maire"]}
    assert names == ["_programme.ics", *(f"{key}.ics" for key in keys[lang])]


def test_english_by_default(tmp_path: Path) -> None:
    code, _ = invoke("init", str(tmp_path / "trip.yaml"))
    assert code == 0
    model = load_path(tmp_path / "trip.yaml").model
    assert model is not None
    assert model.info is not None
    assert model.info.locale == "en"
    assert model.info.title == "Delegation to Montréal"


@pytest.mark.parametrize(
    "title",
    [
        'Visite : "Québec" #1 \\ fin',
        "@elus en tête",
        "-moins",
        "東京とソウルへの訪問",
        "L'été 2025 – « Rochester »",
    ],
)
def test_the_title_reads_back_as_typed(tmp_path: Path, title: str) -> None:
    target = tmp_path / "trip.yaml"
    code, output = invoke("init", str(target), "--title", title, "--lang", "fr")
    assert code == 0, output
    loaded = load_path(target)
    assert loaded.result.diagnostics == []
    assert loaded.model is not None
    assert loaded.model.info is not None
    assert loaded.model.info.title == title


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("two\nlines", "the title holds the character U+000A"),
        ("bell\x07", "the title holds the character U+0007"),
        ("", "the title is empty"),
        ("   ", "the title is empty"),
        (
            "  x  ",
            "the title begins or ends with a space, which a trip file does not keep: "
            'write it without, --title "x"',
        ),
    ],
)
def test_a_title_that_cannot_be_written_is_refused(tmp_path: Path, title: str, said: str) -> None:
    target = tmp_path / "trip.yaml"
    code, output = invoke("init", str(target), "--title", title)
    assert code == 2
    assert output.startswith(f"mission: error: {said}")
    assert output.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_written_over(tmp_path: Path) -> None:
    target = tmp_path / "trip.yaml"
    target.write_text("mine\n", encoding="utf-8")
    code, output = invoke("init", str(target))
    assert code == 2
    assert output == (
        f"mission: error: {target} already exists; mission init never writes over a file: "
        "choose another name\n"
    )
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert sorted(tmp_path.iterdir()) == [target]


def test_a_file_made_meanwhile_is_not_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check before writing can be outrun: creating the name itself refuses."""
    target = tmp_path / "trip.yaml"
    target.write_text("made meanwhile\n", encoding="utf-8")
    monkeypatch.setattr("mission_cli.cli.init.os.path.lexists", lambda path: False)
    code, output = invoke("init", str(target))
    assert code == 2
    assert "already exists; mission init never writes over a file" in output
    assert target.read_text(encoding="utf-8") == "made meanwhile\n"
    assert sorted(tmp_path.iterdir()) == [target]


def test_a_dangling_link_is_not_followed(tmp_path: Path) -> None:
    link = tmp_path / "trip.yaml"
    link.symlink_to(tmp_path / "elsewhere.yaml")
    code, output = invoke("init", str(link))
    assert code == 2
    assert "already exists" in output
    assert not (tmp_path / "elsewhere.yaml").exists()


def test_a_folder_gets_trip_yaml(tmp_path: Path) -> None:
    code, output = invoke("init", str(tmp_path))
    assert code == 0
    target = tmp_path / "trip.yaml"
    assert output.splitlines() == [
        f"mission: {tmp_path} is a folder: the trip goes in trip.yaml inside it",
        f"mission: written to {target}",
        f"mission: next: edit it, then run `mission validate {target}`",
    ]
    assert load_path(target).result.diagnostics == []
    code, output = invoke("init", f"{tmp_path}/")
    assert code == 2
    assert f"{target} already exists" in output


def test_a_path_with_spaces_is_quoted_in_the_next_step(tmp_path: Path) -> None:
    target = tmp_path / "my trip.yaml"
    code, output = invoke("init", str(target))
    assert code == 0
    assert f"then run `mission validate '{target}'`" in output


@pytest.mark.parametrize("name", ["missing/trip.yaml", "missing/deeper/trip.yaml", "missing/"])
def test_a_missing_folder_is_not_made(tmp_path: Path, name: str) -> None:
    code, output = invoke("init", f"{tmp_path}/{name}")
    assert code == 2
    assert output.startswith("mission: error: the folder ")
    assert "does not exist; mission init makes no folders: create it first (mkdir -p " in output
    assert output.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_a_file(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("x", encoding="utf-8")
    code, output = invoke("init", f"{plain}/sub/trip.yaml")
    assert code == 2
    assert output == (
        f"mission: error: cannot create {plain}/sub/trip.yaml: {plain} is a file, not a folder\n"
    )
    assert sorted(tmp_path.iterdir()) == [plain]


def test_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root every folder is writable: the refusal is simulated where it happens."""

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("mission_cli.files.tempfile.mkstemp", refused)
    target = tmp_path / "trip.yaml"
    code, output = invoke("init", str(target))
    assert code == 2
    assert output == (
        f"mission: error: cannot create {target}: permission denied; choose a folder you "
        "can write to\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="no /sys here")
def test_a_place_that_takes_no_files() -> None:
    """/sys refuses new files even to root; /proc has no such file to make."""
    code, output = invoke("init", "/sys/kernel/mission-trip.yaml")
    assert code == 2
    assert output.startswith("mission: error: cannot create /sys/kernel/mission-trip.yaml: ")
    assert output.count("\n") == 1
    assert not os.path.lexists("/sys/kernel/mission-trip.yaml")
    code, output = invoke("init", "/proc/mission-trip.yaml")
    assert code == 2
    assert output.startswith("mission: error: cannot create /proc/mission-trip.yaml: ")


def test_a_failure_while_writing_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("mission_cli.files.os.fsync", full)
    target = tmp_path / "trip.yaml"
    code, output = invoke("init", str(target))
    assert code == 2
    assert output == (
        f"mission: error: cannot create {target}: no space left on the device; choose another "
        "folder\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_empty_path_is_refused() -> None:
    code, output = invoke("init", "")
    assert code == 2
    assert output.startswith("mission: error: give the path of the file to create")


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    code, output = invoke("init", str(tmp_path / "trip.yaml"), "--lang", "de")
    assert code == 2
    assert "'de'" in output
    assert list(tmp_path.iterdir()) == []


def test_dash_prints_it_and_writes_nothing(tmp_path: Path) -> None:
    before = date.today()
    done = subprocess.run(
        [sys.executable, "-m", "mission_cli", "init", "-", "--lang", "fr"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout in {skeleton(before, "fr"), skeleton(date.today(), "fr")}
    assert list(tmp_path.iterdir()) == []


def test_the_help_says_what_dash_does() -> None:
    code, output = invoke("init", "--help")
    assert code == 0
    assert "- prints it instead, to preview it" in " ".join(output.split())
    assert "Never writes over a file." in " ".join(output.split())
