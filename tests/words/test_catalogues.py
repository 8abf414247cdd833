"""The message catalogues say everything the code says: every text the code marks has its
French translation, with the same placeholders and French typography, and the compiled
catalogue shipped in the package is the one its source compiles to."""

from __future__ import annotations

import io
import re
import string
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo

from mission_cli.words import catalogues
from mission_cli.words.words import LANGUAGES, words_for

PACKAGE = Path(catalogues.PACKAGE)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _forms(message: object) -> list[str]:
    value = getattr(message, "string")  # noqa: B009
    return list(value) if isinstance(value, tuple | list) else [value]


def _ids(message: object) -> list[str]:
    value = getattr(message, "id")  # noqa: B009
    return list(value) if isinstance(value, tuple | list) else [value]


@pytest.mark.parametrize("lang", catalogues.TRANSLATED)
def test_every_text_of_the_code_is_translated_and_nothing_else(lang: str) -> None:
    said = set(catalogues.keys(catalogues.extracted()))
    catalogue = catalogues.read(lang)
    translated = set(catalogues.keys(catalogue))
    assert sorted(map(str, said - translated)) == [], (
        "run: python -m mission_cli.words.catalogues update"
    )
    assert sorted(map(str, translated - said)) == [], "texts no longer in the code"
    untranslated = [m.id for m in catalogue if m.id and (m.fuzzy or not all(_forms(m)))]
    assert untranslated == []


@pytest.mark.parametrize("lang", catalogues.TRANSLATED)
def test_placeholders_agree(lang: str) -> None:
    for message in catalogues.read(lang):
        if not message.id:
            continue
        wanted = set().union(*map(_placeholders, _ids(message))) - {"n"}
        for form in _forms(message):  # a plural's count, {n}, may go unsaid in one form
            assert _placeholders(form) - {"n"} == wanted, (message.id, form)


def _said(mo: bytes) -> dict[tuple[str | None, str], object]:
    """What a compiled catalogue says: every message, and its header but for the line
    naming the Babel that wrote it (the lowest supported Babel writes its own number)."""
    catalog = read_mo(io.BytesIO(mo))
    said: dict[tuple[str | None, str], object] = {
        (m.context, repr(m.id)): repr(m.string) for m in catalog if m.id
    }
    said[(None, "")] = [h for h in catalog.mime_headers if h[0] != "Generated-By"]
    return said


@pytest.mark.parametrize("lang", catalogues.TRANSLATED)
def test_the_shipped_catalogue_is_its_source_compiled(lang: str) -> None:
    shipped = catalogues.po_path(lang).with_suffix(".mo").read_bytes()
    source = catalogues.compiled(catalogues.read(lang))
    assert _said(shipped) == _said(source), "run: python -m mission_cli.words.catalogues compile"
    assert len(_said(shipped)) > 500


_PUNCTUATION = re.compile(r"(.)([:;?!])(?=\s|$)")


def test_french_typography() -> None:
    """A narrow no-break space (or a no-break space) before ``:`` ``;`` ``?`` ``!`` and
    inside « », never an ordinary one."""
    for message in catalogues.read("fr"):
        for form in _forms(message) if message.id else []:
            for before, mark in _PUNCTUATION.findall(form):
                assert before in "\u202f\u00a0", (message.id, form, mark)
            assert "« " not in form, (message.id, form)
            assert " »" not in form, (message.id, form)


def test_every_marked_text_can_be_extracted() -> None:
    """A text worded inside an f-string is invisible to the extraction: it would never be
    translated."""
    inside = re.compile(r"\{[^{}]*\b(?:words|self)\.(?:t|tp|tn)\(")
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if inside.search(text)
    ]
    assert found == []


def test_english_needs_no_catalogue_and_french_reads_its_own() -> None:
    assert LANGUAGES == ("en", "fr")
    english, french = words_for("en"), words_for("FR")
    assert english.tn("{n} error", "{n} errors", 0) == "0 errors"
    assert french.tn("{n} error", "{n} errors", 0) == "0 erreur"
    assert french.tn("{n} error", "{n} errors", 2) == "2 erreurs"
    assert french.number(12345) == "12\u202f345"
    assert french.colon == "\u202f: "
    assert french.t("Agenda: {title}", title="T") == "Programme\u202f: T"


@pytest.mark.parametrize("lang", catalogues.TRANSLATED)
def test_mission_reads_its_catalogue_as_gettext_does(lang: str) -> None:
    """The catalogue reader of a run (``words/catalogue.py``) against the standard
    library's: every message, every plural form for counts 0 to 1,000 (and the plural
    rule written in the code is the catalogue's own ``Plural-Forms``)."""
    import gettext

    from mission_cli.words.catalogue import MoCatalogue

    path = catalogues.po_path(lang).with_suffix(".mo")
    ours = MoCatalogue(path, lang)
    with path.open("rb") as stream:
        theirs = gettext.GNUTranslations(stream)
    for message in catalogues.read(lang):
        if not message.id:
            continue
        if message.pluralizable:
            one, many = _ids(message)[:2]
            for n in range(1001):
                assert ours.ngettext(one, many, n) == theirs.ngettext(one, many, n), (one, n)
        elif message.context:
            assert ours.pgettext(message.context, message.id) == theirs.pgettext(
                message.context, message.id
            )
        else:
            assert ours.gettext(message.id) == theirs.gettext(message.id)
    assert ours.gettext("a text nobody translated") == "a text nobody translated"
