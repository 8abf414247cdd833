"""Where an output goes, and writing it so that nothing is clobbered or left half done.

``--output`` names a file, a directory (an existing one, or any path ending in ``/``,
made if missing) or ``-`` (standard output). An existing path that is neither a
regular file nor a directory (a device, a FIFO, a socket) is refused, and so is the
input file itself: ``mission`` never replaces them. A symbolic link to a file named by
``--output`` is followed (the file it names is written, the link stays); a name that
``mission`` chooses inside a folder (``DIR/agenda.txt``, ``DIR/KEY.ics``) is never
written through a link: one found there is refused, since whoever could plant it in the
folder would otherwise choose what ``mission`` overwrites, anywhere. A file is written whole or
not at all (a temporary file beside it, then a rename), with the permissions a new file
gets from the user's umask, or the ones the file it replaces had. A new file (``mission
init``) is created the same way, but never where any file already is.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from mission_cli.words.message import Message, MessageError

STDOUT = "-"


class OutputError(MessageError):
    """An output path that ``mission`` refuses to write."""


def is_directory_request(output: Path | str) -> bool:
    """``DIR/`` (a trailing separator) or an existing directory (a link to one too)."""
    text = str(output)
    return text.endswith(("/", os.sep)) or Path(text).is_dir()


def output_file(output: str, default_name: str, inputs: Iterable[Path] = ()) -> Path | None:
    """The file to write for ``--output OUTPUT``: None for standard output, the file
    ``default_name`` inside a directory, or the file named (a link followed)."""
    if output == STDOUT:
        return None
    if not output.strip():
        raise OutputError(Message("--output needs a path (or - for standard output)"))
    if is_directory_request(output):
        _not_dangling(Path(output.rstrip("/" + os.sep) or output))
        return member_target(Path(output), default_name, inputs)
    return checked_target(Path(output), inputs)


def member_target(folder: Path, name: str, inputs: Iterable[Path] = ()) -> Path:
    """The file ``name`` that ``mission`` chooses inside ``folder``, checked as
    :func:`checked_target` does; a symbolic link there is refused, never followed. The
    file is then replaced by a rename, which never writes through a link either."""
    path = folder / name
    if path.is_symlink():
        said = Message(
            "{path} is a symbolic link; mission does not write through a link in a folder it "
            "fills: remove the link, or name the file itself with --output",
            path=str(path),
        )
        raise OutputError(said)
    return checked_target(path, inputs)


def _not_dangling(path: Path) -> None:
    """A symbolic link to nothing is refused: following it would write (or make folders)
    wherever it points."""
    if path.is_symlink() and not path.exists():
        said = Message(
            "{path} is a link to {target}, which does not exist",
            path=str(path),
            target=os.readlink(path),
        )
        raise OutputError(said)


YAML_SUFFIXES = (".yaml", ".yml")


def checked_target(path: Path, inputs: Iterable[Path] = ()) -> Path:
    """``path`` with its symbolic links followed, once it is known to be safe to replace:
    absent, or a regular file that is none of ``inputs``."""
    _not_dangling(path)
    target = Path(os.path.realpath(path))
    if any(str(p).startswith(("/dev/", "/proc/")) for p in (path.absolute(), target)):
        said = Message(
            "{path} is a device or a process's stream; mission does not write over it: "
            "use --output - for standard output",
            path=str(path),
        )
        raise OutputError(said)
    try:
        status = target.stat()
    except FileNotFoundError:
        status = None
    except OSError as exc:
        from mission_cli.words.reasons import os_reason

        raise OutputError(
            Message("{path}: {reason}", path=str(path), reason=os_reason(exc))
        ) from None
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise OutputError(Message("{path} is a directory", path=str(path)))
        if not stat.S_ISREG(status.st_mode):
            said = Message(
                "{path} is not a regular file (a device, a pipe or a socket); mission does "
                "not write over it: name a file, or use --output - for standard output",
                path=str(path),
            )
            raise OutputError(said)
        for source in inputs:
            if _same_file(target, source):
                said = Message(
                    "{path} is the trip file itself; write to another file", path=str(path)
                )
                raise OutputError(said)
        if target.suffix.lower() in YAML_SUFFIXES:  # what mission writes is never YAML
            said = Message(
                "{path} exists and is a YAML file, perhaps a trip: mission writes no YAML "
                "over it; name another file",
                path=str(path),
            )
            raise OutputError(said)
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(
    path: Path, text: str | bytes, *, make_folder: bool = False, at_least: int = 0
) -> None:
    """Replace ``path`` with ``text`` (UTF-8; bytes as they are: a PDF) in one step; its
    folder must exist, unless ``make_folder``. The file keeps the mode of the one it
    replaces, with the bits of ``at_least`` added (a file mission must read back is kept
    readable by its owner).

    The temporary file is removed whatever happens, a SIGTERM included (the command
    line turns it into an exit that unwinds through here)."""
    folder = _folder_of(path)
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    temporary = _temporary_copy(path, text, _mode_for(path) | at_least)
    try:
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_NO_HARD_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV})
"""What ``link`` says on a file system without hard links (FAT, some network and
container mounts)."""


def write_new(path: Path, text: str) -> None:
    """Create ``path`` holding ``text`` (UTF-8), whole or not at all; never write over
    anything: an existing path (a dangling link too) raises ``FileExistsError``.

    The text is written to a temporary file beside it, then linked under its name
    (``link`` never replaces a name); where the file system has no hard links, the file
    is created exclusively and removed if writing it fails."""
    mode = _mode_for(path)
    temporary = _temporary_copy(path, text, mode)
    try:
        os.link(temporary, path)
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        _write_exclusively(path, text, mode)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _write_exclusively(path: Path, text: str, mode: int) -> None:
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        _fill(handle, text, mode)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _fill(handle: int, text: str | bytes, mode: int) -> None:
    """Write ``text`` (UTF-8, or bytes as they are) to the open file ``handle`` with
    ``mode``, to the disk."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fchmod(stream.fileno(), mode)
        os.fsync(stream.fileno())


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _temporary_copy(path: Path, text: str | bytes, mode: int) -> str:
    """A temporary file beside ``path`` holding ``text`` with ``mode``; removed if
    writing it fails."""
    handle, temporary = tempfile.mkstemp(
        dir=_folder_of(path), prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        _fill(handle, text, mode)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, or what the umask gives a new file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
