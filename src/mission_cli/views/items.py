"""How an item is named, where it happens and who takes part: one wording for every view."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from mission_cli.model.build import TripModel
from mission_cli.model.schema import Move
from mission_cli.pipeline import LoadedTrip
from mission_cli.words.terms import MODES
from mission_cli.words.words import Words


def city_name(model: TripModel, key: str) -> str:
    """A city's display name (its key when the city is unknown)."""
    city = model.cities.get(key)
    return city.name if city else key


def carrier_label(move: Move) -> str:
    """``Air France AF 347``: the carrier and the number, as far as they are given."""
    return " ".join(part for part in (move.carrier, move.number) if part)


def move_label(words: Words, mode: str | None, carrier: str | None) -> str:
    """A move as a row names it: ``Vol Air France AF 276`` (its mode, then its carrier
    and number where given)."""
    label = words.term(MODES[mode or "other"])
    return f"{label} {carrier}" if carrier else label


def kind_aside(kind: str | None) -> str | None:
    """An event's kind, set apart from its title where both are shown: ``(réunion
    interne)``, on a line of its own, never run on after the title's last word."""
    return f"({kind})" if kind else None


def route(model: TripModel, move: Move) -> str:
    """``Rochester → Québec``."""
    return route_between(model, move.from_, move.to)


def route_between(model: TripModel, origin: str, destination: str) -> str:
    return f"{city_name(model, origin)} → {city_name(model, destination)}"


def event_place(
    model: TripModel, city: str, venue: str | None, *, address: bool, with_city: bool
) -> str:
    """Where an event happens: its venue (with its address, or its city, when asked and
    known), or its city."""
    town = city_name(model, city)
    if venue is None or venue not in model.venues:
        return town
    place = model.venues[venue]
    parts = [place.name]
    if address and place.address:
        parts.append(place.address)
    elif with_city:
        parts.append(town)
    return ", ".join(parts)


def venue_contact(model: TripModel, venue: str | None, words: Words) -> str | None:
    """``contact : Service du protocole, +1 418 555 0150``: the person on site (not
    personal data: it is shown in agendas)."""
    place = model.venues.get(venue) if venue is not None else None
    if place is None or place.contact is None:
        return None
    who = ", ".join(p for p in (place.contact.name, place.contact.phone) if p)
    return words.t("contact: {who}", who=who)


def is_whole_delegation(model: TripModel, keys: Collection[str]) -> bool:
    """Whether ``keys`` are every delegate of the trip (and there are some)."""
    return bool(keys) and len(keys) == len(model.delegates)


def group_or_delegate(model: TripModel, name: str, words: Words) -> str | None:
    """How a name of an attendee list is printed: ``all``, a group by its display name
    (``@elus`` -> ``Élus``; undeclared, by its name: ``elus``), a delegate by their name;
    None for a name that names nobody (its own diagnostic says so)."""
    if name == "all":
        return words.t("whole delegation")
    if name.startswith("@"):
        group = model.groups.get(name[1:])
        if group is not None:
            return group.name
        used = any(name[1:] in d.groups for d in model.delegates.values())
        return name[1:] if used else None
    delegate = model.delegates.get(name)
    return delegate.name if delegate is not None else None


def people_text(
    model: TripModel, written: Sequence[str] | None, keys: Collection[str], words: Words
) -> str:
    """The people of an item as printed: the whole delegation, groups by their display
    names and names; where the list takes people away, what it comes to ("toute la
    délégation sauf …", or the names left)."""
    if written is None or is_whole_delegation(model, keys):
        return words.t("whole delegation")
    if not keys:
        return words.t("nobody")
    if any(entry.startswith("-") for entry in written):
        missing = [k for k in model.delegates if k not in keys]
        if len(missing) < len(keys):
            names = ", ".join(delegate_names(model, missing))
            return words.t("whole delegation except {names}", names=names)
        return ", ".join(delegate_names(model, [k for k in model.delegates if k in keys]))
    parts = [group_or_delegate(model, entry, words) for entry in written]
    return ", ".join(dict.fromkeys(p for p in parts if p is not None)) or words.t("nobody")


def delegate_names(model: TripModel, keys: Collection[str]) -> list[str]:
    return [model.delegates[k].name for k in keys if k in model.delegates]


def items_left_out(loaded: LoadedTrip) -> list[str]:
    """The ids of the events and moves written in the file that the schedule does not
    hold, because their own time or place (or their shape) is in error."""
    model, trip = loaded.model, loaded.trip
    held = {e.id for e in trip.events} | {m.id for m in trip.moves}
    if not trip.events_resolved:  # not read: none is left out for an error of its own
        held |= {e.id for _, e in model.events} | model.declared.get("events", set())
    written = [e.id for _, e in model.events] + [m.id for _, m in model.travel]
    written += sorted(
        (model.declared.get("events", set()) | model.declared.get("travel", set())) - set(written)
    )
    return [ident for ident in dict.fromkeys(written) if ident not in held]
