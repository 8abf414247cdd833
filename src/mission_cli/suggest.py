""" "Did you mean" for typos in keys, references, zones and rule names; slugs for ids."""

from __future__ import annotations

import re
from collections.abc import Iterable


def nearest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to ``word``, if one is close enough to be a typo."""
    pool = list(candidates)
    if not pool:
        return None
    import difflib  # only when something is misspelt

    lowered = {c.lower(): c for c in pool}
    if word.lower() in lowered:
        return lowered[word.lower()]
    found = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[found[0]] if found else None


def did_you_mean(candidate: str | None) -> str | None:
    return f"did you mean '{candidate}'?" if candidate else None


def unknown_hint(what: str, name: str, known: Iterable[str], shown: int = 12) -> str:
    """ "did you mean 'x'?" when ``name`` is a typo of a known one; otherwise what exists."""
    pool = sorted(known)
    guess = did_you_mean(nearest(name, pool))
    if guess is not None:
        return guess
    if not pool:
        return f"no {what} is defined"
    more = ", …" if len(pool) > shown else ""
    return f"the {plural_noun(what)} defined are: {', '.join(pool[:shown])}{more}"


def plural_noun(noun: str) -> str:
    """``city`` -> ``cities``, ``delegate`` -> ``delegates``, ``move id`` -> ``move ids``."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def slugify(text: str) -> str:
    """A valid key or id made from any text: ``Hôtel de Ville`` -> ``hotel-de-ville``."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", plain.lower()).strip("-")
    return slug or "item"
