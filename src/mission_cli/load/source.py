"""Reading a trip file's bytes and decoding them as UTF-8 text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from mission_cli.catalog import YAML_SYNTAX
from mission_cli.diagnostics import Diagnostic
from mission_cli.words.message import Message, MessageError

MAX_BYTES = 32 * 1024 * 1024
"""Larger files are refused: a trip this size is not a trip, and would be slow to read."""
MAX_VALUES = 500_000
"""More lines and commas than this (about 50,000 events) are refused before parsing:
each costs memory and time, and a trip holds a few thousand at most."""
_OTHER_BREAKS = (b"\r", b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9")
"""What YAML parsers also take for the end of a line, besides ``\n``: a lone CR (``\r\n``
is one break), NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR."""


class SourceError(MessageError):
    """The file cannot be read at all (missing, a directory, unreadable, too large)."""


@dataclass(slots=True)
class Source:
    """A trip file's text, or the diagnostics saying why it is not text."""

    name: str
    text: str | None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def read_source(path: Path, display_name: str | None = None) -> Source:
    name = display_name or str(path)
    try:
        if path.is_dir():
            raise SourceError(Message("{file} is a directory, not a trip file", file=name))
        with path.open("rb") as stream:
            data = read_bounded(stream, name)
    except FileNotFoundError:
        raise SourceError(Message("{file}: no such file", file=name)) from None
    except PermissionError:
        raise SourceError(Message("{file}: permission denied", file=name)) from None
    except OSError as exc:
        from mission_cli.words.reasons import os_reason

        said = Message("{file}: cannot be read ({reason})", file=name, reason=os_reason(exc))
        raise SourceError(said) from None
    return decode_source(data, name)


def read_bounded(stream: BinaryIO, name: str) -> bytes:
    """At most ``MAX_BYTES`` from any stream (a file, a FIFO, a device, standard input):
    one byte more is read only to know that there is more, whatever ``stat()`` says."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        said = Message(
            "{file} is larger than {size} MB; trip files are limited to {size} MB",
            file=name,
            size=MAX_BYTES // 1024 // 1024,
        )
        raise SourceError(said)
    return data


def check_values(data: bytes, name: str) -> None:
    """Refuse, before parsing, more lines and list items than a trip holds; a line is
    ended by any break a YAML parser knows."""
    breaks = data.count(b"\n") + sum(data.count(b) for b in _OTHER_BREAKS) - data.count(b"\r\n")
    values = breaks + data.count(b",")
    if values > MAX_VALUES:
        said = Message(
            "{file} holds {values} lines and list items; trip files are limited to {most}",
            file=name,
            values=values,
            most=MAX_VALUES,
        )
        raise SourceError(said)


def decode_source(data: bytes, name: str) -> Source:
    """UTF-8 text, with a leading BOM dropped; a diagnostic for anything else. Every way
    in (a file, standard input, a version from git) comes through here, so the limit on
    lines is checked here: ``SourceError`` past it."""
    check_values(data, name)
    for bom, encoding in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if data.startswith(bom):
            said = Message("the file is {encoding} text", encoding=encoding)
            return Source(name, None, [_encoding_diag(said, 1, 1)])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        byte = "0x" + data[exc.start : exc.start + 1].hex()
        said = (
            Message(
                "the file looks binary, not like a trip file: byte {byte} is not UTF-8", byte=byte
            )
            if b"\x00" in data[:8192]
            else Message("the file is not UTF-8 text: byte {byte} is not UTF-8", byte=byte)
        )
        return Source(name, None, [_encoding_diag(said, line, column)])
    return Source(name, text)


def _encoding_diag(message: Message, line: int, column: int) -> Diagnostic:
    return Diagnostic.of(
        YAML_SYNTAX,
        message,
        line,
        column,
        hint=Message("trip files are UTF-8: in your editor, save the file with the encoding UTF-8"),
    )
