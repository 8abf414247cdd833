"""The rules reference stays true: every rule has a section, and every schedule example
fires it (read from its source, ``reference/rules.en.md``; docs/rules.md is generated from
it, see tests/cli/test_rules.py)."""

from __future__ import annotations

import re

import pytest

from mission_cli.catalog import RULES
from mission_cli.reference.pages import pages, source
from tests.support import problems

REGISTRY = RULES

SCHEDULE = source().split("# Rules of the schedule", 1)[1]
BASE = re.search(r"```yaml\n(.*?)```", SCHEDULE, re.DOTALL)
SECTIONS = pages()


def test_every_rule_is_documented_with_an_example() -> None:
    assert set(REGISTRY) <= set(SECTIONS)
    for name in REGISTRY:
        assert "```yaml" in SECTIONS[name], name
        assert f" {name}: " in SECTIONS[name] or f" {name} " in SECTIONS[name], name


@pytest.mark.parametrize("name", sorted(n for n, r in REGISTRY.items() if not r.of_the_file))
def test_schedule_example_fires_its_rule(name: str) -> None:
    assert BASE is not None
    example = re.search(r"```yaml\n(.*?)```", SECTIONS[name], re.DOTALL)
    assert example is not None
    fired = {d.rule for d in problems(BASE.group(1) + example.group(1))}
    assert name in fired


NEAR_MISS = re.compile(r"```yaml\n(# passes: .*?)```", re.DOTALL)


@pytest.mark.parametrize(
    ("name", "example"),
    [
        (name, example)
        for name in sorted(REGISTRY)
        if not REGISTRY[name].of_the_file
        for example in NEAR_MISS.findall(SECTIONS.get(name, ""))
    ],
)
def test_near_miss_does_not_fire(name: str, example: str) -> None:
    """The near misses the docs show pass: the rule stays silent, and the file is read."""
    assert BASE is not None
    found = problems(BASE.group(1) + example)
    assert name not in {d.rule for d in found}
    assert not [d for d in found if REGISTRY[d.rule].of_the_file]


def test_the_docs_show_near_misses() -> None:
    assert len(NEAR_MISS.findall(SCHEDULE)) >= 8


@pytest.mark.parametrize("name", sorted(n for n, r in REGISTRY.items() if not r.of_the_file))
def test_schedule_example_output_is_what_mission_says(name: str) -> None:
    """Each ``severity rule: message`` line the docs show is one mission gives (a ``…``
    stands for what the docs shorten)."""
    assert BASE is not None
    example = re.search(r"```yaml\n(.*?)```", SECTIONS[name], re.DOTALL)
    shown = re.search(r"```text\n(.*?)```", SECTIONS[name], re.DOTALL)
    assert example is not None
    assert shown is not None
    said = {
        f"{d.severity} {d.rule}: {d.message}" for d in problems(BASE.group(1) + example.group(1))
    }
    lines = [
        line for line in shown.group(1).splitlines() if line.startswith(("error ", "warning "))
    ]
    assert lines
    patterns = [re.compile(".*?".join(map(re.escape, line.split("…"))) + "$") for line in lines]
    assert [p.pattern for p in patterns if not any(p.match(s) for s in said)] == []
