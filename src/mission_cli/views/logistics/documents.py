"""The visa desk's view: ``documents``, per delegate, each country they enter, what it
requires, what they hold, and what is missing or expired (as the rules read it: see
``checks/documents.py``). A document number is shown as its last 3 characters only."""

from __future__ import annotations

from datetime import date
from typing import Any

from mission_cli.checks.documents import matching, nationalities, required, valid_until
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.borders import CountryStay, entries
from mission_cli.resolve.items import ResolvedDocument, ResolvedTrip
from mission_cli.resolve.whereabouts import build_timelines
from mission_cli.views.logistics.sheets import (
    LogisticsView,
    Sheet,
    Value,
    columns,
    masked,
    person_name,
    sheet_date_format,
    short_date,
)
from mission_cli.words.terms import DOCUMENTS
from mission_cli.words.words import Words

_COLUMNS = ("delegate", "country", "enter", "leave", "requires", "held", "missing",
            "expired")  # fmt: skip
_SHEET = ("delegate", "country", "held", "status")


def entries_of(trip: ResolvedTrip) -> dict[str, list[dict[str, Any]]]:
    """Delegate key -> ``{"country", "enter", "leave", "requires", "missing", "expired",
    "held"}`` for every country they enter whose ``entry`` rule exists."""
    timelines = build_timelines(trip)
    out: dict[str, list[dict[str, Any]]] = {}
    for key, delegate in trip.model.delegates.items():
        rows = out.setdefault(key, [])
        held = trip.documents.get(key, [])
        for stay in entries(trip, timelines[key]):
            rule = trip.model.entry.get(stay.country)
            if rule is not None:
                rows.append(_entry(stay, required(rule, nationalities(delegate)), held, rule))
    return out


def _entry(
    stay: CountryStay, kinds: list[str], held: list[ResolvedDocument], rule: Any
) -> dict[str, Any]:
    missing, expired, shown = [], [], []
    for kind in kinds:
        candidates = matching(held, kind, stay.country)
        until = valid_until(kind, stay, rule)
        if not candidates:
            missing.append(kind)
            continue
        best = max(candidates, key=lambda d: d.expires)
        shown.append(best)
        if until is not None and best.expires < until:
            expired.append(kind)
    return {
        "country": stay.country,
        "enter": stay.enter.isoformat() if stay.enter else None,
        "leave": stay.leave.isoformat() if stay.leave else None,
        "requires": kinds,
        "missing": missing,
        "expired": expired,
        "held": [
            {
                "type": d.document.type,
                "country": d.document.country,
                "expires": d.expires.isoformat(),
                "number": masked(d.document.number) or None,
            }
            for d in shown
        ],
    }


def _kinds(kinds: list[str], words: Words) -> str:
    return ", ".join(words.term(DOCUMENTS[k]) for k in kinds)


def build_documents(loaded: LoadedTrip, words: Words, personal: bool = False) -> LogisticsView:
    """The visa desk's sheet: documents are its subject, so it shows them (numbers as
    their last 3 characters) with or without ``personal``."""
    trip = loaded.trip
    model = trip.model
    sheet = Sheet(None, columns(words, *_SHEET))
    flat = Sheet(None, columns(words, *_COLUMNS))
    entries = entries_of(trip)
    missing, expired, requires = columns(words, "missing", "expired", "requires")
    for key, rows in entries.items():
        name = person_name(model.delegates[key])
        for row in rows:
            held = [
                " ".join(p for p in (words.term(DOCUMENTS[d['type']]), d["country"],
                                     d["number"] or "", f"({_day(words, d['expires'])})") if p)
                for d in row["held"]
            ]  # fmt: skip
            country = f"{words.country(row['country'])} ({row['country']})"
            enter, leave = _dated(words, row["enter"]), _dated(words, row["leave"])
            status = (
                [f"{missing}{words.colon}{_kinds(row['missing'], words)}"] if row["missing"] else []
            )
            if row["expired"]:
                status.append(f"{expired}{words.colon}{_kinds(row['expired'], words)}")
            needs = f"{requires}{words.colon}"
            needs += _kinds(row["requires"], words) or words.tp("document", "none")
            dates = f"{enter or '?'} → {leave or '?'}"
            sheet.rows.append([name, f"{country}\n{dates}\n{needs}", "\n".join(held),
                               "\n".join(status) or "✓"])  # fmt: skip
            flat.rows.append([name, country, enter, leave, _kinds(row["requires"], words),
                              "; ".join(held), _kinds(row["missing"], words),
                              _kinds(row["expired"], words)])  # fmt: skip
    data = {"delegates": [{"key": k, "entries": v} for k, v in entries.items()]}
    notes = (
        []
        if model.entry
        else [words.t("The trip has no entry rules (entry:): nothing is required.")]
    )
    title = words.t("Entry documents: {title}", title=loaded.info.title)
    return LogisticsView("documents", words, title, [sheet], flat, data, notes,
                         sheet_date_format(words))  # fmt: skip


def _dated(words: Words, text: str | None) -> Value:
    return short_date(words, date.fromisoformat(text)) if text else ""


def _day(words: Words, text: str) -> str:
    return str(_dated(words, text))
