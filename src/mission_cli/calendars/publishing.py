"""The calendars ``mission publish`` sends: each selected delegate's and the whole
programme's, made from the same entries, UIDs and words as ``export ics``
(``calendars/ics.py``), one VCALENDAR per item, as CalDAV wants them.

What the export's manifest does for files, the publish's state does for the server
(``publish/state.py``): an item's ``SEQUENCE`` grows when its text changes. Items left
out of the trip for errors of their own are ``kept`` (never removed for it, as an
export never cancels them), and only UIDs of this trip (its ``scope``) are ever removed
from a calendar, which may hold another trip's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from mission_cli.calendars.ics import IcsOptions, item_calendars, trip_uid_part, uid_of
from mission_cli.pipeline import LoadedTrip
from mission_cli.publish.plan import CalendarToPublish
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.views.calendar import CalendarEntry, calendar_name
from mission_cli.views.items import items_left_out, route
from mission_cli.views.publish import PROGRAMME
from mission_cli.words.terms import MODES
from mission_cli.words.words import Words


def uid_scope(trip: ResolvedTrip) -> str:
    """How every UID of the trip ends (``.title.20240403@mission``)."""
    return f".{trip_uid_part(trip)}@mission"


def trip_calendars(
    loaded: LoadedTrip, keys: Sequence[str], options: IcsOptions
) -> list[CalendarToPublish]:
    """The calendar of each delegate of ``keys``, then the programme's (every item)."""
    trip = loaded.trip
    kept = frozenset(uid_of(trip, ident) for ident in items_left_out(loaded))
    scope = uid_scope(trip)
    options = replace(options, stamp=options.stamp or datetime.now(UTC))
    made: dict[CalendarEntry, tuple[str, str]] = {}  # an item in many calendars: written once
    found = []
    for key in [*keys, None]:
        items = item_calendars(loaded, key, options, made)
        name = calendar_name(loaded, key, options.said.words)
        found.append(CalendarToPublish(key or PROGRAMME, name, items, kept, scope))
    return found


def item_titles(loaded: LoadedTrip, words: Words) -> dict[str, str]:
    """UID -> the item's title, as the agenda names it (to say which item a conflict
    is about)."""
    trip, model = loaded.trip, loaded.model
    found = {uid_of(trip, e.event.id): e.event.title for e in trip.events}
    for item in trip.moves:
        mode = words.term(MODES[item.move.mode])
        found[uid_of(trip, item.move.id)] = f"{mode} {route(model, item.move)}"
    return found
