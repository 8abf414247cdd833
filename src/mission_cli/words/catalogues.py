"""Keeping the message catalogues: what the code says, extracted with Babel's gettext
tools, and each language's catalogue (``locale/LANG/LC_MESSAGES/mission.po``, the source
a translator edits; ``mission.mo``, compiled from it and shipped in the package).

Not used by a run of ``mission``: by the tests (every text the code says has its
translation, with the same placeholders; the ``.mo`` is the ``.po`` compiled) and by a
developer after adding words::

    python -m mission_cli.words.catalogues update   # new texts into each .po, as untranslated
    python -m mission_cli.words.catalogues compile  # each .po into its .mo
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

PACKAGE = Path(__file__).resolve().parents[1]
LOCALES = Path(__file__).resolve().parent / "locale"
KEYWORDS = {
    "t": None,  # words.t("English text", **values)
    "tp": ((1, "c"), 2),  # words.tp("context", "English text")
    "tn": (1, 2),  # words.tn("one", "many", n)
    "Message": None,  # Message("English template", **args)
    "plural": (2, 3),  # Message.plural(n, "one", "many")
    "N_": None,  # N_("English text"): translated where it is used
    "NC_": ((1, "c"), 2),  # NC_("context", "English text"): a term
    "_file": (2,),  # catalog.py: _file(name, "summary"), a rule's summary
    "_schedule": (3,),  # catalog.py: _schedule(name, severity, "summary", ...)
}
"""How the code marks the texts to translate (Babel's keyword specifications)."""
TRANSLATED = ("fr",)

Key = tuple[str | tuple[str, ...], str | None]
"""A message's msgid (a pair for a plural) and context."""


def extracted() -> Catalog:
    """Every text the code of the package says, as a template catalogue."""
    catalog = Catalog(domain="mission", project="mission", charset="utf-8")
    found = extract_from_dir(
        PACKAGE, method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    )
    for path, line, message, comments, context in found:
        catalog.add(message, locations=[(path, line)], auto_comments=comments, context=context)
    return catalog


def po_path(lang: str) -> Path:
    return LOCALES / lang / "LC_MESSAGES" / "mission.po"


def read(lang: str) -> Catalog:
    with po_path(lang).open("rb") as stream:
        return read_po(stream, locale=lang, domain="mission")


def keys(catalog: Catalog) -> Iterator[Key]:
    for message in catalog:
        if message.id:
            yield (
                (message.id if isinstance(message.id, str) else tuple(message.id)),
                message.context,
            )


def compiled(catalog: Catalog) -> bytes:
    """The ``.mo`` of a catalogue, byte for byte what ``compile`` writes."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def update() -> None:
    """Each language's ``.po`` brought to the code: new texts added untranslated, texts the
    code no longer says dropped, translations kept."""
    template = extracted()
    for lang in TRANSLATED:
        catalog = read(lang)
        created = catalog.creation_date
        catalog.update(template, no_fuzzy_matching=True)
        catalog.creation_date = created  # the .po changes only where its messages do
        catalog.obsolete.clear()
        with po_path(lang).open("wb") as stream:
            write_po(stream, catalog, width=100, omit_header=False, sort_output=True)


def compile_all() -> None:
    for lang in TRANSLATED:
        po_path(lang).with_suffix(".mo").write_bytes(compiled(read(lang)))


if __name__ == "__main__":
    {"update": update, "compile": compile_all}[sys.argv[1]]()
