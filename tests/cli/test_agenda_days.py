"""The agenda of a French trip, Rennes → Tokyo → Sendai → Tokyo, as a new user met it
(issue #19, 6): a narrow terminal's blocks label every line, an event's kind stands
apart from its title in every format."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from tests.support import check_golden, invoke

JAPAN = "tests/trips/valid/rennes-tokyo-sendai.yaml"
LABELS = {
    "en": ("At home", "City", "What", "Kind", "Where", "Who", "Notes"),
    "fr": ("À la maison", "Ville", "Quoi", "Type", "Où", "Qui", "Notes"),
}
COLON = {"en": ": ", "fr": "\u202f: "}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [60, 40])
def test_every_line_of_a_block_carries_its_label(width: int, lang: str) -> None:
    """Below 80 columns each row is a block: its time, then a ``label: value`` line for
    everything else, the time at home and the kind included (they ran on unlabelled)."""
    code, output = invoke(
        "agenda", JAPAN, "--day", "2025-03-29", "--home-time", "--lang", lang, width=width
    )
    assert code == 0
    check_golden(f"agenda-japan-29-{width}-{lang}.txt", output)
    assert max(cell_len(line) for line in output.splitlines()) <= width
    blocks = output.split("\n\n")[2:-1]  # after the title and the heading, before the note
    assert len(blocks) == 3
    labelled = re.compile("  (" + "|".join(LABELS[lang]) + ")" + COLON[lang])
    for block in blocks:
        head, *lines = block.splitlines()
        assert re.fullmatch(r"\d\d:\d\d.* JST", head), head
        for line in lines:
            assert labelled.match(line) or line.startswith("    "), line


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_kind_stands_apart_from_the_title(lang: str) -> None:
    kind = LABELS[lang][3] + COLON[lang]
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-29", "--lang", lang, width=40)
    assert code == 0
    assert f"  {kind}réunion interne" in output.splitlines()
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-28", "--lang", lang, width=80)
    assert [line[17:].split("  ")[0] for line in output.splitlines()[6:10]] == [
        "Rencontre avec le maire",
        "de Sendai",
        "(réunion officielle)",
        "",
    ]
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-28", "-f", "markdown")
    assert "| Rencontre avec le maire de Sendai<br>*(réunion officielle)* |" in output
    code, output = invoke("agenda", JAPAN, "--day", "2025-03-28", "-f", "html")
    assert (
        '<td>Rencontre avec le maire de Sendai<br><span class="dim">(réunion officielle)'
        "</span></td>"
    ) in output


def test_the_contacts_role_is_labelled_in_a_block() -> None:
    code, output = invoke("report", "tests/trips/valid/sendai-tokyo.yaml", width=40)
    assert code == 0
    lines = output.splitlines()
    at = lines.index("Ambassade de France au Japon")
    assert lines[at + 1] == "  Rôle\u202f: ambassade"
