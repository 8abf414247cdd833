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
counts as removed, nothing sent. But never one the calendar ``keeps``: an item left out
of the trip for an error of its own (a typo in a time must not empty phones), or an
item of another trip published to the same calendar (its UID is not in the ``scope``).

A text's "change" is its ``digest`` (``DTSTAMP`` left out), so a new export of the same
trip sends nothing. Its ``SEQUENCE`` is the one last published (the state keeps it),
one higher where the text changed: the texts given say ``SEQUENCE:0``, and the plan
writes the one it sends (``with_sequence``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal
from urllib.parse import quote

from mission_cli.publish.dav import key_of
from mission_cli.publish.state import MAX_SEQUENCE, Items, Published, digest

_PLAIN_UID = re.compile(r"[A-Za-z0-9@._-]{1,120}")
_SEQUENCE = re.compile(r"^SEQUENCE:[0-9]+(?=\r?$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class CalendarToPublish:
    """One calendar of the trip: ``key`` names it on the server (a delegate's key, or
    ``_programme``), ``display_name`` is what calendar applications show, and each item
    is one complete VCALENDAR (with its VTIMEZONEs) holding the VEVENT of its UID."""

    key: str
    display_name: str
    items: Mapping[str, str]
    kept: frozenset[str] = frozenset()
    """UIDs the trip leaves out for errors of their own: never removed for it."""
    scope: str = ""
    """The end of every UID of the trip (``.title.20240403@mission``): an item published
    to the calendar whose UID ends otherwise is another trip's, and never removed."""

    def keeps(self, uid: str) -> bool:
        """Whether an item published before and not in ``items`` stays on the server."""
        return uid in self.kept or not uid.endswith(self.scope)


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
    sequence: int = 0
    """The ``SEQUENCE`` of ``text``."""


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


def with_sequence(text: str, sequence: int) -> str:
    """The item's text with its (first) ``SEQUENCE`` line saying ``sequence``; a text
    without one is left as it is."""
    return _SEQUENCE.sub(f"SEQUENCE:{sequence}", text, count=1)


def make_plan(
    calendar_url: str,
    calendar: CalendarToPublish,
    remembered: Items,
    listing: Mapping[str, str | None],
) -> Plan:
    """What to send to the calendar at ``calendar_url``; ``listing`` is what the server
    holds there (each member's ``key_of`` path -> its ETag)."""
    plan = Plan()
    items = calendar.items
    for uid in sorted(items):
        last = remembered.get(uid)
        url = last.href if last else calendar_url + resource_name(uid)
        path = key_of(url)
        if last is None:
            action: Literal["add", "change"] = "change" if path in listing else "add"
            text = items[uid]
            plan.steps.append(Step(action, uid, url, listing.get(path), text, digest(text)))
            continue
        if path not in listing:
            plan.conflicts.append(uid)
            continue
        listed = listing[path]
        if last.etag is None and listed is not None:
            last = plan.learnt[uid] = replace(last, etag=listed)
        step = _change(uid, items[uid], last)
        if listed != last.etag:
            plan.moved.append(step)
        elif step.sha256 != last.sha256:
            plan.steps.append(step)
        else:
            plan.unchanged.append(uid)
    for uid in sorted(set(remembered) - set(items)):
        last = remembered[uid]
        if calendar.keeps(uid):
            if uid in calendar.kept:
                plan.unchanged.append(uid)
            continue
        if key_of(last.href) not in listing:
            plan.gone.append(uid)
        else:
            listed = listing[key_of(last.href)]
            step = Step("remove", uid, last.href, last.etag or listed, last=last)
            (plan.moved if last.etag not in (None, listed) else plan.steps).append(step)
    return plan


def _change(uid: str, text: str, last: Published) -> Step:
    """The ``PUT`` over an item published before: at its last ``SEQUENCE`` where the text
    says what was sent then, else at the next one."""
    sequence = last.sequence
    text_now = with_sequence(text, sequence)
    sha = digest(text_now)
    if sha != last.sha256 and sequence < MAX_SEQUENCE:
        sequence += 1
        text_now = with_sequence(text, sequence)
        sha = digest(text_now)
    return Step("change", uid, last.href, last.etag, text_now, sha, last, sequence)
