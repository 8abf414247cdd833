"""What ``export ics`` wrote into a folder, kept beside the calendars so that the next
export can tell phones what changed: an item gone since (or a delegate taken off it)
comes back once as ``STATUS:CANCELLED`` with a higher ``SEQUENCE`` under the same UID,
a changed item gets a higher ``SEQUENCE``, an unchanged one keeps its own.

The manifest is JSON: ``{"format", "version", "calendars": {"FILE.ics": {"UID": {...}}},
"owners": {"FILE.ics": "delegate key"}}`` (the programme's calendar has no owner).
A manifest that is damaged, foreign or of another version is refused with a message,
never trusted in part.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from mission_cli.words.message import Message, MessageError

MANIFEST = ".mission-export.json"
FORMAT = "mission-ics-manifest"
VERSION = 1
MAX_SEQ = 2**31 - 2
"""RFC 5545 sequences are 32-bit: room is left for one more."""
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
MAX_ENTRIES = 1_000_000
"""Entries past which a manifest is not one mission wrote (a trip holds thousands)."""
MAX_BYTES = 128 * 2**20
"""Bytes past which a manifest is not read. It holds an entry per item and calendar
(about 280 bytes): a trip of 10,000 events among 40 delegates makes 28 MB, past the
32 MB a trip file may have at 12,000, so the manifest has its own bound."""


class ManifestError(MessageError):
    """The manifest cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of one calendar as it was last written."""

    sequence: int
    digest: str
    cancelled: bool
    summary: str
    start: str
    """ISO 8601 with its offset, and the zone it was written in."""
    start_zone: str
    end: str
    end_zone: str


Calendars = dict[str, dict[str, Entry]]
"""Calendar file name -> UID -> entry."""


def read_owners(text: str) -> dict[str, str]:
    """Calendar file name -> the delegate whose calendar it is (after ``read_manifest``
    accepted the text)."""
    owners = json.loads(text).get("owners", {})
    if not isinstance(owners, dict):
        raise ManifestError(Message("its owners are not a mapping"))
    return {str(k): str(v) for k, v in owners.items() if isinstance(v, str)}


def read_manifest(text: str) -> Calendars:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ManifestError(Message("it is not JSON ({problem})", problem=str(exc))) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ManifestError(Message("it was not written by mission export ics"))
    if data.get("version") != VERSION:
        said = Message(
            "it is of version {found}, not {version}",
            found=repr(data.get("version")),
            version=str(VERSION),
        )
        raise ManifestError(said)
    calendars = data.get("calendars")
    if not isinstance(calendars, dict):
        raise ManifestError(Message("it has no calendars"))
    out: Calendars = {}
    count = 0
    for name, items in calendars.items():
        if not isinstance(name, str) or not isinstance(items, dict):
            said = Message("its calendar {name} is not a mapping of items", name=repr(name))
            raise ManifestError(said)
        count += len(items)
        if count > MAX_ENTRIES:
            raise ManifestError(Message("it holds more than {most} items", most=MAX_ENTRIES))
        out[name] = {_uid(uid): _entry(uid, value) for uid, value in items.items()}
    return out


MAX_UID = 1000
"""Characters of a UID, at most: mission's are an item id, the trip's title and a date."""


def _uid(uid: str) -> str:
    """A UID as an export wrote it: a cancelled item is written back under it, so one
    edited by hand must not bring an escape code or a bidirectional override into a
    calendar."""
    if not uid or len(uid) > MAX_UID or _UNSAFE.search(uid) or not uid.isprintable():
        raise ManifestError(Message("its item {name} has no valid UID", name=repr(uid[:60])))
    return uid


def _entry(uid: Any, value: Any) -> Entry:
    fields = dict.fromkeys(("digest", "summary", "start", "start_zone", "end", "end_zone"), str)
    if not isinstance(value, dict):
        said = Message("its item {name} is not a mapping", name=repr(str(uid)[:60]))
        raise ManifestError(said)
    sequence, cancelled = value.get("sequence"), value.get("cancelled")
    name = str(uid)[:60]
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 0 <= sequence < MAX_SEQ:
        raise _invalid(name, "sequence")
    if not isinstance(cancelled, bool):
        raise _invalid(name, "status")
    for field, kind in fields.items():
        if not isinstance(value.get(field), kind) or _UNSAFE.search(value[field]):
            raise _invalid(name, field)
    for field in ("start", "end"):
        try:
            moment = datetime.fromisoformat(value[field])
        except ValueError:
            raise _invalid(name, field) from None
        if moment.tzinfo is None or not 1900 <= moment.year <= 2199:
            raise _invalid(name, field)
    return Entry(sequence, value["digest"], cancelled, value["summary"], value["start"],
                 value["start_zone"], value["end"], value["end_zone"])  # fmt: skip


def manifest_text(calendars: Calendars, owners: dict[str, str]) -> str:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "calendars": {
            name: {uid: asdict(entry) for uid, entry in sorted(items.items())}
            for name, items in sorted(calendars.items())
        },
        "owners": {name: owners[name] for name in sorted(owners) if name in calendars},
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _invalid(name: str, field: str) -> ManifestError:
    said = Message("its item {name} has no valid {field}", name=repr(name), field=field)
    return ManifestError(said)
