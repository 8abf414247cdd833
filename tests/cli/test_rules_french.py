"""``mission rules --lang fr``: the list of rules, their summaries included, and each
rule's page, from the French reference (``reference/rules.fr.md``)."""

from __future__ import annotations

import json

import pytest

from mission_cli.catalog import RULES
from mission_cli.reference.pages import pages
from mission_cli.words.words import words_for
from tests.support import invoke


def test_the_summaries_are_worded_in_the_language_asked() -> None:
    french = words_for("fr")
    code, output = invoke("rules", "--lang", "FR", "--format", "json")
    assert code == 0
    listed = json.loads(output)
    assert [r["rule"] for r in listed] == list(RULES)
    for found in listed:
        rule = RULES[found["rule"]]
        assert (found["severity"], found["family"]) == (rule.severity, rule.family)
        assert found["summary"] == french.t(rule.summary) != rule.summary, rule.name
    code, table = invoke("rules", "--lang", "fr", width=200)
    assert code == 0
    lines = [line.rstrip() for line in table.splitlines()]
    assert lines[1].split() == ["règle", "gravité", "famille", "se", "déclenche", "quand"]
    assert (
        "double-booking      erreur         programme  "
        "un délégué participe à deux événements qui se chevauchent"
    ) in lines


def test_a_rule_page_in_french_is_the_french_reference_s() -> None:
    french = words_for("fr")
    code, output = invoke("rules", "wrong-city", "-f", "json", "--lang", "Fr")
    assert code == 0
    assert json.loads(output) == {
        "rule": "wrong-city",
        "severity": "error",
        "family": "schedule",
        "summary": french.t(RULES["wrong-city"].summary),
        "page": pages("fr")["wrong-city"],
    }
    code, output = invoke("rules", "over-capacity", "--lang", "fr", "-f", "markdown")
    assert code == 0
    assert output.startswith("# over-capacity\n\nLes participants d'un événement, plus ses invités")
    assert "erreur over-capacity: 'navette'" in output


@pytest.mark.parametrize("name", RULES)
def test_every_french_page_reads_well_at_80_columns(name: str) -> None:
    """Prose wrapped to the width, never before the narrow space of ``:`` or ``;`` (no
    line starts with a mark that belongs to the word before)."""
    code, output = invoke("rules", name, "--lang", "fr")
    assert code == 0
    lines = [line.rstrip() for line in output.splitlines()]
    assert lines[0] == name
    prose = [line for line in lines if not line.startswith("  ")]
    assert max(len(line) for line in prose) <= 80
    assert [line for line in lines if line.lstrip()[:1] in (":", ";", "?", "!", "\u202f")] == []
    assert any(line.startswith("Correctif\u202f: ") for line in lines)


def test_validate_in_french_points_at_the_french_page() -> None:
    code, output = invoke("validate", "--lang", "fr", "trips/examples/unknown-timezone.yaml")
    assert code == 1
    last = "L'exemple et le correctif d'une règle\u202f: mission rules unknown-timezone --lang fr"
    assert output.splitlines()[-1] == last
