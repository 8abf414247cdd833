"""The values an option or an argument chooses from (a format, a view, a language, a
supplier): read whatever their case, and a near miss answered with "did you mean", in
one line on standard error, exit 2 (as every request the command cannot follow)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from mission_cli.suggest import did_you_mean, nearest


def listed(values: Iterable[str]) -> str:
    """``a, b or c``."""
    names = list(values)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def refused(name: str, value: str, allowed: Iterable[str]) -> str:
    """``--format: 'jsn' is not one of table, json, markdown or html; did you mean
    'json'?``"""
    pool = list(allowed)
    hint = did_you_mean(nearest(value, pool))
    return f"{name}: '{value}' is not one of {listed(pool)}" + (f"; {hint}" if hint else "")


def choice_parser(name: str, values: Iterable[str]) -> Callable[[Any], str]:
    """What reads the value of the option or argument ``name`` (``--format``, ``VIEW``):
    one of ``values``, whatever its case (``FR`` is ``fr``); else one line with a "did
    you mean", exit 2 (never Typer's usage message of four lines)."""
    allowed = tuple(values)
    folded = {value.casefold(): value for value in allowed}

    def parse(value: Any) -> str:
        text = str(getattr(value, "value", value))  # a default may come as the enumeration's
        found = folded.get(text.casefold())
        if found is None:
            from mission_cli.cli.common import fail

            fail(refused(name, text, allowed))
        return found

    return parse
