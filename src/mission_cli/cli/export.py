"""``mission export ics FILE``: calendar files for the delegates."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.common import (
    FileArgument,
    IncludePersonal,
    LangOption,
    NoPartialOption,
    QuietOption,
    StrictAlias,
    delegate_option,
    done,
    fail,
    load_whole_trip,
    status,
    words_of,
    write_output,
)
from mission_cli.files import STDOUT
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.words.message import N_, Message
from mission_cli.words.words import Words

if TYPE_CHECKING:
    from mission_cli.pipeline import LoadedTrip


def _alarm(value: str | None, words: Words) -> timedelta | None:
    if value is None:
        return None
    from mission_cli.clock.times import TimeTextError, parse_duration

    try:
        return parse_duration(value)
    except TimeTextError as exc:
        fail(Message("--alarm: {problem}; write 30m, 1h or 1h30", problem=exc.said), words)


def _stamp(words: Words) -> datetime:
    """DTSTAMP: the time of the export, the same in every file it writes (an entry that
    several calendars hold is then written once); SOURCE_DATE_EPOCH, the
    reproducible-builds convention, fixes it when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (ValueError, OverflowError, OSError):
        said = Message("SOURCE_DATE_EPOCH must be a number of seconds, not '{value}'", value=epoch)
        fail(said, words)


PROGRAMME = "_programme.ics"
"""The whole programme's calendar: no delegate key can take this name (keys start with a
letter or a digit), so a delegate keyed ``programme`` keeps a calendar of their own."""


def export_ics(
    file: FileArgument,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="With --delegate, the .ics file (a folder for it, or - for standard output); "
            f"without, the folder for one file per delegate and {PROGRAMME}.",
        ),
    ],
    delegate: Annotated[
        list[str] | None,
        delegate_option(
            "Only this delegate's programme (a key, a full name or an @group; repeat for "
            "several: one file each)."
        ),
    ] = None,
    alarm: Annotated[
        str | None,
        typer.Option(
            "--alarm", metavar="DURATION", help="A reminder before each item, such as 30m."
        ),
    ] = None,
    include_contacts: Annotated[
        bool,
        typer.Option("--include-contacts", help="Add attendees' e-mail addresses and phones."),
    ] = False,
    no_partial: NoPartialOption = False,
    strict: StrictAlias = False,
    lang: LangOption = None,
    include_personal: IncludePersonal = False,
    quiet: QuietOption = False,
) -> None:
    """Write calendar files (.ics) that every calendar application imports.

    Times carry their place's zone. Importing an updated export updates the
    events instead of duplicating them.
    """
    from mission_cli.calendars.ics import IcsOptions
    from mission_cli.views.calendar import CalendarOptions

    early = words_of(lang, None)
    _alarm(alarm, early)  # refused before the trip is read: only --lang says its language
    loaded = load_whole_trip(file, lang=lang, no_partial=no_partial or strict)
    trip = loaded.trip
    words = words_of(lang, loaded.model)
    said = CalendarOptions(words, include_contacts, include_personal)
    options = IcsOptions(said, alarm=_alarm(alarm, words), stamp=_stamp(words))
    jobs = _jobs(trip, file, output, delegate, words)
    from mission_cli.calendars.folders import CalendarFolders, CalendarWriteError

    folders = CalendarFolders(_left_out_uids(loaded))
    if jobs[0][0] is None:  # one calendar, on standard output
        write_output(folders.text(loaded, jobs[0][1], options), None, words)
        return
    try:
        written = [folders.write(loaded, target, who, options) for target, who in jobs if target]
        gone = folders.cancel_the_rest(trip, written[0].parent, options) if delegate is None else []
        folders.save()
    except CalendarWriteError as exc:
        _say(folders.warnings, words)
        fail(exc.said, words)
    _say(folders.warnings, words)
    if gone:
        status(Message.plural(len(gone), "{n} calendar of a delegate no longer in the trip: "
                              "cancelled", "{n} calendars of delegates no longer in the trip: "
                              "cancelled"), words)  # fmt: skip
    where = (
        Message("calendar written: {file}", file=str(written[0]))
        if len(written) == 1
        else Message("calendar written: {n} files in {folder}", n=len(written), folder=output)
    )
    done(where, words, quiet=quiet)


def _say(warnings: list[Message], words: Words) -> None:
    for warning in warnings:
        status(warning, words)


def _left_out_uids(loaded: LoadedTrip) -> frozenset[str]:
    """The UIDs of the items left out for errors of their own (never cancelled for it)."""
    from mission_cli.calendars.ics import uid_of
    from mission_cli.views.items import items_left_out

    return frozenset(uid_of(loaded.trip, ident) for ident in items_left_out(loaded))


def _jobs(
    trip: ResolvedTrip, file: Path, output: str, delegates: list[str] | None, words: Words
) -> list[tuple[Path | None, str | None]]:
    """(where to write, whose calendar) for each calendar; None is standard output."""
    from mission_cli.files import OutputError, is_directory_request, member_target, output_file
    from mission_cli.views.requests import RequestError, expand_delegates

    try:
        keys = expand_delegates(trip, delegates) if delegates else None
    except RequestError as exc:
        fail(exc.said, words)
    try:
        if keys is not None and len(keys) == 1 and (delegates or [""])[0][:1] != "@":
            return [(output_file(output, f"{keys[0]}.ics", [file]), keys[0])]
        named_file = Path(output).exists() or output.endswith(".ics")
        if output == STDOUT or (named_file and not is_directory_request(output)):
            said = N_("{output} is not a folder: for several calendars, --output names a folder")
            fail(Message(said, output=output), words)
        folder = Path(output)
        chosen = keys if keys is not None else tuple(trip.model.delegates)
        jobs: list[tuple[Path | None, str | None]] = [
            (member_target(folder, f"{key}.ics", [file]), key) for key in chosen
        ]
        if keys is None:
            jobs.append((member_target(folder, PROGRAMME, [file]), None))
    except OutputError as exc:
        fail(exc.said, words)
    return jobs
