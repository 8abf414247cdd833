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
from mission_cli.words.message import Message, Verbatim

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
        said = Message("{file}: no such file (a version in git is written REV:PATH)", file=spec)
        raise SourceError(said)
    return decode_source(_git_show(spec), spec)


def _git_show(spec: str) -> bytes:
    size = _git(["cat-file", "-s", spec], spec)
    try:
        length = int(size.decode("ascii").strip())
    except ValueError:
        raise SourceError(Message("{file}: git did not say its size", file=spec)) from None
    if length > MAX_BYTES:
        most = MAX_BYTES // 1024 // 1024
        raise SourceError(Message("{file} is larger than {size} MB", file=spec, size=most))
    return _git(["cat-file", "blob", spec], spec)


def _refused(done: subprocess.CompletedProcess[bytes]) -> Message:
    """Why git refused: its last line (git's own words, said as they are), or ours."""
    said = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
    reason = said[-1].removeprefix("fatal: ") if said else ""
    if not reason:
        return Message("git exited {code}", code=str(done.returncode))
    if reason.startswith("usage:") or "<type>" in reason:
        return Message("not a file in git (write REV:PATH, such as HEAD~1:trips/2024-04.yaml)")
    if "promisor remote" in reason or "lazy fetch" in reason:
        return Message(
            "this version is not in the local repository (a partial clone): mission "
            "never fetches; run git fetch, or compare files"
        )
    return Verbatim(reason[:300])


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
        said = Message("{file}: reading a version needs git, which is not installed", file=spec)
        raise SourceError(said) from None
    except subprocess.TimeoutExpired:
        said = Message("{file}: git took more than {seconds} s", file=spec, seconds=GIT_TIMEOUT)
        raise SourceError(said) from None
    except OSError as exc:
        from mission_cli.words.reasons import os_reason

        said = Message("{file}: git cannot run ({reason})", file=spec, reason=os_reason(exc))
        raise SourceError(said) from None
    if done.returncode != 0:
        raise SourceError(Message("{file}: {reason}", file=spec, reason=_refused(done)))
    return done.stdout
