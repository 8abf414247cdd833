"""Beds: ``no-lodging``, ``lodging-wrong-city``, ``lodging-unused``, ``double-lodging``.

All four read the nights of ``resolve/nights.py``, computed once per run. A night whose
only lodging is in another city is ``lodging-wrong-city`` alone: the ``no-lodging`` it
implies would say the same mistake twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from mission_cli.checks.context import CheckContext, person_loc
from mission_cli.checks.folds import fold_runs, runs
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc
from mission_cli.resolve.items import ResolvedStay
from mission_cli.resolve.nights import Nights, nights_by_delegate
from mission_cli.words.message import Message
from mission_cli.words.phrases import nights as nights_said


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
    """One finding per delegate and run of consecutive nights without a bed."""
    if not ctx.trip.model.has_lodging or not all_stays_hold(ctx):
        return
    for key, nights in _nights(ctx).items():
        unhoused: dict[str, list[date]] = {}
        for night in nights:
            if night.city is not None and not night.stays:
                unhoused.setdefault(night.city, []).append(night.day)
        for city, days in unhoused.items():
            for run in runs(days):
                yield _no_lodging(ctx, key, city, run)


def _no_lodging(ctx: CheckContext, key: str, city: str, run: list[date]) -> Diagnostic:
    where = ctx.city_name(city)
    loc, hint = _no_lodging_fix(ctx, key, city, run)
    return ctx.diag(
        loc,
        Message(
            "{who} has no bed in {city} for {nights} (they are in {city} at 03:00)",
            who=key,
            city=where,
            nights=nights_said(run),
        ),
        hint,
        delegates=(key,),
        at_key=loc == ("delegates", key),
        day=run[0],
    )


def _no_lodging_fix(ctx: CheckContext, key: str, city: str, run: list[date]) -> tuple[Loc, Message]:
    """Where the likeliest fix goes, and what it is: a stay of theirs there that starts a
    night late or ends a night early (at its date), a stay there for others on those
    nights (at its guests), else a new stay (at the delegate)."""
    after, before = run[-1] + timedelta(days=1), run[0] - timedelta(days=1)
    for stay in ctx.trip.stays:
        if stay.city != city or key not in stay.guests:
            continue
        if stay.first == after:
            hint = Message(
                "'{id}' starts the night after: move its check_in to {date}",
                id=stay.id,
                date=run[0],
            )
            return ("lodging", stay.index, "check_in"), hint
        if stay.last == before:
            hint = Message(
                "'{id}' ends the night before: move its check_out to {date}", id=stay.id, date=after
            )
            return ("lodging", stay.index, "check_out"), hint
    where = ctx.city_name(city)
    for stay in ctx.trip.stays:
        if stay.city == city and stay.first <= run[-1] and stay.last >= run[0]:
            hint = Message(
                "add {who} to the guests of '{id}', or add a lodging in {city} for them",
                who=key,
                id=stay.id,
                city=where,
            )
            base: Loc = ("lodging", stay.index, "guests")
            return (base if stay.stay.guests is not None else ("lodging", stay.index, "id")), hint
    hint = Message(
        "add a lodging in {city} with check_in: {first} and check_out: {after} whose guests "
        "include {who}",
        city=where,
        first=run[0],
        after=after,
        who=key,
    )
    return ("delegates", key), hint


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
    for key, nights in _nights(ctx).items():
        for night in nights:
            if night.city is None or any(s.city == night.city for s in night.stays):
                continue
            for stay in night.stays:
                found.setdefault((stay.index, night.city), {}).setdefault(key, []).append(night.day)
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
    for key, nights in _nights(ctx).items():
        for night in nights:
            if night.in_transit and night.city is None:
                for stay in night.stays:
                    found.setdefault((stay.index, ""), {}).setdefault(key, []).append(night.day)
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
            Message(
                "the last night is the day before check_out: move check_out a day earlier, or "
                "take them off the guests for those nights"
            ),
            items=(stay,),
            delegates=who,
            day=days[0],
        )


def double_lodging(ctx: CheckContext) -> Iterator[Diagnostic]:
    if len(ctx.trip.stays) < 2:
        return
    found: dict[tuple[int, int], dict[str, list[date]]] = {}
    for key, nights in _nights(ctx).items():
        for night in nights:  # each further stay of a night against the first one
            for second in night.stays[1:]:
                pair = (night.stays[0].index, second.index)
                found.setdefault(pair, {}).setdefault(key, []).append(night.day)
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
            Message("take them off the guests of one of them, or correct its dates"),
            items=(first, second),
            delegates=who,
            day=days[0],
        )
