"""What a command asks of a trip: delegates, a city, days, an instant.

A name the trip does not have is a :class:`RequestError` with "did you mean".
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta, tzinfo

from mission_cli.clock.abbreviations import abbreviation_at, looks_like_abbreviation, readings
from mission_cli.clock.times import (
    TimeTextError,
    in_zone,
    lenient_instant,
    parse_date,
    parse_time_text,
    to_instant,
    zone_name,
)
from mission_cli.clock.zones import zone_named
from mission_cli.resolve.attendees import expand
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.resolve.whereabouts import Timeline, build_timelines, on_leg_in, place_at
from mission_cli.suggest import nearest, suggestion
from mission_cli.words.message import N_, Arg, Message, MessageError
from mission_cli.words.phrases import And


class RequestError(MessageError, ValueError):
    """A request that names something the trip does not have."""


def _unknown(template: str, guessed: str, word: str, pool: list[str], **args: Arg) -> Message:
    """``template`` (``unknown city '{name}'``), or ``guessed`` (the same and ``; {guess}``)
    when ``word`` is a typo of one of ``pool``."""
    guess = suggestion(nearest(word, pool))
    if guess is None:
        return Message(template, **args)
    return Message(guessed, guess=guess, **args)


def expand_delegates(trip: ResolvedTrip, names: list[str]) -> tuple[str, ...]:
    """Keys, names and ``@group``s -> delegate keys, in the file's order. As in the file,
    ``-key`` and ``-@group`` take away; a list that starts by taking away starts from
    everyone (``-d -@startups``: all but the startups). A list that selects nobody is
    refused."""
    model = trip.model
    keys = [one_delegate(trip, n) if _is_a_name(trip, n) else n for n in names]
    if keys and keys[0].startswith("-"):
        keys = ["all", *keys]
    found = expand(keys, tuple(model.delegates), trip.groups)
    for _, name in found.unknown:
        if name.lstrip("-").startswith("@"):
            pool = [f"@{g}" for g in trip.groups]
            said = _unknown(
                N_("unknown group '{name}'"),
                N_("unknown group '{name}'; {guess}"),
                name,
                pool,
                name=name,
            )
            raise RequestError(said)
        one_delegate(trip, name.lstrip("-"))  # says which delegate was meant
    if not found.keys:
        raise RequestError(Message("{names} selects nobody", names=" ".join(names)))
    return found.keys


def expand_in_versions(old: ResolvedTrip, new: ResolvedTrip, names: list[str]) -> tuple[str, ...]:
    """Keys, names and ``@group``s read in two versions of a trip: a group is its members
    in either (the one who left it is among them), a delegate one who is in either (one
    who left the trip has what was cancelled). The new version's order, then the old's;
    refused, as the new version says, when neither version knows a name."""
    found: list[tuple[str, ...]] = []
    refusal: RequestError | None = None
    for trip in (new, old):
        try:
            found.append(expand_delegates(trip, names))
        except RequestError as exc:
            refusal = refusal or exc
    if not found:
        assert refusal is not None
        raise refusal
    return tuple(dict.fromkeys(key for keys in found for key in keys))


def _is_a_name(trip: ResolvedTrip, name: str) -> bool:
    lowered = name.casefold()
    return any(d.name.casefold() == lowered for d in trip.model.delegates.values())


def one_delegate(trip: ResolvedTrip, name: str) -> str:
    """A delegate key, found by key or by name (``nappere`` or ``Nathalie Appéré``); for
    neither, "did you mean" among keys, names and words of names (``appere``)."""
    model = trip.model
    keys = list(model.delegates)
    if name in keys:
        return name
    by_name = {d.name.casefold(): k for k, d in model.delegates.items()}
    if name.casefold() in by_name:
        return by_name[name.casefold()]
    by_word = {word: k for k, d in model.delegates.items() for word in d.name.casefold().split()}
    guess = (
        by_word.get(name.casefold())
        or nearest(name, keys)
        or by_name.get(nearest(name.casefold(), list(by_name)) or "")
        or by_word.get(nearest(name.casefold(), list(by_word)) or "")
    )
    hint = suggestion(guess) or Message("the delegates are: {names}", names=", ".join(keys))
    raise RequestError(Message("unknown delegate '{name}'; {hint}", name=name, hint=hint))


def check_city(trip: ResolvedTrip, city: str) -> str:
    """A city's key, found by key or by name (``quebec`` or ``Québec``)."""
    cities = trip.model.cities
    if city in cities:
        return city
    by_name = {c.name.casefold(): k for k, c in cities.items()}
    if city.casefold() in by_name:
        return by_name[city.casefold()]
    said = _unknown(
        N_("unknown city '{name}'"),
        N_("unknown city '{name}'; {guess}"),
        city,
        list(cities),
        name=city,
    )
    raise RequestError(said)


