"""What a finding or a line says, before it is worded in a language.

A :class:`Message` is an English template with named placeholders (the gettext msgid:
the English wording is the reference) and its arguments. Every stage that finds
something to say (load, model, resolve, checks) makes one; the edge words it, once per
run, in the language of the output (``Words.say``). An argument is text or a number
(data: never translated), or a :class:`Phrase`: a value whose wording depends on the
language (a date, a list of people, a nested message).

This module is a leaf: the core imports it, and it imports nothing of ``mission_cli``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Protocol, TypeAlias


class Speaker(Protocol):
    """What a phrase is worded with: ``words.Words``."""

    lang: str

    def say(self, message: Message) -> str: ...

    def value(self, value: Arg) -> str: ...

    def term(self, term: tuple[str, str]) -> str: ...

    def country(self, code: str) -> str: ...


class Phrase(Protocol):
    """A value whose wording depends on the language."""

    def say(self, words: Speaker) -> str: ...


Arg: TypeAlias = "str | int | float | date | Phrase"


def N_(text: str) -> str:
    """Marks ``text`` as a template to translate where it is used (the extraction of the
    catalogues finds it), and returns it unchanged."""
    return text


class Message:
    """An English template and its arguments: ``Message("'{id}' overlaps '{other}'",
    id=..., other=...)``; :meth:`plural` for a count (``{n} seat`` / ``{n} seats``)."""

    __slots__ = ("args", "count", "many", "text")

    def __init__(self, text: str, /, **args: Arg) -> None:
        self.text = text
        self.args: Mapping[str, Arg] = args
        self.many: str | None = None
        self.count = 0

    @classmethod
    def plural(cls, count: int, one: str, many: str, /, **args: Arg) -> Message:
        """``one`` or ``many`` by ``count`` (and the language's plural rule); ``{n}`` is
        the count, written as the language writes numbers."""
        said = cls(one, n=count, **args)
        said.many = many
        said.count = count
        return said

    def say(self, words: Speaker) -> str:
        return words.say(self)

    def hiding(self, hide: Callable[[str], str]) -> Message:
        """The same message, ``hide`` applied to every text among its arguments (and those
        of the messages inside it)."""
        args = {k: _hidden(v, hide) for k, v in self.args.items()}
        copy = type(self)(hide(self.text) if isinstance(self, Verbatim) else self.text, **args)
        copy.many, copy.count = self.many, self.count
        return copy

    def __repr__(self) -> str:
        return f"Message({self.text!r}, {dict(self.args)!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Message)
            and (self.text, self.many, self.count) == (other.text, other.many, other.count)
            and dict(self.args) == dict(other.args)
        )

    def __hash__(self) -> int:
        return hash((self.text, self.many, self.count))


class Verbatim(Message):
    """A text said as it is, in every language: not a template, never translated (what
    a library said, such as the YAML parser)."""

    def say(self, words: Speaker) -> str:
        return self.text


class MessageError(Exception):
    """A refusal whose words are a :class:`Message` (``said``): a command's own error,
    worded where it is shown, in the output's language; ``str()`` is its English."""

    def __init__(self, said: Message) -> None:
        super().__init__(said)
        self.said = said

    def __str__(self) -> str:
        return english(self.said)


def _hidden(value: Arg, hide: Callable[[str], str]) -> Arg:
    if isinstance(value, str):
        return hide(value)
    if isinstance(value, Message):
        return value.hiding(hide)
    return value


def english(message: Message) -> str:
    """A message in English, the reference wording: no catalogue is read."""
    from mission_cli.words.words import words_for

    return words_for("en").say(message)
