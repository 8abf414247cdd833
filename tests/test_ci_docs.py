"""The copy-paste examples of docs/ci.md stay true: the hook they name exists, and the
commands of the CI jobs run as they say."""

from __future__ import annotations

import re
import shlex

from ruamel.yaml import YAML

from tests.support import ROOT, invoke

DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
BLOCKS = [YAML(typ="safe").load(b) for b in re.findall(r"```yaml\n(.*?)```", DOC, re.DOTALL)]


def test_the_pre_commit_example_names_the_hook_mission_ships() -> None:
    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    shipped = {hook["id"]: hook for hook in hooks}
    config = BLOCKS[0]
    used = [hook["id"] for repo in config["repos"] for hook in repo["hooks"]]
    assert used == ["mission-validate"]
    assert shipped["mission-validate"]["entry"] == "mission validate --quiet"
    assert re.fullmatch(shipped["mission-validate"]["files"].replace("^", ""), "trips/a.yml")


def test_the_github_workflow_annotates_the_repository_s_trips() -> None:
    steps = BLOCKS[1]["jobs"]["validate"]["steps"]
    commands = [s["run"] for s in steps if s.get("run", "").startswith("mission ")]
    assert commands == ["mission validate --format github trips/"]
    code, output = invoke(*shlex.split(commands[0])[1:])
    assert code == 1  # trips/examples/ holds the rules' examples, each a mistake
    annotations = [line for line in output.splitlines() if line.startswith("::")]
    expected = sorted(
        (path.name, *line.removeprefix("# expect: ").split())
        for path in (ROOT / "trips" / "examples").glob("*.yaml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# expect: ")
    )
    annotated = sorted(
        (name, rule, f"{line}:{col}")
        for name, line, col, rule in re.findall(
            r"^::(?:error|warning) file=trips/examples/([^,]+),"
            r"line=(\d+),col=(\d+),title=([\w-]+)::",
            output,
            re.MULTILINE,
        )
    )
    assert len(annotations) == len(expected)
    assert annotated == expected  # one per problem the examples expect, where they expect it
    assert output.splitlines()[-1].startswith(
        f"mission: {len(list((ROOT / 'trips').rglob('*.yaml')))} files checked: 1 clean,"
    )


def test_the_gitlab_job_runs_mission_validate() -> None:
    script = BLOCKS[2]["trips"]["script"]
    assert script[-1] == "mission validate trips/"
    code, output = invoke(*shlex.split(script[-1])[1:], "--quiet")
    assert code == 1
    assert "trips/examples/typo-in-key.yaml:22:5: error schema: unknown key 'atendees'" in output


def test_the_readme_shows_what_validate_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"```text\n\$ mission (.*?)\n(.*?)```", readme, re.DOTALL)
    assert shown, "the README shows a run of mission validate"
    for command, output in shown:
        assert invoke(*shlex.split(command), width=200)[1] == output, command


def test_the_annotation_shown_is_what_mission_prints() -> None:
    shown = re.search(r"\(here `mission (.*?)`\):\n\n```text\n(.*?)```", DOC, re.DOTALL)
    assert shown is not None
    command = " ".join(shown.group(1).split())
    assert invoke(*shlex.split(command))[1] == shown.group(2)
