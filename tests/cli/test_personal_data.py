"""Personal data stays out of what is shared: every output of the sample, in every
format, is searched for each delegate's e-mail, phone, diet and document numbers.

Without ``--include-personal`` none appears in an agenda, report, ``whereis``, HTML
booklet or calendar; a document number never appears whole anywhere, logistics and
``--include-personal`` included, but the hotels' rooming list with ``--include-personal``
(contract 1.2: hotels register passports; see tests/cli/test_supplier_sheets.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mission_cli.pipeline import load_path
from mission_cli.words.terms import DIETS as DIET_TERMS
from mission_cli.words.words import words_for
from tests.support import ROOT, invoke

TRIP = "trips/2024-04.yaml"
_MODEL = load_path(ROOT / TRIP).model
assert _MODEL is not None
PEOPLE = _MODEL.delegates

EMAILS = [d.email for d in PEOPLE.values() if d.email]
PHONES = [d.phone for d in PEOPLE.values() if d.phone]
NUMBERS = [doc.number for d in PEOPLE.values() for doc in d.documents if doc.number]
DIETS = sorted(
    {str(n.text) for d in PEOPLE.values() for n in d.diet if n.text}
    | {n.need for d in PEOPLE.values() for n in d.diet if not n.text}
    | {words_for(lang).term(DIET_TERMS[n.need]) for lang in ("en", "fr")
       for d in PEOPLE.values() for n in d.diet if not n.text}
)  # fmt: skip
PERSONAL = EMAILS + PHONES + NUMBERS + DIETS


def test_the_sample_has_personal_data_to_look_for() -> None:
    assert len(EMAILS) >= 2
    assert len(PHONES) >= 2
    assert len(NUMBERS) >= 30
    assert {"vegan", "halal", "végétarien", "pas de champignons"} <= set(DIETS)


def _unfolded(text: str) -> str:
    """An ICS file's folded lines joined, its escaped commas plain."""
    return text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")


SHARED = [
    ["validate", TRIP], ["validate", TRIP, "-f", "json"],
    ["report", TRIP], ["report", TRIP, "-f", "json"], ["report", TRIP, "-f", "markdown"],
    ["report", TRIP, "-f", "html"], ["report", TRIP, "--lang", "en"],
    ["agenda", TRIP], ["agenda", TRIP, "-f", "json"], ["agenda", TRIP, "-f", "markdown"],
    ["agenda", TRIP, "-f", "html"], ["agenda", TRIP, "-d", "dri", "--home-time"],
    ["agenda", TRIP, "-d", "@startups", "-f", "html"],
    ["whereis", TRIP, "--at", "2024-04-06 17:00 America/New_York"],
    ["whereis", TRIP, "--at", "2024-04-09 19:00 America/Toronto", "-f", "json"],
    ["export", "ics", TRIP, "-o", "-", "-d", "dri"],
    ["export", "ics", TRIP, "-o", "-", "-d", "startup-mobilite", "--lang", "en"],
]  # fmt: skip


@pytest.mark.parametrize("args", SHARED, ids=" ".join)
def test_no_personal_data_without_the_option(args: list[str]) -> None:
    code, output = invoke(*args, width=100)
    assert code == 0, output
    text = _unfolded(output)
    assert [s for s in PERSONAL if s in text] == []


def test_no_personal_data_in_any_calendar_of_the_folder(tmp_path: Path) -> None:
    code, output = invoke("export", "ics", TRIP, "-o", str(tmp_path))
    assert code == 0, output
    files = sorted(tmp_path.glob("*.ics"))
    assert len(files) == len(PEOPLE) + 1
    for path in files:
        text = _unfolded(path.read_text(encoding="utf-8"))
        assert [s for s in PERSONAL if s in text] == [], path.name


WITH = [
    ["agenda", TRIP, "-d", "dri", "--include-personal"],
    ["agenda", TRIP, "-d", "dri", "--include-personal", "-f", "json"],
    ["report", TRIP, "--include-personal", "-f", "markdown"],
    ["report", TRIP, "--include-personal", "-f", "json"],
    ["whereis", TRIP, "--at", "2024-04-06 17:00 America/New_York", "--include-personal"],
    ["export", "ics", TRIP, "-o", "-", "-d", "dri", "--include-personal"],
    ["logistics", "manifest", TRIP, "--include-personal"],
    ["logistics", "rooming", TRIP, "-f", "json"], ["logistics", "documents", TRIP, "-f", "json"],
    ["logistics", "documents", TRIP, "-f", "csv"], ["logistics", "meals", TRIP, "-f", "html"],
]  # fmt: skip


@pytest.mark.parametrize("args", WITH, ids=" ".join)
def test_a_document_number_is_never_whole(args: list[str]) -> None:
    code, output = invoke(*args, width=200)
    assert code == 0, output
    text = _unfolded(output)
    assert [n for n in NUMBERS if n in text] == []
    if not {"meals", "whereis", "rooming"} & set(args):  # the others show documents, by their end
        assert [n for n in NUMBERS if f"…{n[-3:]}" in text] != []


def test_with_the_option_the_data_is_there() -> None:
    dri = PEOPLE["dri"]
    assert dri.phone is not None
    assert dri.email is not None
    _, agenda = invoke("agenda", TRIP, "-d", "dri", "--include-personal", width=200)
    assert dri.phone in agenda
    assert dri.email in agenda
    passport = dri.documents[0].number
    assert passport is not None
    assert f"…{passport[-3:]}" in agenda
    _, whereis = invoke(
        "whereis", TRIP, "--at", "2024-04-06 17:00 America/New_York", "--include-personal",
        width=200,
    )  # fmt: skip
    assert dri.phone in whereis
    _, report = invoke("report", TRIP, "--include-personal", "-f", "markdown")
    assert "pas de champignons" in report
    _, meals = invoke("agenda", TRIP, "-d", "poool", "--include-personal", "--day", "2024-04-03")
    assert "végan ×1 (poool)" in meals
    _, ics = invoke("export", "ics", TRIP, "-o", "-", "-d", "poool", "--include-personal")
    assert "Régime : végan" in _unfolded(ics).replace("\u202f", " ")


def test_a_number_typed_anywhere_under_documents_is_never_quoted_whole() -> None:
    trip = "tests/trips/hostile/document-numbers.yaml"
    for args in (["validate", trip], ["validate", trip, "-f", "json"],
                 ["report", trip, "-f", "json"], ["agenda", trip]):  # fmt: skip
        _, output = invoke(*args, width=200)
        for number in ("ESTA55667788", "19FR01234", "PASSBOB99887"):
            assert number not in output, (args, number)
        assert "\x1b" not in output
    _, output = invoke("validate", trip, width=200)
    assert "number: •••••••••788}" in output  # the quoted line keeps its columns
