"""The schema of a trip file, version 1 (see docs/trip-format.md).

Times stay text here: they are read in the resolve stage, where each one's
place (and so its zone) is known.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)
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


def _number(value: Any) -> Any:
    """A number written as a number (``30``, ``1e3``) -> its value."""
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
    return value


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


class Item(BaseModel):
    # Unknown keys are errors; `title: 2024` is the text "2024" (see PlainNumber).
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, frozen=True)


class TripInfo(Item):
    title: Text
    home_timezone: Text
    start: Text
    end: Text
    organizer: Text | None = None
    locale: Literal["en", "fr"] | None = None


class City(Item):
    name: Text
    timezone: Text
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None


class Venue(Item):
    name: Text
    city: Text
    address: Text | None = None


class Group(Item):
    name: Text
    """The display name (``Élus``), shown instead of ``@elus`` in printed outputs."""


class Delegate(Item):
    name: Text
    organization: Text | None = None
    title: Text | None = None
    groups: list[Text] = Field(default_factory=list)
    email: Text | None = None
    phone: Text | None = None


class Lodging(Item):
    name: Text
    address: Text | None = None


class Leg(Item):
    city: Text
    start: Text
    end: Text
    delegates: Attendees = None
    lodging: Lodging | None = None


class Move(Item):
    id: Slug
    mode: Literal["flight", "train", "bus", "car", "boat", "other"]
    from_: Text = Field(alias="from")
    to: Text
    depart: Text
    arrive: Text
    passengers: Attendees = None
    carrier: Text | None = None
    number: Text | None = None
    notes: Paragraph | None = None


class Event(Item):
    id: Slug
    title: Text
    city: Text | None = None
    venue: Text | None = None
    start: Text
    end: Text | None = None
    duration: Text | None = None
    attendees: Attendees = None
    kind: Text | None = None
    notes: Paragraph | None = None


class Checks(Item):
    transfer_minutes: Annotated[int, BeforeValidator(_number), Field(ge=0, le=24 * 60)] = 30
    day_start: Text = "07:00"
    day_end: Text = "23:00"
    max_day_hours: Annotated[
        float, BeforeValidator(_number), Field(gt=0, le=24, allow_inf_nan=False)
    ] = 14
    rules: dict[Text, Literal["error", "warning", "off"]] = Field(default_factory=dict)
    """Severity overrides of schedule rules: ``{odd-hour: off, transfer-time: error}``."""


class Ignore(Item):
    rule: Text
    events: list[Text] = Field(default_factory=list)
    delegates: list[Text] = Field(default_factory=list)
    reason: Paragraph


def field_names(model: type[BaseModel]) -> list[str]:
    """The keys a model accepts, as written in the file."""
    return [f.alias or name for name, f in model.model_fields.items()]
