""" "Did you mean" for typos in keys, references, zones and rule names."""

from __future__ import annotations

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
