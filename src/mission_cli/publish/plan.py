"""What a publish sends to one calendar, decided before anything is sent: from the items
of the trip, what was last published (``state.py``) and what the server lists.

For each item of the trip:

- not published before: ``PUT`` with ``If-None-Match: *``; where the server already
  holds a resource at its URL (a publish whose answer was lost, a lost state file), a
  ``PUT`` over it with ``If-Match`` its listed ETag;
- published, and its text unchanged: nothing, as long as the server lists it with the
  ETag it gave;
- published, and its text changed: ``PUT`` with ``If-Match`` the remembered ETag; a 412
  (the server's copy changed between the listing and the ``PUT``) is a conflict, and
  the item is left alone;
- published, and its ETag moved on the server: someone may have changed it there;
  ``sync.py`` reads it to tell before it sends anything (so a conflict that lasts
  costs a read at each publish, never a write);
- published, and no longer listed: someone removed it; a conflict, left alone (mission
  does not put back what a person removed).

Each item published before that the trip no longer holds for the calendar: ``DELETE``
with ``If-Match`` (read first if its ETag moved); one the server no longer lists
counts as removed, nothing sent.

A text's "change" is its ``digest`` (``DTSTAMP`` left out), so a new export of the same
trip sends nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal
from urllib.parse import quote

from mission_cli.publish.dav import key_of
from mission_cli.publish.state import Items, Published, digest

_PLAIN_UID = re.compile(r"[A-Za-z0-9@._-]{1,120}")


@dataclass(frozen=True, slots=True)
class CalendarToPublish:
    """One calendar of the trip: ``key`` names it on the server (a delegate's key, or
    ``_programme``), ``display_name`` is what calendar applications show, and each item
    is one complete VCALENDAR (with its VTIMEZONEs) holding the VEVENT of its UID."""

    key: str
    display_name: str
    items: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Step:
    """One request to send: a ``PUT`` (add, change) or a ``DELETE`` (remove)."""

    action: Literal["add", "change", "remove"]
    uid: str
    url: str
    etag: str | None
    """The ETag the server's copy must still have; None for any (where it gave none) or,
    for an add, that there must be none."""
    text: str = ""
    sha256: str = ""
    last: Published | None = None
    """What was published before, if anything."""


@dataclass(slots=True)
class Plan:
    steps: list[Step] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    moved: list[Step] = field(default_factory=list)
    """Items whose ETag moved on the server, to be read to tell: a ``change`` (whose
    ``sha256`` is the last one's where the trip did not change it) or a ``remove``."""
    conflicts: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    """Published, no longer in the trip, and already gone from the server."""
    learnt: Items = field(default_factory=dict)
    """Published items whose ETag the server gives only in its listing."""


def resource_name(uid: str) -> str:
    """The item's name in its calendar: the UID itself where it is plain (what most
    clients do, and what a person reading the server recognises), else a hash of it (a
    ``/`` or a space would be a trap in a path)."""
    if _PLAIN_UID.fullmatch(uid) and uid not in (".", ".."):
        return quote(uid, safe="@") + ".ics"
    return hashlib.sha256(uid.encode("utf-8")).hexdigest()[:40] + ".ics"


def make_plan(
    calendar_url: str,
    items: Mapping[str, str],
    remembered: Items,
    listing: Mapping[str, str | None],
) -> Plan:
    """What to send to the calendar at ``calendar_url``; ``listing`` is what the server
    holds there (each member's ``key_of`` path -> its ETag)."""
    plan = Plan()
    for uid in sorted(items):
        text = items[uid]
        sha, last = digest(text), remembered.get(uid)
        url = last.href if last else calendar_url + resource_name(uid)
        path = key_of(url)
        if last is None:
            action: Literal["add", "change"] = "change" if path in listing else "add"
            plan.steps.append(Step(action, uid, url, listing.get(path), text, sha))
            continue
        if path not in listing:
            plan.conflicts.append(uid)
            continue
        listed = listing[path]
        if last.etag is None and listed is not None:
            last = plan.learnt[uid] = replace(last, etag=listed)
        step = Step("change", uid, url, last.etag, text, sha, last)
        if listed != last.etag:
            plan.moved.append(step)
        elif sha != last.sha256:
            plan.steps.append(step)
        else:
            plan.unchanged.append(uid)
    for uid in sorted(set(remembered) - set(items)):
        last = remembered[uid]
        if key_of(last.href) not in listing:
            plan.gone.append(uid)
        else:
            listed = listing[key_of(last.href)]
            step = Step("remove", uid, last.href, last.etag or listed, last=last)
            (plan.moved if last.etag not in (None, listed) else plan.steps).append(step)
    return plan
