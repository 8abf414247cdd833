"""Personal data, for the outputs that are given ``--include-personal``: a delegate's
e-mail and phone, diet and documents (a document number as its last 3 characters).

Every other output leaves these out: they are for the office, and for each delegate
about themselves, not for a booklet that circulates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mission_cli.model.build import TripModel
from mission_cli.views.logistics.sheets import masked
from mission_cli.words.labels import label


def diet_words(model: TripModel, key: str, lang: str) -> str:
    """``végan, sans gluten, pas de champignons``: a delegate's needs, in ``lang``."""
    return ", ".join(
        need.text or "" if need.text else label(lang, f"diet_{need.need}")
        for need in model.delegates[key].diet
    )


def document_words(model: TripModel, key: str, lang: str) -> str:
    """``passeport FR …567 (2030-01-01), ESTA US …877 (2025-11-02)``."""
    return ", ".join(
        " ".join(p for p in (label(lang, f"doc_{d.type}"), d.country, masked(d.number),
                             f"({d.expires})") if p)
        for d in model.delegates[key].documents
    )  # fmt: skip


def personal_line(model: TripModel, key: str, lang: str) -> str | None:
    """``Nathalie Appéré (nappere): +33 6 …, a@b.fr; régime : végan; passeport FR …567
    (2030-01-01)``, or None for a delegate with no personal data."""
    person = model.delegates[key]
    colon = label(lang, "colon")
    parts = []
    contacts = ", ".join(p for p in (person.phone, person.email) if p)
    if contacts:
        parts.append(contacts)
    if person.diet:
        parts.append(f"{label(lang, 'diet_word')}{colon}{diet_words(model, key, lang)}")
    if person.documents:
        parts.append(document_words(model, key, lang))
    if not parts:
        return None
    return f"{person.name} ({key}){colon}" + "; ".join(parts)


def personal_lines(model: TripModel, keys: Iterable[str], lang: str) -> list[str]:
    return [line for key in keys if (line := personal_line(model, key, lang)) is not None]


def personal_object(model: TripModel, key: str) -> dict[str, Any]:
    """The JSON of a delegate's personal data."""
    person = model.delegates[key]
    return {
        "key": key,
        "email": person.email,
        "phone": person.phone,
        "diet": [str(need) for need in person.diet],
        "documents": [
            {
                "type": d.type,
                "country": d.country,
                "expires": d.expires,
                "number": masked(d.number) or None,
            }
            for d in person.documents
        ],
    }
