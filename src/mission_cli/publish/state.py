"""What mission last published to each CalDAV calendar: UID -> the resource's URL, the
ETag the server gave it, and the SHA-256 of the text sent. It is what lets a publish
send only what changed, and tell an item changed on the server (its ETag moved) from
one mission changed (its digest moved).

Where it lives: one JSON file per calendar under ``$XDG_STATE_HOME/mission/caldav/``
(``~/.local/state/mission/caldav/`` without it), in a folder named from the server's
host and port, the file from the calendar's name and a hash of its full URL; or under
the folder given (``state_dir``). Not beside the trip file, because it describes a
server's copy, not the trip: the same trip may be published to several servers, the
trip's folder may be read-only, shared, or under version control (where ETags would be
noise in every commit), and the trip may come from standard input. The cost: a
publish from another machine starts without it, and then compares with what the
server lists (see ``sync.py``).

The file is ``{"format", "version", "calendar": URL, "items": {UID: {"href", "etag",
"sha256"}}}``, rewritten whole (a temporary file, then a rename) after every request
that changed the server, so that a publish interrupted after 10 of 30 items leaves a
state true for those 10, and the next one sends the other 20. A file that is damaged,
foreign, or of another calendar gives a warning and a fresh start: it is never trusted
in part.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mission_cli.files import write_atomic

FORMAT = "mission-caldav-state"
VERSION = 1
MAX_ITEMS = 1_000_000
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


Items = dict[str, Published]
"""UID -> what was published."""


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


class StateError(Exception):
    """A state file that cannot be trusted; the message says why."""


def read_state(text: str, calendar_url: str) -> Items:
    """The items of a state file's text, or ``StateError``."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise StateError(f"it is not JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StateError("it was not written by mission publish")
    if data.get("version") != VERSION:
        raise StateError(f"it is of version {data.get('version')!r}, not {VERSION}")
    if data.get("calendar") != calendar_url:
        raise StateError("it is of another calendar")
    items = data.get("items")
    if not isinstance(items, dict) or len(items) > MAX_ITEMS:
        raise StateError("it has no valid items")
    out: Items = {}
    for uid, value in items.items():
        if not isinstance(value, dict):
            raise StateError(f"its item {str(uid)[:60]!r} is not a mapping")
        href, etag, sha = value.get("href"), value.get("etag"), value.get("sha256")
        if not isinstance(href, str) or not href.startswith(calendar_url):
            raise StateError(f"its item {str(uid)[:60]!r} has no valid href")
        if not (etag is None or isinstance(etag, str)) or not isinstance(sha, str):
            raise StateError(f"its item {str(uid)[:60]!r} has no valid etag or digest")
        out[str(uid)] = Published(href, etag, sha)
    return out


def load_state(path: Path, calendar_url: str) -> tuple[Items, str | None]:
    """What was published to the calendar, and a warning where the file was damaged
    (then nothing is remembered: the server's listing is the starting point)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        return {}, f"{path} cannot be read ({reason}): starting afresh"
    try:
        return read_state(text, calendar_url), None
    except StateError as exc:
        return {}, f"{path} is damaged ({exc}): starting afresh"


def state_text(calendar_url: str, items: Items) -> str:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "calendar": calendar_url,
        "items": {uid: asdict(items[uid]) for uid in sorted(items)},
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def save_state(path: Path, calendar_url: str, items: Items) -> None:
    """Replace the calendar's state file in one step (its folders made if missing)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, state_text(calendar_url, items))


def digest(text: str) -> str:
    """The SHA-256 of an item's text as published, less its ``DTSTAMP`` lines (the
    time of the export, new at every build: an item whose only change is its stamp is
    not sent again) and with its lines unfolded and their ends made even."""
    unfolded = _FOLD.sub("", text.replace("\r\n", "\n"))
    kept = [line for line in unfolded.split("\n") if not _STAMP.match(line)]
    return hashlib.sha256("\n".join(kept).encode("utf-8")).hexdigest()


_FOLD = re.compile(r"\n[ \t]")
_STAMP = re.compile(r"DTSTAMP[;:]", re.IGNORECASE)
