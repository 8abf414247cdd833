"""Publishing a trip's calendars to a CalDAV server: one calendar per delegate and one
for the programme, each made if missing, each sent only what changed since the last
publish (``plan.py`` decides, ``state.py`` remembers).

It runs in two passes, so that a progress bar knows its total: first the calendar
home and every calendar (listed, made, renamed), then the items, calendar after
calendar, the state file of a calendar rewritten after each request that changed the
server. A failure (``PublishError``) stops the publish where it is; what was done is
remembered, and the next publish sends the rest.

Where the server's copy of an item is not the one last published (its ETag moved, or a
``PUT`` got 412), mission reads it: if it says what mission would send, it is kept as it
is; if it still says what mission last sent (a server that rewrites items, another
machine publishing the same trip), it is replaced; otherwise a person changed it, and it
is a conflict, reported and left alone. ``dry_run`` makes the same plan and reads the
same things, and sends nothing that writes.

The core never prints: ``progress`` is called with (done, total) after each request that
writes, for the command line to draw a bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mission_cli.publish.auth import Credentials
from mission_cli.publish.dav import (
    calendar_url,
    delete_item,
    find_home,
    get_item,
    key_of,
    list_calendar,
    make_calendar,
    put_item,
    rename_calendar,
)
from mission_cli.publish.errors import PublishError
from mission_cli.publish.http import Client, Sent
from mission_cli.publish.plan import CalendarToPublish, Plan, Step, make_plan
from mission_cli.publish.state import (
    Items,
    Published,
    default_folder,
    digest,
    load_state,
    save_state,
    state_path,
)

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class CalendarResult:
    """What a publish did (or, dry, would do) to one calendar."""

    delegate: str
    url: str
    created: bool
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "delegate": self.delegate,
            "url": self.url,
            "created": self.created,
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "conflicts": sorted(self.conflicts),
        }


@dataclass(frozen=True, slots=True)
class Summary:
    calendars: list[CalendarResult]
    dry_run: bool
    warnings: list[str]
    """What the user should know and was no failure (a damaged state file)."""
    requests: tuple[Sent, ...]
    """Every request sent, in order."""

    def as_json(self) -> dict[str, Any]:
        """The document of ``--format json``."""
        return {"calendars": [c.as_json() for c in self.calendars]}


@dataclass(slots=True)
class _Calendar:
    """One calendar during a publish: its plan, and its state as requests succeed."""

    url: str
    path: Path
    items: Items
    plan: Plan
    result: CalendarResult


def publish(
    server_url: str,
    credentials: Credentials | None,
    calendars: Sequence[CalendarToPublish],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    state_dir: Path | None = None,
    timeout: float = 30.0,
    ca_bundle: str | None = None,
) -> Summary:
    """Publish ``calendars`` to the CalDAV server at ``server_url`` (its base URL, a
    calendar home, or a calendar in it), or with ``dry_run`` tell what would be sent.
    Raises ``PublishError`` (one line) where it cannot go on."""
    keys = [c.key for c in calendars]
    if len(set(keys)) != len(keys):
        raise PublishError("two calendars have the same key")
    folder = state_dir if state_dir is not None else default_folder()
    warnings: list[str] = []
    with Client(server_url, credentials, timeout=timeout, ca_bundle=ca_bundle) as client:
        home = find_home(client, server_url)
        prepared = [_prepare(client, home, c, folder, dry_run, warnings) for c in calendars]
        total = sum(len(p.plan.steps) for p in prepared)
        done = 0
        if progress is not None and not dry_run:
            progress(0, total)
        for calendar in prepared:
            _look_at_moved(client, calendar, dry_run)
            for step in calendar.plan.steps:
                if dry_run:
                    _count(calendar.result, step)
                    continue
                _apply(client, calendar, step)
                done += 1
                if progress is not None:
                    progress(done, total)
            if not dry_run:
                _learn_etags(client, calendar)
        return Summary([p.result for p in prepared], dry_run, warnings, tuple(client.log))


def _prepare(
    client: Client,
    home: str,
    source: CalendarToPublish,
    folder: Path,
    dry_run: bool,
    warnings: list[str],
) -> _Calendar:
    """List the calendar (make it, or name it, if need be) and plan what to send."""
    url = calendar_url(home, source.key)
    path = state_path(folder, url)
    remembered, warning = load_state(path, url)
    if warning:
        warnings.append(warning)
    listing = list_calendar(client, url)
    created = listing is None
    if listing is None:
        if remembered:
            warnings.append(f"the calendar {url} was gone from the server: published anew")
            remembered = {}
        if not dry_run:
            make_calendar(client, url, source.display_name)
        etags: dict[str, str | None] = {}
    else:
        if listing.display_name != source.display_name and not dry_run:
            rename_calendar(client, url, source.display_name)
        etags = listing.etags
    plan = make_plan(url, source.items, remembered, etags)
    result = CalendarResult(source.key, url, created, unchanged=len(plan.unchanged))
    result.removed, result.conflicts = len(plan.gone), list(plan.conflicts)
    calendar = _Calendar(url, path, {**remembered, **plan.learnt}, plan, result)
    for uid in plan.gone:
        del calendar.items[uid]
    if not dry_run and (plan.gone or plan.learnt or warning or created):
        _save(client, calendar)
    return calendar


def _count(result: CalendarResult, step: Step) -> None:
    if step.action == "add":
        result.added += 1
    elif step.action == "change":
        result.changed += 1
    else:
        result.removed += 1


def _apply(client: Client, calendar: _Calendar, step: Step) -> None:
    """Send one step; on a 412, read the server's copy to tell why."""
    if not _send(client, calendar, step, step.etag) and not _compare(
        client, calendar, step, dry_run=False
    ):
        calendar.result.conflicts.append(step.uid)


