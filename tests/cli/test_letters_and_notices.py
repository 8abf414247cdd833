"""Letters to delegates (``diff --per-delegate``) and notices to suppliers (``diff
--for``), on two versions of the trip to Sendai and Tokyo: opened with the salutation,
dates in words, times with their zone (and at home), signed by the organiser, in
Markdown, plain text or HTML; a hotel, a caterer and a coach company told what changed
for them, by name."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support import ROOT, invoke

TRIP = (ROOT / "tests" / "trips" / "valid" / "sendai-tokyo.yaml").read_text(encoding="utf-8")

EDITS = [
    # Jeanne Dupont joins the Sendai hotel (she was lodged elsewhere in the old version)
    ("    guests: [all, -nappere]\n", "    guests: [all, -nappere]\n",
     "    guests: [all, -nappere, -jdupont]\n"),
    # a night removed from the second Tokyo stay (the new version checks out a day earlier)
    ("    check_out: 2025-10-18\n    guests: [mlegoff, kbennani]\n",
     "    check_out: 2025-10-17\n    guests: [mlegoff, kbennani]\n", None),
    # the dinner half an hour later, two more guests
    ("    start: 2025-10-14 19:00\n    end: 2025-10-14 21:00\n    meal: dinner\n    guests: 6\n",
     "    start: 2025-10-14 19:30\n    end: 2025-10-14 21:30\n    meal: dinner\n    guests: 8\n",
     None),
    # Thomas Moreau is vegan now: no event changes, the caterer's sheet does
    ("    diet: [vegetarian]\n", "    diet: [vegan]\n", None),
    # the train back to Tokyo: a passenger added (Jeanne Dupont travels separately before)
    ("     number: Hayabusa 12}\n", "     number: Hayabusa 12}\n",
     "     number: Hayabusa 12, passengers: [all, -jdupont]}\n"),
]  # fmt: skip
"""(text, in the new version, in the old version: None keeps the original)."""


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    old, new = TRIP, TRIP
    for original, newer, older in EDITS:
        assert TRIP.count(original) == 1, original
        new = new.replace(original, newer)
        old = old.replace(original, older if older is not None else original)
    # the old version lodges Jeanne Dupont and moves her as it can: a bed in Sendai
    old = old.replace("lodging:\n", "lodging:\n  - {id: hotel-gare, name: Hôtel de la gare, "
                      "city: sendai, check_in: 2025-10-13, check_out: 2025-10-16, "
                      "guests: [jdupont]}\n", 1)  # fmt: skip
    old = old.replace("      - {type: twin, guests: [tmoreau, jdupont]}\n", "", 1)
    new_old = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    new_old[0].write_text(old, encoding="utf-8")
    new_old[1].write_text(new, encoding="utf-8")
    return new_old[0], new_old[1]


def _letters(versions: tuple[Path, Path], tmp_path: Path, *args: str) -> dict[str, str]:
    out = tmp_path / "letters"
    code, output = invoke("diff", *map(str, versions), "--per-delegate", "-o", f"{out}/", *args)
    assert code == 0, output
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}


def test_a_letter_opens_with_the_salutation_and_is_signed(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    letters = _letters(versions, tmp_path)
    assert set(letters) >= {"nappere.md", "tmoreau.md", "jdupont.md"}
    mayor = letters["nappere.md"]
    assert mayor.startswith("# Votre programme\u202f: Délégation rennaise à Sendai et Tokyo\n")
    assert "\nMadame la Maire,\n" in mayor
    assert "Appéré" not in mayor.split("Madame la Maire,", 1)[0]  # no name in the opening
    assert "\nBonjour,\n" in letters["tmoreau.md"]  # no salutation: the neutral formula
    assert mayor.endswith(
        "Bien cordialement,\nDirection des relations internationales, Ville de Rennes\n"
        "+33 2 23 62 10 10\ninternational@example.org\n"
    )


def test_a_letter_says_dates_in_words_and_times_with_their_zone(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    mayor = _letters(versions, tmp_path)["nappere.md"]
    assert (
        "- mardi 14 octobre 2025, 19:30–21:30 JST\u202f: Dîner offert par la Ville de Sendai"
        in mayor
    )
    assert (
        "déplacé\u202f: mardi 14 octobre 2025, 19:00–21:00 JST → mardi 14 octobre 2025, "
        "19:30–21:30 JST" in mayor
    )
    assert not re.search(r"\d{4}-\d\d-\d\d", mayor)  # no ISO date
    assert "à la maison" not in mayor
    home = _letters(versions, tmp_path, "--home-time")["nappere.md"]
    assert "*à la maison\u202f: mardi 14 octobre 2025, 12:30–14:30 CEST*" in home
    assert "La seconde ligne donne l'heure à la maison." in home


def test_a_letter_names_people_never_keys(versions: tuple[Path, Path], tmp_path: Path) -> None:
    moreau = _letters(versions, tmp_path, "--lang", "en")["tmoreau.md"]
    assert "\nHello,\n" in moreau
    keys = ("nappere", "mlegoff", "kbennani", "tmoreau", "jdupont")
    assert [k for k in keys if k in moreau] == []
    assert "Kind regards," in moreau


def test_plain_text_letters_carry_no_markup(versions: tuple[Path, Path], tmp_path: Path) -> None:
    """Issue #24: an e-mail's body read ``R&amp;D`` and ``follow\\_up``."""
    old, new = versions
    new.write_text(
        new.read_text(encoding="utf-8").replace(
            "title: Dîner offert par la Ville de Sendai", "title: R&D follow_up *dinner*"
        ),
        encoding="utf-8",
    )
    letters = _letters((old, new), tmp_path, "--format", "text")
    assert all(name.endswith(".txt") for name in letters)
    mayor = letters["nappere.txt"]
    assert mayor.startswith("Votre programme\u202f: Délégation rennaise à Sendai et Tokyo\n\n")
    assert "R&D follow_up *dinner*" in mayor
    assert not re.search(r"[\\#]|&amp;|\*\*", mayor)
    html = _letters((old, new), tmp_path, "--format", "html")["nappere.html"]
    assert "R&amp;D follow_up *dinner*" in html  # HTML escapes, as HTML must
    assert '<html lang="fr">' in html


