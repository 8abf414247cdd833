"""Writing calendar files, and the manifest of what was written beside them (see
``calendars/manifest.py``): read once before an export, written once after it,
atomically. A damaged or foreign manifest is a warning and a fresh start (each calendar
is then compared with the file it replaces); one that is not a plain file (a folder, a
link, a FIFO) is neither read nor written over.

Nothing here prints: a file that cannot be written raises :class:`CalendarWriteError`,
and warnings are kept in :attr:`CalendarFolders.warnings` for the command to say."""

from __future__ import annotations

import re
from pathlib import Path

from mission_cli.calendars.ics import (
    IcsOptions,
    build_calendar,
    cancelled_calendar,
    previous_entries,
    trip_uid_part,
)
from mission_cli.calendars.manifest import (
    MANIFEST,
    MAX_BYTES,
    Calendars,
    Entry,
    ManifestError,
    manifest_text,
    read_manifest,
    read_owners,
)
from mission_cli.pipeline import LoadedTrip
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.words.message import Message, MessageError, Verbatim
from mission_cli.words.reasons import os_reason

_KEY_FILE = re.compile(r"^[a-z0-9][a-z0-9_-]*\.ics$")


class CalendarWriteError(MessageError):
    """A calendar or a manifest that cannot be written; the message says which and why."""


class CalendarFolders:
    """The manifests of the folders an export writes into, by folder."""

    def __init__(self, keep: frozenset[str] = frozenset()) -> None:
        self.keep = keep
        """UIDs of items left out for their own errors: never cancelled for that."""
        self.known: dict[Path, Calendars | None] = {}
        """What each folder's manifest says (None: none, or none usable)."""
        self.written: dict[Path, Calendars] = {}
        self.owners: dict[Path, dict[str, str]] = {}
        """Calendar file name -> whose it is, by folder (from the manifest, then this
        export)."""
        self.untouchable: set[Path] = set()
        """Folders whose manifest path is not a plain file: it is left alone."""
        self.warnings: list[Message] = []
        """What the command should say (a manifest that cannot be used, a calendar left
        as it was), in the order met."""

    def manifest(self, folder: Path) -> Calendars | None:
        if folder not in self.known:
            path = folder / MANIFEST
            if path.is_symlink() or (path.exists() and not path.is_file()):
                reason = Message("it is not a plain file, and is left as it is")
                self.warnings.append(_warning(path, reason))
                self.untouchable.add(folder)
                self.known[folder] = None
            else:
                self.known[folder], self.owners[folder] = self._read(path)
        return self.known[folder]

    def text(self, loaded: LoadedTrip, whose: str | None, options: IcsOptions) -> str:
        """One calendar as text, for standard output (no manifest: nothing is remembered)."""
        text, _ = build_calendar(loaded, whose, options, keep=self.keep)
        return text

    def write(
        self, loaded: LoadedTrip, target: Path, whose: str | None, options: IcsOptions
    ) -> Path:
        """One calendar, written to ``target``."""
        from mission_cli.files import write_atomic

        known = self.manifest(target.parent)
        try:
            before = known.get(target.name, {}) if known is not None else _old_file(target)
            text, entries = build_calendar(loaded, whose, options, before, self.keep)
            write_atomic(target, text, make_folder=True)
        except OSError as exc:
            raise CalendarWriteError(_cannot_write(target, exc)) from None
        self.written.setdefault(target.parent, {})[target.name] = entries
        owners = self.owners.setdefault(target.parent, {})
        if whose is not None:
            owners[target.name] = whose
        else:
            owners.pop(target.name, None)
        return target

    def cancel_the_rest(self, trip: ResolvedTrip, folder: Path, options: IcsOptions) -> list[Path]:
        """After a whole export into ``folder``: the calendars of delegates no longer in
        the trip (as the manifest says whose each calendar is), their items cancelled."""
        from mission_cli.files import OutputError, member_target, write_atomic

        ours = f".{trip_uid_part(trip)}@mission"
        done = []
        for name, before in sorted((self.manifest(folder) or {}).items()):
            target = folder / name
            owner = self.owners.get(folder, {}).get(name)
            if (
                name in self.written.get(folder, {}) or owner is None
                or owner in trip.model.delegates or not _KEY_FILE.match(name)
                or not target.is_file() or not any(uid.endswith(ours) for uid in before)
            ):  # fmt: skip
                continue
            try:
                member_target(folder, name, [])
                calendar, entries = cancelled_calendar(trip, before, options)
                write_atomic(target, calendar.to_ical().decode("utf-8"))
            except (OutputError, OSError) as exc:
                reason = exc.said if isinstance(exc, OutputError) else os_reason(exc)
                said = Message("warning: {file} was left as it was ({reason})", file=str(target),
                               reason=reason)  # fmt: skip
                self.warnings.append(said)
                continue
            self.written.setdefault(folder, {})[name] = entries
            done.append(target)
        return done

    def _read(self, path: Path) -> tuple[Calendars | None, dict[str, str]]:
        if not path.exists():
            return None, {}
        try:
            with path.open("rb") as stream:
                data = stream.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise ManifestError(Message("it is too large"))
            text = data.decode("utf-8")
            return read_manifest(text), read_owners(text)
        except ManifestError as exc:
            self.warnings.append(_warning(path, exc.said))
        except OSError as exc:
            self.warnings.append(_warning(path, os_reason(exc)))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            self.warnings.append(_warning(path, Verbatim(_short(str(exc)))))
        return None, {}

    def save(self) -> None:
        """Each folder's manifest, after its calendars."""
        from mission_cli.files import write_atomic

        for folder, written in self.written.items():
            if folder in self.untouchable:
                continue
            calendars = {**(self.known.get(folder) or {}), **written}
            try:
                text = manifest_text(calendars, self.owners.get(folder, {}))
                # Readable by its owner, whatever the one it replaces was (mode 000
                # would make every later export warn).
                write_atomic(folder / MANIFEST, text, make_folder=True, at_least=0o600)
            except OSError as exc:
                raise CalendarWriteError(_cannot_write(folder / MANIFEST, exc)) from None


def _old_file(target: Path) -> dict[str, Entry]:
    """What the calendar file an export replaces held (where no manifest says it)."""
    from mission_cli.load.source import MAX_BYTES

    if not target.is_file():
        return {}
    with target.open("rb") as stream:
        return previous_entries(stream.read(MAX_BYTES))


def _cannot_write(target: Path, exc: OSError) -> Message:
    return Message("cannot write {file}: {reason}", file=str(target), reason=os_reason(exc))


def _short(reason: str) -> str:
    return reason if len(reason) <= 200 else reason[:200] + "…"


def _warning(path: Path, reason: Message) -> Message:
    return Message(
        "warning: {file} cannot be used ({reason}); this export starts afresh from the "
        "calendar files it replaces",
        file=str(path),
        reason=reason,
    )
