"""``mission whereis FILE --at TIME``: where each delegate is at an instant."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from mission_cli.cli.common import (
    FileArgument,
    IncludePersonal,
    LangOption,
    NoPartialOption,
    StrictAlias,
    emit,
    fail,
    format_option,
    load_whole_trip,
    words_of,
)
from mission_cli.render.formats import WHEREIS


def whereis(
    file: FileArgument,
    at: Annotated[
        str,
        typer.Option(
            "--at",
            metavar="TIME",
            help="The instant: now, 'tomorrow 09:00' (where the delegation is), "
            "'2024-04-06 18:00 America/Toronto', an offset, an abbreviation of the trip's "
            "zones ('2025-03-29 10:00 JST'), or a time in home_timezone.",
        ),
    ],
    lang: LangOption = None,
    output_format: Annotated[str, format_option(WHEREIS, {"table": "(the terminal)"})] = "table",
    no_partial: NoPartialOption = False,
    strict: StrictAlias = False,
    include_personal: IncludePersonal = False,
) -> None:
    """Where each delegate is at an instant: in which event, on which move, in which city."""
    from mission_cli.views.requests import RequestError, parse_instant
    from mission_cli.views.whereis import build_whereis

    loaded = load_whole_trip(
        file, lang=lang, no_partial=no_partial or strict, json_errors=output_format == "json"
    )
    words = words_of(lang, loaded.model)
    try:
        instant = parse_instant(at, loaded.trip, datetime.now(UTC))
    except RequestError as exc:
        fail(exc.said, words)
    view = build_whereis(loaded, instant, words, personal=include_personal)
    emit(WHEREIS[output_format], view, None, words=words, name="whereis")
