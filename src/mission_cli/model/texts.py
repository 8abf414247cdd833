"""The texts, numbers and attendee lists every part of the trip file is made of.

A one-line text refuses control characters; a number keeps the text it was written
as until a number field takes it; an attendee list is ``all`` or names.
"""

from __future__ import annotations

import inspect
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, StringConstraints
from pydantic_core import PydanticCustomError

from mission_cli.load.tree import PlainNumber
from mission_cli.words.message import N_, Message, english

SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]

# C0 and C1 controls, bidirectional overrides and isolates, line and paragraph separators:
# characters that move a terminal's cursor, rewrite its screen, hide text or end a line
# of a calendar file. A paragraph (notes) may hold line breaks and tabs.
_CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]"
)
_CONTROL_IN_PARAGRAPH = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]"
)


def refusal(kind: str, said: Message) -> PydanticCustomError:
    """A custom error of Pydantic that carries what it says (``ctx["said"]``, worded in the
    output's language by ``schema_errors``); Pydantic's own text is the English."""
    return PydanticCustomError(kind, english(said), {"said": said})


ONE_LINE_CONTROL = N_("holds the control character {code}, which a one-line text cannot hold")


def control_code(found: re.Match[str]) -> str:
    """``U+0009``."""
    return "U+" + format(ord(found.group()), "04X")


def _refuse(pattern: re.Pattern[str], template: str) -> Any:
    def check(value: str) -> str:
        found = pattern.search(value)
        if found is not None:
            raise refusal("control_character", Message(template, code=control_code(found)))
        return value

    # Pydantic reads a validator's signature (does it take ``info``?) for every field that
    # uses it, some eighty of a trip's models: kept on the function, it is read once.
    check.__signature__ = inspect.signature(check)  # type: ignore[attr-defined]
    return AfterValidator(check)


Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    _refuse(_CONTROL, ONE_LINE_CONTROL),
]
"""One line of text: a title, a name, a key, a time."""
Paragraph = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    _refuse(
        _CONTROL_IN_PARAGRAPH,
        N_(
            "holds the control character {code}, which a text cannot hold "
            "(line breaks and tabs can stay)"
        ),
    ),
]
"""Free text that may run over several lines: notes, reasons."""


def number(value: Any) -> Any:
    """A number written as a number (``30``, ``1e3``) -> its value; one written as text
    has no ``_`` (Python reads ``"1_0"`` as ten; nobody writes ten so)."""
    if isinstance(value, PlainNumber):
        try:
            number = value.number()
        except ValueError:
            said = Message("{value}… has too many digits", value=str(value)[:12])
            raise refusal("number_too_long", said) from None
        if number != number or number in (float("inf"), float("-inf")):
            said = Message("{value} is not a number one can use", value=str(value))
            raise refusal("number_not_finite", said)
        return number
    if isinstance(value, bool):
        said = Message("should be a number, not {value}", value=str(value).lower())
        raise refusal("number_not_bool", said)
    if isinstance(value, str) and "_" in value:
        said = Message("should be a number in digits, not the text '{value}'", value=value)
        raise refusal("number_text", said)
    return value


def control_character(value: str) -> re.Match[str] | None:
    """The first character a one-line text cannot hold, if any."""
    return _CONTROL.search(value)


MAX_ATTENDEE_NAMES = 1000
"""Names in one attendee list: each may be a group to add or take away."""


def _attendees(value: Any) -> Any:
    """``all`` -> None (everyone); otherwise a list of keys and ``@group``s."""
    if value == "all":
        return None
    if isinstance(value, str):
        said = Message(
            "'{value}' is not a list: write all, or a list such as [{value}]", value=value
        )
        raise refusal("attendees", said)
    if value is None:
        said = Message("empty: write all, or a list of delegate keys and @groups")
        raise refusal("attendees", said)
    if isinstance(value, list) and len(value) > MAX_ATTENDEE_NAMES:
        said = Message(
            "lists {count} names; a list holds at most {most}: use all, or @groups",
            count=str(len(value)),
            most=str(MAX_ATTENDEE_NAMES),
        )
        raise refusal("attendees", said)
    return value


Attendees = Annotated[list[Text] | None, BeforeValidator(_attendees)]
