"""``mission schedule FILE``: place the meeting requests, and with ``--write`` add them
to the file.

The solver (HiGHS, the ``schedule`` extra) is imported only when a plan is solved: no
other command loads it. ``--write`` writes the file only if its bytes are still the
ones read (an editor may have saved it meanwhile), and atomically.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated

import typer

from mission_cli.cli.common import (
    FileArgument,
    LangOption,
    cannot_write,
    emit,
    fail,
    format_option,
    load_whole_trip,
    status,
    words_of,
)
from mission_cli.render.formats import SCHEDULE
from mission_cli.words.message import N_, Message
from mission_cli.words.words import Words

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
    output_format: Annotated[str, format_option(SCHEDULE, {"table": "(the terminal)"})] = "table",
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
    from mission_cli.schedule import INSTALL_HINT, SolverMissing
    from mission_cli.views.schedule import build_schedule

    early = words_of(lang, None)  # before the trip is read: only --lang says its language
    minutes = _step(step, early)
    if not math.isfinite(time_limit) or time_limit <= 0:
        fail(Message("--time-limit needs a number of seconds above 0"), early)
    read = _bytes(file)
    loaded = load_whole_trip(file, lang=lang, json_errors=output_format == "json")
    words = words_of(lang, loaded.model)
    text = loaded.result.text
    if read.removeprefix(b"\xef\xbb\xbf") != text.encode("utf-8"):
        fail(Message("{file} changed while mission read it: run the command again",
                     file=str(file)), words)  # fmt: skip
    comment = words_of(None, loaded.model).t("Meetings placed by mission schedule")
    try:
        plan = plan_meetings(loaded, text, step=minutes, time_limit=time_limit, comment=comment)
    except SolverMissing:
        fail(Message("mission schedule needs HiGHS: {install}", install=INSTALL_HINT), words)
    except WriteError as exc:
        said = Message("{file}: mission schedule cannot add meetings to it: {problem}",
                       file=str(file), problem=exc.said)  # fmt: skip
        fail(said, words)
    written = write and plan.text is not None
    if written and plan.text is not None:
        bom = "\ufeff" if read.startswith(b"\xef\xbb\xbf") else ""
        _write(file, read, bom + plan.text, words)
    view = build_schedule(loaded, plan, words, written=written, time_limit=time_limit)
    emit(SCHEDULE[output_format], view, None, words=words, name="schedule")
    if written:
        status(Message.plural(len(plan.new), "{n} meeting added to {file}",
                              "{n} meetings added to {file}", file=str(file)), words)  # fmt: skip


def _step(text: str, words: Words) -> int:
    """``--step`` in minutes: a duration from 1 minute to a day."""
    from mission_cli.clock.times import TimeTextError, parse_duration

    try:
        length = parse_duration(text)
    except TimeTextError as err:
        fail(Message("--step: {problem}; write it as 5m, 15m, 30m or 1h", problem=err.said), words)
    minutes = int(length.total_seconds() // 60)
    if minutes > MOST_STEP:
        fail(Message("--step {step} is longer than a day", step=text), words)
    return minutes


def _bytes(file: Path) -> bytes:
    """The file as it is now (what ``--write`` compares with before writing)."""
    from mission_cli.load.source import MAX_BYTES

    try:
        with file.open("rb") as stream:
            return stream.read(MAX_BYTES + 1)
    except OSError:
        return b""  # the load says why it cannot be read


def _write(file: Path, read: bytes, text: str, words: Words) -> None:
    """``text`` over ``file``, unless the file changed since it was read; through a link,
    the file it names."""
    from mission_cli.files import write_atomic

    target = file.resolve()
    if _bytes(target) != read:
        said = N_("{file} changed since mission read it: nothing written; run the command again")
        fail(Message(said, file=str(file)), words)
    try:
        write_atomic(target, text)
    except OSError as exc:
        fail(cannot_write(file, exc), words)
