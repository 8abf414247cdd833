"""Values of a message whose wording depends on the language: who is concerned, a run of
nights. Made by the core (which knows the trip), worded at the edge (``Words.say``)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date

from mission_cli.words.message import Arg, Message, Speaker
from mission_cli.words.terms import DOCUMENTS


@dataclass(frozen=True, slots=True)
class People:
    """Delegates named in a message, never cut: every key, or a declared group's name
    where the whole group is concerned, or the whole delegation (but a few)."""

    keys: tuple[str, ...]
    """Those named one by one, in the file's order."""
    groups: tuple[str, ...] = ()
    """Display names of whole groups concerned (``Élus``)."""
    whole: bool = False
    """Everyone of the delegation (but ``keys``, when ``whole``)."""

    @property
    def count(self) -> int:
        """For the verb's agreement: one for a single key or the delegation, else more."""
        if self.whole:
            return 1  # the delegation is one: "the whole delegation has"
        return 1 if len(self.keys) == 1 and not self.groups else 2

    def say(self, words: Speaker) -> str:
        if self.whole and self.keys:
            return words.say(Message("the whole delegation except {names}", names=And(self.keys)))
        if self.whole:
            return words.say(Message("the whole delegation"))
        return words.value(And((*self.groups, *self.keys)))


def people(
    everyone: Collection[str],
    groups: Iterable[tuple[str, Collection[str]]],
    chosen: Iterable[str],
    shown: Callable[[str], str] = str,
) -> People:
    """``chosen`` (keys) as a message names them: the whole delegation (``everyone``),
    or the whole delegation but a few (at most three, and a quarter), else each declared
    group (display name, members; largest first) wholly chosen by its name, and the
    others one by one, in ``everyone``'s order, as ``shown`` writes a key."""
    picked = set(chosen)
    keys = [k for k in everyone if k in picked]
    missing = [k for k in everyone if k not in picked]
    if len(keys) > 1 and not missing:
        return People((), whole=True)
    if len(keys) > 3 and len(missing) <= 3 and len(missing) * 3 <= len(keys):
        return People(tuple(map(shown, missing)), whole=True)
    named: list[str] = []
    for name, members in groups:
        if len(members) > 1 and picked.issuperset(members):
            named.append(name)
            picked.difference_update(members)
    return People(tuple(shown(k) for k in keys if k in picked), tuple(named))


@dataclass(frozen=True, slots=True)
class And:
    """``a, b and c`` in the language, each part worded (a text as it is)."""

    parts: tuple[Arg, ...]

    def say(self, words: Speaker) -> str:
        said = [words.value(part) for part in self.parts]
        if len(said) < 2:
            return "".join(said)
        return words.say(Message("{first} and {last}", first=", ".join(said[:-1]), last=said[-1]))


@dataclass(frozen=True, slots=True)
class Either:
    """``a, b or c`` in the language: the values an option takes."""

    parts: tuple[str, ...]

    def say(self, words: Speaker) -> str:
        if len(self.parts) < 2:
            return "".join(self.parts)
        return words.say(Message("{first} or {last}", first=", ".join(self.parts[:-1]),
                                 last=self.parts[-1]))  # fmt: skip


def nights(days: list[date]) -> Message:
    """``the night of 2024-04-07``, ``the nights of 2024-04-07 to 2024-04-09``."""
    if len(days) == 1:
        return Message("the night of {date}", date=days[0])
    return Message("the nights of {first} to {last}", first=days[0], last=days[-1])


@dataclass(frozen=True, slots=True)
class Termed:
    """A value of the format in words (``esta`` -> ``ESTA``): see ``terms.py``."""

    term: tuple[str, str]

    def say(self, words: Speaker) -> str:
        return words.term(self.term)


@dataclass(frozen=True, slots=True)
class Entering:
    """A country one enters: ``the United States (US)``, ``aux États-Unis (US)``."""

    code: str

    def say(self, words: Speaker) -> str:
        name = words.country(self.code)
        if name == self.code:
            return self.code
        if words.lang == "fr":
            return f"{_french_into(name)} ({self.code})"
        article = "the " if name.startswith(_ENGLISH_THE) else ""
        return f"{article}{name} ({self.code})"


_ENGLISH_THE = ("United", "Netherlands", "Philippines", "Czech", "Dominican", "Bahamas", "Gambia")
_FRENCH_AUX = ("États-", "Pays-Bas", "Philippines", "Émirats", "Comores", "Maldives", "Seychelles")
_FRENCH_MASCULINE_E = ("Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize", "Royaume-Uni")


def _french_into(name: str) -> str:
    """``aux États-Unis``, ``au Canada``, ``en France``, ``en Irak``: the preposition of
    entering a country (plural names take ``aux``; feminine names, which end in e, and
    names starting with a vowel take ``en``; the others ``au``)."""
    if name.startswith(_FRENCH_AUX):
        return f"aux {name}"
    first = name.split(" ")[0]
    if name[0] in "AEIOUÉÈÎÔ" or (first.endswith("e") and not name.startswith(_FRENCH_MASCULINE_E)):
        return f"en {name}"
    return f"au {name}"


@dataclass(frozen=True, slots=True)
class Document:
    """A document type in words: ``passport``; with ``article``, ``a passport`` and
    ``an ESTA`` in English (French says ``sans passeport``: no article)."""

    kind: str
    article: bool = False

    def say(self, words: Speaker) -> str:
        name = words.term(DOCUMENTS.get(self.kind, ("document", self.kind)))
        if not self.article or words.lang != "en":
            return name
        return f"{'an' if name[0].lower() in 'aeiou' else 'a'} {name}"


@dataclass(frozen=True, slots=True)
class Documents:
    """Document types in words: ``passport and ESTA``."""

    kinds: tuple[str, ...]

    def say(self, words: Speaker) -> str:
        return And(tuple(Document(k).say(words) for k in self.kinds)).say(words)
