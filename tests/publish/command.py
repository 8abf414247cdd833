"""Running ``mission publish`` in the tests: the sample, the command with the server's
address and the user, and the requests that wrote. Every output is searched for the
password: no run of the command may print it."""

from __future__ import annotations

from pathlib import Path

from mission_cli.publish.sync import Summary
from tests.publish.servers import PASSWORD, USER, Radicale
from tests.support import ROOT, invoke

SAMPLE = ROOT / "trips" / "2024-04.yaml"
Env = dict[str, str | None]


def publish(
    server: Radicale, env: Env, *args: str, file: Path = SAMPLE, width: int = 80
) -> tuple[int, str]:
    command = ("publish", str(file), "--to", server.url, "--user", USER, *args)
    return run(*command, env=env, width=width)


def run(*args: str, env: Env | None = None, width: int = 80) -> tuple[int, str]:
    code, output = invoke(*args, env=env, width=width)
    assert PASSWORD not in output
    assert PASSWORD not in repr(output.encode("unicode_escape"))
    return code, output


def writes(summary: Summary) -> list[tuple[str, str]]:
    """The requests that changed the server, sorted."""
    changing = ("PUT", "DELETE", "MKCALENDAR", "PROPPATCH")
    return sorted((r.method, r.path) for r in summary.requests if r.method in changing)
