"""A mistake in the command line that Click finds itself (a missing option or argument,
an option that does not exist, a value of the wrong type, an argument too many): one
line in the run's language, as every other refusal, with where to read the command's
help, instead of Click's usage message in English.

The trip is not read yet: the language is that of ``--lang`` (read first, when Click
got that far; else as typed), else English. A mistake this module does not know is
left to Click."""

from __future__ import annotations

import inspect
import re
from collections.abc import Sequence
from typing import Any

from mission_cli.suggest import nearest, suggestion
from mission_cli.words.message import Message
from mission_cli.words.words import LANGUAGES, Words, words_for

_EXTRA = re.compile(r"unexpected extra argument\(s\) \((?P<args>.*)\)$")
_COMMAND = re.compile(
    r"^No such command '(?P<name>[^']*)'\.(?: Did you mean '(?P<guess>[^']*)'\?)?"
)


def usage_words(exc: Exception, args: Sequence[str]) -> Words:
    """``--lang`` as Click read it, else as typed, else English."""
    ctx = getattr(exc, "ctx", None)
    lang = ctx.params.get("lang") if ctx is not None else None
    if lang is None:
        for i, arg in enumerate(args):
            if arg == "--lang" and i + 1 < len(args):
                lang = args[i + 1]
            elif arg.startswith("--lang="):
                lang = arg.partition("=")[2]
    text = str(getattr(lang, "value", lang) or "en").lower()
    return words_for(text if text in LANGUAGES else "en")


def usage_message(exc: Exception) -> Message | None:
    """What Click refused, worded; ``None`` for what Click says better (its help)."""
    said = _said(exc, type(exc).__name__, str(getattr(exc, "message", "")))
    ctx = getattr(exc, "ctx", None)
    if said is None or ctx is None:
        return said
    command = f"{ctx.command_path} -h"
    return Message("{problem} (see {help})", problem=said, help=command)


def _said(exc: Exception, kind: str, text: str) -> Message | None:
    if kind == "MissingParameter":
        name = _hint(exc)
        if getattr(exc, "param_type", None) == "argument" or _is_argument(exc):
            return Message("missing argument {name}", name=name)
        return Message("missing option {name}", name=name)
    if kind == "NoSuchOption":
        name = str(getattr(exc, "option_name", ""))
        possible = sorted(getattr(exc, "possibilities", None) or ())
        guess = suggestion(nearest(name, possible) or (possible[0] if possible else None))
        if guess is not None:
            return Message("no such option: {name}; {guess}", name=name, guess=guess)
        return Message("no such option: {name}", name=name)
    if kind == "BadOptionUsage":
        name = str(getattr(exc, "option_name", ""))
        if "requires an argument" in text:
            return Message("{name} needs a value", name=name)
        if "does not take a value" in text:
            return Message("{name} takes no value", name=name)
        return None
    if kind == "BadParameter":
        return Message("invalid value for {name}", name=_hint(exc))
    extra = _EXTRA.search(text)
    if extra is not None:
        return Message("unexpected extra argument: {args}", args=extra["args"])
    command = _COMMAND.match(text)
    if command is not None:
        guess = suggestion(command["guess"])
        if guess is not None:
            return Message("no such command: '{name}'; {guess}", name=command["name"], guess=guess)
        return Message("no such command: '{name}'", name=command["name"])
    return None


def _hint(exc: Any) -> str:
    """``'--at'``, ``'FILE'``: the parameter as Click names it."""
    param = getattr(exc, "param", None)
    if param is None:
        return str(getattr(exc, "param_hint", "") or "")
    if inspect.signature(param.get_error_hint).parameters:  # Typer before 0.29 asks for it
        return str(param.get_error_hint(getattr(exc, "ctx", None)))
    return str(param.get_error_hint())


def _is_argument(exc: Any) -> bool:
    param = getattr(exc, "param", None)
    return getattr(param, "param_type_name", "") == "argument"
