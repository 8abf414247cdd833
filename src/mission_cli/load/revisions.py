"""One side of ``mission diff``: a file, or ``REV:PATH``, a version kept by git.

Git runs as a subprocess, without a shell: ``git cat-file -s REV:PATH`` first (the size,
refused past the limit of a trip file before anything is read), then ``git cat-file blob
REV:PATH``, which prints that file as it was committed. Not ``git show``: given a
commit rather than a file (``HEAD^{/v3:}``), it prints a patch and runs the
repository's configured diff filters. PATH is as git reads it (from the repository's top,
or ``./`` for the current folder). A missing git, a revision that does not exist and a
path not in it are each a clear error.

Reading a version never runs anything the repository names: a repository is data, and
one received from someone else may be set up to run a program on the next git command
(a partial clone whose missing file git would fetch through ``core.sshCommand``, or an
``ext::`` remote). So git runs with no lazy fetch (``GIT_NO_LAZY_FETCH``, honoured from
git 2.39.4 on), no transport at all (``GIT_ALLOW_PROTOCOL`` empty, ``protocol.allow``
never: an older git's lazy fetch fails before it connects), no ssh command, hooks,
fsmonitor, pager, prompt or system configuration, and none of the ``GIT_*`` variables of
the caller's environment (``GIT_DIR``, ``GIT_CONFIG_PARAMETERS``, ``GIT_SSH_COMMAND``…),
which could send it elsewhere. A file that only the remote has is then a clear error.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from mission_cli.load.source import MAX_BYTES, Source, SourceError, decode_source, read_source

GIT_TIMEOUT = 60
"""Seconds ``git show`` may take (a huge repository on a slow disk)."""
_SAFE_CONFIG = (
    "protocol.allow=never",
    "core.sshCommand=false",
    "core.fsmonitor=false",
    "core.hooksPath=/dev/null",
    "core.pager=cat",
    "core.askPass=false",
    "credential.helper=",
)
"""Set on git's command line, above any file's configuration; the lazy fetch of a
partial clone (a child git) inherits them."""
_SAFE_ENV = {
    "GIT_NO_LAZY_FETCH": "1",
    "GIT_ALLOW_PROTOCOL": "",  # empty: no transport is allowed
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_PAGER": "cat",
}


def read_side(spec: str) -> Source:
    """A file by its path; else, when it has the form ``REV:PATH``, that version."""
    path = Path(spec)
    if path.exists() or ":" not in spec:
        return read_source(path, spec)
    revision, _, inside = spec.partition(":")
    if not revision or revision.startswith("-") or not inside:
        raise SourceError(f"{spec}: no such file (a version in git is written REV:PATH)")
    return decode_source(_git_show(spec), spec)


def _git_show(spec: str) -> bytes:
    size = _git(["cat-file", "-s", spec], spec)
    try:
        length = int(size.decode("ascii").strip())
    except ValueError:
        raise SourceError(f"{spec}: git did not say its size") from None
    if length > MAX_BYTES:
        raise SourceError(f"{spec} is larger than {MAX_BYTES // 1024 // 1024} MB")
    return _git(["cat-file", "blob", spec], spec)


def git_command(args: list[str]) -> tuple[list[str], dict[str, str]]:
    """The command line and the environment that run ``git ARGS`` without running
    anything the repository or the caller's ``GIT_*`` variables name."""
    options = [part for setting in _SAFE_CONFIG for part in ("-c", setting)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return ["git", "--no-pager", *options, *args], {**env, **_SAFE_ENV}


def _git(args: list[str], spec: str) -> bytes:
    command, env = git_command(args)
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise SourceError(f"{spec}: reading a version needs git, which is not installed") from None
    except subprocess.TimeoutExpired:
        raise SourceError(f"{spec}: git took more than {GIT_TIMEOUT} s") from None
    except OSError as exc:
        raise SourceError(f"{spec}: git cannot run ({exc.strerror or exc})") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        reason = said[-1].removeprefix("fatal: ") if said else f"git exited {done.returncode}"
        if reason.startswith("usage:") or "<type>" in reason:
            reason = "not a file in git (write REV:PATH, such as HEAD~1:trips/2024-04.yaml)"
        elif "promisor remote" in reason or "lazy fetch" in reason:
            reason = (
                "this version is not in the local repository (a partial clone): mission "
                "never fetches; run git fetch, or compare files"
            )
        raise SourceError(f"{spec}: {reason[:300]}")
    return done.stdout
