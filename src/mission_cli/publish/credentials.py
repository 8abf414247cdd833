"""Who publishes: the user from ``--user``, the password from the environment
(``MISSION_CALDAV_PASSWORD``) or from ``~/.netrc`` (the entry of the server's host),
never from the command line, where every user of the machine can read it (``ps``) and
the shell's history keeps it.

With no ``--user``, ``~/.netrc`` may give both the login and the password; with neither,
the publish goes without credentials (a server that asks for them then says so).
"""

from __future__ import annotations

import netrc
import os
from pathlib import Path
from urllib.parse import urlsplit

from mission_cli.publish.auth import Credentials
from mission_cli.publish.errors import PublishError
from mission_cli.words.message import Message

PASSWORD_VARIABLE = "MISSION_CALDAV_PASSWORD"


def credentials_for(
    server_url: str,
    user: str | None,
    *,
    environ: dict[str, str] | None = None,
    netrc_path: Path | None = None,
) -> Credentials | None:
    """The credentials to publish to ``server_url`` with: ``user`` (or the netrc's
    login) and the password of the environment, else of the netrc file."""
    env = os.environ if environ is None else environ
    password = env.get(PASSWORD_VARIABLE)
    if user is not None and password is not None:
        return Credentials(user, password)
    entry = _netrc_entry(server_url, netrc_path)
    if entry is not None:
        login, secret = entry
        if user is None or login in ("", user):
            return Credentials(user or login, password if password is not None else secret)
    if user is not None:
        raise PublishError(
            Message(
                "no password for {user}: set {variable}, or add the server's host to ~/.netrc",
                user=user, variable=PASSWORD_VARIABLE,
            )
        )  # fmt: skip
    return None


def _netrc_entry(server_url: str, path: Path | None) -> tuple[str, str] | None:
    """(login, password) of the netrc entry of the server's host (or its ``default``),
    or None. A netrc that cannot be read is an error, said without its content."""
    host = urlsplit(server_url).hostname or ""
    file = path if path is not None else Path.home() / ".netrc"
    if not file.is_file():
        return None
    try:
        found = netrc.netrc(str(file)).authenticators(host)
    except netrc.NetrcParseError as exc:  # its message may quote a token: a password
        said = Message(
            "{path} cannot be read (a syntax error, line {line})",
            path=str(file),
            line=str(exc.lineno),
        )
        raise PublishError(said) from None
    except OSError as exc:
        reason = str(exc.strerror)
        said = Message("{path} cannot be read ({reason})", path=str(file), reason=reason)
        raise PublishError(said) from None
    if found is None or not found[2]:
        return None
    return found[0] or "", found[2]
