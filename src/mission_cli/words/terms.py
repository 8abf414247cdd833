"""The words for the values of the trip format: modes, meals, diets, documents, and the
words of findings and changes. Keys are the format's stable values; each word is an
English text with its context, translated through the catalogue (``Words.term``)."""

from __future__ import annotations

Term = tuple[str, str]
"""(context, English text): the context tells apart two meanings of one English word."""


def NC_(context: str, text: str) -> Term:
    """Marks a term for the extraction of the catalogues; returns it unchanged."""
    return context, text


MODES: dict[str, Term] = {
    "flight": NC_("mode", "Flight"),
    "train": NC_("mode", "Train"),
    "bus": NC_("mode", "Bus"),
    "car": NC_("mode", "Car"),
    "boat": NC_("mode", "Boat"),
    "other": NC_("mode", "Journey"),
}
MEALS: dict[str, Term] = {
    "breakfast": NC_("meal", "breakfast"),
    "lunch": NC_("meal", "lunch"),
    "dinner": NC_("meal", "dinner"),
    "reception": NC_("meal", "reception"),
}
DIETS: dict[str, Term] = {
    "vegetarian": NC_("diet", "vegetarian"),
    "vegan": NC_("diet", "vegan"),
    "halal": NC_("diet", "halal"),
    "kosher": NC_("diet", "kosher"),
    "pescatarian": NC_("diet", "pescatarian"),
    "gluten-free": NC_("diet", "gluten-free"),
    "lactose-free": NC_("diet", "lactose-free"),
    "nut-allergy": NC_("diet", "nut allergy"),
    "shellfish-allergy": NC_("diet", "shellfish allergy"),
    "other": NC_("diet", "other"),
}
DOCUMENTS: dict[str, Term] = {
    "passport": NC_("document", "passport"),
    "id-card": NC_("document", "identity card"),
    "visa": NC_("document", "visa"),
    "esta": NC_("document", "ESTA"),
    "eta": NC_("document", "eTA"),
    "residence-permit": NC_("document", "residence permit"),
}
ROOMS: dict[str, Term] = {
    "single": NC_("room", "single"),
    "double": NC_("room", "double"),
    "twin": NC_("room", "twin"),
    "triple": NC_("room", "triple"),
    "suite": NC_("room", "suite"),
}
SEVERITIES: dict[str, Term] = {
    "error": NC_("severity", "error"),
    "warning": NC_("severity", "warning"),
}
FAMILIES: dict[str, Term] = {
    "file": NC_("family", "file"),
    "schedule": NC_("family", "schedule"),
}
CHANGES: dict[str, Term] = {
    "added": NC_("change", "added"),
    "removed": NC_("change", "cancelled"),
    "changed": NC_("change", "changed"),
    "moved": NC_("change", "moved"),
}
FIELDS: dict[str, Term] = {
    "title": NC_("field", "title"),
    "city": NC_("field", "city"),
    "venue": NC_("field", "venue"),
    "attendees": NC_("field", "attendees"),
    "passengers": NC_("field", "passengers"),
    "guests": NC_("field", "guests"),
    "kind": NC_("field", "kind"),
    "notes": NC_("field", "notes"),
    "meal": NC_("field", "meal"),
    "mode": NC_("field", "mode"),
    "from": NC_("field", "from"),
    "to": NC_("field", "to"),
    "carrier": NC_("field", "carrier"),
    "number": NC_("field", "number"),
    "seats": NC_("field", "seats"),
    "name": NC_("field", "name"),
    "address": NC_("field", "address"),
    "phone": NC_("field", "phone"),
}
