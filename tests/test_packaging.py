"""What is published: the metadata, the version written in one place, an sdist that
carries what its own tests need, a wheel with ``py.typed`` and without the tests, and
floors that ``ci/lowest.txt`` tests."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

import mission_cli
from mission_cli.published import PROJECT_URL
from mission_cli.version import UNKNOWN, installed_version
from tests.support import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
CARRIED = ("docs", "trips", "tests", "benchmarks", "schema")
"""The folders that the sdist carries whole."""
LEFT_OUT = {".git", "build", "dist", "__pycache__", ".hypothesis"}
"""With ``.venv*``, ``*.egg-info`` and ``*cache``: not copied to build the sdist from."""


def test_license_and_metadata() -> None:
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License\n")
    assert "Copyright (c) 2026 the mission authors" in license_text
    assert PROJECT["license"] == {"text": "MIT"}
    classifiers = set(PROJECT["classifiers"])
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert {"Typing :: Typed", "Environment :: Console", "Natural Language :: French"} <= (
        classifiers
    )
    assert PROJECT["requires-python"] == ">=3.11"


def test_the_addresses_are_the_published_ones() -> None:
    urls = PROJECT["urls"]
    assert set(urls) == {"Homepage", "Source", "Issues", "Documentation", "Changelog"}
    assert all(url.startswith(PROJECT_URL) for url in urls.values()), urls
    assert urls["Homepage"] == PROJECT_URL


def test_the_version_is_written_once() -> None:
    """pyproject.toml's version, as installed: the package and ``--version`` read it."""
    installed = importlib.metadata.version("mission-cli")
    assert installed == PROJECT["version"]
    assert mission_cli.__version__ == installed_version() == installed
    sources = (ROOT / "src").rglob("*.py")
    assert [p.name for p in sources if f'"{installed}"' in p.read_text("utf-8")] == []


def test_version_command_prints_the_metadata_version_and_stays_light() -> None:
    """``mission --version`` imports neither Typer, Rich, Pydantic nor importlib.metadata."""
    script = (
        "import sys\nfrom mission_cli.cli import main\nmain(['--version'])\n"
        "heavy = ('typer', 'rich', 'pydantic', 'importlib.metadata')\n"
        "print([name for name in heavy if name in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"mission {importlib.metadata.version('mission-cli')}\n[]\n"


def _metadata(folder: Path, field: str, version: str) -> None:
    folder.mkdir(parents=True)
    (folder / field).write_text(
        f"Metadata-Version: 2.1\nName: mission-cli\nVersion: {version}\n\nVersion: 0\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        ({"a/mission_cli-9.1.dist-info": "METADATA"}, "9.1"),
        ({"a/Mission_CLI-9.2.dist-info": "METADATA"}, "9.2"),
        ({"a/mission_cli.egg-info": "PKG-INFO", "b/mission_cli-8.0.dist-info": "METADATA"}, "9.3"),
        ({"a/mission_cli_extra-1.0.dist-info": "METADATA", "b/other": "METADATA"}, UNKNOWN),
    ],
)
def test_the_version_is_found_as_importlib_finds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: dict[str, str], expected: str
) -> None:
    """The quick reading agrees with ``importlib.metadata`` along a given ``sys.path``
    (the first entry that holds the distribution's metadata wins)."""
    for number, (folder, field) in enumerate(layout.items()):
        _metadata(tmp_path / folder, field, expected if number == 0 else "8.0")
    (tmp_path / "f").write_text("a file on the path\n", encoding="utf-8")
    entries = sorted({str(tmp_path / folder.split("/")[0]) for folder in layout})
    monkeypatch.setattr(sys, "path", [*entries, str(tmp_path / "nowhere"), str(tmp_path / "f")])
    assert installed_version() == expected
    if expected == UNKNOWN:
        with pytest.raises(importlib.metadata.PackageNotFoundError):
            importlib.metadata.version("mission-cli")
    else:
        assert importlib.metadata.version("mission-cli") == expected


PINNED_FOR_TESTS = ("pypdf",)
"""Test requirements whose floor ``ci/lowest.txt`` pins too: the booklets' text is read
back with it, and an older one reads it otherwise."""


def _name(requirement: str) -> str:
    found = re.match(r"[\w.-]+", requirement)
    assert found is not None, requirement
    return found.group()


