"""What mission last published to each CalDAV calendar: UID -> the resource's URL, the
ETag the server gave it, the SHA-256 of the text sent and its ``SEQUENCE``; and the
calendar's change tag as the server gave it after that publish. It is what lets a
publish send only what changed, tell an item changed on the server (its ETag moved) from
one mission changed (its digest moved), and give a changed item a higher ``SEQUENCE``
without an export's manifest.

The change tag (``getctag``, or the ``sync-token`` where a server gives no ctag) moves
whenever anything in the calendar changes. Where the server still gives the one kept
here, the calendar holds exactly what this file says, and a publish plans from the file
without listing the calendar (one request for all the calendars instead of one each).
It is kept only where the publish left the calendar as this file says (no conflict, an
ETag for every item), and cleared as soon as a publish changes the calendar, until the
end of that publish reads the new one.

Where it lives: one JSON file per calendar under ``$XDG_STATE_HOME/mission/caldav/``
(``~/.local/state/mission/caldav/`` without it), in a folder named from the server's
host and port, the file from the calendar's name and a hash of its full URL; or under
the folder given (``state_dir``). Not beside the trip file, because it describes a
server's copy, not the trip: the same trip may be published to several servers, the
trip's folder may be read-only, shared, or under version control (where ETags would be
noise in every commit), and the trip may come from standard input. The cost: a
publish from another machine starts without it, and then compares with what the
server lists (see ``sync.py``).

The file is ``{"format", "version", "calendar": URL, "ctag", "items": {UID: {"href",
"etag", "sha256", "sequence"}}}`` (``ctag`` and ``sequence`` may be missing: files of
the first publishes had neither), rewritten whole (a temporary file, then a rename)
after every request that changed the server, so that a publish interrupted after 10 of
30 items leaves a state true for those 10, and the next one sends the other 20. A file
that is damaged, foreign, or of another calendar gives a warning and a fresh start: it
is never trusted in part.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mission_cli.files import write_atomic
from mission_cli.publish.errors import Said
from mission_cli.words.message import Message

FORMAT = "mission-caldav-state"
VERSION = 1
MAX_ITEMS = 1_000_000
MAX_SEQUENCE = 2**31 - 2
"""RFC 5545 sequences are 32-bit: room is left for one more."""
MAX_CTAG = 1000
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Published:
    """One item as it was last published."""

    href: str
    """The resource's full URL."""
    etag: str | None
    """What the server answered; None where it gave no strong ETag (the next listing
    tells it)."""
    sha256: str
    """Of the text sent, as ``digest`` computes it."""
    sequence: int = 0
    """The ``SEQUENCE`` of the text sent."""


Items = dict[str, Published]
"""UID -> what was published."""


@dataclass(slots=True)
class State:
    """What a calendar's file remembers."""

    items: Items = field(default_factory=dict)
    ctag: str | None = None
    """The calendar's change tag after the last publish, where it held what ``items``
    says."""


