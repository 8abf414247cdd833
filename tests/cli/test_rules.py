"""``mission rules RULE``: a rule's page from the package itself, for users who installed
with pip and have no ``docs/`` folder; shell completion of rule names."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from mission_cli.catalog import RULES
from mission_cli.reference.pages import pages
from mission_cli.words.words import LANGUAGES
from tests.support import ROOT, invoke


def _reference(lang: str = "en") -> str:
    code, output = invoke("rules", "--format", "markdown", "--lang", lang)
    assert code == 0
    return output


DOCS = {"en": "rules.md", "fr": "rules.fr.md"}
"""The generated reference of each language, in ``docs/``."""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_docs_rules_md_is_the_generated_reference(lang: str) -> None:
    """docs/rules.md (and docs/rules.fr.md) is generated: edit
    src/mission_cli/reference/rules.LANG.md, then `mission rules --lang LANG --format
    markdown -o docs/rules.md` (rules.fr.md)."""
    documented = (ROOT / "docs" / DOCS[lang]).read_text(encoding="utf-8")
    assert _reference(lang) == documented, (
        f"run: mission rules --lang {lang} --format markdown -o docs/{DOCS[lang]}"
    )


def test_each_chapter_s_table_lists_its_rules_from_the_catalog() -> None:
    from mission_cli.render.markdown import md

    text = _reference()
    for rule in RULES.values():
        row = (
            f"| [`{rule.name}`](#{rule.name}) | **{rule.severity}** | {rule.family} | "
            f"{md(rule.summary)} |"
        )
        assert text.count(row) == 1, rule.name
    chapters = [text.index(f"## Rules of the {c}\n") for c in ("file", "schedule", "logistics")]
    rows = [text.index(f"| [`{name}`]") for name in RULES]
    assert rows == sorted(rows)  # the reference lists them in the catalog's order
    for rule in RULES.values():  # each under its own chapter
        chapter = ("file", "schedule", "logistics").index(rule.chapter)
        assert chapters[chapter] < text.index(f"| [`{rule.name}`]"), rule.name


@pytest.mark.parametrize(("lang", "fix"), [("en", "\nFix: "), ("fr", "\nCorrectif\u202f: ")])
def test_every_rule_has_a_page_with_its_example_and_fix(lang: str, fix: str) -> None:
    """In each language: a new rule needs its section in rules.en.md and in rules.fr.md."""
    found = pages(lang)
    rule_like = {name for name in found if name.islower() and " " not in name}
    assert rule_like == set(RULES)  # a page per rule, and no page of a rule that is none
    for name in RULES:
        assert found[name].startswith(f"## {name}\n"), name
        assert "```yaml" in found[name], name
        assert fix in found[name], name


def test_a_rule_page_in_the_terminal() -> None:
    """Prose wrapped to the width; examples as written, never wrapped (they are copied
    back into trip files)."""
    code, output = invoke("rules", "duplicate-id")
    assert code == 0
    lines = [line.rstrip() for line in output.splitlines()]
    assert lines[0] == "duplicate-id"
    example = (
        "    - {id: visite, title: Visite du marché, city: rochester, start: 2024-04-06 08:30, "
        "duration: 1h}"
    )
    assert example in lines
    assert lines[-1] == "Fix: rename one of them (visite-marche, visite-musee)."
    prose = [line for line in lines if not line.startswith("  ")]
    assert max(len(line) for line in prose) <= 80


WRONG_CITY_AT_80 = """\
wrong-city

