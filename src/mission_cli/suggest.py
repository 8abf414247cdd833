""" "Did you mean" for typos in keys, references, zones and rule names; slugs for ids."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from mission_cli.words.message import Message

CUTOFF = 0.6
"""How alike (difflib's ratio) a name must be to a known one to be taken for its typo."""
MAX_COMPARED = 48
"""Characters of each name compared, at most (its first and last halves): difflib's cost
grows with the square of the length, and a key of 150 characters is no key."""
NEIGHBOURS = 16
"""In a large pool, the names compared are those nearest in alphabetical order, from
the start and from the end (a typo keeps what comes before it or after it): so many
on each side."""
RATIOS = 8
"""Names compared in full (``ratio``), at most: the best by difflib's quick bound."""


@dataclass(frozen=True, slots=True)
class _Pool:
    lowered: dict[str, str]
    """Lower-case name -> the name."""
    names: list[str]
    """The lower-case names in order."""
    ends: list[str]
    """The same, each written backwards, in order."""


@lru_cache(maxsize=16)
def _pool(names: frozenset[str]) -> _Pool:
    """A pool prepared once, whatever the number of names looked up in it."""
    lowered = {name.lower(): name for name in sorted(names)}
    ordered = sorted(lowered)
    return _Pool(lowered, ordered, sorted(name[::-1] for name in ordered))


def nearest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to ``word``, if one is close enough to be a typo. The cost
    is bounded whatever the pool and the lengths: a few dozen names (the nearest in
    alphabetical order from either end) are compared, on their first and last
    characters, and only the best few in full."""
    names = frozenset(candidates)
    if not names:
        return None
    pool = _pool(names)
    key = word.lower()
    if key in pool.lowered:
        return pool.lowered[key]
    import difflib  # only when something is misspelt

    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(_clipped(key))
    scored = []
    for name in _compared(key, pool):
        matcher.set_seq1(_clipped(name))
        if matcher.real_quick_ratio() >= CUTOFF and (bound := matcher.quick_ratio()) >= CUTOFF:
            scored.append((bound, name))
    best: tuple[float, str] | None = None
    for _, name in heapq.nlargest(RATIOS, scored):
        matcher.set_seq1(_clipped(name))
        score = (matcher.ratio(), name)
        if score[0] >= CUTOFF and (best is None or score > best):
            best = score
    return pool.lowered[best[1]] if best else None


def _clipped(name: str) -> str:
    half = MAX_COMPARED // 2
    return name if len(name) <= MAX_COMPARED else name[:half] + name[-half:]


def _compared(key: str, pool: _Pool) -> list[str]:
    """Every name of a small pool; in a large one, those around ``key`` in alphabetical
    order, and around it written backwards."""
    if len(pool.names) <= 4 * NEIGHBOURS:
        return pool.names
    at = bisect_left(pool.names, key)
    near = pool.names[max(0, at - NEIGHBOURS) : at + NEIGHBOURS]
    back = key[::-1]
    at = bisect_left(pool.ends, back)
    near += [name[::-1] for name in pool.ends[max(0, at - NEIGHBOURS) : at + NEIGHBOURS]]
    return sorted(set(near))


def did_you_mean(candidate: str | None) -> str | None:
    """ "did you mean 'x'?" in English (a command's own error); a finding says
    :func:`suggestion`."""
    return f"did you mean '{candidate}'?" if candidate else None


def suggestion(candidate: str | None) -> Message | None:
    """ "did you mean 'x'?", worded in the output's language."""
    return Message("did you mean '{name}'?", name=candidate) if candidate else None


def unknown_hint(
    name: str, known: Iterable[str], *, none: Message, defined: str, shown: int = 12
) -> Message:
    """ "did you mean 'x'?" when ``name`` is a typo of a known one; otherwise what exists:
    ``none`` when nothing does, else ``defined`` (a template marked with ``N_``) whose
    ``{names}`` lists the first ``shown`` of them."""
    pool = list(known)
    guess = suggestion(nearest(name, pool))
    if guess is not None:
        return guess
    if not pool:
        return none
    first = heapq.nsmallest(shown, pool)  # not a sort of thousands for twelve
    more = ", …" if len(pool) > shown else ""
    return Message(defined, names=", ".join(first) + more)


def slugify(text: str) -> str:
    """A valid key or id made from any text: ``Hôtel de Ville`` -> ``hotel-de-ville``."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", plain.lower()).strip("-")
    return slug or "item"
