"""No finding stays in English in a French run: every trip of the repository with
mistakes (the examples, the hostile files, the mistakes of each stage) is checked, and
each message and hint of each finding, and each message inside them, reads otherwise in
French than in English, but for what is said as it is in every language (the YAML
parser's words) and templates with no word of their own (``{path}: {problem}``). And the
stages before the checks make no finding of a plain English text."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from mission_cli.pipeline import load_path
from mission_cli.words.message import Message, Verbatim, english
from mission_cli.words.words import words_for
from tests.support import ROOT

TRIPS = sorted(
    path
    for path in [*ROOT.glob("trips/examples/*.yaml"), *ROOT.glob("tests/trips/**/*.yaml")]
    if "valid" not in path.parts
)
"""Every trip of the repository with mistakes."""
FR = words_for("fr")


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _has_words(template: str) -> bool:
    """Whether a template says anything of its own, outside its placeholders."""
    own = "".join(text for text, _, _, _ in string.Formatter().parse(template))
    return re.search(r"[^\W\d_]", own) is not None


def _messages(message: Message | None) -> Iterator[Message]:
    """A message and every message among its arguments, at any depth."""
    pending = [message] if message is not None else []
    while pending:
        current = pending.pop()
        yield current
        pending.extend(v for v in current.args.values() if isinstance(v, Message))


@pytest.mark.parametrize("path", TRIPS, ids=_id)
def test_every_finding_of_a_trip_is_worded_in_french(path: Path) -> None:
    result = load_path(path).result
    assert result.diagnostics, f"{_id(path)} has no mistake"
    english_only = [
        (d.rule, d.line, english(m))
        for d in result.diagnostics
        for said in (d.said, d.hint_said)
        for m in _messages(said)
        if not isinstance(m, Verbatim) and _has_words(m.text) and FR.say(m) == english(m)
    ]
    assert english_only == []


def test_the_mistakes_reach_every_stage() -> None:
    """The trips walked above hold findings of reading the file, of the schema, of the
    references and of the times."""
    rules = {d.rule for path in TRIPS for d in load_path(path).result.diagnostics}
    assert {"yaml-syntax", "schema", "duplicate-id", "unknown-reference"} <= rules
    assert {"invalid-time", "nonexistent-time", "ambiguous-time", "unknown-timezone"} <= rules


STAGES = ("load", "model", "resolve", "clock")
SAYING = {
    "diag", "of", "_add", "_fail", "_diag", "_syntax", "_encoding_diag", "TimeTextError",
    "PydanticCustomError",
}  # fmt: skip
"""What makes a finding of the stages, from a message and a hint."""


def _said_plainly(tree: ast.AST) -> Iterator[int]:
    """Lines where a finding is made of a plain text, or a message of an f-string."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        values = [*node.args, *(k.value for k in node.keywords)]
        if name in SAYING and any(isinstance(v, ast.JoinedStr) for v in values):
            yield node.lineno
        if name in SAYING and any(
            isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values
        ):
            yield node.lineno
        if name == "Message" and any(isinstance(v, ast.JoinedStr) for v in values):
            yield node.lineno


def test_the_stages_say_messages_not_texts() -> None:
    package = ROOT / "src" / "mission_cli"
    found = [
        f"{path.relative_to(package)}:{line}"
        for stage in STAGES
        for path in sorted((package / stage).glob("*.py"))
        for line in sorted(set(_said_plainly(ast.parse(path.read_text(encoding="utf-8")))))
    ]
    assert found == []
