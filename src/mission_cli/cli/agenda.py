"""``mission agenda FILE``: per delegate, per city, per day."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.common import (
    FileArgument,
    IncludePersonal,
    LangOption,
    NoPartialOption,
    OutputOption,
    QuietOption,
    StrictAlias,
    delegate_option,
    emit,
    fail,
    format_option,
    load_whole_trip,
    words_of,
)
from mission_cli.render.formats import AGENDA
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.words.message import Message
from mission_cli.words.words import Words

if TYPE_CHECKING:
    from mission_cli.views.agenda import Request

TZ_WORDS = ("local", "home")
"""What ``--tz`` takes besides a zone."""


def agenda(
    file: FileArgument,
    delegate: Annotated[
        list[str] | None,
        delegate_option(
            "A delegate (key or full name), @group, or -key / -@group to take away; "
            "repeat for several."
        ),
    ] = None,
    city: Annotated[
        str | None,
        typer.Option("--city", "-c", metavar="CITY", help="Only this city (key or name)."),
    ] = None,
    day: Annotated[
        str | None,
        typer.Option("--day", metavar="DAY", help="One local day: YYYY-MM-DD, today or tomorrow."),
    ] = None,
    first: Annotated[
        str | None, typer.Option("--from", metavar="DAY", help="From this local day on.")
    ] = None,
    last: Annotated[
        str | None, typer.Option("--to", metavar="DAY", help="Up to this local day.")
    ] = None,
    tz: Annotated[
        str,
        typer.Option(
            "--tz", metavar="ZONE", help="local (each place's zone), home, or an IANA zone for all."
        ),
    ] = "local",
    home_time: Annotated[
        bool, typer.Option("--home-time", help="Show the home clock beside local times.")
    ] = False,
    lang: LangOption = None,
    output_format: Annotated[str, format_option(AGENDA, {"table": "(the terminal)"})] = "table",
    output: OutputOption = None,
    no_partial: NoPartialOption = False,
    strict: StrictAlias = False,
    include_personal: IncludePersonal = False,
    quiet: QuietOption = False,
) -> None:
    """Print the agenda: per delegate, per city, per day, with local times and zones.

    Items are grouped by local day and city, in time order. Rows involved in a
    schedule problem are marked. Exit 2 for an unknown delegate, group or city.
    """
    from mission_cli.views.agenda import agenda_items
    from mission_cli.views.agenda_layout import ViewOptions, build_view

    loaded = load_whole_trip(
        file, lang=lang, no_partial=no_partial or strict, json_errors=output_format == "json"
    )
    trip = loaded.trip
    words = words_of(lang, loaded.model)
    request = _request(trip, words, delegate, city, day, first, last)
    options = ViewOptions(
        words, _display_zone(trip, tz, words), home_time, personal=include_personal
    )
    view = build_view(loaded, agenda_items(loaded, request, options.words), options, request)
    emit(AGENDA[output_format], view, output, words=words, name="agenda", source=file, quiet=quiet)


def _request(
    trip: ResolvedTrip,
    words: Words,
    delegates: list[str] | None,
    city: str | None,
    day: str | None,
    first: str | None,
    last: str | None,
) -> Request:
    """The options as a request, or exit 2 naming what the trip does not have."""
    from mission_cli.views.agenda import Request
    from mission_cli.views.requests import RequestError, check_city, expand_delegates, parse_day

    now = datetime.now(UTC)
    for option, value in (("--city", city), ("--day", day), ("--from", first), ("--to", last)):
        if value is not None and not value.strip():
            fail(Message("{option} needs a value", option=option), words)
    try:
        keys = expand_delegates(trip, delegates) if delegates else None
        where = check_city(trip, city) if city else None
        if day is not None and (first or last):
            raise RequestError(Message("--day cannot be combined with --from or --to"))
        first_day, last_day = day or first, day or last
        start = parse_day(first_day, trip, now) if first_day else None
        end = parse_day(last_day, trip, now) if last_day else None
        if start is not None and end is not None and end < start:  # an empty agenda, unsaid
            raise RequestError(
                Message("--from {first} is after --to {last}: swap them", first=start, last=end)
            )
    except RequestError as exc:
        fail(exc.said, words)
    return Request(keys, where, start, end)


def _display_zone(trip: ResolvedTrip, tz: str, words: Words) -> tzinfo | None:
    """``--tz``: None for each place's own zone, home, or one IANA zone for all."""
    from mission_cli.clock.times import unknown_zone_error
    from mission_cli.clock.zones import zone_named
    from mission_cli.suggest import nearest, suggestion

    if tz.casefold() == "local":
        return None
    if tz.casefold() == "home":
        return trip.home_zone
    zone = zone_named(tz)
    if zone is None:
        err = unknown_zone_error(tz)
        hint = suggestion(nearest(tz, TZ_WORDS)) or err.hint_said
        if hint is None:
            fail(Message("--tz: {problem}", problem=err.said), words)
        fail(Message("--tz: {problem}; {hint}", problem=err.said, hint=hint), words)
    return zone
