"""``mission booklet FILE --output OUT``: the printed booklet ("carnet de route"), A4 PDF.

Typst sets it (``booklet/``): an optional part of ``mission``, imported here only, so that
``--version`` and ``validate`` never pay for it, and said to be missing in one line.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.common import (
    FileArgument,
    IncludePersonal,
    LangOption,
    NoPartialOption,
    QuietOption,
    cannot_write,
    delegate_option,
    done,
    fail,
    load_whole_trip,
    words_of,
)
from mission_cli.files import STDOUT
from mission_cli.words.message import N_, Message
from mission_cli.words.words import Words

if TYPE_CHECKING:
    from mission_cli.booklet.typeset import Typesetter
    from mission_cli.model.build import TripModel
    from mission_cli.pipeline import LoadedTrip
    from mission_cli.views.booklet.edition import Selection

DELEGATION = "_delegation.pdf"
"""The whole delegation's booklet in a folder: no delegate key can take this name (keys
start with a letter or a digit)."""

INSTALL = "pip install 'mission-cli[booklet]'"


def booklet(
    file: FileArgument,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="OUT.pdf: one booklet for the delegates chosen (default: the whole "
            f"delegation); DIR/: KEY.pdf for each delegate chosen, and {DELEGATION}.",
        ),
    ],
    delegate: Annotated[
        list[str] | None,
        delegate_option(
            "A delegate (key or full name), @group, or -key / -@group to take away; repeat "
            "for several."
        ),
    ] = None,
    lang: LangOption = None,
    include_personal: IncludePersonal = False,
    no_partial: NoPartialOption = False,
    quiet: QuietOption = False,
) -> None:
    """Write the booklet: A4 PDF to print and hand to the delegates.

    A cover, the delegation, who to call (the trip's contacts, the hotels, the venues'
    on-site contacts), then day by day every item in its place's time with the time at
    home, and the night's hotel; the whole delegation's adds who is where, day by day.
    Items in error in the file are left out, and named.
    """
    from mission_cli.files import write_atomic
    from mission_cli.views.booklet.build import booklet_data
    from mission_cli.views.booklet.edition import edition

    loaded = load_whole_trip(file, lang=lang, no_partial=no_partial)
    words = words_of(lang, loaded.model)
    chosen = _chosen(loaded, delegate, words)
    jobs, folder = _jobs(file, output, chosen, loaded.model, words)
    typesetter = _typesetter(words)
    day = _edition_date(file, loaded, words)
    shared = edition(loaded, words, day, personal=include_personal)
    for target, who_for in jobs:
        pdf = typesetter.typeset(booklet_data(shared, who_for))
        try:
            write_atomic(target, pdf, make_folder=folder)
        except OSError as exc:
            fail(cannot_write(target, exc), words)
    if folder:
        said = Message.plural(len(jobs), "{n} booklet written to {folder}",
                              "{n} booklets written to {folder}", folder=output)  # fmt: skip
        done(said, words, quiet=quiet)
    else:
        done(Message("booklet written to {file}", file=str(jobs[0][0])), words, quiet=quiet)


def _typesetter(words: Words) -> Typesetter:
    """The warm Typst compiler, or exit 2 saying how to install it."""
    from mission_cli.booklet.typeset import shared_typesetter

    try:
        return shared_typesetter()
    except ImportError:
        said = N_("mission booklet sets its PDF with Typst, which is not installed: {install}")
        fail(Message(said, install=INSTALL), words)


def _chosen(loaded: LoadedTrip, names: list[str] | None, words: Words) -> Selection:
    """The delegates of ``--delegate`` (all of them: the whole delegation's booklet)."""
    from mission_cli.views.booklet.edition import Selection
    from mission_cli.views.requests import RequestError, expand_delegates

    model = loaded.model
    if not names:
        return Selection.everyone(model)
    try:
        keys = set(expand_delegates(loaded.trip, names))
    except RequestError as exc:
        fail(exc.said, words)
    ordered = tuple(key for key in model.delegates if key in keys)
    return Selection(ordered, whole=len(ordered) == len(model.delegates))


def _jobs(
    file: Path, output: str, chosen: Selection, model: TripModel, words: Words
) -> tuple[list[tuple[Path, Selection]], bool]:
    """Where each booklet goes, checked before any is set; and whether ``output`` is a
    folder (made if missing)."""
    from mission_cli.files import (
        OutputError,
        checked_target,
        is_directory_request,
        member_target,
        output_file,
    )
    from mission_cli.views.booklet.edition import Selection

    if output == STDOUT or not output.strip():
        said = N_(
            "--output needs a .pdf file, or a folder (ending in /) for one booklet per delegate"
        )
        fail(Message(said), words)
    try:
        if is_directory_request(output):
            whole = output_file(output, DELEGATION, [file])
            assert whole is not None  # a folder, not standard output
            folder = Path(output)
            jobs = [
                (member_target(folder, f"{key}.pdf", [file]), Selection((key,)))
                for key in chosen.keys
            ]
            return [*jobs, (whole, Selection.everyone(model))], True
        if not output.lower().endswith(".pdf"):
            said = N_(
                "{output}: a booklet is a PDF: name a .pdf file, or a folder (ending in /) "
                "for one booklet per delegate"
            )
            fail(Message(said, output=output), words)
        return [(checked_target(Path(output), [file]), chosen)], False
    except OutputError as exc:
        fail(exc.said, words)


def _edition_date(file: Path, loaded: LoadedTrip, words: Words) -> date:
    """The booklets' date: ``SOURCE_DATE_EPOCH`` when set (the reproducible-builds
    convention), else the day (UTC) the trip file was last changed, never the clock: the
    same file gives the same bytes. A file that is not a regular one (a pipe) has no such
    day: the trip's first day stands for it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC).date()
        except (ValueError, OverflowError, OSError):
            said = Message("SOURCE_DATE_EPOCH must be a number of seconds, not '{value}'",
                           value=epoch)  # fmt: skip
            fail(said, words)
    try:
        status = file.stat()
    except OSError:
        status = None
    if status is not None and stat.S_ISREG(status.st_mode):
        return datetime.fromtimestamp(status.st_mtime, UTC).date()
    return loaded.trip.start or date(1980, 1, 1)
