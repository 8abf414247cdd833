"""The one error of publishing: every failure (a server down, a refused password, an
answer that is not CalDAV, a timeout) reaches the command line as a ``PublishError``
whose message is one line, fit to print as it is, and never holds a password.

What it says is a ``Message`` (``words/message.py``), worded by the command line in the
output's language; ``str()`` of the error is its English wording, for logs and tests."""

from __future__ import annotations

import re

from mission_cli.words.message import Message, english

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+")
MAX_QUOTED = 120
"""Characters of a server's own words (a reason phrase, a host) kept in a message."""


class Said(Exception):
    """An exception that says a ``Message``: ``message`` to word it, ``str()`` in English."""

    def __init__(self, message: Message) -> None:
        super().__init__(english(message))
        self.message = message


class PublishError(Said):
    """A publish that cannot go on; the message says why, in one line."""


def quoted(text: str) -> str:
    """What a server said, made safe to print on one line: control characters (a hostile
    server may send escape sequences) become spaces, and it is cut short."""
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + "…"
