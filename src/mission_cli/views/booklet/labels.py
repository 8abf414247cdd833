"""The words the booklet's template prints of its own (its headings, column heads and
labels): every one through ``Words``, so that the French comes from the catalogue like
every other word of ``mission``."""

from __future__ import annotations

from mission_cli.words.words import Words


def booklet_labels(words: Words, home_city: str | None) -> dict[str, str]:
    """The template's ``labels`` (``booklet.data.LABELS``), in ``words``' language; the
    home-time line is named after the home city when the trip has one."""
    home = (
        words.tp("booklet", "Time in {city}", city=home_city)
        if home_city
        else words.tp("booklet", "Home time")
    )
    return {
        "booklet": words.tp("booklet", "Travel booklet"),
        "holder": words.tp("booklet", "Booklet of"),
        "contents": words.tp("booklet", "Contents"),
        "delegation": words.tp("booklet", "The delegation"),
        "col_name": words.tp("booklet", "Name"),
        "col_position": words.tp("booklet", "Position"),
        "col_organization": words.tp("booklet", "Organisation"),
        "col_groups": words.tp("booklet", "Groups"),
        "timeline": words.tp("booklet", "Who is where"),
        "travel": words.tp("booklet", "Travelling"),
        "contacts": words.tp("booklet", "Contacts"),
        "col_contact": words.tp("booklet", "Contact"),
        "col_phone": words.tp("booklet", "Phone"),
        "col_details": words.tp("booklet", "E-mail, address, notes"),
        "programme": words.tp("booklet", "Day by day"),
        "col_time": words.tp("booklet", "Time"),
        "col_item": words.tp("booklet", "Programme"),
        "col_place": words.tp("booklet", "Place"),
        "home_time": home,
        "people": words.tp("booklet", "Attending"),
        "meal": words.tp("booklet", "Meal"),
        "on_site": words.tp("booklet", "On site"),
        "carried": words.tp("booklet", "continued from the day before"),
        "night": words.tp("booklet", "Night"),
        "page": words.tp("booklet", "page"),
    }
