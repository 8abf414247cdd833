"""Beds: ``no-lodging``, ``lodging-wrong-city``, ``lodging-unused``, ``double-lodging``.

All four read the nights of ``resolve/nights.py``, computed once per run. A night whose
only lodging is in another city is ``lodging-wrong-city`` alone: the ``no-lodging`` it
implies would say the same mistake twice.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from datetime import date, timedelta
from typing import TypeVar

from mission_cli.checks.context import CheckContext, person_loc
from mission_cli.checks.folds import fold_runs, runs
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc
from mission_cli.resolve.items import ResolvedStay
from mission_cli.resolve.nights import Night, Nights, nights_by_delegate
from mission_cli.resolve.whereabouts import alike
from mission_cli.words.message import Message

W = TypeVar("W", bound=Hashable)


def nights_said(days: list[date]) -> Message:
    """``words.phrases.nights``, imported for a finding (which a clean trip never has)."""
    from mission_cli.words.phrases import nights

    return nights(days)


def _nights(ctx: CheckContext) -> dict[str, Nights]:
    nights, cut = ctx.memo("nights", lambda: nights_by_delegate(ctx.trip, ctx.timelines))
    if cut:
        ctx.stop()  # years of nights: the first ones are looked at, and it says so
    return nights


def all_stays_hold(ctx: CheckContext) -> bool:
    """Whether every entry of ``lodging`` is known: with one in error (``checkin:``), a
    missing bed would only repeat that error."""
    return len(ctx.trip.stays) == ctx.trip.model.lodging_written


def no_lodging(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One finding per city, run of consecutive nights and fix, listing every delegate
    without a bed there (a hotel a night short for the whole delegation is one mistake)."""
    if not ctx.trip.model.has_lodging or not all_stays_hold(ctx):
        return
    found: dict[tuple[str, Fix], dict[str, list[date]]] = {}
    for nights, keys in alike(_nights(ctx)):  # once for a delegation that travels together
        unhoused: dict[str, list[date]] = {}
        for night in nights:
            if night.city is not None and not night.stays:
                unhoused.setdefault(night.city, []).append(night.day)
        for key in keys:
            for city, days in unhoused.items():
                for days_run in runs(days):
                    fix = _no_lodging_fix(ctx, key, city, days_run)
                    found.setdefault((city, fix), {}).setdefault(key, []).extend(days_run)
    for ((city, fix), run), who in fold_runs(found):
        yield _no_lodging(ctx, city, fix, list(run), who)


Fix = tuple[str, int]
"""The likeliest fix of a night without a bed: (``check_in``, a stay's index) for a
stay of theirs there that starts a night late, (``check_out``, index) for one that ends
a night early, (``guests``, index) for a stay there for others, (``new``, -1) else."""


def _no_lodging_fix(ctx: CheckContext, key: str, city: str, run: list[date]) -> Fix:
    after, before = run[-1] + timedelta(days=1), run[0] - timedelta(days=1)
    for stay in ctx.trip.stays:
        if stay.city != city or key not in stay.guests:
            continue
        if stay.first == after:
            return ("check_in", stay.index)
        if stay.last == before:
            return ("check_out", stay.index)
    for stay in ctx.trip.stays:
        if stay.city == city and stay.first <= run[-1] and stay.last >= run[0]:
            return ("guests", stay.index)
    return ("new", -1)


def _no_lodging(
    ctx: CheckContext, city: str, fix: Fix, run: list[date], who: set[str]
) -> Diagnostic:
    where, names = ctx.city_name(city), ctx.who(who)
    loc, hint = _fix_said(ctx, fix, where, run, who)
    return ctx.diag(
        loc,
        Message.plural(
            names.count,
            "{who} has no bed in {city} for {nights} (they are in {city} at 03:00)",
            "{who} have no bed in {city} for {nights} (they are in {city} at 03:00)",
            who=names,
            city=where,
            nights=nights_said(run),
        ),
        hint,
        delegates=who,
        at_key=fix[0] == "new",
        day=run[0],
    )


def _fix_said(
    ctx: CheckContext, fix: Fix, where: str, run: list[date], who: set[str]
) -> tuple[Loc, Message]:
    """Where the fix goes (a stay's date, a stay's guests, the first delegate), and what
    it is."""
    how, index = fix
    after = run[-1] + timedelta(days=1)
    if how == "new":
        return ("delegates", ctx.in_file_order(who)[0]), Message(
            "add a lodging in {city} with check_in: {first} and check_out: {after} whose "
            "guests include {who}",
            city=where,
            first=run[0],
            after=after,
            who=ctx.who(who),
        )
    stay = next(s for s in ctx.trip.stays if s.index == index)
    if how == "check_in":
        return ("lodging", index, "check_in"), Message(
            "'{id}' starts the night after: move its check_in to {date}", id=stay.id, date=run[0]
        )
    if how == "check_out":
        return ("lodging", index, "check_out"), Message(
            "'{id}' ends the night before: move its check_out to {date}", id=stay.id, date=after
        )
    hint = Message(
        "add {who} to the guests of '{id}', or add a lodging in {city} for them",
        who=ctx.who(who),
        id=stay.id,
        city=where,
    )
    base: Loc = ("lodging", index, "guests")
    return (base if stay.stay.guests is not None else ("lodging", index, "id")), hint


