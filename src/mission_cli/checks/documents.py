"""Entry documents: ``missing-document`` and ``document-expired``.

Each delegate's countries come from ``resolve/borders.py``; what a country asks is its
``entry`` rule. A passport of any issuer counts; a visa, an ESTA or an eTA counts for
the country it names, and a residence permit for the country that issued it stands for its
visa (version 1.2); an identity card is also satisfied by a passport. ``exempt``
nationalities need only the passport (and an identity card). A document number is
never part of a finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from dateutil.relativedelta import relativedelta

from mission_cli.checks.context import CheckContext
from mission_cli.checks.folds import Folds
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc
from mission_cli.model.schema import Delegate
from mission_cli.model.supplies import EntryRule
from mission_cli.resolve.borders import CountryStay, entries, home_countries
from mission_cli.resolve.items import ResolvedDocument, ResolvedMove
from mission_cli.words.message import Message

IDENTITY = ("passport", "id-card")
"""Documents of who one is: the only ones an exempt nationality needs."""


def nationalities(delegate: Delegate) -> set[str]:
    """A delegate's ``nationality``; without one, the issuers of their passports."""
    if delegate.nationality is not None:
        return {delegate.nationality}
    return {d.country for d in delegate.documents if d.type == "passport"}


def required(rule: EntryRule, nationality: set[str]) -> list[str]:
    """The document types a delegate of that nationality needs to enter."""
    if nationality & set(rule.exempt):
        return [t for t in rule.requires if t in IDENTITY]
    return list(dict.fromkeys(rule.requires))


def matching(held: list[ResolvedDocument], kind: str, country: str) -> list[ResolvedDocument]:
    """The documents that meet a requirement of ``kind`` for entering ``country``."""
    if kind == "passport":
        return [d for d in held if d.document.type == "passport"]
    if kind == "id-card":
        return [d for d in held if d.document.type in IDENTITY]
    kinds = (kind, "residence-permit") if kind == "visa" else (kind,)
    return [d for d in held if d.document.type in kinds and d.document.country == country]


def valid_until(kind: str, stay: CountryStay, rule: EntryRule) -> date | None:
    """The date a document must still be valid on: leaving the country (a passport: plus
    ``passport_valid_months``)."""
    until = stay.leave or stay.enter
    if until is None:
        return None
    if kind == "passport" and rule.passport_valid_months:
        return until + relativedelta(months=rule.passport_valid_months)
    return until


Governed = tuple[str, CountryStay, EntryRule, list[str]]


def _entries(ctx: CheckContext) -> list[Governed]:
    """(delegate, country stay, its rule, the types they need) for every entry a rule
    governs: found once for both rules of the documents."""
    return ctx.memo("governed entries", lambda: list(_governed(ctx)))


def _governed(ctx: CheckContext) -> Iterator[Governed]:
    entry = ctx.trip.model.entry
    if not entry:
        return
    incomplete = ctx.trip.model.incomplete
    shared: dict[int, list[CountryStay]] = {}  # a delegation that travels together
    for key, timeline in ctx.timelines.items():
        if incomplete.get(f"delegates.{key}", set()) & {"documents", "nationality"}:
            continue  # a document or a nationality in error: its own error says it
        nationality = nationalities(ctx.trip.model.delegates[key])
        stays = shared.get(id(timeline))
        if stays is None:
            stays = shared[id(timeline)] = entries(ctx.trip, timeline)
        for stay in stays:
            rule = entry.get(stay.country)
            if rule is not None:
                yield key, stay, rule, required(rule, nationality)


