"""``mission init PATH``: a new trip file to fill in, never written over another."""

from __future__ import annotations

import os
import shlex
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from mission_cli.cli.common import done, fail, lang_option, status, write_output
from mission_cli.words.message import N_, Message
from mission_cli.words.words import Words

DEFAULT_NAME = "trip.yaml"
"""The file written when PATH is a folder."""


def init(
    path: Annotated[
        str,
        typer.Argument(
            metavar="PATH",
            help=f"The new trip file (in an existing folder: PATH/{DEFAULT_NAME}); - prints "
            "it instead, to preview it.",
        ),
    ],
    title: Annotated[
        str | None,
        typer.Option(
            "--title", metavar="TEXT", help="The trip's title (default: an example to replace)."
        ),
    ] = None,
    lang: Annotated[
        str | None,
        lang_option("en or fr: the language of the comments and of the trip (default: en)."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No 'written to' and 'next' lines.")
    ] = False,
) -> None:
    """Start a trip: a new file with every section, one example each and a comment on
    each key, ready to edit. Never writes over a file."""
    from mission_cli.skeleton import TitleError, skeleton
    from mission_cli.words.words import words_for

    language = str(lang or "en")
    words = words_for(language)
    try:
        text = skeleton(date.today(), language, title)
    except TitleError as exc:
        fail(exc.said, words)
    if path == "-":
        write_output(text, None, words)
        return
    try:
        target = _target(path, words)
    except OSError as exc:  # a folder on the way that cannot be looked into
        _cannot_create(path, exc, words)
    _create(target, text, words)
    done(Message("written to {file}", file=str(target)), words, quiet=quiet)
    shown = str(target) if not str(target).startswith("-") else f"./{target}"  # not an option
    command = f"`mission validate {shlex.quote(shown)}`"
    done(Message("next: edit it, then run {command}", command=command), words, quiet=quiet)


def _target(path: str, words: Words) -> Path:
    """The file to create for PATH: PATH itself, or ``trip.yaml`` in a folder; exit 2
    when its folder is missing or is a file."""
    if not path.strip():
        example = "mission init trips/next-trip.yaml"
        fail(Message("give the path of the file to create, e.g. {example}", example=example), words)
    given = Path(path)
    if given.is_dir():
        said = Message("{path} is a folder: the trip goes in {name} inside it", path=path,
                       name=DEFAULT_NAME)  # fmt: skip
        status(said, words)
        return given / DEFAULT_NAME
    if path.endswith(("/", os.sep)):
        _check_folder(given, given / DEFAULT_NAME, words)
    _check_folder(given.parent, given, words)
    return given


def _check_folder(folder: Path, target: Path, words: Words) -> None:
    if folder.is_dir():
        return
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        said = Message("cannot create {file}: {existing} is a file, not a folder",
                       file=str(target), existing=str(existing))  # fmt: skip
        fail(said, words)
    command = f"mkdir -p {shlex.quote(str(folder))}"
    said = Message(
        "the folder {folder} does not exist; mission init makes no folders: create it "
        "first ({command}), or name a file in another folder",
        folder=str(folder),
        command=command,
    )
    fail(said, words)


def _create(target: Path, text: str, words: Words) -> None:
    from mission_cli.files import write_new

    try:
        if os.path.lexists(target):
            raise FileExistsError
        write_new(target, text)
    except FileExistsError:
        said = N_(
            "{file} already exists; mission init never writes over a file: choose another name"
        )
        fail(Message(said, file=str(target)), words)
    except PermissionError:
        said = N_("cannot create {file}: permission denied; choose a folder you can write to")
        fail(Message(said, file=str(target)), words)
    except OSError as exc:
        _cannot_create(target, exc, words)


def _cannot_create(path: Path | str, exc: OSError, words: Words) -> NoReturn:
    from mission_cli.words.reasons import os_reason

    said = Message("cannot create {file}: {reason}; choose another folder", file=str(path),
                   reason=os_reason(exc))  # fmt: skip
    fail(said, words)
