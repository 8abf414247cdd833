"""A booklet's PDF from its document, with Typst through its Python binding.

The template (``booklet.typ``, package data) lays out the cover, the contents, the
delegation, the timeline (when given), the contacts and the days. It reads one JSON
document, passed as ``sys.inputs.data``; the data never becomes Typst source, so no title
can inject markup. Its shape (``data.py`` has it as TypedDicts)::

    {
      "lang": "fr",                      # "en" | "fr": hyphenation and typography
      "date": "2024-03-28",              # the trip file's date: the PDF's date
      "title": "Mission à Rochester et au Québec",
      "subtitle": "Délégation de la Ville de Rennes" | null,
      "whose": "Nathalie Appéré",        # or "Délégation complète"
      "labels": {"booklet": "Carnet de route", "page": "page", ...},  # data.LABELS
      "cover": {"dates": "du 2 au 11 avril 2024", "cities": ["Rochester", ...],
                "issuer": str | null, "edition": str | null, "notice": str | null},
      "delegation": [{"name", "title", "organization", "groups", "contact"}],
      "contacts": [{"heading": "Urgences",
                    "rows": [{"name", "role", "phone", "email", "address", "notes"}]}],
      "days": [{"heading": "jeudi 4 avril 2024 — Rochester",
                "note": "Heure locale : EDT (UTC−4)" | null,
                "items": [{"time": "09:00–10:30 EDT", "home_time": "15:00–16:30 CEST",
                           "title", "kind", "place", "people", "meal", "contact",
                           "notes", "carried": false}],
                "night": "Hôtel X, adresse, téléphone" | null}],
      "timeline": null | {"days": ["jeu. 4", ...],
                          "cities": [{"name": "Rochester", "colour": "#9fb3c8"}],
                          "rows": [{"name": "N. Appéré",
                                    "segments": [{"start": 0.0, "end": 0.12,
                                                  "city": "Rochester" | null}]}]}
    }

Required: the top-level keys but ``subtitle`` and ``timeline``; the cover's ``dates`` and
``cities``; a delegate's and a contact's ``name``; a section's ``heading`` and ``rows``; a
day's ``heading`` and ``items``; an item's ``time`` and ``title``; all of the timeline's
keys. Any other key may be left out or null (nothing is printed there). A title too long
for the running header is cut there after a word, with an ellipsis. Every string is
printed as given, in the booklet's language, except that the spaces that must not break
are made so and apostrophes typographic (``typography.py``). Items in error are the
caller's to leave out; so are personal phones and e-mails unless they were asked for.

Output is deterministic: Typst's own fonts only (the machine's fonts would change the
bytes from one machine to the next) and the document's date as Typst's clock, so the same
document gives the same bytes. The ``typst`` module is imported when the first booklet is
set, never by the rest of ``mission``: it weighs 80 MB and ``mission booklet`` alone
needs it.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from mission_cli.booklet.data import BookletData, check_data
from mission_cli.booklet.typography import all_typographic

if TYPE_CHECKING:
    import typst

TEMPLATE = "booklet.typ"


class BookletError(RuntimeError):
    """Typst could not set a booklet: a fault of the template, not of the trip."""


def document_json(data: BookletData) -> str:
    """The JSON that the template reads: checked, made typographic, and written the same
    way each time (the PDF's bytes follow from it)."""
    check_data(data)
    prepared = all_typographic(data, data["lang"])
    return json.dumps(prepared, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def epoch_seconds(iso_date: str) -> int:
    """Midnight UTC of ``iso_date``: Typst's clock for the document (its date and the
    PDF's creation date), so that no run's own time gets into the file."""
    return calendar.timegm(date.fromisoformat(iso_date).timetuple())


class Typesetter:
    """A warm Typst compiler: the fonts are read once, and Typst's caches carry what it
    learnt from one booklet to the next. The PDF is tagged (its structure for screen
    readers and reflow), which costs next to nothing with Typst 0.15."""

    def __init__(self) -> None:
        import typst  # here only: importing it is the cost of ``mission booklet`` alone

        self._typst = typst
        self._compiler: typst.Compiler = typst.Compiler(ignore_system_fonts=True)
        self._template = files("mission_cli.booklet").joinpath(TEMPLATE).read_bytes()
        self.warnings: list[str] = []
        """Typst's warnings about the last booklet set (none are expected)."""

    def typeset(self, data: BookletData) -> bytes:
        """The PDF of one booklet."""
        inputs = {"data": document_json(data)}
        try:
            pdf, warnings = self._compiler.compile_with_warnings(
                input=self._template,
                format="pdf",
                sys_inputs=inputs,
                timestamp=epoch_seconds(data["date"]),
            )
        except self._typst.TypstError as error:
            raise BookletError(_describe(error)) from None
        self.warnings = [warning.message for warning in warnings]
        assert isinstance(pdf, bytes)  # one PDF, not one image per page
        return pdf


def _describe(error: typst.TypstError) -> str:
    """Typst's message and hints on one text, for a report of a template's fault."""
    lines = [error.message, *(f"hint: {hint}" for hint in error.hints)]
    return "\n".join(lines)


@cache
def shared_typesetter() -> Typesetter:
    """The process's one typesetter, made on first use."""
    return Typesetter()


def typeset(data: BookletData) -> bytes:
    """The PDF of one booklet, with the process's warm typesetter."""
    return shared_typesetter().typeset(data)


def typeset_all(documents: Iterable[BookletData]) -> Iterator[bytes]:
    """The PDFs of several booklets (each delegate's and the delegation's), in order,
    one after the other with the same warm compiler."""
    typesetter = shared_typesetter()
    for data in documents:
        yield typesetter.typeset(data)