When an event starts, an attendee is in another city: after their last move they
are in its to city, before their first move in its from city. A delegate with no
moves is where their legs put them on the event's local date; one with neither
is never reported. Being in transit is during-travel, not this. One finding per
event and reason (the move that put them elsewhere, or no leg), listing every
delegate concerned; the caret points at the attendee entry that brings the first
of them (their key, their @group, or the event's id when attendees is left out).

  travel:
    - {id: vol, mode: flight, from: rochester, to: quebec, depart: 2024-04-06 14:10,
       arrive: 2024-04-06 19:40, passengers: [cci]}
  events:
    - {id: marche, title: Marché, city: rochester, start: 2024-04-07 09:00, duration: 1h,
       attendees: [cci]}

  {finding}
   4 |      attendees: [cci]}
     |                  ^
    = hint: add a move to Rochester for cci before it, or take them off the event

Fix: add a move back to Rochester before the event, or take the delegate off it.
""".replace(
    "{finding}",
    "error wrong-city: cci is in Québec (since 'vol' arrived at 2024-04-06 19:40 EDT) when "
    "'marche' starts in Rochester at 2024-04-07 09:00 EDT",
)
"""An example's output is never wrapped: a finding stays on one line, as mission prints it."""


def test_a_rule_page_reflows_its_paragraphs_to_the_width() -> None:
    """A paragraph is wrapped again as a whole: the source's line breaks, where its editor
    wrapped it, are not kept (no "they are in" alone on its line); an example is as
    written, one blank line apart from what follows."""
    code, output = invoke("rules", "wrong-city")
    assert code == 0
    assert "\n".join(line.rstrip() for line in output.splitlines()) + "\n" == WRONG_CITY_AT_80


def test_a_list_in_a_paragraph_keeps_an_item_a_line() -> None:
    from mission_cli.views.rules import flowed

    text = "The rules:\nthree of them\n- one, its text\n  going on\n- two\n1. three"
    assert flowed(text) == [
        "The rules: three of them",
        "- one, its text going on",
        "- two",
        "1. three",
    ]


def test_a_rule_page_as_markdown_and_json() -> None:
    code, output = invoke("rules", "over-capacity", "--format", "markdown")
    assert code == 0
    page = pages()["over-capacity"]
    assert output.startswith("# over-capacity\n\n")
    examples = [part for number, part in enumerate(page.split("```")) if number % 2]
    assert examples
    assert all(f"```{example}```" in output for example in examples)
    code, output = invoke("rules", "wrong-city", "-f", "json")
    assert code == 0
    assert json.loads(output) == {
        "rule": "wrong-city",
        "severity": "error",
        "family": "schedule",
        "summary": RULES["wrong-city"].summary,
        "page": pages()["wrong-city"],
    }


def test_a_misspelt_rule_gets_did_you_mean() -> None:
    code, output = invoke("rules", "dubble-booking")
    assert code == 2
    assert (
        output == "mission: error: unknown rule 'dubble-booking'; did you mean 'double-booking'?\n"
    )
    code, output = invoke("rules", "zzz")
    assert code == 2
    assert output == "mission: error: unknown rule 'zzz'; `mission rules` lists them all\n"


def test_validate_points_at_the_rule_page() -> None:
    code, output = invoke("validate", "trips/examples/unknown-timezone.yaml")
    assert code == 1
    assert output.splitlines()[-1] == "A rule's example and fix: mission rules unknown-timezone"


@pytest.mark.parametrize(
    ("words", "expected"),
    [("mission ru", ["rules"]), ("mission rules double-", ["double-booking", "double-lodging"])],
)
def test_shell_completion(words: str, expected: list[str]) -> None:
    env = {"_MISSION_COMPLETE": "complete_bash", "COMP_WORDS": words}
    env["COMP_CWORD"] = str(len(words.split()) - 1)
    code, output = invoke(env=env)
    assert code == 0
    assert output.split() == expected


def test_install_completion_writes_to_the_shell_s_startup_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the shell as written, not detected from the process tree (a detached run has none)
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    code, output = invoke(
        "--install-completion", "bash", env={"HOME": str(tmp_path), "SHELL": "/bin/bash"}
    )
    assert code == 0
    assert "completion installed" in output
    script = (tmp_path / ".bash_completions" / "mission.sh").read_text(encoding="utf-8")
    assert "_MISSION_COMPLETE=complete_bash" in script
    assert ".bash_completions/mission.sh" in (tmp_path / ".bashrc").read_text(encoding="utf-8")
    assert os.environ.get("HOME") != str(tmp_path)


