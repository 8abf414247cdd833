"""``mission booklet`` as a user runs it: a folder of 18 A4 PDFs for the sample trip,
every page naming the trip and whose booklet it is and numbered; one file for a
selection; the same file gives the same bytes (the file's date inside, or
``SOURCE_DATE_EPOCH``); what it refuses to write over; Typst missing; a file with errors;
a hostile title printed as text; a page looked at as a picture. What the booklets say is
read back in ``test_booklet_contents.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mission_cli.booklet.typeset import shared_typesetter
from mission_cli.pipeline import load_path
from tests.booklet.reading import as_printed, flat, pages_text, reader
from tests.booklet.test_pictures import A4_PIXELS, PDFTOPPM, dark_share, png_size, render
from tests.support import ROOT, invoke

TRIP = ROOT / "trips" / "2024-04.yaml"
MODEL = load_path(TRIP).model
assert MODEL is not None
KEYS = list(MODEL.delegates)
TITLE = "Délégation rennaise à Rochester et au Québec"
A4 = (595.28, 841.89)  # points, as Typst writes them (210 × 297 mm)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's booklets, as ``mission booklet trips/2024-04.yaml --output DIR/``
    writes them (the folder made)."""
    target = tmp_path_factory.mktemp("booklets") / "booklets"
    code, output = invoke("booklet", str(TRIP), "--output", f"{target}/")
    assert (code, output) == (0, f"mission\u202f: 18 carnets écrits dans {target}/\n")
    return target