def test_letters_refuse_json_and_a_supplier(versions: tuple[Path, Path], tmp_path: Path) -> None:
    code, output = invoke("diff", *map(str, versions), "--per-delegate", "-f", "json",
                          "-o", f"{tmp_path}/m/")  # fmt: skip
    assert code == 2
    assert "text ou html" in output  # a French trip: said in French
    code, output = invoke("diff", *map(str, versions), "--per-delegate", "--for", "hotel",
                          "-o", f"{tmp_path}/m/")  # fmt: skip
    assert code == 2


def _notice(versions: tuple[Path, Path], supplier: str, *args: str) -> str:
    code, output = invoke("diff", *map(str, versions), "--for", supplier, *args, width=200)
    assert code == 0, output
    return output.replace("\u202f", " ")


def test_the_hotel_hears_of_a_guest_added_and_a_night_removed(versions: tuple[Path, Path]) -> None:
    text = _notice(versions, "hotel", "-f", "markdown")
    sendai = text.split("## Hôtel Metropolitan Sendai", 1)[1].split("\n## ", 1)[0]
    assert "- **+** Jeanne Dupont : ajout" in sendai
    assert "arrivée : 13/10/2025" in sendai
    assert "partagée avec : MOREAU Thomas" in sendai
    assert "MOREAU Thomas : modification\n  - chambre : individuelle → lits jumeaux" in sendai
    tokyo = text.split("## Hôtel Villa Fontaine Shiodome", 1)[1]
    assert "BENNANI Karima : modification" in tokyo
    assert "départ : 18/10/2025 → 17/10/2025" in tokyo
    assert "nuits : 2 → 1" in tokyo
    assert "Hôtel de la gare" in text  # her old hotel hears she is gone
    assert "Jeanne Dupont : annulation" in text.split("## Hôtel de la gare", 1)[1]
    assert "jdupont" not in text
    assert "kbennani" not in text


def test_the_caterer_hears_of_covers_and_diets(versions: tuple[Path, Path]) -> None:
    text = _notice(versions, "caterer", "--lang", "en")
    assert "~ Dinner · Dîner offert par la Ville de Sendai: changed" in text
    assert (
        "when: Tuesday 14 October 2025, 19:00–21:00 JST → Tuesday 14 October 2025, 19:30–21:30 JST"
        in text
    )
    assert "covers: 11 → 13" in text
    assert "vegan: +MOREAU Thomas" in text
    assert "vegetarian: −MOREAU Thomas" in text
    assert "Déjeuner" not in text  # the lunch did not change for the caterer


def test_the_coach_company_hears_of_a_passenger_added(versions: tuple[Path, Path]) -> None:
    text = _notice(versions, "transport")
    assert "~ Train JR East Hayabusa 12 · Sendai → Tokyo : modification" in text
    assert "passager·e : +Jeanne Dupont" in text
    assert text.count(": modification") == 1


def test_a_supplier_json_keeps_the_changes_of_its_items(versions: tuple[Path, Path]) -> None:
    for supplier, items in (("hotel", {"lodging"}), ("caterer", {"event"}),
                            ("transport", {"travel"})):  # fmt: skip
        code, output = invoke("diff", *map(str, versions), "--for", supplier, "-f", "json")
        assert code == 0, output
        changes = json.loads(output)["changes"]
        assert changes
        assert {c["item"] for c in changes} == items
    code, output = invoke("diff", *map(str, versions), "--for", "caterer", "-f", "json")
    assert [c["id"] for c in json.loads(output)["changes"]] == ["diner-sendai"]


def test_no_change_for_a_supplier_says_so(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(TRIP, encoding="utf-8")
    for supplier in ("hotel", "caterer", "transport"):
        assert "Aucun changement." in _notice((trip, trip), supplier)
