"""Country codes (ISO 3166-1 alpha-2) and their names, from Babel's CLDR data.

Babel is already what dates are written with; its territory list is the well-kept
list of codes, with their names in every language (``US`` -> ``États-Unis``), which
also lets a name written by mistake (``France``) be turned into its code in a hint.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from mission_cli.babel_data import babel_dates

_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})
"""Two-letter CLDR territories that are not countries (unions, pseudo-locales)."""


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    Locale = babel_dates().Locale

    return frozenset(
        code
        for code in Locale("en").territories
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


def is_country(code: str) -> bool:
    return code in country_codes()


def country_name(code: str, lang: str = "en") -> str:
    """``US`` -> ``United States`` (``États-Unis`` in French); an unknown code as it is."""
    Locale = babel_dates().Locale

    name = Locale(lang).territories.get(code) if is_country(code) else None
    return str(name) if name else code


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    Locale = babel_dates().Locale

    names: dict[str, str] = {}
    for lang in ("en", "fr"):
        for code, name in Locale(lang).territories.items():
            if code in country_codes():
                names.setdefault(_folded(name), code)
    return names


def code_for(text: str) -> str | None:
    """The code of a country written by name (``France``, ``états-unis``) or in
    lower case (``fr``), or None."""
    if text.upper() in country_codes():
        return text.upper()
    return _by_name().get(_folded(text))
