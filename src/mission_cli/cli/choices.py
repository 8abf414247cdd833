"""The values an option or an argument chooses from (a format, a view, a language, a
supplier): read whatever their case, and a near miss answered with "did you mean", in
one line on standard error, exit 2 (as every request the command cannot follow).

The command line is read before the trip: a refusal is worded in the language of
``--lang`` (read first, whatever its place: it is eager), else in English."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import typer

from mission_cli.words.message import Arg, Message
from mission_cli.words.words import Words


def listed(values: Iterable[str]) -> str:
    """``a, b or c``, in English: the help of an option."""
    names = list(values)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def refused(name: str, value: str, allowed: Iterable[str]) -> Message:
    """``--format: 'jsn' is not one of table, json, markdown or html; did you mean
    'json'?``"""
    from mission_cli.suggest import nearest, suggestion  # only for a value refused
    from mission_cli.words.phrases import Either

    pool = tuple(allowed)
    guess = suggestion(nearest(value, pool))
    args: dict[str, Arg] = {"name": name, "value": value, "choices": Either(pool)}
    if guess is None:
        return Message("{name}: '{value}' is not one of {choices}", **args)
    return Message("{name}: '{value}' is not one of {choices}; {guess}", guess=guess, **args)


def choice_parser(values: Iterable[str]) -> Callable[[Any], str]:
    """What reads the value of an option or an argument: the one of ``values`` it names,
    whatever its case (``FR`` is ``fr``); else the text as typed, which
    :func:`choice_check` refuses (once ``--lang`` is known)."""
    folded = {value.casefold(): value for value in values}

    def parse(value: Any) -> str:
        text = str(getattr(value, "value", value))  # a default may come as the enumeration's
        return folded.get(text.casefold(), text)

    return parse


def choice_check(name: str, values: Iterable[str]) -> Callable[[typer.Context, Any], Any]:
    """The callback of the option or argument ``name``: a value not among ``values`` is
    refused in one line with a "did you mean", exit 2 (never Typer's usage message of four
    lines)."""
    allowed = tuple(values)

    def check(ctx: typer.Context, value: Any) -> Any:
        if value is None:
            return value
        text = str(getattr(value, "value", value))
        if text not in allowed:
            from mission_cli.cli.consoles import fail

            fail(refused(name, text, allowed), command_line_words(ctx))
        return value

    return check


def command_line_words(ctx: typer.Context) -> Words:
    """The words of what the command line itself says: ``--lang``, else English (the
    trip, which could say its language, is not read yet)."""
    from mission_cli.words.words import LANGUAGES, words_for

    lang = ctx.params.get("lang")
    text = str(getattr(lang, "value", lang)) if lang is not None else "en"
    return words_for(text if text in LANGUAGES else "en")


def choosing(name: str, values: Iterable[str], metavar: str | None = None) -> dict[str, Any]:
    """The ``parser``, ``callback`` and, for an option, ``metavar`` (``<en|fr>``, unless
    given) of an option or an argument that takes one of ``values``:
    ``typer.Option("--for", **choosing("--for", SUPPLIERS, "SUPPLIER"))``."""
    allowed = tuple(values)
    said: dict[str, Any] = {
        "parser": choice_parser(allowed),
        "callback": choice_check(name, allowed),
    }
    if name.startswith("-"):  # an option shows its values (an argument names itself)
        said["metavar"] = metavar or f"<{'|'.join(allowed)}>"
    return said