def a_copy(tmp_path: Path, text: str | None = None, name: str = "trip.yaml") -> Path:
    """The sample trip (or ``text``) in ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text if text is not None else TRIP.read_text(encoding="utf-8"), "utf-8")
    return path


def test_a_folder_holds_each_delegates_booklet_and_the_delegations(folder: Path) -> None:
    names = sorted(path.name for path in folder.iterdir())
    assert names == sorted([*(f"{key}.pdf" for key in KEYS), "_delegation.pdf"])
    for key in (*KEYS, "_delegation"):
        pdf = reader((folder / f"{key}.pdf").read_bytes())
        sizes = {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
                 for p in pdf.pages}  # fmt: skip
        assert sizes == {A4}, key
        assert pdf.metadata is not None
        whose = "Toute la délégation" if key == "_delegation" else MODEL.delegates[key].name
        assert flat(pdf.metadata.title or "") == as_printed(f"{TITLE} — {whose}")


@pytest.mark.parametrize("key", ["nappere", "startup-cyber", "_delegation"])
def test_every_page_names_the_trip_and_whose_booklet_and_is_numbered(
    folder: Path, key: str
) -> None:
    pages = pages_text((folder / f"{key}.pdf").read_bytes())
    whose = "Toute la délégation" if key == "_delegation" else MODEL.delegates[key].name
    assert len(pages) >= 5
    assert as_printed(TITLE) in pages[0]  # the cover
    assert as_printed(whose) in pages[0]
    for number, page in enumerate(pages[1:], 2):
        assert page.startswith(f"{as_printed(TITLE)} {as_printed(whose)} "), number
        assert page.endswith(f"page {number} / {len(pages)}"), number


def test_one_file_for_a_selection(tmp_path: Path) -> None:
    target = tmp_path / "startups.pdf"
    code, output = invoke("booklet", str(TRIP), "-d", "@startups", "-o", str(target))
    assert (code, output) == (0, f"mission\u202f: carnet écrit dans {target}\n")
    pages = pages_text(target.read_bytes())
    assert pages[1].startswith(f"{as_printed(TITLE)} Startups ")
    assert "Qui est où" in " ".join(pages)  # several delegates: the timeline
    assert sorted(p.name for p in tmp_path.iterdir()) == ["startups.pdf"]


def test_english_on_request(tmp_path: Path) -> None:
    target = tmp_path / "mayor.pdf"
    code, _ = invoke("booklet", str(TRIP), "-d", "nappere", "--lang", "en", "-o", str(target))
    assert code == 0
    pages = pages_text(target.read_bytes())
    assert "Booklet of Nathalie Appéré" in pages[0]
    assert "from Wednesday 3 April 2024 to Friday 12 April 2024" not in pages[0]
    assert "Wednesday 3 April 2024 to Friday 12 April 2024" in pages[0]
    assert pages[1].endswith(f"page 2 / {len(pages)}")
    assert "Time in Rennes" in " ".join(pages)


def test_the_same_file_gives_the_same_bytes(tmp_path: Path) -> None:
    trip = a_copy(tmp_path)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for target in (first, second):
        assert invoke("booklet", str(trip), "-d", "dri", "-o", str(target))[0] == 0
    assert first.read_bytes() == second.read_bytes()


def _with_mtime(trip: Path, day: datetime, target: Path) -> bytes:
    stamp = day.timestamp()
    os.utime(trip, (stamp, stamp))
    code, output = invoke("booklet", str(trip), "-d", "dri", "-o", str(target),
                          env={"SOURCE_DATE_EPOCH": None})  # fmt: skip
    assert code == 0, output
    return target.read_bytes()


def test_the_files_date_is_the_booklets_and_only_it_changes(tmp_path: Path) -> None:
    trip = a_copy(tmp_path)
    march = _with_mtime(trip, datetime(2024, 3, 28, 23, 30, tzinfo=UTC), tmp_path / "a.pdf")
    april = _with_mtime(trip, datetime(2024, 4, 1, 0, 30, tzinfo=UTC), tmp_path / "b.pdf")
    assert march != april
    dates = []
    for pdf in (march, april):
        metadata = reader(pdf).metadata
        assert metadata is not None
        dates.append((metadata.creation_date, metadata.modification_date))
    assert [d[0].date().isoformat() for d in dates] == ["2024-03-28", "2024-04-01"]
    assert all(created == changed for created, changed in dates)
    old, new = pages_text(march), pages_text(april)
    assert "Version du jeudi 28 mars 2024" in old[0]
    assert "Version du lundi 1er avril 2024" in new[0]  # French ordinal, raised
    assert old[0].replace("jeudi 28 mars", "lundi 1er avril") == new[0]
    assert old[1:] == new[1:]


def test_source_date_epoch_fixes_the_date(tmp_path: Path) -> None:
    target = tmp_path / "dri.pdf"
    epoch = str(int(datetime(2024, 2, 29, 12, tzinfo=UTC).timestamp()))
    code, _ = invoke("booklet", str(TRIP), "-d", "dri", "-o", str(target),
                     env={"SOURCE_DATE_EPOCH": epoch})  # fmt: skip
    assert code == 0
    metadata = reader(target.read_bytes()).metadata
    assert metadata is not None
    assert metadata.creation_date is not None
    assert metadata.creation_date.date().isoformat() == "2024-02-29"
    assert "Version du jeudi 29 février 2024" in pages_text(target.read_bytes())[0]
    code, output = invoke("booklet", str(TRIP), "-o", str(target),
                          env={"SOURCE_DATE_EPOCH": "yesterday"})  # fmt: skip
    assert (code, output) == (
        2, "mission\u202f: erreur\u202f: SOURCE_DATE_EPOCH doit être un nombre de secondes, et "
        "non 'yesterday'\n"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("output", "said"),
    [
        ("-", "--output needs a .pdf file, or a folder (ending in /) for one booklet per delegate"),
        ("booklets", "booklets: a booklet is a PDF: name a .pdf file, or a folder (ending in /) "
                     "for one booklet per delegate"),
        ("trip.pdf", "trip.pdf is the trip file itself; write to another file"),
    ],
)  # fmt: skip
def test_what_it_refuses(tmp_path: Path, output: str, said: str) -> None:
    trip = a_copy(tmp_path, name="trip.pdf")  # a trip file may be named anything
    before = trip.read_bytes()
    os.chdir(tmp_path)
    code, text = invoke("booklet", "trip.pdf", "-o", output, "--lang", "en")
    assert (code, text) == (2, f"mission: error: {said}\n")
    assert trip.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trip.pdf"]


def test_a_link_in_the_folder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep\n")
    folder = tmp_path / "booklets"
    folder.mkdir()
    (folder / "dri.pdf").symlink_to(outside)
    code, output = invoke("booklet", str(TRIP), "-o", f"{folder}/", "--lang", "en")
    assert code == 2
    assert output.startswith(f"mission: error: {folder}/dri.pdf is a symbolic link;")
    assert outside.read_text() == "keep\n"
    assert sorted(p.name for p in folder.iterdir()) == ["dri.pdf"]


@pytest.fixture
def no_typst(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As where the ``booklet`` extra is not installed."""
    shared_typesetter.cache_clear()
    monkeypatch.setitem(sys.modules, "typst", None)  # importing it raises ImportError
    yield
    shared_typesetter.cache_clear()


