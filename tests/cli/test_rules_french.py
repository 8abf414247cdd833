"""``mission rules --lang fr``: the list of rules, their summaries included, in French."""

from __future__ import annotations

import json

from mission_cli.catalog import RULES
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
