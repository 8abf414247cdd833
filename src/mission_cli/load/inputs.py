"""What ``mission validate`` was given, as trip files: names, folders, ``-``.

A folder stands for every ``.yaml`` and ``.yml`` file under it, in name order, hidden
files and folders (``.git``, ``.venv``) left out; ``-`` is standard input, read once.
A name given twice is checked once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mission_cli.load.source import Source, SourceError, decode_source, read_bounded, read_source

STDIN = "-"
STDIN_NAME = "<stdin>"
"""How standard input is named in messages."""
SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Input:
    """One trip file to read: a path, or standard input; or why the argument names none."""

    name: str
    path: Path | None = None
    problem: str | None = None


def expand(arguments: list[str]) -> list[Input]:
    """Every trip file the arguments name, each once, in the order given."""
    seen: set[str] = set()
    found: list[Input] = []
    for argument in arguments:
        for item in _inputs_of(argument):
            key = item.name if item.path is None else os.path.normpath(item.path)
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


def _inputs_of(argument: str) -> Iterator[Input]:
    if argument == STDIN:
        yield Input(STDIN_NAME)
        return
    path = Path(argument)
    if not path.is_dir():
        yield Input(argument, path)
        return
    try:
        files = sorted(_yaml_files(path))
    except OSError as exc:
        yield Input(argument, problem=f"{argument}: cannot be read ({exc.strerror or exc})")
        return
    if not files:
        yield Input(argument, problem=f"{argument}: no .yaml or .yml file in this folder")
    for file in files:
        yield Input(str(file), file)


def _yaml_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, onerror=_raise):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.endswith(SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def _raise(error: OSError) -> None:
    raise error


def read_input(item: Input, stdin: BinaryIO) -> Source:
    """The text of one input; ``SourceError`` when it cannot be read."""
    if item.problem is not None:
        raise SourceError(item.problem)
    if item.path is None:
        try:
            return decode_source(read_bounded(stdin, item.name), item.name)
        except OSError as exc:
            raise SourceError(f"{item.name}: cannot be read ({exc.strerror or exc})") from None
    return read_source(item.path, item.name)
