"""Documents at the edges: only the required keys, every optional one null, empty lists,
a title too long for the running header, text on several lines."""

from __future__ import annotations

from mission_cli.booklet.data import BookletData
from mission_cli.booklet.typeset import typeset
from tests.booklet import sample
from tests.booklet.reading import pages_text


def test_only_the_required_keys_and_empty_lists() -> None:
    data: BookletData = {
        "lang": "en",
        "date": "2024-01-01",
        "title": "Trip",
        "whose": "Someone",
        "labels": dict(sample.LABELS_FR),
        "cover": {"dates": "1–2 January 2024", "cities": []},
        "delegation": [],
        "contacts": [],
        "days": [],
    }
    pages = pages_text(typeset(data))
    assert all("Trip" in page and "Someone" in page for page in pages)
    assert pages[-1].endswith(f"page {len(pages)} / {len(pages)}")


def test_every_optional_key_null() -> None:
    data = sample.booklet()
    data["subtitle"] = None
    data["cover"].update({"issuer": None, "edition": None, "notice": None})
    data["delegation"].append({"name": "Alone", "title": None, "organization": None})
    data["contacts"].append({"heading": "Nobody yet", "rows": []})
    data["contacts"][0]["rows"].append({"name": "Bare", "role": None, "phone": None})
    data["days"].append({"heading": "Spare day", "items": [], "note": None, "night": None})
    data["days"][0]["items"].append({"time": "20:00", "title": "Bare item", "home_time": None})
    assert data["timeline"] is not None
    data["timeline"]["rows"].append({"name": "Nowhere", "segments": []})
    text = " ".join(pages_text(typeset(data)))
    for word in ("Alone", "Nobody yet", "Bare", "Spare day", "Bare item", "Nowhere"):
        assert word in text


def test_a_long_title_is_cut_in_the_running_header_only() -> None:
    data = sample.booklet()
    data["title"] = "Première ligne\nseconde ligne " + "d’un titre très long " * 12
    pages = pages_text(typeset(data))
    assert "d’un titre très long " * 11 in pages[0]  # the cover has it whole
    for page in pages[1:]:
        assert page.startswith("Première ligne seconde ligne d’un titre")
        assert "… Délégation complète" in page
