"""``mission agenda FILE`` and ``mission whereis FILE --at TIME``."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.app import app, fail, stdout_console, write_output

if TYPE_CHECKING:
    from mission_cli.model.build import TripModel


class AgendaFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"


class Lang(StrEnum):
    en = "en"
    fr = "fr"


def _language(lang: Lang | None, model: TripModel) -> str:
    """``--lang``, else the trip's ``locale``, else English."""
    if lang is not None:
        return lang.value
    return (model.info.locale if model.info else None) or "en"


@app.command()
def agenda(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The trip file (YAML).")],
    delegate: Annotated[
        list[str] | None,
        typer.Option("--delegate", "-d", help="A delegate key or @group (repeat for several)."),
    ] = None,
    city: Annotated[str | None, typer.Option("--city", "-c", help="Only this city.")] = None,
    day: Annotated[
        str | None,
        typer.Option("--day", help="One local day: YYYY-MM-DD, today or tomorrow."),
    ] = None,
    first: Annotated[str | None, typer.Option("--from", help="From this local day on.")] = None,
    last: Annotated[str | None, typer.Option("--to", help="Up to this local day.")] = None,
    tz: Annotated[
        str,
        typer.Option("--tz", help="local (each place's zone), home, or an IANA zone for all."),
    ] = "local",
    home_time: Annotated[
        bool, typer.Option("--home-time", help="Show the home clock beside local times.")
    ] = False,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="en or fr (default: the trip's locale).")
    ] = None,
    output_format: Annotated[
        AgendaFormat, typer.Option("--format", "-f", help="table, json, markdown or html.")
    ] = AgendaFormat.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead.")
    ] = None,
) -> None:
    """Print the agenda: per delegate, per city, per day, with local times and zones.

    Items are grouped by local day and city, in time order. Rows involved in a
    schedule problem are marked. Exit 2 for an unknown delegate, group or city.
    """
    from mission_cli.agenda import (
        Request,
        RequestError,
        agenda_items,
        check_city,
        expand_delegates,
        parse_day,
    )
    from mission_cli.cli.loading import load_whole_trip
    from mission_cli.render.agenda_view import ViewOptions, build_view
    from mission_cli.render.i18n import label, long_date
    from mission_cli.times import zone_named

    loaded = load_whole_trip(file)
    trip, model = loaded.trip, loaded.model
    assert trip is not None
    assert model is not None
    language = _language(lang, model)
    now = datetime.now(UTC)
    try:
        keys = expand_delegates(trip, delegate) if delegate else None
        where = check_city(trip, city) if city else None
        if day is not None and (first or last):
            raise RequestError("--day cannot be combined with --from or --to")
        first_day, last_day = day or first, day or last
        start = parse_day(first_day, trip, now) if first_day else None
        end = parse_day(last_day, trip, now) if last_day else None
    except RequestError as exc:
        fail(str(exc))
    zone = None
    if tz == "home":
        zone = trip.home_zone
    elif tz != "local":
        zone = zone_named(tz)
        if zone is None:
            from mission_cli.times import unknown_zone_error

            err = unknown_zone_error(tz)
            fail(f"--tz: {err.message}" + (f"; {err.hint}" if err.hint else ""))
    items = agenda_items(loaded, Request(keys, where, start, end))
    if output_format is AgendaFormat.json:
        from mission_cli.render.agenda_json import render_agenda_json

        write_output(render_agenda_json(items), output)
        return
    if keys is not None:
        subject = ", ".join(model.delegates[k].name for k in keys)
        if len(keys) == len(model.delegates):
            subject = label(language, "delegation")
    elif where is not None:
        subject = label(language, "city", city=model.cities[where].name)
    else:
        subject = label(language, "delegation")
    view = build_view(loaded, items, ViewOptions(language, zone, home_time), subject)
    if not items:
        asked = start if start is not None and start == end else None
        if asked and trip.start and trip.end and not trip.start <= asked <= trip.end:
            view.notes.insert(0, label(
                language, "outside", day=long_date(asked, language),
                start=long_date(trip.start, language), end=long_date(trip.end, language),
            ))  # fmt: skip
        else:
            view.notes.insert(0, label(language, "nothing"))
    if output_format is AgendaFormat.table:
        from mission_cli.render.agenda_table import render_agenda_table

        if output is None:
            render_agenda_table(view, stdout_console(wrap=True))
            return
        from rich.console import Console

        buffer = io.StringIO()
        render_agenda_table(view, Console(file=buffer, width=100, no_color=True))
        write_output(buffer.getvalue(), output)
    elif output_format is AgendaFormat.markdown:
        from mission_cli.render.agenda_markdown import render_agenda_markdown

        write_output(render_agenda_markdown(view), output)
    else:
        from mission_cli.render.agenda_html import render_agenda_html

        write_output(render_agenda_html(view), output)


class WhereFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def whereis(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The trip file (YAML).")],
    at: Annotated[
        str,
        typer.Option(
            "--at",
            help="The instant: '2024-04-06 18:00 America/Toronto', an offset, or a time in "
            "home_timezone.",
        ),
    ],
    lang: Annotated[Lang | None, typer.Option("--lang", help="en or fr.")] = None,
    output_format: Annotated[
        WhereFormat, typer.Option("--format", "-f", help="table or json.")
    ] = WhereFormat.table,
) -> None:
    """Where each delegate is at an instant: in which event, on which move, in which city."""
    import json

    from rich.table import Table

    from mission_cli.agenda import RequestError, parse_instant, where_is
    from mission_cli.cli.loading import load_whole_trip
    from mission_cli.render.agenda_view import time_range
    from mission_cli.render.i18n import label
    from mission_cli.times import in_zone

    loaded = load_whole_trip(file)
    trip, model = loaded.trip, loaded.model
    assert trip is not None
    assert model is not None
    language = _language(lang, model)
    try:
        instant = parse_instant(at, trip)
    except RequestError as exc:
        fail(str(exc))
    places = where_is(loaded, instant)
    cities = {k: c.name for k, c in model.cities.items()}
    if output_format is WhereFormat.json:
        rows = []
        for place in places:
            item = place.event or place.move
            rows.append({
                "delegate": place.delegate,
                "state": "event" if place.event else "travel" if place.move else
                         "city" if place.city else "unknown",
                "city": place.city,
                "item": item.id if item else None,
                "venue": place.event.venue if place.event else None,
            })  # fmt: skip
        at_utc = instant.astimezone(UTC).isoformat()
        typer.echo(json.dumps({"at": at_utc, "delegates": rows}, ensure_ascii=False, indent=2))
        return
    assert trip.home_zone is not None
    home = in_zone(instant, trip.home_zone)
    table = Table(
        title=label(language, "whereis", at=f"{home:%Y-%m-%d %H:%M %Z}"), title_justify="left"
    )
    table.add_column(label(language, "delegate"))
    table.add_column(label(language, "doing"))
    for place in places:
        name = model.delegates[place.delegate].name
        if place.event is not None:
            event = place.event
            venue = model.venues[event.venue].name if event.venue else cities[event.city]
            text = label(language, "in_event", title=event.title, venue=venue)
            text += f" · {time_range(event, None)}"
        elif place.move is not None:
            move = place.move
            arrival = in_zone(move.end, move.end_zone)
            text = label(
                language, "on_move", title=move.title,
                route=f"{cities[move.place_city]} → {cities[move.city]}",
                arrival=f"{arrival:%H:%M %Z}",
            )  # fmt: skip
        elif place.city is not None:
            text = label(language, "in_city", city=cities[place.city])
        else:
            text = label(language, "unknown")
        table.add_row(f"{name} ({place.delegate})", text)
    stdout_console(wrap=True).print(table)
