"""The visa desk's view: ``documents``, per delegate, each country they enter, what it
requires, what they hold, and what is missing or expired (as the rules read it: see
``checks/documents.py``). A document number is shown as its last 3 characters only."""

from __future__ import annotations

from typing import Any

from mission_cli.checks.documents import matching, nationalities, required, valid_until
from mission_cli.pipeline import Loaded
from mission_cli.resolve.borders import CountryStay, country_stays
from mission_cli.resolve.items import ResolvedDocument, ResolvedTrip
from mission_cli.resolve.whereabouts import build_timelines
from mission_cli.views.logistics.sheets import LogisticsView, Sheet, masked
from mission_cli.words.countries import country_name
from mission_cli.words.labels import label

_COLUMNS = ["col_delegate", "col_key", "col_country", "col_enter", "col_leave", "col_requires",
            "col_held", "col_missing", "col_expired"]  # fmt: skip


_SHEET = ["col_delegate", "col_country", "col_held", "col_status"]


def entries_of(trip: ResolvedTrip) -> dict[str, list[dict[str, Any]]]:
    """Delegate key -> ``{"country", "enter", "leave", "requires", "missing", "expired",
    "held"}`` for every country they enter whose ``entry`` rule exists."""
    timelines = build_timelines(trip)
    out: dict[str, list[dict[str, Any]]] = {}
    for key, delegate in trip.model.delegates.items():
        rows = out.setdefault(key, [])
        held = trip.documents.get(key, [])
        for stay in country_stays(trip, timelines[key]):
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


def _kinds(kinds: list[str], lang: str) -> str:
    return ", ".join(label(lang, f"doc_{k}") for k in kinds)


def build_documents(loaded: Loaded, lang: str) -> LogisticsView:
    assert loaded.trip is not None
    trip = loaded.trip
    model = trip.model
    sheet = Sheet(None, [label(lang, c) for c in _SHEET])
    flat = Sheet(None, [label(lang, c) for c in _COLUMNS])
    entries = entries_of(trip)
    for key, rows in entries.items():
        name = model.delegates[key].name
        for row in rows:
            held = [
                " ".join(p for p in (label(lang, f"doc_{d['type']}"), d["country"],
                                     d["number"] or "", f"({d['expires']})") if p)
                for d in row["held"]
            ]  # fmt: skip
            country = f"{country_name(row['country'], lang)} ({row['country']})"
            dates = f"{row['enter'] or '?'} → {row['leave'] or '?'}"
            status = [f"{label(lang, 'col_missing')}{label(lang, 'colon')}"
                      f"{_kinds(row['missing'], lang)}"] if row["missing"] else []  # fmt: skip
            if row["expired"]:
                status.append(
                    f"{label(lang, 'col_expired')}{label(lang, 'colon')}"
                    f"{_kinds(row['expired'], lang)}"
                )
            needs = f"{label(lang, 'col_requires')}{label(lang, 'colon')}"
            needs += _kinds(row["requires"], lang) or label(lang, "none_needed")
            sheet.rows.append([f"{name}\n{key}", f"{country}\n{dates}\n{needs}", "\n".join(held),
                               "\n".join(status) or "✓"])  # fmt: skip
            flat.rows.append(
                [
                    name,
                    key,
                    country,
                    row["enter"] or "",
                    row["leave"] or "",
                    _kinds(row["requires"], lang),
                    "; ".join(held),
                    _kinds(row["missing"], lang),
                    _kinds(row["expired"], lang),
                ]
            )
    data = {"delegates": [{"key": k, "entries": v} for k, v in entries.items()]}
    notes = [] if model.entry else [label(lang, "no_entry")]
    info = model.info
    title = label(lang, "documents_title", title=info.title if info else "")
    return LogisticsView("documents", lang, title, [sheet], flat, data, notes)
