"""Where outputs go: nothing is clobbered, files get the umask's permissions, folders are
made when asked, '-' is standard output. Every case runs in a temporary folder."""

from __future__ import annotations

import errno
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mission_cli.files import OutputError, checked_target, write_atomic, write_new
from tests.support import ROOT, invoke

TRIP = ROOT / "trips" / "2024-04.yaml"


@pytest.fixture
def umask_022() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_a_new_file_gets_the_umask_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "report.md"
    code, _ = invoke("report", str(TRIP), "-f", "markdown", "-o", str(target))
    assert code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_calendars_get_the_umask_permissions(tmp_path: Path, umask_022: None) -> None:
    code, _ = invoke("export", "ics", str(TRIP), "-o", f"{tmp_path}/cal/")
    assert code == 0
    modes = {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "cal").iterdir()}
    assert modes == {0o644}


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_bytes_are_written_as_they_are(tmp_path: Path) -> None:
    """A PDF is bytes: written whole, unchanged (no encoding, no newline translation)."""
    target = tmp_path / "booklet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    data = b"%PDF-1.7\r\n\x00\xff\xe9\n%%EOF"
    write_atomic(target, data)
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["booklet.pdf"]


def test_a_trailing_slash_is_a_folder_made_if_missing(tmp_path: Path) -> None:
    code, output = invoke("report", str(TRIP), "-f", "html", "-o", f"{tmp_path}/out/week/")
    assert code == 0, output
    assert (tmp_path / "out" / "week" / "report.html").is_file()


def test_an_existing_folder_gets_the_file_inside(tmp_path: Path) -> None:
    code, _ = invoke("agenda", str(TRIP), "-f", "json", "-o", str(tmp_path))
    assert code == 0
    assert (tmp_path / "agenda.json").is_file()


def test_dash_is_standard_output(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    code, output = invoke("report", str(TRIP), "-f", "json", "-o", "-")
    assert code == 0
    assert output.startswith("{")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_without_slash_is_not_made(tmp_path: Path) -> None:
    code, output = invoke(
        "report", str(TRIP), "-o", str(tmp_path / "missing" / "r.md"), "--lang", "en"
    )
    assert code == 2
    assert "cannot write" in output
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("device", ["/dev/null", "/dev/stdout"])
def test_devices_are_never_replaced(device: str) -> None:
    before = os.stat(device, follow_symlinks=False)
    code, output = invoke("report", str(TRIP), "-f", "markdown", "-o", device)
    assert code == 2
    assert "--output -" in output
    after = os.stat(device, follow_symlinks=False)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        checked_target(fifo)


def test_the_trip_file_is_never_written_over(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    shutil.copy(TRIP, trip)
    before = trip.read_bytes()
    code, output = invoke("report", str(trip), "-o", str(trip), "--lang", "en")
    assert code == 2
    assert "the trip file itself" in output
    link = tmp_path / "link.yaml"
    link.symlink_to(trip)
    code, _ = invoke("agenda", str(trip), "-f", "markdown", "-o", str(link))
    assert code == 2
    assert trip.read_bytes() == before
    code, _ = invoke("export", "ics", str(trip), "-d", "nappere", "-o", str(trip))
    assert code == 2
    assert trip.read_bytes() == before


def test_a_link_to_a_folder_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    code, _ = invoke("report", str(TRIP), "-f", "html", "-o", str(link))
    assert code == 0
    assert link.is_symlink()
    assert (real / "report.html").is_file()


def test_a_link_to_a_file_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "target.md"
    target.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    code, _ = invoke("report", str(TRIP), "-f", "markdown", "-o", str(link))
    assert code == 0
    assert link.is_symlink()
    assert target.read_text().startswith("# Rapport avant départ")  # the trip is in French


def test_a_delegate_keyed_programme_keeps_a_calendar_of_their_own(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-12}\n"
        "cities: {rochester: {name: Rochester, timezone: America/New_York}}\n"
        "delegates: {programme: {name: P}, other: {name: O}}\n"
        "events:\n  - {id: e, title: E, city: rochester, start: 2024-04-04 10:00,"
        " duration: 1h, attendees: [programme]}\n"
    )
    code, output = invoke("export", "ics", str(trip), "-o", str(tmp_path / "cal"))
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "cal").iterdir())
    assert names == [".mission-export.json", "_programme.ics", "other.ics", "programme.ics"]
    assert "3 files" in output


def test_a_new_file_is_created_whole_with_the_umask_permissions(
    tmp_path: Path, umask_022: None
) -> None:
    target = tmp_path / "trip.yaml"
    write_new(target, "trip: é\n")
    assert target.read_bytes() == "trip: é\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.stat().st_nlink == 1  # the temporary name is gone
    assert sorted(tmp_path.iterdir()) == [target]


def test_a_new_file_never_replaces_one(tmp_path: Path) -> None:
    target = tmp_path / "trip.yaml"
    target.write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_new(target, "other\n")
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert sorted(tmp_path.iterdir()) == [target]


@pytest.fixture
def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr("mission_cli.files.os.link", refused)


def test_without_hard_links_the_file_is_created_exclusively(
    tmp_path: Path, no_hard_links: None, umask_022: None
) -> None:
    target = tmp_path / "trip.yaml"
    write_new(target, "trip: {}\n")
    assert target.read_text(encoding="utf-8") == "trip: {}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert sorted(tmp_path.iterdir()) == [target]
    with pytest.raises(FileExistsError):
        write_new(target, "other\n")
    assert target.read_text(encoding="utf-8") == "trip: {}\n"


def test_without_hard_links_a_failed_write_leaves_nothing(
    tmp_path: Path, no_hard_links: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def full_the_second_time(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the first is the temporary file's
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("mission_cli.files.os.fsync", full_the_second_time)
    with pytest.raises(OSError, match="No space left"):
        write_new(tmp_path / "trip.yaml", "trip: {}\n")
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == []


def test_another_failure_to_link_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(source: object, target: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr("mission_cli.files.os.link", broken)
    with pytest.raises(OSError, match="Input/output"):
        write_new(tmp_path / "trip.yaml", "trip: {}\n")
    assert list(tmp_path.iterdir()) == []
