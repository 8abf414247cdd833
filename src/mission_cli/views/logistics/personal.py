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
from mission_cli.words.terms import DIETS, DOCUMENTS
from mission_cli.words.words import Words


def diet_words(model: TripModel, key: str, words: Words) -> str:
    """``végan, sans gluten, pas de champignons``: a delegate's needs, in ``words``."""
    return ", ".join(
        need.text or "" if need.text else words.term(DIETS[need.need])
        for need in model.delegates[key].diet
    )


def document_words(model: TripModel, key: str, words: Words) -> str:
    """``passeport FR …567 (2030-01-01), ESTA US …877 (2025-11-02)``."""
    return ", ".join(
        " ".join(p for p in (words.term(DOCUMENTS[d.type]), d.country, masked(d.number),
                             f"({d.expires})") if p)
        for d in model.delegates[key].documents
    )  # fmt: skip


def personal_line(model: TripModel, key: str, words: Words) -> str | None:
    """``Nathalie Appéré (nappere): +33 6 …, a@b.fr; régime : végan; passeport FR …567
    (2030-01-01)``, or None for a delegate with no personal data."""
    person = model.delegates[key]
    colon = words.colon
    parts = []
    contacts = ", ".join(p for p in (person.phone, person.email) if p)
    if contacts:
        parts.append(contacts)
    if person.diet:
        parts.append(words.t("diet: {diet}", diet=diet_words(model, key, words)))
    if person.documents:
        parts.append(document_words(model, key, words))
    if not parts:
        return None
    return f"{person.name} ({key}){colon}" + "; ".join(parts)


def personal_lines(model: TripModel, keys: Iterable[str], words: Words) -> list[str]:
    return [line for key in keys if (line := personal_line(model, key, words)) is not None]


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
