"""The schema of the logistics keys of version 1.1: places on a map, rooms, diets,
entry documents and beds (see docs/trip-format.md, "Logistics").

Dates stay text here, like times: they are read in the resolve stage.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from mission_cli.countries import is_country
from mission_cli.model.texts import Attendees, Paragraph, Slug, Text, number

DIETS = (
    "vegetarian", "vegan", "halal", "kosher", "pescatarian", "gluten-free", "lactose-free",
    "nut-allergy", "shellfish-allergy",
)  # fmt: skip
"""The needs a diet lists; anything else is written ``other: free text``."""
OTHER_DIET = "other"
DOCUMENT_TYPES = ("passport", "id-card", "visa", "esta", "eta")
MEALS = ("breakfast", "lunch", "dinner", "reception")


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, frozen=True)


def _country(value: str) -> str:
    if not is_country(value):
        raise PydanticCustomError("country", "'{value}' is not a country code", {"value": value})
    return value


COUNTRY_HINT = "use the two capital letters of ISO 3166-1: FR, US, CA"


def country_hint(written: str, code: str | None) -> str:
    """``write FR, the ISO 3166-1 code of France``, ``write it in capitals: US``."""
    if code is None:
        return COUNTRY_HINT
    if code == written.upper():
        return f"write it in capitals: {code}"
    return f"write {code}, the ISO 3166-1 code of {written}"


Country = Annotated[str, AfterValidator(_country)]
"""ISO 3166-1 alpha-2, in capitals: ``FR``, ``US``, ``CA``."""


def _degrees(name: str, most: int) -> Any:
    def check(value: Any) -> Any:
        value = number(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return value  # the float type says what is wrong
        if not -most <= value <= most:
            raise PydanticCustomError(
                "coordinate",
                "{value} is not a {name}: a {name} lies between -{most} and {most} degrees",
                {"value": value, "name": name, "most": most},
            )
        return value

    return BeforeValidator(check)


Latitude = Annotated[float, _degrees("latitude", 90), Field(allow_inf_nan=False)]
Longitude = Annotated[float, _degrees("longitude", 180), Field(allow_inf_nan=False)]
Location = tuple[Latitude, Longitude]
"""``[latitude, longitude]`` in degrees."""

Count = Annotated[int, BeforeValidator(number), Field(ge=1, le=100_000)]
"""A number of places, seats or people: at least 1."""
Extra = Annotated[int, BeforeValidator(number), Field(ge=0, le=100_000)]


class Contact(_Item):
    """The person on site at a venue: shown in agendas (not personal data)."""

    name: Text
    phone: Text | None = None


class DietNeed(_Item):
    """One need of a diet: one of ``DIETS``, or ``other`` with its free text."""

    need: str
    text: str | None = None

    def __str__(self) -> str:
        return f"{OTHER_DIET}: {self.text}" if self.text else self.need


def _diet_need(value: Any) -> Any:
    if isinstance(value, str) and value in DIETS:
        return DietNeed(need=value)
    if isinstance(value, dict) and list(value) == [OTHER_DIET]:
        text = value[OTHER_DIET]
        if isinstance(text, str) and text.strip():
            return DietNeed(need=OTHER_DIET, text=text.strip())
        raise PydanticCustomError("diet", "'other' needs a text that says what it is", {})
    if isinstance(value, str) and value.startswith(f"{OTHER_DIET}:"):
        raise PydanticCustomError(
            "diet", "'{value}' is one text, not an 'other' need", {"value": value}
        )
    raise PydanticCustomError("diet", "{value} is not a diet need", {"value": repr(value)})


def _one_or_list(value: Any) -> Any:
    """``diet: vegan`` is a list of one need."""
    return [value] if isinstance(value, str | dict) else value


Diet = Annotated[
    list[Annotated[DietNeed, BeforeValidator(_diet_need)]], BeforeValidator(_one_or_list)
]


class Document(_Item):
    type: Literal["passport", "id-card", "visa", "esta", "eta"]
    country: Country
    """The issuer of a passport or an identity card; the destination of a visa, an ESTA or
    an eTA."""
    expires: Text
    number: Text | None = None
    """Personal: only its last 3 characters are ever shown."""


class EntryRule(_Item):
    """What a country asks of those who enter it."""

    requires: list[Literal["passport", "id-card", "visa", "esta", "eta"]] = Field(min_length=1)
    passport_valid_months: Annotated[int, BeforeValidator(number), Field(ge=0, le=120)] = 0
    exempt: list[Country] = Field(default_factory=list)
    """Nationalities that need only the passport."""


class Stay(_Item):
    """A hotel (or any bed) for some delegates over a range of nights."""

    id: Slug
    name: Text
    city: Text | None = None
    venue: Text | None = None
    address: Text | None = None
    phone: Text | None = None
    check_in: Text
    check_out: Text
    guests: Attendees = None
    notes: Paragraph | None = None
