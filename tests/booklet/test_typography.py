"""The spaces that must not break and the apostrophes, put in before Typst sets a string."""

from __future__ import annotations

import pytest

from mission_cli.booklet.typography import NBSP, THIN_NBSP, all_typographic, typographic


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Heure locale : EDT ; Rennes !",
            "fr",
            f"Heure locale{NBSP}: EDT{THIN_NBSP}; Rennes{THIN_NBSP}!",
        ),
        ("« Bienvenue »", "fr", f"«{NBSP}Bienvenue{NBSP}»"),
        ("Départ à 10 h de l'hôtel", "fr", f"Départ à{NBSP}10{NBSP}h de l’hôtel"),
        ("jeudi 4 avril", "en", f"jeudi 4{NBSP}avril"),
        ("Monday's visit : 09:00", "en", "Monday’s visit : 09:00"),
        ("https://example.org/?a=1;b=2", "fr", "https://example.org/?a=1;b=2"),
        ("+1 585 555 0100", "fr", "+1 585 555 0100"),
    ],
)
def test_typographic(text: str, lang: str, expected: str) -> None:
    assert typographic(text, lang) == expected
    assert typographic(expected, lang) == expected  # twice changes nothing more


def test_every_string_of_a_document_and_nothing_else() -> None:
    document = {"a": ["4 avril", {"b": "oui !"}], "n": 0.5, "f": False, "z": None}
    assert all_typographic(document, "fr") == {
        "a": [f"4{NBSP}avril", {"b": f"oui{THIN_NBSP}!"}],
        "n": 0.5,
        "f": False,
        "z": None,
    }
