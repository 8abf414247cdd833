"""What ``mission validate`` was given, as trip files: names, folders, ``-``.

A folder stands for every ``.yaml`` and ``.yml`` file under it (in any case: ``TRIP.YAML``
too), in name order, hidden files and folders (``.git``, ``.venv``) left out, links to
folders not followed. Only regular files are read from a folder: a FIFO or a device
there (a link to ``/dev/zero``) is reported, never read, so that a run cannot hang. A
subfolder that cannot be read is reported, and the rest is checked. ``-`` is standard
input, read once: ``/dev/stdin`` beside it is the same stream, and is not read again. A
file named twice (``a.yaml``, ``./a.yaml``, a link to it) is checked once. An empty
name (``''``, an unset shell variable) names no file: it is refused, not taken for the
current folder.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mission_cli.load.source import (
    Source,
    SourceError,
    decode_source,
    read_bounded,
    read_source,
)
from mission_cli.words.message import Message

STDIN = "-"
STDIN_NAME = "<stdin>"
"""How standard input is named in messages."""
SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Input:
    """One trip file to read: a path, or standard input; or why the argument names none."""

    name: str
    path: Path | None = None
    problem: Message | None = None


@dataclass(frozen=True, slots=True)
class Inputs:
    """The files to read, and whether a run over them is a batch (several arguments, or a
    folder: what a script gets does not depend on how many files a folder holds)."""

    items: list[Input]
    batch: bool


def expand(arguments: list[str]) -> Inputs:
    """Every trip file the arguments name, each once, in the order given."""
    seen: set[object] = set()
    found: list[Input] = []
    folders = False
    for argument in arguments:
        folders = folders or (argument not in (STDIN, "") and Path(argument).is_dir())
        for item in _inputs_of(argument):
            key = _identity(item)
            if key not in seen:
                seen.add(key)
                found.append(item)
    return Inputs(found, batch=len(arguments) > 1 or folders)


def _identity(item: Input) -> object:
    """The same file by any path (device and inode), else by its name."""
    if item.problem is not None:
        return item.name
    try:
        info = os.fstat(0) if item.path is None else item.path.stat()
    except (OSError, ValueError):
        return item.name if item.path is None else os.path.normpath(item.path)
    return (info.st_dev, info.st_ino)


def _inputs_of(argument: str) -> Iterator[Input]:
    if argument == STDIN:
        yield Input(STDIN_NAME)
        return
    if not argument:
        yield Input(argument, problem=Message("'' is an empty name, not a file: name a trip file"))
        return
    path = Path(argument)
    if not path.is_dir():
        yield Input(argument, path)
        return
    found = sorted(_yaml_files(path), key=lambda item: item.name)
    if not found:
        said = Message("{folder}: no .yaml or .yml file in this folder", folder=argument)
        yield Input(argument, problem=said)
    yield from found


def _yaml_files(folder: Path) -> Iterator[Input]:
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield _regular(Path(root) / name)
    for error in problems:
        where = error.filename if error.filename is not None else folder
        yield Input(str(where), problem=_unreadable(str(where), error))


def _regular(path: Path) -> Input:
    """A file found in a folder: read only if it is a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return Input(str(path), problem=_unreadable(str(path), exc))
    if not stat.S_ISREG(mode):
        said = Message("{file}: not a regular file (a FIFO, a device…): skipped", file=str(path))
        return Input(str(path), problem=said)
    return Input(str(path), path)


def read_input(item: Input, stdin: Callable[[], BinaryIO]) -> Source:
    """The text of one input; ``SourceError`` when it cannot be read. ``stdin`` gives
    standard input, asked for only when ``-`` was given."""
    if item.problem is not None:
        raise SourceError(item.problem)
    if item.path is not None:
        return read_source(item.path, item.name)
    try:
        data = read_bounded(stdin(), item.name)
    except OSError as exc:
        raise SourceError(_unreadable(item.name, exc)) from None
    except (RuntimeError, ValueError, AttributeError):  # closed, or none at all
        said = Message("{file}: standard input is closed", file=item.name)
        raise SourceError(said) from None
    return decode_source(data, item.name)


def _unreadable(name: str, exc: OSError) -> Message:
    from mission_cli.words.reasons import os_reason

    return Message("{file}: cannot be read ({reason})", file=name, reason=os_reason(exc))
