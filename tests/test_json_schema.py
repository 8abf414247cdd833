"""The JSON Schema of the trip file (``schema/trip-1.2.json``, ``mission schema``): the
file in the repository is the command's output; every file ``mission validate`` finds
free of errors of the file passes it, and the typical mistakes fail it, as
``check-jsonschema`` (what an editor's YAML extension does) reads them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from mission_cli.catalog import RULES
from mission_cli.pipeline import load_path
from mission_cli.published import SCHEMA_PATH, SCHEMA_URL
from mission_cli.skeleton import skeleton
from mission_cli.words.words import LANGUAGES
from tests.support import ROOT, invoke, load, text_of

SCHEMA_FILE = ROOT / SCHEMA_PATH
CHECK_JSONSCHEMA = Path(
    shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    or shutil.which("check-jsonschema")  # an environment of its own (.ci/run's lowest lane)
    or Path(sys.executable).parent / "check-jsonschema"
)

BASE = text_of(
    """\
    travel:
      - id: vol
        mode: flight
        from: paris
        to: rochester
        depart: 2024-04-03 10:00
        arrive: 2024-04-03 12:30
    events:
      - id: maires
        title: Échange
        venue: city-hall
        start: 2024-04-04 09:00
        duration: 1h30
        attendees: ["@elus", dri]
    """
)
"""The tests' base trip with a flight and an event: a whole trip without errors, that
each mistake below breaks in one place."""

MISTAKES = {
    "unknown-section": BASE + "evnts: []\n",
    "atendees": BASE.replace("    attendees:", "    atendees:"),
    "delegate-without-name": BASE.replace("dri: {name: DRI,", "dri: {title: DRI,"),
    "mode-rocket": BASE.replace("mode: flight", "mode: rocket"),
    "time-from-an-e-mail": BASE.replace("start: 2024-04-04 09:00", "start: 04/04/2024 9am"),
    "at-alone": BASE.replace('["@elus", dri]', '["@", dri]'),
    "no-trip": BASE[BASE.index("cities:") :],
    "end-and-duration": BASE.replace("duration: 1h30", "duration: 1h30\n    end: 2024-04-04 11:00"),
    "duration-in-words": BASE.replace("duration: 1h30", "duration: 90 minutes"),
    "country-by-name": BASE.replace("country: US", "country: United States"),
    "city-key-in-capitals": BASE.replace("  rochester: {", "  Rochester: {"),
    "attendees-not-a-list": BASE.replace('["@elus", dri]', "dri"),
    "attendees-empty": BASE.replace(' ["@elus", dri]', ""),
    "home-yes": BASE.replace("home: true", "home: yes"),
    "capacity-zero": BASE.replace("capacity: 3", "capacity: 0"),
    "diet-misspelt": BASE.replace("nationality: FR}", "nationality: FR, diet: vegeterian}", 1),
    "locale-de": BASE.replace("  end: 2024-12-31\n", "  end: 2024-12-31\n  locale: de\n"),
    "rule-of-the-file": BASE + "checks: {rules: {schema: off}}\n",
    "day-start-9h": BASE + "checks: {day_start: 9h}\n",
}


def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


def _check(*args: str | Path) -> subprocess.CompletedProcess[str]:
    assert CHECK_JSONSCHEMA.is_file(), "install the test tools: pip install -e '.[dev]'"
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), *map(str, args)],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=120,
    )  # fmt: skip


def _failed(*files: Path) -> set[str]:
    """The files that fail the schema, by name, in one run of check-jsonschema."""
    done = _check("--output-format", "json", "--schemafile", SCHEMA_FILE, *files)
    report = json.loads(done.stdout)
    assert report.get("parse_errors", []) == [], report["parse_errors"]
    assert (done.returncode == 0) == (report["status"] == "ok"), done.stderr
    return {Path(error["filename"]).name for error in report["errors"]}


def _file_errors(path: Path) -> list[str]:
    """The errors of the file (not of the schedule) that mission finds in it."""
    return [d.rule for d in load_path(path).result.diagnostics if RULES[d.rule].of_the_file]


# -- the file in the repository ------------------------------------------------------------


def test_the_repository_file_is_what_mission_schema_prints() -> None:
    code, output = invoke("schema")
    assert code == 0
    assert output == SCHEMA_FILE.read_text(encoding="utf-8"), (
        f"{SCHEMA_PATH} is not what `mission schema` prints: after changing the models or "
        f"json_schema_fields.py, run `mission schema -o {SCHEMA_PATH}` and commit the file"
    )
    assert output.endswith("}\n")
    assert json.loads(output)["$id"] == SCHEMA_URL


def test_output_writes_the_file(tmp_path: Path) -> None:
    code, _ = invoke("schema", "-o", str(tmp_path / "trip.json"))
    assert code == 0
    assert (tmp_path / "trip.json").read_text(encoding="utf-8") == SCHEMA_FILE.read_text(
        encoding="utf-8"
    )
    code, _ = invoke("schema", "-o", f"{tmp_path / 'schemas'}/")
    assert code == 0
    assert (tmp_path / "schemas" / SCHEMA_FILE.name).is_file()


def test_the_sample_names_the_schema_on_its_first_line() -> None:
    sample = ROOT / "trips" / "2024-04.yaml"
    first = sample.read_text(encoding="utf-8").splitlines()[0]
    found = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert found is not None, first
    assert (sample.parent / found[1]).resolve() == SCHEMA_FILE


def test_the_schema_is_a_valid_json_schema_with_nothing_remote() -> None:
    done = _check("--check-metaschema", SCHEMA_FILE)
    assert done.returncode == 0, done.stdout + done.stderr
    refs = re.findall(r'"\$ref": "([^"]*)"', SCHEMA_FILE.read_text(encoding="utf-8"))
    assert refs
    assert all(ref.startswith("#/$defs/") for ref in refs), "every $ref stays in the file"


def test_every_key_a_user_types_is_described() -> None:
    schema = _schema()
    undescribed: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                if not isinstance(value.get("description"), str) or len(value["description"]) < 10:
                    undescribed.append(f"{path}.{key}")
            for key, value in node.items():
                if key != "allOf":  # what an item needs (a city or a venue): no keys of its own
                    walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, path)

    walk(schema, "")
    assert undescribed == []
    assert all("description" in definition for definition in schema["$defs"].values())


# -- what passes and what fails --------------------------------------------------------------


def _docs_examples() -> list[str]:
    """Each example of docs/rules.md appended to the base trip of its schedule part, and
    every block of the docs and the README that is a whole trip file."""
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    schedule = docs.split("## Rules of the schedule", 1)[1]
    blocks = re.findall(r"```yaml\n(.*?)```", schedule, re.DOTALL)
    examples = [blocks[0] + block for block in blocks[1:]]
    for page in [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]:
        for block in re.findall(r"```yaml\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL):
            if re.match(r"(#.*\n)*trip:", block):
                examples.append(block)
    return examples


def test_every_file_without_errors_of_the_file_passes(tmp_path: Path) -> None:
    """The sample, the valid trips, every trip whose problems are all of the schedule,
    and the examples of the docs: the schema never refuses what mission reads."""
    files = sorted([*ROOT.glob("trips/**/*.yaml"), *ROOT.glob("tests/trips/**/*.yaml")])
    (tmp_path / "base.yaml").write_text(BASE, encoding="utf-8")
    files.append(tmp_path / "base.yaml")
    for number, text in enumerate(_docs_examples()):
        files.append(tmp_path / f"docs-{number}.yaml")
        files[-1].write_text(text, encoding="utf-8")
    for lang in LANGUAGES:  # what `mission init` writes
        files.append(tmp_path / f"init-{lang}.yaml")
        files[-1].write_text(skeleton(date(2026, 11, 27), lang, None), encoding="utf-8")
    clean = [path for path in files if not _file_errors(path)]
    assert ROOT / "trips" / "2024-04.yaml" in clean
    assert {tmp_path / "init-en.yaml", tmp_path / "init-fr.yaml"} <= set(clean)
    assert len(clean) >= 30
    assert _failed(*clean) == set()


def test_the_typical_mistakes_fail(tmp_path: Path) -> None:
    files = []
    for name, text in MISTAKES.items():
        assert text != BASE, name
        assert _file_errors(_written(tmp_path, name, text)), f"mission reads {name} clean"
        files.append(tmp_path / f"{name}.yaml")
    assert _failed(*files) == {f"{name}.yaml" for name in MISTAKES}


def _written(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_base_of_the_mistakes_is_clean() -> None:
    assert load(BASE).result.diagnostics == []
