"""The schema of a trip file, version 1 (see docs/trip-format.md).

Times stay text here: they are read in the resolve stage, where each one's
place (and so its zone) is known.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


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
    return value


Attendees = Annotated[list[Text] | None, BeforeValidator(_attendees)]


class Item(BaseModel):
    # Unknown keys are errors; `title: 2024` is the text "2024".
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
    notes: Text | None = None


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
    notes: Text | None = None


class Checks(Item):
    transfer_minutes: Annotated[int, Field(ge=0)] = 30
    day_start: Text = "07:00"
    day_end: Text = "23:00"
    max_day_hours: Annotated[float, Field(gt=0, le=24)] = 14
    rules: dict[Text, Literal["error", "warning", "off"]] = Field(default_factory=dict)
    """Severity overrides of schedule rules: ``{odd-hour: off, transfer-time: error}``."""


class Ignore(Item):
    rule: Text
    events: list[Text] = Field(default_factory=list)
    delegates: list[Text] = Field(default_factory=list)
    reason: Text


def field_names(model: type[BaseModel]) -> list[str]:
    """The keys a model accepts, as written in the file."""
    return [f.alias or name for name, f in model.model_fields.items()]
