"""What ``mission validate`` shows: one result per trip file given, or why a file could
not be read."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

from mission_cli.diagnostics import Result
from mission_cli.load.inputs import Inputs, read_input
from mission_cli.load.source import SourceError
from mission_cli.pipeline import load_source

EXIT_UNREADABLE = 2

COLLECT_EVERY = 64
"""Files checked between two passes of the cyclic garbage collector (paused during a
run): a folder of thousands of files stays within a steady amount of memory."""


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file that could not be read at all (missing, a folder of no trip, too large)."""

    file: str
    error: str


@dataclass(slots=True)
class Validation:
    """Every file checked, in the order given."""

    checked: list[Result | Unreadable] = field(default_factory=list)
    strict: bool = False
    quiet: bool = False
    """Only the problems: no summary, nothing about clean files."""
    several: bool = False
    """Several arguments, or a folder: a summary of all, and JSON lists the files."""

    @property
    def results(self) -> list[Result]:
        return [c for c in self.checked if isinstance(c, Result)]

    @property
    def unreadable(self) -> list[Unreadable]:
        return [c for c in self.checked if isinstance(c, Unreadable)]

    def exit_code(self) -> int:
        """The worst of the files: 2 if one could not be read, else 1 if one has errors
        (or warnings, strict), else 0."""
        if self.unreadable:
            return EXIT_UNREADABLE
        return max((r.exit_code(strict=self.strict) for r in self.results), default=0)


def validate_inputs(
    inputs: Inputs,
    stdin: Callable[[], BinaryIO],
    *,
    strict: bool = False,
    quiet: bool = False,
) -> Validation:
    """Read and check each input in turn; nothing raises for a bad file. ``stdin`` gives
    standard input, asked for only if ``-`` was given."""
    view = Validation(strict=strict, quiet=quiet, several=inputs.batch)
    for number, item in enumerate(inputs.items, start=1):
        try:
            source = read_input(item, stdin)
        except SourceError as exc:
            view.checked.append(Unreadable(item.name, str(exc)))
            continue
        view.checked.append(load_source(source).result)
        if number % COLLECT_EVERY == 0:
            gc.collect()
    return view
