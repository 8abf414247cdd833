"""``mission diff`` on versions of the sample with known edits: the contract's JSON, each
delegate's view, messages, the git form, ``report --since``, and calendars that follow
(cancelled items, higher sequences) checked with icalendar and khal."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.support import ROOT, check_golden, invoke, khal_config

SAMPLE = (ROOT / "trips" / "2024-04.yaml").read_text(encoding="utf-8")

EDITS = [
    # moved: the RIT meeting half an hour later
    ("    start: 2024-04-04 16:30\n    end: 2024-04-04 18:00\n",
     "    start: 2024-04-04 17:00\n    end: 2024-04-04 18:30\n"),
    # removed: Nazareth University
    ("  - id: nazareth\n    title: Rencontre avec Nazareth University\n    venue: nazareth\n"
     "    start: 2024-04-05 09:30\n    end: 2024-04-05 11:00\n"
     "    kind: enseignement supérieur et recherche\n"
     "    attendees: [elu-international, univ-rennes]\n", ""),
    # attendee taken off: the university leaves the Université Laval signing
    ("    end: 2024-04-08 16:30\n    kind: signature\n"
     "    attendees: [nappere, elu-international, univ-rennes, inria]\n",
     "    end: 2024-04-08 16:30\n    kind: signature\n"
     "    attendees: [nappere, elu-international, inria]\n"),
    # venue changed, same city
    ("    venue: omhq\n", "    venue: hotel-de-ville-quebec\n"),
    # venue that moves the event to another city: Montréal -> Québec
    ("    title: Rendez-vous qualifiés des startups à Montréal\n    city: montreal\n",
     "    title: Rendez-vous qualifiés des startups à Montréal\n    venue: numeriqc\n"),
    # the same instant written in Paris time: no change
    ("    start: 2024-04-05 09:00\n    end: 2024-04-05 11:00\n",
     "    start: 2024-04-05 15:00 Europe/Paris\n    end: 2024-04-05 11:00\n"),
    # added: a visit of the port
    ("  - id: bilan-mission\n",
     "  - id: visite-port\n    title: Visite du port de Montréal\n    city: montreal\n"
     "    start: 2024-04-11 13:00\n    duration: 1h30\n    attendees: [\"@mobilite\"]\n"
     "  - id: bilan-mission\n"),
]  # fmt: skip


def edited() -> str:
    text = SAMPLE
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(SAMPLE, encoding="utf-8")
    new.write_text(edited(), encoding="utf-8")
    return old, new


def _json(*args: str) -> list[dict]:  # type: ignore[type-arg]
    code, output = invoke("diff", *args, "-f", "json")
    assert code == 0, output
    return json.loads(output)["changes"]  # type: ignore[no-any-return]


def test_every_known_edit_and_nothing_else(versions: tuple[Path, Path]) -> None:
    changes = {c["id"]: c for c in _json(str(versions[0]), str(versions[1]))}
    assert {k: (c["item"], c["change"]) for k, c in changes.items()} == {
        "rit": ("event", "changed"),
        "nazareth": ("event", "removed"),
        "ulaval": ("event", "changed"),
        "omhq": ("event", "changed"),
        "rdv-startups-montreal": ("event", "changed"),
        "visite-port": ("event", "added"),
    }  # visite-mobilites, written in Paris time for the same instant, is no change
    assert changes["rit"]["fields"] == {
        "start": {"old": "2024-04-04T16:30:00-04:00", "new": "2024-04-04T17:00:00-04:00"},
        "end": {"old": "2024-04-04T18:00:00-04:00", "new": "2024-04-04T18:30:00-04:00"},
    }
    assert changes["rit"]["delegates"] == ["elu-international", "poool", "univ-rennes",
                                           "inria"]  # fmt: skip
    assert changes["ulaval"]["fields"] == {
        "attendees": {"old": ["elu-international", "inria", "nappere", "univ-rennes"],
                      "new": ["elu-international", "inria", "nappere"]},
    }  # fmt: skip
    assert changes["ulaval"]["delegates"] == ["univ-rennes"]  # only the one taken off
    assert set(changes["rdv-startups-montreal"]["fields"]) == {"city", "venue"}
    assert changes["rdv-startups-montreal"]["fields"]["city"] == {
        "old": "montreal", "new": "quebec"
    }  # fmt: skip
    assert changes["nazareth"]["fields"] == {}
    assert changes["nazareth"]["delegates"] == ["elu-international", "univ-rennes"]
    assert changes["visite-port"]["delegates"] == ["keolis", "id4mobility"]


def test_one_delegate(versions: tuple[Path, Path]) -> None:
    ids = [c["id"] for c in _json(str(versions[0]), str(versions[1]), "-d", "univ-rennes")]
    assert ids == ["rit", "ulaval", "nazareth"]
    code, output = invoke("diff", str(versions[0]), str(versions[1]), "-d", "@mobilite",
                          "--lang", "en")  # fmt: skip
    assert code == 0
    assert "Visite du port de Montréal" in output
    assert "Nazareth" not in output


def test_text_by_delegate_then_day(
    versions: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(versions[0].parent)
    code, output = invoke("diff", "v1.yaml", "v2.yaml", "-d", "univ-rennes", "-d", "keolis")
    assert code == 0
    check_golden("diff-two-delegates-fr.txt", output)
    assert max(len(line) for line in output.splitlines()) <= 80


def test_exit_code(versions: tuple[Path, Path]) -> None:
    old, new = map(str, versions)
    assert invoke("diff", old, new)[0] == 0
    assert invoke("diff", old, new, "--exit-code")[0] == 1
    code, output = invoke("diff", old, old, "--exit-code", "--lang", "en")
    assert code == 0
    assert "No change." in output


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markdown_and_html(versions: tuple[Path, Path], fmt: str) -> None:
    code, output = invoke("diff", *map(str, versions), "-f", fmt, "--lang", "en")
    assert code == 0
    for said in ("Changes: Délégation rennaise", "cancelled", "nazareth",
                 "2024-04-04 16:30–18:00 EDT → 2024-04-04 17:00–18:30 EDT"):  # fmt: skip
        assert said in output, said


def test_a_message_per_delegate(versions: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "messages"
    code, output = invoke("diff", *map(str, versions), "--per-delegate", "-o", f"{out}/")
    assert code == 0, output
    written = sorted(p.stem for p in out.iterdir())
    assert written == sorted([
        "nappere", "elu-international", "dri", "charge-quebec", "poool", "univ-rennes",
        "inria", "keolis", "id4mobility", "bci", *(f"startup-{s}" for s in (
            "cyber", "data", "ia", "sante", "mobilite", "jeu-video")),
    ])  # fmt: skip
    message = (out / "univ-rennes.md").read_text(encoding="utf-8")
    assert message.startswith("# Votre programme\u202f: Délégation rennaise")
    assert "\nBonjour,\n" in message  # no salutation: the neutral formula, never a name
    assert "\nMadame la Maire,\n" in (out / "nappere.md").read_text(encoding="utf-8")
    assert message.endswith(
        "Bien cordialement,\nDirection des relations internationales, Ville de Rennes et "
        "Rennes Métropole\n"
    )  # signed by trip.organizer: the sample has no contact of role organizer
    assert "## Annulé (à retirer de votre agenda)" in message
    assert "Université Laval" in message  # taken off it: cancelled for them
    assert "## Modifié" in message
    code, output = invoke("diff", *map(str, versions), "--per-delegate")
    assert code == 2
    assert "indiquez un dossier à --output" in output  # a French trip: said in French


GIT = shutil.which("git")


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_a_version_from_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e"}  # fmt: skip
    trip = repo / "trip.yaml"
    trip.write_text(SAMPLE, encoding="utf-8")
    for args in (["init", "-q"], ["add", "trip.yaml"], ["commit", "-qm", "v1"]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True)
    trip.write_text(edited(), encoding="utf-8")
    monkeypatch.chdir(repo)
    ids = {c["id"] for c in _json("HEAD:trip.yaml", "trip.yaml")}
    assert "nazareth" in ids
    code, output = invoke("diff", "HEAD~3:trip.yaml", "trip.yaml")
    assert code == 2
    assert output.startswith("mission: error: HEAD~3:trip.yaml: ")
    code, output = invoke("diff", "HEAD:missing.yaml", "trip.yaml")
    assert code == 2
    assert "missing.yaml" in output
    code, output = invoke("diff", "HEAD:trip.yaml", "trip.yaml", env={"PATH": ""})
    assert code == 2
    assert output == (
        "mission: error: HEAD:trip.yaml: reading a version needs git, which is not installed\n"
    )


def test_a_missing_side(versions: tuple[Path, Path]) -> None:
    code, output = invoke("diff", "nowhere.yaml", str(versions[1]))
    assert code == 2
    assert output.startswith("mission: error: nowhere.yaml")


def test_report_since(versions: tuple[Path, Path]) -> None:
    code, output = invoke("report", str(versions[1]), "--since", str(versions[0]), "-f", "json")
    assert code == 1  # the startups' meeting moved to Québec while they are in Montréal
    report = json.loads(output)
    assert report["since"] == str(versions[0])
    assert {c["id"] for c in report["changes"]} == {
        "rit", "nazareth", "ulaval", "omhq", "rdv-startups-montreal", "visite-port"
    }  # fmt: skip
    code, output = invoke("report", str(versions[1]), "--since", str(versions[0]), "--lang", "en")
    assert "Changes since" in output
    assert "cancelled nazareth" in output


# -- calendars that follow the changes ----------------------------------------------


def _events(path: Path) -> dict[str, tuple[int, str, str]]:
    """Item id -> (SEQUENCE, STATUS, DTSTART)."""
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(c["UID"]).split(".")[0]: (
            int(c.get("SEQUENCE", 0)),
            str(c.get("STATUS", "")),
            c.decoded("DTSTART").isoformat(),
        )
        for c in calendar.walk("VEVENT")
    }


def test_calendars_cancel_what_is_gone_and_sequence_what_changed(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "calendars"
    for version in versions:
        code, output = invoke("export", "ics", str(version), "-o", str(folder))
        assert code == 0, output
    mine = _events(folder / "univ-rennes.ics")
    assert mine["nazareth"][:2] == (1, "CANCELLED")  # gone
    assert mine["ulaval"][:2] == (1, "CANCELLED")  # taken off it
    assert mine["rit"] == (1, "", "2024-04-04T17:00:00-04:00")  # moved
    assert mine["u-rochester"][:2] == (0, "")  # unchanged
    # still on it, and told who else attends now (its description changed)
    assert _events(folder / "nappere.ics")["ulaval"][:2] == (1, "")
    assert _events(folder / "nappere.ics")["augustines"][:2] == (0, "")
    assert _events(folder / "keolis.ics")["visite-port"][:2] == (0, "")
    # a third export of the same version changes nothing: cancelled stays cancelled
    before = (folder / "univ-rennes.ics").read_text(encoding="utf-8")
    invoke("export", "ics", str(versions[1]), "-o", str(folder),
           env={"SOURCE_DATE_EPOCH": "0"})  # fmt: skip
    again = _events(folder / "univ-rennes.ics")
    assert again == mine
    assert before.count("STATUS:CANCELLED") == 2


@pytest.mark.parametrize(
    "manifest", ["{not json", '{"format": "something else"}', '{"format": "mission-ics-manifest",'
                 ' "version": 1, "calendars": {"x.ics": {"u": {"sequence": -1}}}}'],
)  # fmt: skip
def test_a_damaged_manifest_is_a_warning_and_a_fresh_export(
    versions: tuple[Path, Path], tmp_path: Path, manifest: str
) -> None:
    folder = tmp_path / "calendars"
    folder.mkdir()
    (folder / ".mission-export.json").write_text(manifest, encoding="utf-8")
    code, output = invoke("export", "ics", str(versions[0]), "-o", str(folder), "--lang", "en")
    assert code == 0
    assert "warning: " in output
    assert "cannot be used" in output
    assert json.loads((folder / ".mission-export.json").read_text())["version"] == 1


KHAL = shutil.which("khal", path=str(Path(sys.executable).parent)) or shutil.which("khal")


@pytest.mark.skipif(KHAL is None, reason="khal (a dev dependency) is not installed")
def test_khal_follows_the_second_export(versions: tuple[Path, Path], tmp_path: Path) -> None:
    folder = tmp_path / "ics"
    config, env = khal_config(tmp_path, "America/New_York")
    assert KHAL is not None
    listed = {}
    for version in versions:
        invoke("export", "ics", str(version), "-o", str(folder))
        subprocess.run(
            [KHAL, "-c", str(config), "import", "--batch", "-a", "mission",
             str(folder / "univ-rennes.ics")],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
        listed[version.name] = subprocess.run(
            [KHAL, "-c", str(config), "list", "--format", "{start}|{status}{title}",
             "--day-format", "", "2024-04-02", "12d"],
            check=True, env=env, capture_output=True, text=True,
        ).stdout  # fmt: skip
    before, after = listed["v1.yaml"], listed["v2.yaml"]
    assert "2024-04-05 09:30|Rencontre avec Nazareth University" in before
    assert "2024-04-04 16:30|Rencontre avec le Rochester" in before
    assert "2024-04-04 17:00|Rencontre avec le Rochester" in after  # moved
    assert "2024-04-04 16:30|Rencontre avec le Rochester" not in after
    nazareth = [line for line in after.splitlines() if "Nazareth" in line]
    assert nazareth == ["2024-04-05 09:30|CANCELLED Rencontre avec Nazareth University"]


def test_a_delegate_gone_from_the_trip_gets_every_item_cancelled(tmp_path: Path) -> None:
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(SAMPLE, encoding="utf-8")
    new.write_text(SAMPLE.replace("startup-data", "startup-donnees"), encoding="utf-8")
    folder = tmp_path / "calendars"
    invoke("export", "ics", str(old), "-o", str(folder))
    code, output = invoke("export", "ics", str(new), "-o", str(folder), "--lang", "en")
    assert code == 0
    assert "1 calendar of a delegate no longer in the trip: cancelled" in output
    gone = _events(folder / "startup-data.ics")
    assert gone
    assert {status for _, status, _ in gone.values()} == {"CANCELLED"}
    assert {sequence for sequence, _, _ in gone.values()} == {1}
    assert {s for _, s, _ in _events(folder / "startup-donnees.ics").values()} == {""}


# -- what an attack on diff and the manifest found -----------------------------------


def test_a_change_of_outside_guests_is_a_field(tmp_path: Path) -> None:
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(SAMPLE, encoding="utf-8")
    new.write_text(SAMPLE.replace("    guests: 60\n", "    guests: 100\n"), encoding="utf-8")
    (change,) = _json(str(old), str(new))
    assert change["fields"] == {"guests": {"old": 60, "new": 100}}
    assert len(change["delegates"]) == 11  # everyone at the reception


def test_the_output_never_replaces_a_version(versions: tuple[Path, Path]) -> None:
    before = versions[1].read_text(encoding="utf-8")
    code, output = invoke("diff", *map(str, versions), "-o", str(versions[1]), "--lang", "en")
    assert code == 2
    assert "is the trip file itself" in output
    code, _ = invoke("report", str(versions[1]), "--since", str(versions[0]),
                     "-o", str(versions[0]))  # fmt: skip
    assert code == 2
    assert versions[1].read_text(encoding="utf-8") == before


def test_a_side_that_is_no_trip_is_not_a_change(tmp_path: Path) -> None:
    junk = tmp_path / "junk.yaml"
    junk.write_text("- just\n- a list\n", encoding="utf-8")
    code, _ = invoke("diff", str(junk), str(ROOT / "trips" / "2024-04.yaml"), "--exit-code")
    assert code == 2  # 1 would read as "there are changes"


def test_an_item_in_error_is_not_cancelled_on_phones(tmp_path: Path) -> None:
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(SAMPLE, encoding="utf-8")
    new.write_text(SAMPLE.replace("    start: 2024-04-09 11:30\n", "    start: 2024-04-09 11h30\n"),
                   encoding="utf-8")  # fmt: skip
    folder = tmp_path / "calendars"
    for version in (old, new):
        invoke("export", "ics", str(version), "-o", str(folder))
    assert "inrs" not in _events(folder / "nappere.ics")  # left out, not cancelled
    assert "CANCELLED" not in (folder / "nappere.ics").read_text(encoding="utf-8")
    invoke("export", "ics", str(old), "-o", str(folder))  # fixed: back, unchanged
    assert _events(folder / "nappere.ics")["inrs"][:2] == (0, "")


def test_another_trip_in_the_same_folder_cancels_nothing_of_this_one(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(SAMPLE.replace("title: Délégation rennaise à Rochester et au Québec",
                                    "title: Autre mission", 1), encoding="utf-8")  # fmt: skip
    trip = tmp_path / "trip.yaml"
    trip.write_text(SAMPLE, encoding="utf-8")
    folder = tmp_path / "calendars"
    invoke("export", "ics", str(trip), "-o", str(folder))
    invoke("export", "ics", str(other), "-o", str(folder))
    assert "CANCELLED" not in (folder / "nappere.ics").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["folder", "fifo", "link"])
def test_a_manifest_that_is_no_plain_file_is_left_alone(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "calendars"
    folder.mkdir()
    manifest = folder / ".mission-export.json"
    if kind == "folder":
        manifest.mkdir()
    elif kind == "fifo":
        os.mkfifo(manifest)
    else:
        manifest.symlink_to("/dev/zero")
    code, output = invoke("export", "ics", str(ROOT / "trips" / "2024-04.yaml"), "-o", str(folder),
                          "--lang", "en")  # fmt: skip
    assert code == 0
    assert "is not a plain file, and is left as it is" in output
    assert (folder / "nappere.ics").is_file()
    left = {"folder": manifest.is_dir(), "link": manifest.is_symlink(),
            "fifo": stat.S_ISFIFO(manifest.lstat().st_mode)}  # fmt: skip
    assert left[kind]


@pytest.mark.parametrize(
    ("field", "value"),
    [("start", "0001-01-01T00:00:00+00:00"), ("end", "9999-12-31T23:00:00+14:00"),
     ("sequence", 2**31 - 1), ("summary", "\x1b]52;c;aGk=\x07")],
)  # fmt: skip
def test_a_manifest_with_values_no_export_wrote(
    versions: tuple[Path, Path], tmp_path: Path, field: str, value: object
) -> None:
    folder = tmp_path / "calendars"
    invoke("export", "ics", str(versions[0]), "-o", str(folder))
    path = folder / ".mission-export.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    entry = next(iter(data["calendars"]["univ-rennes.ics"].values()))
    entry[field] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    code, output = invoke("export", "ics", str(versions[1]), "-o", str(folder), "--lang", "en")
    assert code == 0, output
    assert "cannot be used" in output
    assert "\x1b" not in (folder / "univ-rennes.ics").read_text(encoding="utf-8")


def test_a_delegate_who_left_still_has_their_cancellations(tmp_path: Path) -> None:
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(SAMPLE, encoding="utf-8")
    new.write_text(SAMPLE.replace("startup-data", "startup-donnees"), encoding="utf-8")
    changes = _json(str(old), str(new), "-d", "startup-data")
    assert changes
    assert all("startup-data" in c["delegates"] for c in changes)


def test_report_since_keeps_the_page_title(versions: tuple[Path, Path]) -> None:
    _, page = invoke("report", str(versions[1]), "--since", str(versions[0]), "-f", "html")
    assert "<title>Rapport avant départ\u202f: Délégation rennaise" in page
    assert "<h2>Changements depuis " in page


def test_per_delegate_messages_take_no_format(versions: tuple[Path, Path], tmp_path: Path) -> None:
    code, output = invoke("diff", *map(str, versions), "--per-delegate", "-f", "json",
                          "-o", f"{tmp_path}/m/", "--lang", "en")  # fmt: skip
    assert code == 2
    assert "leave out --format" in output


def test_a_group_is_read_in_both_versions(tmp_path: Path) -> None:
    """``-d @economie`` is the group as either version has it (#19): the CCI, which left
    it in the new version, is taken off everything the group attends, and that is
    among the group's changes."""
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(SAMPLE, encoding="utf-8")
    left = "    organization: CCI Ille-et-Vilaine\n    groups: [economie]\n"
    assert SAMPLE.count(left) == 1
    new.write_text(SAMPLE.replace(left, "    organization: CCI Ille-et-Vilaine\n"), "utf-8")
    changes = _json(str(old), str(new), "-d", "@economie")
    assert [(c["id"], c["change"], c["delegates"]) for c in changes] == [
        (ident, "changed", ["cci"])
        for ident in (
            "diner-accueil-rochester", "dejeuner-mairie", "gre-chambre-commerce",
            "visite-culture", "reception-rochester", "visite-alimentation", "bilan-rochester",
            "train-rennes-cdg", "vol-cdg-jfk", "vol-jfk-roc", "vol-roc-yyz", "vol-yyz-yqb",
            "hotel-rochester",
        )
    ]  # fmt: skip
    code, output = invoke("diff", str(old), str(new), "-d", "@economie")
    lines = output.splitlines()
    cci = lines.index("Représentant·e de la CCI Ille-et-Vilaine (cci)")
    assert code == 0
    assert lines[cci + 1 : cci + 3] == [
        "  mercredi 3 avril 2024",
        "    − annulé hotel-rochester Hôtel du centre-ville (illustratif) · 2024-04-03 –",
    ]


def test_a_name_neither_version_knows_is_refused(versions: tuple[Path, Path]) -> None:
    code, output = invoke("diff", str(versions[0]), str(versions[1]), "-d", "@economi",
                          "--lang", "en")  # fmt: skip
    assert (code, output) == (2, "mission: error: unknown group '@economi'; did you mean "
                                 "'@economie'?\n")  # fmt: skip
