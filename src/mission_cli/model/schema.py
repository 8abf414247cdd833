"""The schema of a trip file, version 1.2 (see docs/trip-format.md).

Times stay text here: they are read in the resolve stage, where each one's
place (and so its zone) is known.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool

from mission_cli.model.supplies import (
    Contact,
    Count,
    Country,
    Diet,
    Document,
    Extra,
    Location,
)
from mission_cli.model.texts import Attendees, Paragraph, Slug, Text, number


class Item(BaseModel):
    # Unknown keys are errors; `title: 2024` is the text "2024" (see PlainNumber). Each
    # model's validator is built when first used (defer_build): a file without
    # `requests` never pays for theirs, nor a model only ever read inside another.
    model_config = ConfigDict(
        extra="forbid", coerce_numbers_to_str=True, frozen=True, defer_build=True
    )


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
    country: Country | None = None
    location: Location | None = None
    """``[latitude, longitude]``, for the plausibility of travel."""
    home: StrictBool = False
    """The delegation's home city: nobody needs a bed there."""


class Venue(Item):
    name: Text
    city: Text
    address: Text | None = None
    capacity: Count | None = None
    contact: Contact | None = None


class Group(Item):
    name: Text
    """The display name (``Élus``), shown instead of ``@elus`` in printed outputs."""


class Delegate(Item):
    name: Text
    family_name: Text | None = None
    """As on the passport (version 1.2): supplier sheets write it first, in capitals."""
    salutation: Text | None = None
    """How a letter to them opens (version 1.2): ``Madame la Maire``."""
    organization: Text | None = None
    title: Text | None = None
    groups: list[Text] = []
    email: Text | None = None
    phone: Text | None = None
    nationality: Country | None = None
    diet: Diet = []
    documents: list[Document] = []


class LegLodging(Item):
    """Where a leg sleeps, as version 1.0 wrote it (a name to show; see ``lodging``)."""

    name: Text
    address: Text | None = None


class Leg(Item):
    city: Text
    start: Text
    end: Text
    delegates: Attendees = None
    lodging: LegLodging | None = None


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
    seats: Count | None = None
    """Seats for the delegation in the vehicle (a coach, a van)."""


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
    meal: Literal["breakfast", "lunch", "dinner", "reception"] | None = None
    guests: Extra = 0
    """People from outside the delegation expected too."""
    part_of: Text | None = None
    """The id of the event this one takes place inside (a meeting at a table of a B2B
    session): the two never count as overlapping."""


class Window(Item):
    """When the outside party of a request can meet, in the local time of its place."""

    start: Text
    end: Text


class MeetingRequest(Item):
    """A meeting for ``mission schedule`` to place: with someone outside the delegation,
    for some delegates, somewhere (a venue, a city, or inside an event), when that party
    can (``windows``), as much as it matters (``priority``)."""

    id: Slug
    title: Text
    with_: Text = Field(alias="with")
    attendees: Attendees
    duration: Text
    city: Text | None = None
    venue: Text | None = None
    within: Text | None = None
    windows: Annotated[list[Window], Field(min_length=1)] | None = None
    priority: Literal["must", "should", "could"] = "should"


CONTACT_ROLES = (
    "organizer", "duty-officer", "embassy", "consulate", "emergency", "police", "ambulance",
    "fire", "insurer", "host", "interpreter", "driver", "other",
)  # fmt: skip


class OfficialContact(Item):
    """Someone to call during the trip (an embassy, 911, the duty officer at home): official
    contacts, not personal data, shown in booklets, ``whereis`` and reports."""

    name: Text
    role: Literal[
        "organizer", "duty-officer", "embassy", "consulate", "emergency", "police", "ambulance",
        "fire", "insurer", "host", "interpreter", "driver", "other",
    ]  # fmt: skip
    phone: Text | None = None
    email: Text | None = None
    address: Text | None = None
    city: Text | None = None
    """A city key: where the contact serves (a consulate's city)."""
    country: Country | None = None
    """Or a whole country (911 in the United States)."""
    hours: Text | None = None
    notes: Paragraph | None = None


class Checks(Item):
    transfer_minutes: Annotated[int, BeforeValidator(number), Field(ge=0, le=24 * 60)] = 30
    day_start: Text = "07:00"
    day_end: Text = "23:00"
    max_day_hours: Annotated[
        float, BeforeValidator(number), Field(gt=0, le=24, allow_inf_nan=False)
    ] = 14
    rules: dict[Text, Literal["error", "warning", "off"]] = {}
    """Severity overrides of schedule rules: ``{odd-hour: off, transfer-time: error}``."""


class Ignore(Item):
    rule: Text
    events: list[Text] = []
    delegates: list[Text] = []
    reason: Paragraph


def field_names(model: type[BaseModel]) -> list[str]:
    """The keys a model accepts, as written in the file."""
    return [f.alias or name for name, f in model.model_fields.items()]