def parse_day(text: str, trip: ResolvedTrip, now: datetime) -> date:
    """``YYYY-MM-DD``, ``today`` or ``tomorrow`` (in the zone of the delegation's city)."""
    word = text.strip().lower()
    if word in _DAYS:
        today = in_zone(now, delegation_zone(trip, now)).date()
        return today + timedelta(days=1) if word in ("tomorrow", "demain") else today
    try:
        return parse_date(text)
    except TimeTextError as exc:
        pool = [] if word[:1].isdigit() else list(_DAYS)
        said = _unknown(
            N_("{problem}: write YYYY-MM-DD, today or tomorrow"),
            N_("{problem}: write YYYY-MM-DD, today or tomorrow; {guess}"),
            word,
            pool,
            problem=exc.said,
        )
        raise RequestError(said) from None


_DAYS = ("today", "tomorrow", "aujourd'hui", "demain")
_NOW = ("now", "maintenant")
_RELATIVE = re.compile(r"(today|tomorrow|aujourd'hui|demain)\s+(\d{1,2}:\d{2})", re.IGNORECASE)


def parse_instant(text: str, trip: ResolvedTrip, now: datetime) -> datetime:
    """A time for ``whereis``: ``now``; ``today 14:00`` or ``tomorrow 09:00`` in the
    zone of the city where the delegation is; a time with its zone or offset; any other
    time in the home zone."""
    zone = trip.home_zone
    name = trip.model.info.home_timezone if trip.model.info else "UTC"
    if zone is None:
        raise RequestError(Message("the trip has no valid home_timezone"))
    if text.strip().casefold() in _NOW:
        return now
    relative = _RELATIVE.fullmatch(text.strip())
    try:
        if relative is not None:
            day = parse_day(relative[1], trip, now)
            here = delegation_zone(trip, now)
            wall = parse_time_text(f"{day:%Y-%m-%d} {relative[2]}")
            return to_instant(wall, here, str(getattr(here, "zone", here)))
        parsed = parse_time_text(text)
        abbreviation = parsed.zone if parsed.zone and zone_named(parsed.zone) is None else None
        if abbreviation is not None and looks_like_abbreviation(abbreviation):
            return by_abbreviation(trip, parsed.wall, abbreviation)  # JST: the trip's zones
        return to_instant(parsed, zone, name)
    except TimeTextError as exc:
        raise RequestError(_not_an_instant(exc, text, relative is None)) from None


def _not_an_instant(exc: TimeTextError, text: str, absolute: bool) -> Message:
    """What is wrong with ``--at TEXT``, and how to write it."""
    hint = exc.hint_said
    if absolute and not text[:4].isdigit():
        hint = Message("write now, today HH:MM, tomorrow HH:MM, or YYYY-MM-DD HH:MM with a zone")
        first, _, rest = text.strip().partition(" ")
        guess = nearest(first, [*_NOW, *_DAYS])
        if guess is not None and guess.casefold() != first.casefold():  # not what was typed
            meant = suggestion(f"{guess} {rest}".strip())
            hint = Message("{hint}; {guess}", hint=hint, guess=meant) if meant else hint
    if hint is None:
        return exc.said
    return Message("{problem} ({hint})", problem=exc.said, hint=hint)


