"""The words of ``mission diff`` and of the report's changes, in English and French
(``i18n`` merges them)."""

from __future__ import annotations

_FIELDS_EN = {
    "title": "title", "city": "city", "venue": "venue", "attendees": "attendees",
    "passengers": "passengers", "guests": "guests", "kind": "kind", "notes": "notes",
    "meal": "meal", "mode": "mode", "from": "from", "to": "to", "carrier": "carrier",
    "number": "number", "seats": "seats", "name": "name", "address": "address",
    "phone": "phone",
}  # fmt: skip
_FIELDS_FR = {
    "title": "titre", "city": "ville", "venue": "lieu", "attendees": "participants",
    "passengers": "passagers", "guests": "invités", "kind": "type", "notes": "notes",
    "meal": "repas", "mode": "mode", "from": "départ", "to": "arrivée",
    "carrier": "transporteur", "number": "numéro", "seats": "places", "name": "nom",
    "address": "adresse", "phone": "téléphone",
}  # fmt: skip

CHANGE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "diff_title": "Changes: {title}",
        "diff_versions": "From {old} to {new}.",
        "no_changes": "No change.",
        "not_compared": "Not compared, because of errors in one version: {ids}.",
        "change_added": "added",
        "change_removed": "cancelled",
        "change_changed": "changed",
        "change_moved": "moved",
        "since_title": "Changes since {old}",
        "msg_subject": "Your programme: {title}",
        "msg_greeting": "Hello {name},",
        "msg_intro": "your programme has changed since the last version:",
        "msg_added": "Added to your programme",
        "msg_removed": "Cancelled (remove it from your calendar)",
        "msg_changed": "Changed",
        "msg_closing": "Times are local, with their zone.",
        **{f"field_{k}": v for k, v in _FIELDS_EN.items()},
    },
    "fr": {
        "diff_title": "Changements\u202f: {title}",
        "diff_versions": "De {old} à {new}.",
        "no_changes": "Aucun changement.",
        "not_compared": "Non comparés, à cause d'erreurs dans une version\u202f: {ids}.",
        "change_added": "ajouté",
        "change_removed": "annulé",
        "change_changed": "modifié",
        "change_moved": "déplacé",
        "since_title": "Changements depuis {old}",
        "msg_subject": "Votre programme\u202f: {title}",
        "msg_greeting": "Bonjour {name},",
        "msg_intro": "votre programme a changé depuis la dernière version\u202f:",
        "msg_added": "Ajouté à votre programme",
        "msg_removed": "Annulé (à retirer de votre agenda)",
        "msg_changed": "Modifié",
        "msg_closing": "Les heures sont locales, avec leur fuseau.",
        **{f"field_{k}": v for k, v in _FIELDS_FR.items()},
    },
}
