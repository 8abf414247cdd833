"""Words and dates in English and French (dates through Babel)."""

from __future__ import annotations

from datetime import date

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "agenda": "Agenda",
        "when": "When",
        "what": "What",
        "where": "Where",
        "town": "City",
        "who": "Who",
        "notes": "Notes",
        "whole": "whole delegation",
        "except": "except {names}",
        "nothing": "No item matches this request.",
        "outside": "{day} is outside the trip, which runs from {start} to {end}.",
        "conflict": "⚠ in conflict ({rules}): run `mission report` for the details.",
        "home": "home",
        "times_in": "Times in {zone}.",
        "home_line": "Second line of a time: the time at home ({zone}).",
        "delegation": "whole delegation",
        "city": "everything in {city}",
        "flight": "Flight",
        "train": "Train",
        "bus": "Bus",
        "car": "Car",
        "boat": "Boat",
        "other": "Journey",
        "delegate": "Delegate",
        "doing": "Doing",
        "in_event": "at {title} ({venue})",
        "on_move": "on {title} ({route}), arriving {arrival}",
        "in_city": "in {city}",
        "unknown": "unknown",
        "whereis": "Where everyone is at {at}",
    },
    "fr": {
        "agenda": "Programme",
        "when": "Heure",
        "what": "Quoi",
        "where": "Où",
        "town": "Ville",
        "who": "Qui",
        "notes": "Notes",
        "whole": "toute la délégation",
        "except": "sauf {names}",
        "nothing": "Aucun élément ne correspond à cette demande.",
        "outside": "Le {day} est en dehors du déplacement, qui va du {start} au {end}.",
        "conflict": "⚠ en conflit ({rules}) : voir `mission report` pour le détail.",
        "home": "domicile",
        "times_in": "Heures en {zone}.",
        "home_line": "Seconde ligne d'un horaire : l'heure au domicile ({zone}).",
        "delegation": "toute la délégation",
        "city": "tout ce qui a lieu à {city}",
        "flight": "Vol",
        "train": "Train",
        "bus": "Car",
        "car": "Voiture",
        "boat": "Bateau",
        "other": "Trajet",
        "delegate": "Délégué·e",
        "doing": "Activité",
        "in_event": "à {title} ({venue})",
        "on_move": "en {title} ({route}), arrivée {arrival}",
        "in_city": "à {city}",
        "unknown": "inconnu",
        "whereis": "Où est chacun le {at}",
    },
}


LANGUAGES = tuple(_LABELS)
"""The languages of every human-facing output."""


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors`` (English words of the summaries)."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def label(lang: str, key: str, **values: str) -> str:
    text = _LABELS[lang][key]
    return text.format(**values) if values else text


def long_date(day: date, lang: str) -> str:
    """``Thursday 4 April 2024``, ``jeudi 4 avril 2024``."""
    from babel.dates import format_date

    return format_date(day, "EEEE d MMMM y", locale=lang)
