"""The texts, numbers and attendee lists every part of the trip file is made of.

A one-line text refuses control characters; a number keeps the text it was written
as until a number field takes it; an attendee list is ``all`` or names.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, StringConstraints
from pydantic_core import PydanticCustomError

from mission_cli.load.tree import PlainNumber

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


def _refuse(pattern: re.Pattern[str], what: str) -> Any:
    def check(value: str) -> str:
        found = pattern.search(value)
        if found is not None:
            raise PydanticCustomError(
                "control_character",
                "holds the control character {code}, which " + what,
                {"code": f"U+{ord(found.group()):04X}"},
            )
        return value

    return AfterValidator(check)


Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    _refuse(_CONTROL, "a one-line text cannot hold"),
]
"""One line of text: a title, a name, a key, a time."""
Paragraph = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    _refuse(_CONTROL_IN_PARAGRAPH, "a text cannot hold (line breaks and tabs can stay)"),
]
"""Free text that may run over several lines: notes, reasons."""


def number(value: Any) -> Any:
    """A number written as a number (``30``, ``1e3``) -> its value; one written as text
    has no ``_`` (Python reads ``"1_0"`` as ten; nobody writes ten so)."""
    if isinstance(value, PlainNumber):
        try:
            number = value.number()
        except ValueError:
            raise PydanticCustomError(
                "number_too_long", "{value}… has too many digits", {"value": str(value)[:12]}
            ) from None
        if number != number or number in (float("inf"), float("-inf")):
            raise PydanticCustomError(
                "number_not_finite", "{value} is not a number one can use", {"value": str(value)}
            )
        return number
    if isinstance(value, bool):
        raise PydanticCustomError(
            "number_not_bool", "should be a number, not {value}", {"value": str(value).lower()}
        )
    if isinstance(value, str) and "_" in value:
        raise PydanticCustomError(
            "number_text", "should be a number in digits, not the text '{value}'", {"value": value}
        )
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
        raise PydanticCustomError(
            "attendees",
            "'{value}' is not a list: write all, or a list such as [{value}]",
            {"value": value},
        )
    if value is None:
        raise PydanticCustomError(
            "attendees", "empty: write all, or a list of delegate keys and @groups"
        )
    if isinstance(value, list) and len(value) > MAX_ATTENDEE_NAMES:
        raise PydanticCustomError(
            "attendees",
            "lists {count} names; a list holds at most {most}: use all, or @groups",
            {"count": len(value), "most": MAX_ATTENDEE_NAMES},
        )
    return value


Attendees = Annotated[list[Text] | None, BeforeValidator(_attendees)]
