"""Why the system refused to read or write a file, in words: the operating system's
own text (``strerror``) is English whatever the output's language, so the usual
reasons are said here, and any other as the system says it."""

from __future__ import annotations

import errno

from mission_cli.words.message import N_, Message, Verbatim

_REASONS = {
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.ENOENT: N_("no such file or folder"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.EISDIR: N_("it is a folder"),
    errno.EEXIST: N_("it already exists"),
    errno.ENOSPC: N_("no space left on the device"),
    errno.EROFS: N_("the file system is read-only"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.ELOOP: N_("too many symbolic links"),
    errno.EIO: N_("an input/output error"),
}


def os_reason(exc: OSError) -> Message:
    """What the system said, worded: a known reason by its number, else its own text."""
    known = _REASONS.get(exc.errno) if exc.errno is not None else None
    if known is not None:
        return Message(known)
    return Verbatim(str(exc.strerror or exc))
