"""A phone that follows one published calendar, as a delegate's would: vdirsyncer syncs
the CalDAV calendar into a folder (what DAVx5 does on Android), and khal, a calendar
application, lists it. Neither shares any code with mission."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.support import khal_config

BIN = Path(sys.executable).parent
VDIRSYNCER = shutil.which("vdirsyncer", path=str(BIN)) or shutil.which("vdirsyncer")
KHAL = shutil.which("khal", path=str(BIN)) or shutil.which("khal")

CONFIG = """\
[general]
status_path = "{folder}/status/"

[pair phone]
a = "phone_local"
b = "phone_remote"
collections = [["trip", "calendar", "{key}"]]

[storage phone_local]
type = "filesystem"
path = "{folder}/"
fileext = ".ics"

[storage phone_remote]
type = "caldav"
url = "{home}"
username = "{user}"
password = "{password}"
"""


class Phone:
    """Subscribed to the calendar ``key`` of the calendar home ``home``."""

    def __init__(self, folder: Path, home: str, key: str, user: str, password: str) -> None:
        folder.mkdir(parents=True)
        self.khal, self.env = khal_config(folder)
        self.config = folder / "vdirsyncer.conf"
        self.config.write_text(
            CONFIG.format(folder=folder, key=key, home=home, user=user, password=password),
            encoding="utf-8",
        )
        self.discovered = False

    def sync(self) -> None:
        assert VDIRSYNCER is not None
        if not self.discovered:
            self._run([VDIRSYNCER, "-c", str(self.config), "discover"])
            self.discovered = True
        self._run([VDIRSYNCER, "-c", str(self.config), "sync"])

    def agenda(self, first: str, span: str) -> dict[str, tuple[str, str]]:
        """Title -> (start, end) of each event from the day ``first`` for ``span``, as the
        phone shows them (``YYYY-MM-DD HH:MM``, Europe/Paris)."""
        assert KHAL is not None
        listed = self._run(
            [KHAL, "-c", str(self.khal), "list", "--format", "{start}|{end}|{title}",
             "--day-format", "", first, span]
        )  # fmt: skip
        # An event over two days is listed on each.
        rows = sorted({tuple(line.split("|")) for line in listed.splitlines() if line})
        found = {title: (start, end) for start, end, title in rows}
        assert len(found) == len(rows), "two events of one title"
        return found

    def _run(self, command: list[str]) -> str:
        done = subprocess.run(
            command, env=self.env, input="y\n", capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout
