"""``mission init PATH``: a new trip file to fill in, never written over another."""

from __future__ import annotations

import os
import shlex
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from mission_cli.cli.common import Lang, done, fail, lang_option, status, write_output

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
        Lang | None,
        lang_option("en or fr: the language of the comments and of the trip (default: en)."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No 'written to' and 'next' lines.")
    ] = False,
) -> None:
    """Start a trip: a new file with every section, one example each and a comment on
    each key, ready to edit. Never writes over a file."""
    from mission_cli.skeleton import TitleError, skeleton

    try:
        text = skeleton(date.today(), str(lang or "en"), title)
    except TitleError as exc:
        fail(str(exc))
    if path == "-":
        write_output(text, None)
        return
    try:
        target = _target(path)
    except OSError as exc:  # a folder on the way that cannot be looked into
        fail(f"cannot create {path}: {exc.strerror or exc}; choose another folder")
    _create(target, text)
    done(f"written to {target}", quiet=quiet)
    shown = str(target) if not str(target).startswith("-") else f"./{target}"  # not an option
    done(f"next: edit it, then run `mission validate {shlex.quote(shown)}`", quiet=quiet)


def _target(path: str) -> Path:
    """The file to create for PATH: PATH itself, or ``trip.yaml`` in a folder; exit 2
    when its folder is missing or is a file."""
    if not path.strip():
        fail("give the path of the file to create, e.g. mission init trips/next-trip.yaml")
    given = Path(path)
    if given.is_dir():
        status(f"{path} is a folder: the trip goes in {DEFAULT_NAME} inside it")
        return given / DEFAULT_NAME
    if path.endswith(("/", os.sep)):
        _check_folder(given, given / DEFAULT_NAME)
    _check_folder(given.parent, given)
    return given


def _check_folder(folder: Path, target: Path) -> None:
    if folder.is_dir():
        return
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        fail(f"cannot create {target}: {existing} is a file, not a folder")
    fail(
        f"the folder {folder} does not exist; mission init makes no folders: create it "
        f"first (mkdir -p {shlex.quote(str(folder))}), or name a file in another folder"
    )


def _create(target: Path, text: str) -> None:
    from mission_cli.files import write_new

    try:
        if os.path.lexists(target):
            raise FileExistsError
        write_new(target, text)
    except FileExistsError:
        fail(f"{target} already exists; mission init never writes over a file: choose another name")
    except PermissionError:
        fail(f"cannot create {target}: permission denied; choose a folder you can write to")
    except OSError as exc:
        fail(f"cannot create {target}: {exc.strerror or exc}; choose another folder")
