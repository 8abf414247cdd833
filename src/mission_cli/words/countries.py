"""Country codes (ISO 3166-1 alpha-2) and their names, from Babel's CLDR data.

Babel is already what dates are written with; its territory list is the well-kept
list of codes, with their names in every language (``US`` -> ``États-Unis``), which
also lets a name written by mistake (``France``) be turned into its code in a hint.
Checking a code must not cost Babel's 60 ms of start-up on every run, so the codes are
kept here too; ``tests/test_countries.py`` checks that they are Babel's, exactly.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from mission_cli.words.babel_data import babel_dates

_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})
"""Two-letter CLDR territories that are not countries (unions, pseudo-locales)."""


COUNTRY_CODES = frozenset({
    "AC", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW",
    "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO",
    "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI",
    "CK", "CL", "CM", "CN", "CO", "CP", "CQ", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE",
    "DG", "DJ", "DK", "DM", "DO", "DZ", "EA", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI",
    "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM",
    "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU",
    "IC", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI",
    "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
    "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE",
    "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO",
    "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM",
    "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TA", "TC", "TD", "TF", "TG", "TH",
    "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US",
    "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA",
    "ZM", "ZW",
})  # fmt: skip
"""CLDR's two-letter territories, but for unions and pseudo-locales (``_NOT_COUNTRIES``)."""


def country_codes() -> frozenset[str]:
    """The codes as Babel lists them (what ``COUNTRY_CODES`` must equal)."""
    Locale = babel_dates().Locale
    return frozenset(
        code
        for code in Locale("en").territories
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


def is_country(code: str) -> bool:
    return code in COUNTRY_CODES


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
            if code in COUNTRY_CODES:
                names.setdefault(_folded(name), code)
    return names


def code_for(text: str) -> str | None:
    """The code of a country written by name (``France``, ``états-unis``) or in
    lower case (``fr``), or None."""
    if text.upper() in COUNTRY_CODES:
        return text.upper()
    return _by_name().get(_folded(text))
