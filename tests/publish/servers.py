"""Servers for the publish tests: a real Radicale in a subprocess (on 127.0.0.1, a free
port, a temporary storage folder), a socket that accepts and never answers, and a free
port where nothing listens."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

USER = "ana"
PASSWORD = "s3cret-Pa55word"

CONFIG = """\
[server]
hosts = 127.0.0.1:{port}
type = {server_type}
[auth]
type = htpasswd
htpasswd_filename = {folder}/users
htpasswd_encryption = plain
delay = 0
[storage]
filesystem_folder = {folder}/collections
[rights]
{rights}
[web]
type = none
[logging]
level = error
mask_passwords = True
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Radicale:
    """A Radicale server of its own; ``stop`` and ``start`` again keep its port and its
    storage (a server that goes down and comes back)."""

    folder: Path
    port: int = field(default_factory=free_port)
    server_type: str = "builtin"
    """Or ``hypercorn`` (``radicale[h2]``), which keeps connections alive."""
    process: subprocess.Popen[bytes] | None = None
    startup: float = 0.0
    rights: str | None = None
    """A rights file (``from_file``); None: each user reads and writes their own
    collections only (``owner_only``)."""
    users: dict[str, str] = field(default_factory=lambda: {USER: PASSWORD, "bob": "bobs-password"})

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "users").write_text("".join(f"{u}:{p}\n" for u, p in self.users.items()))
        rights = "type = owner_only"
        if self.rights is not None:
            (self.folder / "rights").write_text(self.rights)
            rights = f"type = from_file\nfile = {self.folder}/rights"
        config = self.folder / "config"
        config.write_text(
            CONFIG.format(
                port=self.port, folder=self.folder, server_type=self.server_type, rights=rights
            )
        )
        began = time.monotonic()
        with (self.folder / "log").open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        while time.monotonic() - began < 10:
            if self.process.poll() is not None:
                raise RuntimeError((self.folder / "log").read_text())
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
            except OSError:
                time.sleep(0.005)
                continue
            self.startup = time.monotonic() - began
            return
        self.stop()
        raise RuntimeError("Radicale did not start within 10 s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


class Silent:
    """A port that accepts connections (the kernel does, from its backlog) and never
    answers a byte: the client's timeout has to fire."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/"

    def close(self) -> None:
        self.socket.close()