def default_folder() -> Path:
    base = os.environ.get("XDG_STATE_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local" / "state"
    return root / "mission" / "caldav"


def state_path(folder: Path, calendar_url: str) -> Path:
    """``FOLDER/HOST_PORT/NAME-HASH.json`` for a calendar's URL."""
    parts = urlsplit(calendar_url)
    server = _UNSAFE.sub("_", f"{parts.hostname}_{parts.port or parts.scheme}")[:100]
    last = unquote(parts.path.rstrip("/").rpartition("/")[2])
    name = _UNSAFE.sub("_", last)[:60] or "calendar"
    key = hashlib.sha256(calendar_url.encode("utf-8")).hexdigest()[:16]
    return folder / server / f"{name}-{key}.json"


class StateError(Said):
    """A state file that cannot be trusted; the message says why."""


def read_state(text: str, calendar_url: str) -> State:
    """What a state file's text remembers, or ``StateError``."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise StateError(Message("it is not JSON ({reason})", reason=str(exc))) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StateError(Message("it was not written by mission publish"))
    if data.get("version") != VERSION:
        found = repr(data.get("version"))
        raise StateError(
            Message("it is of version {found}, not {version}", found=found, version=str(VERSION))
        )
    if data.get("calendar") != calendar_url:
        raise StateError(Message("it is of another calendar"))
    ctag = data.get("ctag")
    if not (ctag is None or (isinstance(ctag, str) and 0 < len(ctag) <= MAX_CTAG)):
        raise StateError(Message("its ctag is not valid"))
    items = data.get("items")
    if not isinstance(items, dict) or len(items) > MAX_ITEMS:
        raise StateError(Message("it has no valid items"))
    return State({str(uid): _item(uid, value, calendar_url) for uid, value in items.items()}, ctag)


def _item(uid: object, value: object, calendar_url: str) -> Published:
    name = repr(str(uid)[:60])
    if not isinstance(value, dict):
        raise StateError(Message("its item {uid} is not a mapping", uid=name))
    href, etag, sha = value.get("href"), value.get("etag"), value.get("sha256")
    sequence = value.get("sequence", 0)
    if not isinstance(href, str) or not href.startswith(calendar_url):
        raise StateError(Message("its item {uid} has no valid href", uid=name))
    if not (etag is None or isinstance(etag, str)) or not isinstance(sha, str):
        raise StateError(Message("its item {uid} has no valid etag or digest", uid=name))
    if type(sequence) is not int or not 0 <= sequence <= MAX_SEQUENCE:
        raise StateError(Message("its item {uid} has no valid sequence", uid=name))
    return Published(href, etag, sha, sequence)


def load_state(path: Path, calendar_url: str) -> tuple[State, Message | None]:
    """What was published to the calendar, and a warning where the file was damaged
    (then nothing is remembered: the server's listing is the starting point)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return State(), None
    except (OSError, UnicodeDecodeError) as exc:
        reason = str(getattr(exc, "strerror", None) or exc)
        warning = Message(
            "{path} cannot be read ({reason}): starting afresh",
            path=str(path), reason=reason,
        )  # fmt: skip
        return State(), warning
    try:
        return read_state(text, calendar_url), None
    except StateError as exc:
        damaged = Message(
            "{path} is damaged ({reason}): starting afresh", path=str(path), reason=exc.message
        )
        return State(), damaged


def remembered_in(folder: Path, home: str) -> list[str]:
    """The URLs of the calendars of ``home`` that this machine remembers publishing to
    (their state files), in order; files that cannot be read are passed over."""
    server = state_path(folder, home).parent
    found = []
    for path in sorted(server.glob("*.json")) if server.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            continue
        url = data.get("calendar") if isinstance(data, dict) else None
        if isinstance(url, str) and url.startswith(home) and state_path(folder, url) == path:
            found.append(url)
    return found


def state_text(calendar_url: str, state: State) -> str:
    items = state.items
    data = {
        "format": FORMAT,
        "version": VERSION,
        "calendar": calendar_url,
        "ctag": state.ctag,
        "items": {uid: asdict(items[uid]) for uid in sorted(items)},
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def save_state(path: Path, calendar_url: str, state: State) -> None:
    """Replace the calendar's state file in one step (its folders made if missing)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, state_text(calendar_url, state))


def digest(text: str) -> str:
    """The SHA-256 of an item's text as published, less its ``DTSTAMP`` lines (the
    time of the export, new at every build: an item whose only change is its stamp is
    not sent again) and with its lines unfolded and their ends made even."""
    unfolded = _FOLD.sub("", text.replace("\r\n", "\n"))
    kept = [line for line in unfolded.split("\n") if not _STAMP.match(line)]
    return hashlib.sha256("\n".join(kept).encode("utf-8")).hexdigest()


_FOLD = re.compile(r"\n[ \t]")
_STAMP = re.compile(r"DTSTAMP[;:]", re.IGNORECASE)
