"""Publishing a trip's calendars to a CalDAV server: one calendar per delegate and one
for the programme, each made if missing, each sent only what changed since the last
publish (``plan.py`` decides, ``state.py`` remembers).

It runs in two passes, so that a progress bar knows its total: first the calendar
home and every calendar (listed, made, renamed), then the items, calendar after
calendar, the state file of a calendar rewritten after each request that changed the
server. A failure (``PublishError``) stops the publish where it is; what was done is
remembered, and the next publish sends the rest.

The home is listed once, with each calendar's change tag (``getctag``, or its
``sync-token``): a calendar whose tag is still the one its state file kept after the
last publish holds what the file says, and is planned from the file without listing
its items. So a publish after one change costs the discovery, one listing of the home,
and the requests of the change, whatever the number of calendars; one after no change,
no write at all. A publish that changed calendars reads the home's tags again at its
end (one more request) and keeps each calendar's where the calendar holds what the
file says (no conflict). A person's change between the last write and that reading
would go unseen until the calendar changes again; the ``If-Match`` of every write
still protects it, so what it costs is a conflict reported one publish late.

Where the server's copy of an item is not the one last published (its ETag moved, or a
``PUT`` got 412), mission reads it: if it says what mission would send, it is kept as it
is; if it still says what mission last sent (a server that rewrites items, another
machine publishing the same trip), it is replaced; otherwise a person changed it, and it
is a conflict, reported and left alone. ``dry_run`` makes the same plan and reads the
same things, and sends nothing that writes.

With ``former_scope`` (every delegate of the trip is published), the calendars of the
same home that this machine published to before and that are not among those given (a
delegate no longer in the trip) are emptied of the trip's items (those whose UID ends
with the scope), as an export cancels theirs.

The core never prints: ``progress`` is called with (done, total) after each request that
writes, for the command line to draw a bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from mission_cli.publish.auth import Credentials
from mission_cli.publish.dav import (
    Listing,
    Member,
    calendar_url,
    delete_item,
    find_home,
    get_item,
    key_of,
    list_calendar,
    list_home,
    make_calendar,
    put_item,
    rename_calendar,
)
from mission_cli.publish.errors import PublishError
from mission_cli.publish.http import Client, Sent
from mission_cli.publish.plan import CalendarToPublish, Plan, Step, make_plan
from mission_cli.publish.state import (
    MAX_CTAG,
    Published,
    State,
    default_folder,
    digest,
    load_state,
    remembered_in,
    save_state,
    state_path,
)
from mission_cli.words.message import Message

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
    warnings: list[Message]
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
    state: State
    plan: Plan
    result: CalendarResult
    member: Member | None
    """What the home's listing said of it at the start (None: not there, or no listing)."""
    wrote: bool = False
    """Whether this publish changed it on the server."""


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
    former_scope: str | None = None,
) -> Summary:
    """Publish ``calendars`` to the CalDAV server at ``server_url`` (its base URL, a
    calendar home, or a calendar in it), or with ``dry_run`` tell what would be sent.
    Raises ``PublishError`` (one line) where it cannot go on."""
    keys = [c.key for c in calendars]
    if len(set(keys)) != len(keys):
        raise PublishError(Message("two calendars have the same key"))
    folder = state_dir if state_dir is not None else default_folder()
    warnings: list[Message] = []
    with Client(server_url, credentials, timeout=timeout, ca_bundle=ca_bundle) as client:
        home = find_home(client, server_url)
        members = list_home(client, home)
        if former_scope is not None:
            calendars = [
                *calendars,
                *_former(client, home, folder, calendars, former_scope, members),
            ]
        prepared = [
            _prepare(client, home, c, folder, dry_run, warnings, members) for c in calendars
        ]
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
        if not dry_run and members is not None:
            _remember_ctags(client, home, prepared)
        return Summary([p.result for p in prepared], dry_run, warnings, tuple(client.log))


def _prepare(
    client: Client,
    home: str,
    source: CalendarToPublish,
    folder: Path,
    dry_run: bool,
    warnings: list[Message],
    members: dict[str, Member] | None,
) -> _Calendar:
    """List the calendar (make it, or name it, if need be) and plan what to send."""
    url = calendar_url(home, source.key)
    path = state_path(folder, url)
    state, warning = load_state(path, url)
    if warning:
        warnings.append(warning)
    member = None if members is None else members.get(key_of(url).rstrip("/"))
    listing = _listing(client, url, state, member, members is not None)
    created = listing is None
    if listing is None:
        if state.items:
            gone = Message("the calendar {url} was gone from the server: published anew", url=url)
            warnings.append(gone)
            state = State()
        if not dry_run:
            make_calendar(client, url, source.display_name)
        listing = Listing(source.display_name, {})
    elif listing.display_name != source.display_name and not dry_run:
        rename_calendar(client, url, source.display_name)
    plan = make_plan(url, source, state.items, listing.etags)
    result = CalendarResult(source.key, url, created, unchanged=len(plan.unchanged))
    result.removed, result.conflicts = len(plan.gone), list(plan.conflicts)
    items = {**state.items, **plan.learnt}
    for uid in plan.gone:
        del items[uid]
    calendar = _Calendar(url, path, State(items, state.ctag), plan, result, member)
    calendar.wrote = created or listing.display_name != source.display_name
    if not dry_run and (plan.gone or plan.learnt or warning or calendar.wrote):
        _save(client, calendar)
    return calendar