def test_an_empty_file_points_at_mission_init(tmp_path: Path) -> None:
    empty = tmp_path / "trip.yaml"
    empty.write_text("\n", encoding="utf-8")
    code, output = invoke("validate", str(empty))
    assert code == 1
    assert (
        "  = hint: a trip file holds the sections trip, cities and delegates; `mission init "
        in (output)
    )


def test_links_of_the_reference_read_as_words_in_the_terminal() -> None:
    code, output = invoke("rules", "no-lodging")
    assert code == 0
    assert "lodging-wrong-city" in output
    assert "(#" not in output


def test_the_list_of_commands_fits_80_columns_uncut() -> None:
    code, output = invoke("--help")
    assert code == 0
    commands = output.split("Commands:\n", 1)[1].splitlines()
    assert len(commands) == len(_command_names())
    assert all(not line.endswith("...") and len(line) <= 80 for line in commands)
    for command in ["agenda", "whereis", "diff", "init", "export"]:
        code, output = invoke(command, "-h")
        assert code == 0
        options = [line for line in output.splitlines() if line.lstrip().startswith("-")]
        assert not [line for line in options if "<str>" in line or "<list[str]>" in line]


def _command_names() -> list[str]:
    """Every command ``build_app()`` registers, groups (``export``) included."""
    from mission_cli.cli.app import build_app

    app = build_app()
    return [c.name or "" for c in app.registered_commands] + [
        g.name or "" for g in app.registered_groups
    ]


def test_rules_lists_every_rule() -> None:
    code, output = invoke("rules", "--format", "json")
    assert code == 0
    listed = json.loads(output)
    assert [r["rule"] for r in listed] == list(RULES)
    for found in listed:
        rule = RULES[found["rule"]]
        assert (found["severity"], found["family"]) == (rule.severity, rule.family)
        assert found["summary"] == rule.summary
    code, table = invoke("rules", "--format", "table", width=200)
    assert code == 0
    for rule in RULES.values():
        assert re.search(rf"^{rule.name} +{rule.severity} +{rule.family} ", table, re.M), rule.name


def test_the_closing_line_names_the_first_error_s_rule_and_errors_come_first(
    tmp_path: Path,
) -> None:
    trip = tmp_path / "trip.yaml"
    text = (
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-01, end: 2024-04-10}\n"
        "cities:\n  ny: {name: New York, timezone: America/New_York}\n"
        "delegates:\n  a: {name: A}\n"
        "events:\n"
        "  - {id: late, title: L, city: ny, start: '2024-04-02 23:30', duration: 1h}\n"
        "  - {id: x, title: X, city: ny, start: '2024-04-03 10:00', duration: 1h}\n"
        "  - {id: y, title: Y, city: ny, start: '2024-04-03 10:30', duration: 1h}\n"
    )
    trip.write_text(text, encoding="utf-8")

    def found() -> tuple[list[str], str]:
        code, output = invoke("validate", str(trip), "--lang", "en")
        assert code == 1
        lines = output.splitlines()
        return [line.split(": ")[1] for line in lines if line.startswith(str(trip))], lines[-1]

    assert found() == (
        ["warning odd-hour", "error double-booking"],
        "A rule's example and fix: mission rules double-booking",  # the error's, not the first
    )
    trip.write_text(
        text + "  - {id: z, title: Z, city: nowhere, start: '2024-04-04 10:00', duration: 1h}\n",
        encoding="utf-8",
    )
    assert found() == (
        ["error unknown-reference", "warning odd-hour", "error double-booking"],
        "A rule's example and fix: mission rules unknown-reference",
    )
