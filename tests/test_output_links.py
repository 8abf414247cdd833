"""A name that ``mission`` chooses inside a folder (``DIR/KEY.ics``, ``DIR/KEY.md``,
``DIR/agenda.txt``) is never written through a symbolic link planted there: the command
refuses, in one line, exit 2, and the file the link names is left as it was (issue #24,
2). ``--output FILE`` naming a link keeps its documented behaviour: the file it names
is replaced."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import ROOT, invoke

SAMPLE = ROOT / "trips" / "2024-04.yaml"
KEPT = "not mission's to write\n"


def _planted(folder: Path, name: str, tmp_path: Path) -> tuple[Path, Path]:
    """``folder/name``, a link to a file outside the folder; and that file."""
    folder.mkdir(exist_ok=True)
    victim = tmp_path / "elsewhere.txt"
    victim.write_text(KEPT, encoding="utf-8")
    link = folder / name
    link.symlink_to(victim)
    return link, victim


def _refused(code: int, output: str, link: Path, victim: Path) -> None:
    """Refused in one line, in the sample's language (French)."""
    assert code == 2
    assert output == (
        f"mission\u202f: erreur\u202f: {link} est un lien symbolique\u202f; mission n'écrit pas "
        "à travers un lien dans un dossier qu'il remplit\u202f: supprimez le lien, ou nommez le "
        "fichier lui-même avec --output\n"
    )
    assert link.is_symlink()
    assert victim.read_text(encoding="utf-8") == KEPT


def test_export_into_a_folder_never_writes_through_a_link(tmp_path: Path) -> None:
    folder = tmp_path / "calendars"
    link, victim = _planted(folder, "nappere.ics", tmp_path)
    code, output = invoke("export", "ics", str(SAMPLE), "-o", f"{folder}/", "--quiet")
    _refused(code, output, link, victim)
    assert sorted(p.name for p in folder.iterdir()) == ["nappere.ics"]  # nothing written
    code, output = invoke("export", "ics", str(SAMPLE), "-d", "nappere", "-o", f"{folder}/")
    _refused(code, output, link, victim)


def test_export_s_programme_and_groups_alike(tmp_path: Path) -> None:
    folder = tmp_path / "calendars"
    link, victim = _planted(folder, "_programme.ics", tmp_path)
    code, output = invoke("export", "ics", str(SAMPLE), "-o", str(folder))
    _refused(code, output, link, victim)
    link.unlink()
    link, victim = _planted(folder, "nappere.ics", tmp_path)
    code, output = invoke("export", "ics", str(SAMPLE), "-d", "@elus", "-o", str(folder))
    _refused(code, output, link, victim)


def test_a_cancelled_calendar_is_not_written_through_a_link(tmp_path: Path) -> None:
    """The manifest names the calendar of a delegate gone from the trip: a link put in
    its place is left alone, with a warning."""
    folder = tmp_path / "calendars"
    code, output = invoke("export", "ics", str(SAMPLE), "-o", str(folder), "--quiet")
    assert code == 0, output
    manifest = json.loads((folder / ".mission-export.json").read_text(encoding="utf-8"))
    manifest["owners"]["gone.ics"] = "gone"
    manifest["calendars"]["gone.ics"] = manifest["calendars"]["nappere.ics"]
    (folder / ".mission-export.json").write_text(json.dumps(manifest), encoding="utf-8")
    link, victim = _planted(folder, "gone.ics", tmp_path)
    code, output = invoke("export", "ics", str(SAMPLE), "-o", str(folder), "--quiet")
    assert code == 0
    assert f"avertissement\u202f: {link} est laissé tel quel ({link} est un lien" in output
    assert link.is_symlink()
    assert victim.read_text(encoding="utf-8") == KEPT


def test_messages_per_delegate_never_write_through_a_link(tmp_path: Path) -> None:
    newer = tmp_path / "v2.yaml"
    text = SAMPLE.read_text(encoding="utf-8")
    newer.write_text(text.replace("    venue: omhq\n", "    venue: hotel-de-ville-quebec\n"))
    folder = tmp_path / "messages"
    link, victim = _planted(folder, "nappere.md", tmp_path)
    code, output = invoke("diff", str(SAMPLE), str(newer), "--per-delegate", "-o", f"{folder}/")
    _refused(code, output, link, victim)


def test_a_view_written_into_a_folder_never_writes_through_a_link(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    link, victim = _planted(folder, "agenda.txt", tmp_path)
    code, output = invoke("agenda", str(SAMPLE), "-o", f"{folder}/")
    _refused(code, output, link, victim)


def test_output_naming_a_link_still_replaces_the_file_it_names(tmp_path: Path) -> None:
    link, victim = _planted(tmp_path / "out", "agenda.txt", tmp_path)
    code, output = invoke("agenda", str(SAMPLE), "-o", str(link), "--quiet")
    assert code == 0, output
    assert link.is_symlink()
    assert "Rochester" in victim.read_text(encoding="utf-8")