def test_the_floors_are_the_lowest_tested() -> None:
    """Every runtime dependency has a floor, and ``ci/lowest.txt`` pins it there; so do
    the extras' (Typst for the booklet, the solver of ``schedule``) and the PDF reader of
    the tests."""
    pins = {}
    for line in (ROOT / "ci/lowest.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.strip()] = version.strip()
    extras = PROJECT["optional-dependencies"]
    tested = [text for text in extras["test"] if _name(text) in PINNED_FOR_TESTS]
    assert len(tested) == len(PINNED_FOR_TESTS)
    floors = {}
    for text in [*PROJECT["dependencies"], *extras["booklet"], *extras["schedule"], *tested]:
        floor = re.findall(r">=\s*([\w.]+)", text)
        assert len(floor) == 1, text
        floors[_name(text)] = floor[0]
    assert floors == pins


JUNK = (
    ".venv/bin/python",
    ".hypothesis/examples/x",
    "tests/__pycache__/x.cpython-311.pyc",
    "tests/.pytest_cache/v",
    "benchmarks/out/big.yaml",
)
"""Left in a working copy by a run, planted in the copy of the project: none is carried."""


def _copy_of_the_project(into: Path) -> Path:
    """The project's files, without its virtual environments, caches and builds, then
    with some of those planted again (``JUNK``)."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        out = {"out"} if Path(folder) == ROOT / "benchmarks" else set()
        return out | {
            n for n in names
            if n in LEFT_OUT or n.startswith(".venv") or n.endswith((".egg-info", "cache"))
        }  # fmt: skip

    copy = Path(shutil.copytree(ROOT, into, ignore=ignore))
    for junk in JUNK:
        (copy / junk).parent.mkdir(parents=True, exist_ok=True)
        (copy / junk).write_text("junk\n", encoding="utf-8")
    return copy


def _build(kind: str, source: Path, into: Path) -> Path:
    """``setuptools``' own build (PEP 517) of an sdist or a wheel, without isolation."""
    script = f"import sys, setuptools.build_meta as b\nprint(b.build_{kind}(sys.argv[1]))"
    done = subprocess.run(
        [sys.executable, "-c", script, str(into)],
        cwd=source, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return into / done.stdout.strip().splitlines()[-1]


def test_the_sdist_carries_its_tests_and_builds_the_wheel(tmp_path: Path) -> None:
    source = _copy_of_the_project(tmp_path / "project")
    sdist = _build("sdist", source, tmp_path / "dist")
    top = f"mission_cli-{PROJECT['version']}"  # setuptools>=69 normalizes the name
    with tarfile.open(sdist) as archive:
        assert {name.split("/")[0] for name in archive.getnames()} == {top}
        names = {name.removeprefix(f"{top}/") for name in archive.getnames()}
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        archive.extractall(tmp_path / "unpacked", **safe)  # type: ignore[arg-type]
    carried = {
        path.relative_to(source).as_posix()
        for folder in CARRIED
        for path in (source / folder).rglob("*")
        if path.is_file()
    }
    assert {"tests/golden/report.txt", "trips/examples/dst-gap.yaml", "docs/cli.md"} <= carried
    assert carried - set(JUNK) <= names, sorted(carried - set(JUNK) - names)
    project_files = {"LICENSE", "README.md", "CHANGELOG.md", "ci/lowest.txt", "pyproject.toml"}
    assert project_files | {".pre-commit-hooks.yaml", "schema/trip-1.2.json"} <= names
    assert [name for name in names if name.startswith(JUNK) or "__pycache__" in name] == []

    wheel = _build("wheel", tmp_path / "unpacked" / top, tmp_path / "wheel")
    with zipfile.ZipFile(wheel) as archive:
        inside = archive.namelist()
    assert "mission_cli/py.typed" in inside
    # what `mission rules RULE`, `mission init` and `mission booklet` read from the package
    shipped = {
        "mission_cli/reference/rules.en.md",
        "mission_cli/templates/trip.fr.yaml",
        "mission_cli/booklet/booklet.typ",
    }
    assert shipped <= set(inside)
    assert f"{top}.dist-info/licenses/LICENSE" in inside
    assert [name for name in inside if not name.startswith("mission_cli")] == []


def test_the_zone_data_is_recent_enough() -> None:
    """pytz's floor is its zone data: 2024a put Kazakhstan on a single zone, UTC+5."""
    from datetime import datetime, timedelta

    import pytz

    almaty = pytz.timezone("Asia/Almaty")
    assert almaty.localize(datetime(2024, 6, 1, 12)).utcoffset() == timedelta(hours=5)