def missing_document(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One finding per country entry and missing type, listing every delegate."""
    found: Folds[tuple[str, str, int | None], tuple[CountryStay, str]] = Folds()
    has: dict[tuple[str, str, str], bool] = {}  # each delegate enters a country many times
    for key, stay, _, kinds in _entries(ctx):
        for kind in kinds:
            if (key, kind, stay.country) not in has:
                has[key, kind, stay.country] = _holds(ctx, key, kind, stay.country)
            if has[key, kind, stay.country]:
                continue
            move = stay.enter_move.index if stay.enter_move else None
            found.add((stay.country, kind, move), (stay, kind), key)
    for (stay, kind), who in found:
        yield _missing(ctx, stay.country, kind, stay, who)


def _holds(ctx: CheckContext, key: str, kind: str, country: str) -> bool:
    """Whether a delegate holds a document of ``kind`` for ``country``, or wrote one whose
    error is reported as such (a date in error: the document is not missing)."""
    held = ctx.trip.documents.get(key, [])
    if matching(held, kind, country):
        return True
    written = ctx.trip.model.delegates[key].documents
    unread = {(d.type, d.country) for d in written} - {
        (d.document.type, d.document.country) for d in held
    }
    return any(t == kind for t, _ in unread)


def _missing(
    ctx: CheckContext, country: str, kind: str, stay: CountryStay, who: set[str]
) -> Diagnostic:
    from mission_cli.words.phrases import Document, Documents, Entering  # only for a finding

    first = ctx.in_file_order(who)[0]
    written = ctx.trip.model.delegates[first].documents
    loc: Loc = ("delegates", first, "documents") if written else ("delegates", first)
    how = Message(" with '{id}'", id=stay.enter_move.id) if stay.enter_move else ""
    rule = ctx.trip.model.entry[country]
    issuer = country
    if kind in IDENTITY:  # issued by their own country, whichever it is
        own = {n for k in who for n in nationalities(ctx.trip.model.delegates[k])}
        issuer = own.pop() if len(own) == 1 else "ISSUER"
    example = f"{{type: {kind}, country: {issuer}, expires: YYYY-MM-DD}}"
    hint = Message("add `- {example}` to the documents of {who}", example=example, who=ctx.who(who))
    coming_home = kind == "visa" and country in home_countries(ctx.trip)
    if coming_home:  # their residence permit does as well
        permit = f"{{type: residence-permit, country: {country}, expires: YYYY-MM-DD}}"
        hint = Message(
            "add `- {example}` (or the visa) to the documents of {who}",
            example=permit,
            who=ctx.who(who),
        )
    elsewhere = [i for i, d in enumerate(written) if d.type == kind and d.country != country]
    if coming_home:  # a visa for elsewhere is no mistake
        elsewhere = []
    if kind not in IDENTITY and elsewhere and len(who) == 1:  # an ESTA written for Canada
        place = ctx.trip.model.kept_at.get(f"delegates.{first}.documents")
        index = place[elsewhere[0]] if place is not None else elsewhere[0]
        loc = ("delegates", first, "documents", index, "country")
        hint = Message(
            "this {document} names {other}: {a_document} counts only for the country it names; "
            "write country: {country} if it is the one for {country}",
            document=Document(kind),
            other=written[elsewhere[0]].country,
            a_document=Document(kind, article=True),
            country=country,
        )
    names = ctx.who(who)
    return ctx.diag(
        loc,
        Message.plural(
            names.count,
            "{who} enters {country} on {date}{how} without {a_document}: {code} requires "
            "{documents}",
            "{who} enter {country} on {date}{how} without {a_document}: {code} requires "
            "{documents}",
            who=names,
            country=Entering(country),
            date=stay.enter or "",
            how=how,
            a_document=Document(kind, article=True),
            code=country,
            documents=Documents(tuple(rule.requires)),
        ),
        hint,
        items=_moves(stay.enter_move),
        delegates=who,
        at_key=not written,
        day=stay.enter,
    )


def _moves(move: ResolvedMove | None) -> tuple[ResolvedMove, ...]:
    return (move,) if move is not None else ()


def document_expired(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One finding per delegate and document that would have served, but expires too
    soon (the one that lasts longest, when several would)."""
    longest: dict[tuple[str, str, str], ResolvedDocument | None] = {}
    for key, stay, rule, kinds in _entries(ctx):
        for kind in kinds:
            if (key, kind, stay.country) not in longest:
                held = matching(ctx.trip.documents.get(key, []), kind, stay.country)
                best = max(held, key=lambda d: d.expires) if held else None
                longest[key, kind, stay.country] = best
            best = longest[key, kind, stay.country]
            until = valid_until(kind, stay, rule)
            if best is None or until is None or best.expires >= until:
                continue
            yield _expired(ctx, key, kind, stay, rule, best, until)


def _expired(
    ctx: CheckContext,
    key: str,
    kind: str,
    stay: CountryStay,
    rule: EntryRule,
    document: ResolvedDocument,
    until: date,
) -> Diagnostic:
    from mission_cli.words.phrases import Document, Entering  # only for a finding

    doc = document.document
    months = rule.passport_valid_months if kind == "passport" else 0
    need = (
        Message.plural(
            months,
            "valid {n} month after they leave {code} on {leave}, until {until}",
            "valid {n} months after they leave {code} on {leave}, until {until}",
            code=stay.country,
            leave=stay.leave or stay.enter or "",
            until=until,
        )
        if months
        else Message("valid until they leave {code} on {until}", code=stay.country, until=until)
    )
    return ctx.diag(
        ("delegates", key, "documents", document.index, "expires"),
        Message(
            "{who}'s {document} ({issuer}) expires on {expires}; entering {country} on {date} "
            "it must be {need}",
            who=key,
            document=Document(doc.type),
            issuer=doc.country,
            expires=document.expires,
            country=Entering(stay.country),
            date=stay.enter or "",
            need=need,
        ),
        Message(
            "renew the {document} before departure and write its new expiry date",
            document=Document(doc.type),
        ),
        items=_moves(stay.enter_move),
        delegates=(key,),
        day=stay.enter,
    )