def by_abbreviation(trip: ResolvedTrip, wall: datetime, abbreviation: str) -> datetime:
    """The instant of ``wall`` written with a zone's abbreviation (``JST``, ``CEST``):
    read in the trip's zones that use it at that instant. Zones that agree (Tokyo and
    Sendai, New York and Toronto) are one reading; zones that do not (``CST``: Chicago
    and Shanghai) are refused with each reading, as is a name none of them uses then
    (``CEST`` in winter), with what they use."""
    places = trip_zones(trip)
    found = {name: readings(wall, abbreviation, zone) for name, (zone, _) in places.items()}
    instants = sorted({moment for moments in found.values() for moment in moments})
    if len(instants) == 1:
        return instants[0]
    day = f"{wall:%Y-%m-%d}"
    if not instants:
        used: dict[str, list[str]] = {}
        for name, (zone, _) in places.items():
            used.setdefault(abbreviation_at(lenient_instant(wall, zone), zone), []).append(name)
        said = And(tuple(f"{used_by} ({', '.join(names)})" for used_by, names in used.items()))
        raise RequestError(
            Message(
                "{abbreviation} is none of the trip's zones on {day}, which are {used}: write "
                "one of these, an offset or the zone",
                abbreviation=abbreviation,
                day=day,
                used=said,
            )
        )
    readings_said = And(
        tuple(
            Message(
                "{offset} in {towns}",
                offset=_offset(moments[0], places[n][0]),
                towns=_towns(places[n][1], n),
            )
            for n, moments in found.items()
            if moments
        )
    )
    first = next(n for n, moments in found.items() if moments)
    example = f"{wall:%Y-%m-%d %H:%M}"
    with_offset = f"{example} {_offset(found[first][0], places[first][0])[3:]}"
    with_zone = f"{example} {first}"
    raise RequestError(
        Message(
            "{abbreviation} is {readings} on {day}: write the offset or the zone, such as "
            "'{with_offset}' or '{with_zone}'",
            abbreviation=abbreviation,
            readings=readings_said,
            day=day,
            with_offset=with_offset,
            with_zone=with_zone,
        )
    )


def trip_zones(trip: ResolvedTrip) -> dict[str, tuple[tzinfo, list[str]]]:
    """The trip's zones by IANA name, each with its cities' names (the home zone first)."""
    zones: dict[str, tuple[tzinfo, list[str]]] = {}
    if trip.home_zone is not None:
        zones[zone_name(trip.home_zone)] = (trip.home_zone, [])
    for key, zone in trip.zones.items():
        city = trip.model.cities.get(key)
        zones.setdefault(zone_name(zone), (zone, []))[1].append(city.name if city else key)
    return zones


def _towns(names: list[str], zone: str) -> Arg:
    """``Tokyo and Sendai (Asia/Tokyo)``, or the zone alone (home, with no city)."""
    if not names:
        return zone
    return Message("{towns} ({zone})", towns=And(tuple(names)), zone=zone)


def _offset(instant: datetime, zone: tzinfo) -> str:
    """``UTC+09:00``."""
    text = in_zone(instant, zone).strftime("%z")
    return f"UTC{text[:3]}:{text[3:]}"


def delegation_zone(trip: ResolvedTrip, now: datetime) -> tzinfo:
    """The zone of the city where most delegates are at ``now`` (home when none is known)."""
    timelines = build_timelines(trip)
    places = Counter(
        city for key in trip.model.delegates if (city := city_of(trip, timelines[key], now))
    )
    if places:
        city = places.most_common(1)[0][0]
        if city in trip.zones:
            return trip.zones[city]
    if trip.home_zone is None:  # reported as unknown-timezone: no "today" to read
        raise RequestError(
            Message("the trip has no valid home_timezone, so 'today' means nothing yet")
        )
    return trip.home_zone


def city_of(trip: ResolvedTrip, timeline: Timeline, at: datetime) -> str | None:
    """The city a delegate is in at ``at``, by moves or legs (None in transit or unknown)."""
    if timeline.moves:
        return place_at(timeline, at).city
    for leg in timeline.legs:
        zone = trip.zones.get(leg.leg.city)
        if zone is not None and on_leg_in(timeline, leg.leg.city, in_zone(at, zone).date()):
            return leg.leg.city
    return None
