"""``mission export ics FILE``: calendar files for the delegates."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer

from mission_cli.cli.common import FileArgument, fail, load_whole_trip, stdout_console


def _alarm(value: str | None) -> timedelta | None:
    if value is None:
        return None
    from mission_cli.times import TimeTextError, parse_duration

    try:
        return parse_duration(value)
    except TimeTextError as exc:
        raise typer.BadParameter(f"{exc.message}; write 30m, 1h or 1h30") from None


def _stamp() -> datetime | None:
    """SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes DTSTAMP when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (ValueError, OverflowError, OSError):
        fail(f"SOURCE_DATE_EPOCH must be a number of seconds, not '{epoch}'")


def export_ics(
    file: FileArgument,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="With --delegate, the .ics file (or a folder for it); without, the folder "
            "for one file per delegate and programme.ics.",
        ),
    ],
    delegate: Annotated[
        str | None, typer.Option("--delegate", "-d", help="Only this delegate's programme.")
    ] = None,
    alarm: Annotated[
        str | None, typer.Option("--alarm", help="A reminder before each item, such as 30m.")
    ] = None,
    include_contacts: Annotated[
        bool,
        typer.Option("--include-contacts", help="Add attendees' e-mail addresses and phones."),
    ] = False,
) -> None:
    """Write calendar files (.ics) that every calendar application imports.

    Times carry their place's zone. Importing an updated export updates the
    events instead of duplicating them.
    """
    from mission_cli.files import write_atomic
    from mission_cli.render.calendar_ics import IcsOptions, build_calendar, previous_sequences
    from mission_cli.views.requests import RequestError, one_delegate

    reminder = _alarm(alarm)
    loaded = load_whole_trip(file)
    trip = loaded.trip
    assert trip is not None
    assert loaded.model is not None
    options = IcsOptions(alarm=reminder, include_contacts=include_contacts, stamp=_stamp())
    jobs: list[tuple[Path, str | None]]
    if delegate is not None:
        try:
            chosen = one_delegate(trip, delegate)
        except RequestError as exc:
            fail(str(exc))
        jobs = [(output / f"{chosen}.ics" if output.is_dir() else output, chosen)]
    else:
        if output.exists() and not output.is_dir():
            fail(f"{output} is a file: without --delegate, --output names a folder")
        jobs = [(output / f"{key}.ics", key) for key in loaded.model.delegates]
        jobs.append((output / "programme.ics", None))
    written = []
    for target, whose in jobs:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            previous = previous_sequences(target.read_bytes() if target.is_file() else None)
            calendar = build_calendar(trip, whose, options, previous)
            write_atomic(target, calendar.to_ical().decode("utf-8"))
        except OSError as exc:
            fail(f"cannot write {target}: {exc.strerror or exc}")
        written.append(target)
    console = stdout_console()
    where = written[0] if len(written) == 1 else f"{len(written)} files in {output}"
    console.print(f"mission: calendar written: {where}", markup=False)
    live = loaded.result.counts
    if live.error or live.warning:
        console.print(
            f"mission: note: the programme has {live.error} error(s) and {live.warning} "
            f"warning(s); see `mission report {file}`",
            markup=False,
        )
