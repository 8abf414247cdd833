"""The export manifest (issue #24, 10): one that could not be read is replaced by one its
owner can read, and a UID edited by hand never brings an escape code or a bidirectional
override into a calendar."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from mission_cli.calendars.manifest import ManifestError, read_manifest
from tests.support import ROOT, invoke

SAMPLE = str(ROOT / "trips" / "2024-04.yaml")
MANIFEST = ".mission-export.json"


def test_a_manifest_of_mode_000_is_replaced_by_a_readable_one(tmp_path: Path) -> None:
    folder = tmp_path / "calendars"
    assert invoke("export", "ics", SAMPLE, "-o", str(folder), "--quiet") == (0, "")
    manifest = folder / MANIFEST
    manifest.chmod(0)
    invoke("export", "ics", SAMPLE, "-o", str(folder), "--quiet")
    assert stat.S_IMODE(manifest.stat().st_mode) & 0o600 == 0o600
    manifest.chmod(0o640)  # any other mode is kept
    invoke("export", "ics", SAMPLE, "-o", str(folder), "--quiet")
    assert stat.S_IMODE(manifest.stat().st_mode) == 0o640


@pytest.mark.parametrize("bad", ["\x1b]52;c;ZXZpbA==\x07", "\u202e", "\n", "", "a" * 1001])
def test_a_uid_edited_by_hand_is_refused(tmp_path: Path, bad: str) -> None:
    folder = tmp_path / "calendars"
    assert invoke("export", "ics", SAMPLE, "-o", str(folder), "--quiet") == (0, "")
    manifest = folder / MANIFEST
    data = json.loads(manifest.read_text(encoding="utf-8"))
    items = data["calendars"]["nappere.ics"]
    uid = next(iter(items))
    hostile = bad + uid if bad and len(bad) < 1000 else bad
    items[hostile] = items[uid]  # a "gone" item, which the next export would cancel
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ManifestError, match="has no valid UID"):
        read_manifest(manifest.read_text(encoding="utf-8"))
    code, output = invoke("export", "ics", SAMPLE, "-o", str(folder), "--quiet")
    assert code == 0
    said = f"mission\u202f: avertissement\u202f: {manifest} est inutilisable (son élément "
    assert output.startswith(said)  # in the sample's language
    calendar = (folder / "nappere.ics").read_text(encoding="utf-8")
    assert "\x1b" not in calendar
    assert "\u202e" not in calendar
    assert "STATUS:CANCELLED" not in calendar


def test_a_manifest_past_the_trip_file_limit_is_read_and_kept(tmp_path: Path) -> None:
    """A trip of 10,000 events among 40 delegates makes a manifest of about 28 MB: the
    manifest has a bound of its own, past the 32 MB of a trip file, and is compact."""
    folder = tmp_path / "calendars"
    assert invoke("export", "ics", SAMPLE, "-o", str(folder), "--quiet") == (0, "")
    manifest = folder / MANIFEST
    text = manifest.read_text(encoding="utf-8")
    assert "\n" not in text.rstrip("\n")  # no indentation
    assert '": ' not in text
    data = json.loads(text)
    items = data["calendars"]["_programme.ics"]
    entry = next(iter(items.values()))
    foreign = {f"item-{n}.another-trip@elsewhere": entry | {"summary": "S" * 4000}
               for n in range(9000)}  # fmt: skip
    items.update(foreign)
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert manifest.stat().st_size > 32 * 2**20
    assert invoke("export", "ics", SAMPLE, "-o", str(folder)) == (
        0, f"mission\u202f: calendriers écrits\u202f: 18 fichiers dans {folder}\n"  # French
    )  # fmt: skip
    kept = read_manifest(manifest.read_text(encoding="utf-8"))["_programme.ics"]
    assert foreign.keys() <= kept.keys()