def test_without_typst_one_line_says_how_to_install_it(tmp_path: Path, no_typst: None) -> None:
    code, output = invoke("booklet", str(TRIP), "-o", f"{tmp_path}/", "--lang", "en")
    assert (code, output) == (
        2,
        "mission: error: mission booklet sets its PDF with Typst, which is not installed: "
        "pip install 'mission-cli[booklet]'\n",
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["--version"], ["validate", "trips/2024-04.yaml"]])
def test_version_and_validate_never_import_typst(args: list[str]) -> None:
    script = (
        "import sys\nfrom mission_cli.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        "print('typst' in sys.modules, 'mission_cli.booklet.typeset' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=False, cwd=ROOT)  # fmt: skip
    assert done.stdout.splitlines()[-1] == "False False", done.stdout + done.stderr


def test_items_in_error_are_left_out_and_named(tmp_path: Path) -> None:
    text = TRIP.read_text(encoding="utf-8").replace(
        "start: 2024-04-04 09:00\n    end: 2024-04-04 10:30",
        "start: 2024-04-04 9h\n    end: 2024-04-04 10:30",
    )
    trip = a_copy(tmp_path, text)
    target = tmp_path / "mayor.pdf"
    code, output = invoke("booklet", str(trip), "-d", "nappere", "-o", str(target))
    assert code == 0
    assert "1 élément laissé de côté\u202f: echange-maires" in output
    assert output.endswith(f"mission\u202f: carnet écrit dans {target}\n")
    text = " ".join(pages_text(target.read_bytes()))
    assert as_printed("Temps d'échange entre les deux maires") not in text
    assert as_printed("Rencontre avec l'Université de Rochester") in text
    code, output = invoke("booklet", str(trip), "--no-partial", "-o", str(tmp_path / "x.pdf"))
    assert code == 1
    assert not (tmp_path / "x.pdf").exists()


HOSTILE = '#set page(fill: red) *bold* _x_ $x^2$ <l> @ref = Head \\ #"s" // c'


def test_a_hostile_title_is_printed_as_text(tmp_path: Path) -> None:
    text = TRIP.read_text(encoding="utf-8").replace(
        f"title: {TITLE}", "title: '" + HOSTILE.replace("'", "''") + "'", 1
    )
    trip = a_copy(tmp_path, text)
    target = tmp_path / "hostile.pdf"
    code, output = invoke("booklet", str(trip), "-d", "dri", "-o", str(target))
    assert code == 0, output
    pages = pages_text(target.read_bytes())
    assert as_printed(HOSTILE) in pages[0]
    metadata = reader(target.read_bytes()).metadata
    assert metadata is not None
    assert (metadata.title or "").startswith(HOSTILE)


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_cover_the_timeline_and_a_day_render_as_a4_pages_with_ink(folder: Path) -> None:
    pdf = folder / "_delegation.pdf"
    pages = pages_text(pdf.read_bytes())
    timeline = 1 + next(i for i, text in enumerate(pages) if "Qui est où mer. 3 jeu. 4" in text)
    day = 1 + next(i for i, text in enumerate(pages) if "Nuit Hôtel du VieuxQuébec" in text)
    pictures = folder.parent / "pictures"  # left in pytest's temporary folder, to look at
    pictures.mkdir()
    for number in (1, timeline, day):
        target = pictures / f"page-{number}"
        render(pdf, number, target, "-png")
        assert png_size(target.with_suffix(".png")) == A4_PIXELS
        render(pdf, number, target, "-gray")
        assert 0.001 < dark_share(target.with_suffix(".pgm")) < 0.2
