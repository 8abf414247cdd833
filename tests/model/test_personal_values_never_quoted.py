"""Personal values are never quoted in a message (issue #24, 13): a diet outside the list
is said to be one without its text (messages reach reports and CI annotations), and a
document number typed in the wrong shape (a list, a key, ``number:`` as a list or a
mapping) is shown as bullets and its last 3 characters, in messages and in the source
lines quoted under them."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from mission_cli.render.validate_text import render_checked
from mission_cli.views.validation import Checked
from mission_cli.words.words import words_for
from tests.support import load

DIET = "HIV medication with meals"


def _trip(delegate: str) -> str:
    return (
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-01, end: 2024-04-10}\n"
        "cities:\n  ny: {name: New York, timezone: America/New_York}\n"
        f"delegates:\n  a:\n    name: A\n{delegate}"
    )


def _shown(trip: str) -> str:
    """What ``validate`` prints: messages, hints and the lines quoted under them."""
    buffer = io.StringIO()
    checked = Checked(load(trip).result, words_for("en"))
    render_checked(checked, Console(file=buffer, width=200, no_color=True))
    return buffer.getvalue()


@pytest.mark.parametrize("diet", [f"[{DIET}]", DIET, f'["other: {DIET}"]', "[HIV-med]"])
def test_a_diet_outside_the_list_is_not_quoted(diet: str) -> None:
    diags = load(_trip(f"    diet: {diet}\n")).result.diagnostics
    assert [d.rule for d in diags] == ["schema"]
    assert "HIV" not in diags[0].message
    assert "HIV" not in (diags[0].hint or "")


@pytest.mark.parametrize(
    "document",
    [
        "[passport, FR, 19FR017919]",
        "{19FR017919: number, type: passport, country: FR, expires: 2029-01-01}",
        "{type: passport, country: FR, expires: 2029-01-01, number: [19FR017919, x]}",
        "{type: passport, country: FR, expires: 2029-01-01, number: {n: 19FR017919}}",
        "{type: passport, country: FR, expires: 2029-01-01, number: {19FR017919: n}}",
    ],
)
def test_a_document_number_in_the_wrong_shape_is_never_shown_whole(document: str) -> None:
    trip = _trip(f"    documents:\n      - {document}\n")
    result = load(trip).result
    assert result.diagnostics
    shown = _shown(trip)
    assert "19FR017919" not in shown
    assert "•••••••919" in shown
    for diag in result.diagnostics:
        assert "19FR017919" not in diag.message + (diag.hint or "")