def _former(
    client: Client,
    home: str,
    folder: Path,
    calendars: Sequence[CalendarToPublish],
    scope: str,
    members: dict[str, Member] | None,
) -> list[CalendarToPublish]:
    """The calendars published before that the trip no longer has, each holding none of
    its items now; those already gone from the server are left out (nothing to remove)."""
    ours = {calendar_url(home, c.key) for c in calendars}
    found = []
    for url in remembered_in(folder, home):
        state, _ = load_state(state_path(folder, url), url)
        if url in ours or not any(uid.endswith(scope) for uid in state.items):
            continue
        if members is not None:
            member = members.get(key_of(url).rstrip("/"))
            name = member.display_name if member is not None and member.calendar else None
        else:
            listing = list_calendar(client, url)
            name = listing.display_name if listing is not None else None
        key = unquote(url.rstrip("/").rpartition("/")[2])
        if name is not None:
            found.append(CalendarToPublish(key, name, {}, scope=scope))
    return found


def _listing(
    client: Client, url: str, state: State, member: Member | None, home_listed: bool
) -> Listing | None:
    """What the calendar holds: None where it does not exist; the state file's items
    where its change tag is the one the file kept (nothing changed there since the last
    publish); else its own listing."""
    if home_listed and member is None:
        return None
    known = all(p.etag is not None for p in state.items.values())
    if member is not None and member.calendar and member.ctag == state.ctag and known:
        etags = {key_of(p.href): p.etag for p in state.items.values()}
        return Listing(member.display_name, etags)
    return list_calendar(client, url)


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
        done = delete_item(client, step.url, etag)
        if done:
            calendar.state.items.pop(step.uid, None)
    else:
        done, new_etag = put_item(client, step.url, step.text, etag, step.action != "add")
        if done:
            published = Published(step.url, new_etag, step.sha256, step.sequence)
            calendar.state.items[step.uid] = published
    calendar.wrote = True
    if not done:
        return False
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
        calendar.state.items.pop(step.uid, None)
        calendar.result.removed += 1
    elif step.action != "remove" and digest(copy[0]) == step.sha256:
        published = Published(step.url, copy[1], step.sha256, step.sequence)
        calendar.state.items[step.uid] = published
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
    items = calendar.state.items
    if all(p.etag is not None for p in items.values()):
        return
    listing = list_calendar(client, calendar.url)
    if listing is None:
        return
    for uid, item in list(items.items()):
        listed = listing.etags.get(key_of(item.href))
        if item.etag is None and listed:
            items[uid] = replace(item, etag=listed)
    _save(client, calendar)


def _remember_ctags(client: Client, home: str, calendars: list[_Calendar]) -> None:
    """Keep in each calendar's state the change tag it has after this publish, where the
    calendar holds what the state says (no conflict, an ETag for each item); else none,
    so that the next publish lists it. A calendar this publish did not change keeps the
    tag the home gave at the start (read before its listing: if anything changed in
    between, the tag moved, and the next publish lists it); those it changed are read
    again, all in one listing of the home."""
    after = list_home(client, home) if any(c.wrote for c in calendars) else {}
    for calendar in calendars:
        items = calendar.state.items
        trusted = not calendar.result.conflicts and all(p.etag is not None for p in items.values())
        source = (after or {}) if calendar.wrote else {}
        member = source.get(key_of(calendar.url).rstrip("/")) if calendar.wrote else calendar.member
        ctag = member.ctag if trusted and member is not None and member.calendar else None
        if ctag is not None and len(ctag) > MAX_CTAG:
            ctag = None
        if ctag != calendar.state.ctag:
            calendar.state.ctag = ctag
            _save(client, calendar, keep_ctag=True)


def _save(client: Client, calendar: _Calendar, *, keep_ctag: bool = False) -> None:
    """Rewrite the calendar's state file; its change tag is dropped (the calendar is
    changing) unless ``keep_ctag``."""
    if not keep_ctag:
        calendar.state.ctag = None
    try:
        save_state(calendar.path, calendar.url, calendar.state)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        said = Message(
            "the state file {path} cannot be written ({reason})",
            path=str(calendar.path), reason=reason,
        )  # fmt: skip
        raise client.error(said) from None
