"""Writing calendar files, and the manifest of what was written beside them (see
``render/calendar_manifest.py``): read once before an export, written once after it,
atomically. A damaged or foreign manifest is a warning and a fresh start."""

from __future__ import annotations

from pathlib import Path

from mission_cli.cli.common import fail, status, write_output
from mission_cli.render.calendar_ics import (
    IcsOptions,
    build_calendar,
    cancelled_calendar,
    previous_entries,
)
from mission_cli.render.calendar_manifest import (
    MANIFEST,
    Calendars,
    ManifestError,
    manifest_text,
    read_manifest,
)
from mission_cli.resolve.items import ResolvedTrip


class CalendarFolders:
    """The manifests of the folders an export writes into, by folder."""

    def __init__(self) -> None:
        self.manifests: dict[Path, Calendars | None] = {}
        """None: no manifest (or a damaged one): what the old files say is used."""

    def manifest(self, folder: Path) -> Calendars | None:
        if folder not in self.manifests:
            self.manifests[folder] = _read(folder / MANIFEST)
        return self.manifests[folder]

    def write(
        self, trip: ResolvedTrip, target: Path | None, whose: str | None, options: IcsOptions
    ) -> Path | None:
        """One calendar (standard output when ``target`` is None)."""
        from mission_cli.files import write_atomic
        from mission_cli.load.source import MAX_BYTES

        if target is None:
            calendar, _ = build_calendar(trip, whose, options)
            write_output(calendar.to_ical().decode("utf-8"), None)
            return None
        known = self.manifest(target.parent)
        try:
            if known is not None:
                before = known.get(target.name, {})
            else:
                data = None
                if target.is_file():
                    with target.open("rb") as stream:
                        data = stream.read(MAX_BYTES)
                before = previous_entries(data)
            calendar, entries = build_calendar(trip, whose, options, before)
            write_atomic(target, calendar.to_ical().decode("utf-8"), make_folder=True)
        except OSError as exc:
            fail(f"cannot write {target}: {exc.strerror or exc}")
        self.manifests[target.parent] = {**(known or {}), target.name: entries}
        return target

    def cancel_the_rest(
        self, trip: ResolvedTrip, folder: Path, written: set[str], options: IcsOptions
    ) -> list[Path]:
        """After a whole export into ``folder``: the calendars the manifest knows but this
        export did not write (a delegate no longer in the trip), their items cancelled."""
        from mission_cli.files import OutputError, checked_target, write_atomic

        known = self.manifest(folder) or {}
        done = []
        for name, before in sorted(known.items()):
            target = folder / name
            if name in written or Path(name).name != name or not name.endswith(".ics"):
                continue
            if not target.is_file() or not before:
                continue
            try:
                checked_target(target, [])
                calendar, entries = cancelled_calendar(trip, before, options)
                write_atomic(target, calendar.to_ical().decode("utf-8"))
            except (OutputError, OSError) as exc:
                status(f"warning: {target} was left as it was ({exc})")
                continue
            known[name] = entries
            done.append(target)
        return done

    def save(self) -> None:
        """Each folder's manifest, after its calendars."""
        from mission_cli.files import write_atomic

        for folder, calendars in self.manifests.items():
            if calendars is None:
                continue
            try:
                write_atomic(folder / MANIFEST, manifest_text(calendars), make_folder=True)
            except OSError as exc:
                fail(f"cannot write {folder / MANIFEST}: {exc.strerror or exc}")


def _read(path: Path) -> Calendars | None:
    from mission_cli.load.source import MAX_BYTES

    if not path.exists():
        return None
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ManifestError("it is too large")
        return read_manifest(data.decode("utf-8"))
    except (ManifestError, UnicodeDecodeError, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        status(
            f"warning: {path} cannot be used ({reason}); this export starts afresh, and "
            "items removed since the last one are not cancelled in calendars"
        )
        return None
