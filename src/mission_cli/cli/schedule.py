"""``mission schedule FILE``: place the meeting requests, and with ``--write`` add them
to the file.

The solver (HiGHS, the ``schedule`` extra) is imported only when a plan is solved: no
other command loads it. ``--write`` writes the file only if its bytes are still the
ones read (an editor may have saved it meanwhile), and atomically.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.common import (
    FileArgument,
    LangOption,
    choices,
    emit,
    fail,
    format_option,
    load_whole_trip,
    status,
    words_of,
)
from mission_cli.render.formats import SCHEDULE

if TYPE_CHECKING:
    ScheduleFormat = str
else:
    ScheduleFormat = choices("ScheduleFormat", SCHEDULE)

MOST_STEP = 24 * 60


def schedule(
    file: FileArgument,
    step: Annotated[
        str,
        typer.Option(
            "--step", metavar="DURATION", help="The grid of start times: 5m, 15m, 30m, 1h…"
        ),
    ] = "15m",
    time_limit: Annotated[
        float,
        typer.Option(
            "--time-limit",
            metavar="SECONDS",
            help="Stop the solver after this long, with the best plan found.",
        ),
    ] = 10.0,
    lang: LangOption = None,
    output_format: Annotated[
        ScheduleFormat, format_option(SCHEDULE, {"table": "(the terminal)"})
    ] = "table",
    write: Annotated[
        bool,
        typer.Option(
            "--write/--dry-run",
            help="Add the placed meetings to FILE as events (default: a dry run, nothing written).",
        ),
    ] = False,
) -> None:
    """Place the meeting requests: every must it can, then the most shoulds, then the
    most coulds, raising no new problem in the trip; say why each one left out is.

    Needs the solver: pip install 'mission-cli[schedule]'.
    """
    from mission_cli.meetings.plan import plan_meetings
    from mission_cli.meetings.writeback import WriteError
    from mission_cli.schedule import SolverMissing
    from mission_cli.views.schedule import build_schedule

    minutes = _step(step)
    if not math.isfinite(time_limit) or time_limit <= 0:
        fail("--time-limit needs a number of seconds above 0")
    read = _bytes(file)
    loaded = load_whole_trip(file, lang=lang, json_errors=output_format == "json")
    text = loaded.result.text
    if read.removeprefix(b"\xef\xbb\xbf") != text.encode("utf-8"):
        fail(f"{file} changed while mission read it: run the command again")
    comment = words_of(None, loaded.model).t("Meetings placed by mission schedule")
    try:
        plan = plan_meetings(loaded, text, step=minutes, time_limit=time_limit, comment=comment)
    except SolverMissing as exc:
        fail(str(exc))
    except WriteError as exc:
        fail(f"{file}: mission schedule cannot add meetings to it: {exc}")
    words = words_of(lang, loaded.model)
    written = write and plan.text is not None
    if written and plan.text is not None:
        bom = "\ufeff" if read.startswith(b"\xef\xbb\xbf") else ""
        _write(file, read, bom + plan.text)
    view = build_schedule(loaded, plan, words, written=written, time_limit=time_limit)
    emit(SCHEDULE[output_format], view, None, name="schedule")
    if written:
        status(words.tn("{n} meeting added to {file}", "{n} meetings added to {file}",
                        len(plan.new), file=str(file)))  # fmt: skip


def _step(text: str) -> int:
    """``--step`` in minutes: a duration from 1 minute to a day."""
    from mission_cli.clock.times import TimeTextError, parse_duration

    try:
        length = parse_duration(text)
    except TimeTextError as err:
        fail(f"--step: {err.message}; write it as 5m, 15m, 30m or 1h")
    minutes = int(length.total_seconds() // 60)
    if minutes > MOST_STEP:
        fail(f"--step {text} is longer than a day")
    return minutes


def _bytes(file: Path) -> bytes:
    """The file as it is now (what ``--write`` compares with before writing)."""
    from mission_cli.load.source import MAX_BYTES

    try:
        with file.open("rb") as stream:
            return stream.read(MAX_BYTES + 1)
    except OSError:
        return b""  # the load says why it cannot be read


def _write(file: Path, read: bytes, text: str) -> None:
    """``text`` over ``file``, unless the file changed since it was read; through a link,
    the file it names."""
    from mission_cli.files import write_atomic

    target = file.resolve()
    if _bytes(target) != read:
        fail(f"{file} changed since mission read it: nothing written; run the command again")
    try:
        write_atomic(target, text)
    except OSError as exc:
        fail(f"cannot write {file}: {exc.strerror or exc}")
