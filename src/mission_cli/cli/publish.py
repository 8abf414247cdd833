"""``mission publish FILE --to URL``: each delegate's calendar and the programme's on a
CalDAV server (Nextcloud, Radicale, iCloud…), sending only what changed since the last
publish, so that phones subscribed to them follow the trip."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.common import (
    FileArgument,
    IncludePersonal,
    LangOption,
    NoPartialOption,
    delegate_option,
    emit,
    fail,
    format_option,
    load_whole_trip,
    status,
    stderr_console,
    words_of,
)
from mission_cli.render.formats import PUBLISH
from mission_cli.words.message import Message
from mission_cli.words.words import Words

if TYPE_CHECKING:
    from mission_cli.pipeline import LoadedTrip


Progress = Callable[[int, int], None]


def publish(
    file: FileArgument,
    to: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="URL",
            help="The CalDAV server: its address (https://cloud.example.org/), the "
            "calendar home, or a calendar in it.",
        ),
    ],
    delegate: Annotated[
        list[str] | None,
        delegate_option(
            "Only this delegate's calendar, and the programme's (a key, a full name or an "
            "@group; repeat for several)."
        ),
    ] = None,
    user: Annotated[
        str | None,
        typer.Option(
            "--user",
            metavar="USER",
            help="The user name on the server. The password is read from "
            "MISSION_CALDAV_PASSWORD or ~/.netrc, never from the command line.",
        ),
    ] = None,
    lang: LangOption = None,
    include_personal: IncludePersonal = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would be sent, and send nothing.")
    ] = False,
    output_format: Annotated[
        str, format_option(PUBLISH, {"json": "(the contract's summary)"})
    ] = "text",
    ca_bundle: Annotated[
        Path | None,
        typer.Option(
            "--ca-bundle",
            metavar="PATH",
            help="The certificates (PEM) of a private certificate authority, to check the "
            "server's with.",
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", metavar="SECONDS", min=0.1, help="How long to wait for the server."
        ),
    ] = 30.0,
    no_partial: NoPartialOption = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress bar, and print nothing unless an item needs attention.",
        ),
    ] = False,
) -> None:
    """Publish each delegate's calendar and the programme to a CalDAV server.

    Only what changed since the last publish is sent; an item changed on the server
    since is reported and left alone.
    """
    from mission_cli.calendars.ics import IcsOptions
    from mission_cli.calendars.publishing import item_titles, trip_calendars, uid_scope
    from mission_cli.publish.credentials import credentials_for
    from mission_cli.publish.errors import PublishError
    from mission_cli.publish.state import default_folder
    from mission_cli.publish.sync import publish as send
    from mission_cli.views.calendar import CalendarOptions
    from mission_cli.views.publish import build_publish_view

    loaded = load_whole_trip(
        file, lang=lang, no_partial=no_partial, json_errors=output_format == "json"
    )
    words = words_of(lang, loaded.model)
    options = IcsOptions(CalendarOptions(words, include_personal, include_personal))
    calendars = trip_calendars(loaded, _keys(loaded, delegate, words), options)
    folder = default_folder()
    try:
        credentials = credentials_for(to, user)
        with _progress(words, quiet or dry_run) as progress:
            summary = send(
                to, credentials, calendars,
                dry_run=dry_run, progress=progress, state_dir=folder, timeout=timeout,
                ca_bundle=str(ca_bundle) if ca_bundle is not None else None,
                former_scope=uid_scope(loaded.trip) if delegate is None else None,
            )  # fmt: skip
    except PublishError as exc:
        fail(exc.message, words)
    titles = item_titles(loaded, words)
    view = build_publish_view(loaded, to, summary, words, titles=titles, state_dir=folder)
    for warning in view.warnings:
        status(Message("warning: {message}", message=warning), words)
    if quiet and not view.conflicts and output_format != "json":
        return
    emit(PUBLISH[output_format], view, None, words=words, name="publish")


def _keys(loaded: LoadedTrip, delegate: list[str] | None, words: Words) -> tuple[str, ...]:
    """The delegates whose calendars are published: those named, else everyone."""
    from mission_cli.views.requests import RequestError, expand_delegates

    if not delegate:
        return tuple(loaded.model.delegates)
    try:
        return expand_delegates(loaded.trip, delegate)
    except RequestError as exc:
        fail(exc.said, words)


@contextmanager
def _progress(words: Words, quiet: bool) -> Iterator[Progress | None]:
    """A progress bar of the requests that write, on standard error when it is a
    terminal (and gone once done); nothing otherwise."""
    console = stderr_console()
    if quiet or not console.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import Progress as Bar

    label = words.t("Publishing")
    with Bar(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as bar:  # fmt: skip
        task: list[TaskID] = []

        def advance(done: int, total: int) -> None:
            if not task and total:
                task.append(bar.add_task(label, total=total))
            if task:
                bar.update(task[0], completed=done)

        yield advance