def _stay_loc(ctx: CheckContext, stay: ResolvedStay, run: list[date], key: str) -> Loc:
    """``check_out`` for nights at a stay's end, ``check_in`` at its start, else the
    guest's entry: where the fix most likely goes."""
    if run[-1] == stay.last:
        return ("lodging", stay.index, "check_out")
    if run[0] == stay.first:
        return ("lodging", stay.index, "check_in")
    base: Loc = ("lodging", stay.index, "guests")
    return person_loc(ctx, base, stay.stay.guests, key, ("lodging", stay.index, "id"))


def lodging_wrong_city(ctx: CheckContext) -> Iterator[Diagnostic]:
    if not ctx.trip.stays or not all_stays_hold(ctx):
        return
    found: dict[tuple[int, str], dict[str, list[date]]] = {}
    for nights, keys in alike(_nights(ctx)):
        elsewhere: dict[tuple[int, str], list[date]] = {}
        for night in nights:
            if night.city is None:
                continue
            for stay in night.stays:  # a bed elsewhere, whether or not one is here too
                if stay.city != night.city:
                    elsewhere.setdefault((stay.index, night.city), []).append(night.day)
        _each(found, elsewhere, keys)
    stays = {stay.index: stay for stay in ctx.trip.stays}
    for ((index, city), run), who in fold_runs(found):
        stay, days = stays[index], list(run)
        names = ctx.who(who)
        yield ctx.diag(
            _stay_loc(ctx, stay, days, ctx.in_file_order(who)[0]),
            Message.plural(
                len(days),
                "'{id}' ({place}) holds {who} for {nights}, but that night they are in {city} "
                "(at 03:00)",
                "'{id}' ({place}) holds {who} for {nights}, but those nights they are in {city} "
                "(at 03:00)",
                id=stay.id,
                place=ctx.city_name(stay.city),
                who=names,
                nights=nights_said(days),
                city=ctx.city_name(city),
            ),
            Message(
                "check the dates of '{id}' (the last night is the day before check_out), or "
                "lodge {who} in {city}",
                id=stay.id,
                who=names,
                city=ctx.city_name(city),
            ),
            items=(stay,),
            delegates=who,
            day=days[0],
        )


def lodging_unused(ctx: CheckContext) -> Iterator[Diagnostic]:
    if not ctx.trip.stays:
        return
    found: dict[tuple[int, str], dict[str, list[date]]] = {}
    for nights, keys in alike(_nights(ctx)):
        unused: dict[tuple[int, str], list[date]] = {}
        for night in nights:
            if night.in_transit and night.city is None:
                for stay in night.stays:
                    unused.setdefault((stay.index, ""), []).append(night.day)
        _each(found, unused, keys)
    stays = {stay.index: stay for stay in ctx.trip.stays}
    for ((index, _), run), who in fold_runs(found):
        stay, days = stays[index], list(run)
        names = ctx.who(who)
        yield ctx.diag(
            _stay_loc(ctx, stay, days, ctx.in_file_order(who)[0]),
            Message(
                "'{id}' holds {who} for {nights}, which they spend in transit",
                id=stay.id,
                who=names,
                nights=nights_said(days),
            ),
            Message.plural(
                names.count,
                "the last night is the day before check_out: move check_out a day earlier, or "
                "take them off the guests for those nights",
                "the last night is the day before check_out: move check_out a day earlier, or "
                "take them off the guests for those nights",
            ),
            items=(stay,),
            delegates=who,
            day=days[0],
        )


def double_lodging(ctx: CheckContext) -> Iterator[Diagnostic]:
    if len(ctx.trip.stays) < 2:
        return
    found: dict[tuple[int, int], dict[str, list[date]]] = {}
    for nights, keys in alike(_nights(ctx)):
        twice: dict[tuple[int, int], list[date]] = {}
        for night in nights:  # each further stay of a night against the first one
            here = _in_its_city(night)
            for second in here[1:]:
                twice.setdefault((here[0].index, second.index), []).append(night.day)
        _each(found, twice, keys)
    stays = {stay.index: stay for stay in ctx.trip.stays}
    for ((a, b), run), who in fold_runs(found):
        first, second, days = stays[a], stays[b], list(run)
        key, names = ctx.in_file_order(who)[0], ctx.who(who)
        base: Loc = ("lodging", second.index, "guests")
        yield ctx.diag(
            person_loc(ctx, base, second.stay.guests, key, ("lodging", second.index, "id")),
            Message.plural(
                names.count,
                "{who} has two beds for {nights}: '{first}' and '{second}'",
                "{who} have two beds for {nights}: '{first}' and '{second}'",
                who=names,
                nights=nights_said(days),
                first=first.id,
                second=second.id,
            ),
            Message.plural(
                names.count,
                "take them off the guests of one of them, or correct its dates",
                "take them off the guests of one of them, or correct its dates",
            ),
            items=(first, second),
            delegates=who,
            day=days[0],
        )


def _each(
    found: dict[W, dict[str, list[date]]], days: dict[W, list[date]], keys: list[str]
) -> None:
    """What a group of delegates sharing their nights found, for each of them."""
    for what, nights in days.items():
        by_key = found.setdefault(what, {})
        for key in keys:
            by_key[key] = nights


def _in_its_city(night: Night) -> tuple[ResolvedStay, ...]:
    """The stays of a night that are in the city of the night: a bed in another city is
    ``lodging-wrong-city``'s, never a second bed."""
    if night.city is None:
        return night.stays
    return tuple(stay for stay in night.stays if stay.city == night.city)