def _send(client: Client, calendar: _Calendar, step: Step, etag: str | None) -> bool:
    """The ``PUT`` or ``DELETE`` of a step, if the server's copy has ``etag``; its outcome
    remembered at once. False on a 412."""
    if step.action == "remove":
        if not delete_item(client, step.url, etag):
            return False
        calendar.items.pop(step.uid, None)
    else:
        ok, new_etag = put_item(client, step.url, step.text, etag, step.action != "add")
        if not ok:
            return False
        calendar.items[step.uid] = Published(step.url, new_etag, step.sha256)
    _count(calendar.result, step)
    _save(client, calendar)
    return True


def _look_at_moved(client: Client, calendar: _Calendar, dry_run: bool) -> None:
    """Items whose ETag moved on the server since the last publish."""
    for step in calendar.plan.moved:
        if not _compare(client, calendar, step, dry_run):
            calendar.result.conflicts.append(step.uid)


def _compare(client: Client, calendar: _Calendar, step: Step, dry_run: bool) -> bool:
    """Read the server's copy of an item: one that says what mission sends is kept
    under its new ETag, one that still says what mission last sent is replaced (or
    removed), one already gone is removed; False for another (a person's change: a
    conflict)."""
    copy = get_item(client, step.url)
    if copy is None:
        if step.action != "remove":
            return False
        calendar.items.pop(step.uid, None)
        calendar.result.removed += 1
    elif step.action != "remove" and digest(copy[0]) == step.sha256:
        calendar.items[step.uid] = Published(step.url, copy[1], step.sha256)
        calendar.result.unchanged += 1
    elif step.last is None or digest(copy[0]) != step.last.sha256 or copy[1] is None:
        return False
    elif dry_run:
        _count(calendar.result, step)
    else:
        return _send(client, calendar, step, copy[1])
    if not dry_run:
        _save(client, calendar)
    return True


def _learn_etags(client: Client, calendar: _Calendar) -> None:
    """Where a server answered a PUT without a strong ETag, its listing gives it."""
    if all(p.etag is not None for p in calendar.items.values()):
        return
    listing = list_calendar(client, calendar.url)
    if listing is None:
        return
    for uid, item in list(calendar.items.items()):
        listed = listing.etags.get(key_of(item.href))
        if item.etag is None and listed:
            calendar.items[uid] = Published(item.href, listed, item.sha256)
    _save(client, calendar)


def _save(client: Client, calendar: _Calendar) -> None:
    try:
        save_state(calendar.path, calendar.url, calendar.items)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise client.error(f"the state file {calendar.path} cannot be written ({reason})") from None
