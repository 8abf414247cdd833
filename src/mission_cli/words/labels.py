"""Words and dates in English and French (dates through Babel)."""

from __future__ import annotations

from datetime import date
from typing import Any

from mission_cli.words.babel_data import babel_dates
from mission_cli.words.labels_changes import CHANGE_LABELS
from mission_cli.words.labels_logistics import LOGISTICS_LABELS

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Pre-departure report: {title}",
        "colon": ": ",
        "left_out": "Left out because of errors in the file: {ids} (see 'mission validate').",
        "elsewhere": "⚠ but in {city} by their moves",
        "fact_file": "File",
        "fact_dates": "Dates",
        "fact_cities": "Cities",
        "fact_delegates": "Delegates",
        "fact_events": "Events",
        "fact_moves": "Moves",
        "fact_problems": "Problems",
        "date_range": "{start} to {end}",
        "dates_unknown": "dates unknown",
        "none": "none",
        "holds": "The programme holds: no problem left.",
        "file_problems": "Problems in the file",
        "suppressed_title": "Suppressed (ignore entries)",
        "per_delegate": "Per delegate",
        "errors": "Errors",
        "warnings": "Warnings",
        "suppressed": "Suppressed",
        "error": "error",
        "warning": "warning",
        "line": "line {line}",
        "hint": "hint",
        "reason": "reason",
        "nobody_tied": "Not tied to a delegate",
        "omitted": " ({count} past the first problems are counted but not listed)",
        "count_error": "{n} error|{n} errors",
        "count_warning": "{n} warning|{n} warnings",
        "count_suppressed": "{n} suppressed|{n} suppressed",
        "ics_who": "Who",
        "ics_carrier": "Carrier",
        "ics_passengers": "Passengers",
        "ics_contacts": "Contacts",
        "nobody": "nobody",
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
        "conflict": "⚠ in conflict ({rules}): run 'mission report' for the details.",
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
        "in_event": "{title} ({venue})",
        "on_move": "on {title} ({route}), arriving {arrival}",
        "in_city": "in {city}",
        "unknown": "unknown",
        "whereis": "Where everyone is on {at}",
    },
    "fr": {
        "report": "Rapport avant départ : {title}",
        "colon": "\u202f: ",
        "left_out": "Laissés de côté à cause d'erreurs dans le fichier : {ids} "
        "(voir « mission validate »).",
        "elsewhere": "⚠ mais à {city} d'après ses trajets",
        "fact_file": "Fichier",
        "fact_dates": "Dates",
        "fact_cities": "Villes",
        "fact_delegates": "Délégué·es",
        "fact_events": "Événements",
        "fact_moves": "Trajets",
        "fact_problems": "Problèmes",
        "date_range": "du {start} au {end}",
        "dates_unknown": "dates inconnues",
        "none": "aucune",
        "holds": "Le programme tient : aucun problème en suspens.",
        "file_problems": "Problèmes dans le fichier",
        "suppressed_title": "Ignorés (entrées ignore)",
        "per_delegate": "Par délégué·e",
        "errors": "Erreurs",
        "warnings": "Avertissements",
        "suppressed": "Ignorés",
        "error": "erreur",
        "warning": "avertissement",
        "line": "ligne {line}",
        "hint": "conseil",
        "reason": "raison",
        "nobody_tied": "Sans délégué·e concerné·e",
        "omitted": " ({count} au-delà des premiers problèmes sont comptés mais pas listés)",
        "count_error": "{n} erreur|{n} erreurs",
        "count_warning": "{n} avertissement|{n} avertissements",
        "count_suppressed": "{n} ignoré|{n} ignorés",
        "ics_who": "Qui",
        "ics_carrier": "Transporteur",
        "ics_passengers": "Passagers",
        "ics_contacts": "Contacts",
        "nobody": "personne",
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
        "conflict": "⚠ en conflit ({rules}) : voir « mission report » pour le détail.",
        "home": "chez soi",
        "times_in": "Heures en {zone}.",
        "home_line": "Seconde ligne d'un horaire : la même heure chez soi ({zone}).",
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
        "in_event": "{title} ({venue})",
        "on_move": "{title} ({route}), arrivée {arrival}",
        "in_city": "à {city}",
        "unknown": "inconnu",
        "whereis": "Où est chacun le {at}",
    },
}


for _lang in _LABELS:
    _LABELS[_lang].update(LOGISTICS_LABELS[_lang])
    _LABELS[_lang].update(CHANGE_LABELS[_lang])

LANGUAGES = tuple(_LABELS)
"""The languages of every human-facing output."""


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors`` (English words of the summaries)."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def label(lang: str, key: str, **values: str) -> str:
    text = _LABELS[lang][key]
    return text.format(**values) if values else text


def count(lang: str, key: str, n: int) -> str:
    """``1 error``, ``2 errors``, ``0 erreur`` (French counts zero and one alike)."""
    one, many = _LABELS[lang][f"count_{key}"].split("|")
    singular = n == 1 if lang == "en" else n <= 1
    return (one if singular else many).format(
        n=f"{n:,}".replace(",", "\u202f" if lang == "fr" else ",")
    )


def long_date(day: date, lang: str) -> str:
    """``Thursday 4 April 2024``, ``jeudi 4 avril 2024``, ``mardi 1er avril 2025``."""
    pattern = "EEEE '1er' MMMM y" if lang == "fr" and day.day == 1 else "EEEE d MMMM y"
    return str(_format_date()(day, pattern, locale=lang))


def _format_date() -> Any:
    return babel_dates().format_date
