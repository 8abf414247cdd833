"""The schema of the logistics keys of version 1.1: places on a map, rooms, diets,
entry documents and beds (see docs/trip-format.md, "Logistics").

Dates stay text here, like times: they are read in the resolve stage.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from mission_cli.model.texts import (
    ONE_LINE_CONTROL,
    Attendees,
    Paragraph,
    Slug,
    Text,
    control_character,
    control_code,
    number,
    refusal,
)
from mission_cli.words.countries import is_country
from mission_cli.words.message import N_, Message

DIETS = (
    "vegetarian", "vegan", "halal", "kosher", "pescatarian", "gluten-free", "lactose-free",
    "nut-allergy", "shellfish-allergy",
)  # fmt: skip
"""The needs a diet lists; anything else is written ``other: free text``."""
OTHER_DIET = "other"
DOCUMENT_TYPES = ("passport", "id-card", "visa", "esta", "eta", "residence-permit")
ROOM_TYPES = ("single", "double", "twin", "triple", "suite")
ROOM_SIZES = {"single": 1, "double": 2, "twin": 2, "triple": 3}
"""The most guests a room of each type holds (a suite: unchecked)."""
MAX_DIET_TEXT = 200


class _Item(BaseModel):
    model_config = ConfigDict(  # as schema.Item's
        extra="forbid", coerce_numbers_to_str=True, frozen=True, defer_build=True
    )


def _country(value: str) -> str:
    if not is_country(value):
        raise refusal("country", Message("'{value}' is not a country code", value=value))
    return value


def country_hint(written: str, code: str | None) -> Message:
    """``write FR, the ISO 3166-1 code of France``, ``write it in capitals: US``."""
    if code is None:
        return Message("use the two capital letters of ISO 3166-1: FR, US, CA")
    if code == written.upper():
        return Message("write it in capitals: {code}", code=code)
    return Message("write {code}, the ISO 3166-1 code of {name}", code=code, name=written)


Country = Annotated[str, AfterValidator(_country)]
"""ISO 3166-1 alpha-2, in capitals: ``FR``, ``US``, ``CA``."""


def _degrees(most: int, outside: str) -> Any:
    def check(value: Any) -> Any:
        value = number(value)
        if not isinstance(value, int | float):
            return value  # the float type says what is wrong
        if not -most <= value <= most:
            raise refusal("coordinate", Message(outside, value=str(value)))
        return value

    return BeforeValidator(check)


Latitude = Annotated[
    float,
    _degrees(90, N_("{value} is not a latitude: a latitude lies between -90 and 90 degrees")),
    Field(allow_inf_nan=False),
]
Longitude = Annotated[
    float,
    _degrees(180, N_("{value} is not a longitude: a longitude lies between -180 and 180 degrees")),
    Field(allow_inf_nan=False),
]


def _two_numbers(value: Any) -> Any:
    if not isinstance(value, list) or len(value) != 2:
        raise refusal("coordinate", Message("should be two numbers, [latitude, longitude]"))
    return value


Location = Annotated[tuple[Latitude, Longitude], BeforeValidator(_two_numbers)]
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
            found = control_character(text)
            if found is not None:
                said = Message(ONE_LINE_CONTROL, code=control_code(found))
                raise refusal("control_character", said)
            if len(text) > MAX_DIET_TEXT:
                said = Message(
                    "'other' holds {count} characters; say it in {most} or fewer",
                    count=str(len(text)),
                    most=MAX_DIET_TEXT,
                )
                raise refusal("diet", said)
            return DietNeed(need=OTHER_DIET, text=text.strip())
        raise refusal("diet", Message("'other' needs a text that says what it is"))
    if isinstance(value, dict):
        keys = ", ".join(str(k)[:20] for k in list(value)[:3])
        said = Message("a mapping with the keys {keys} is not a diet need", keys=keys)
        raise refusal("diet", said)
    if not isinstance(value, str):
        raise refusal("diet", _not_a_need(value))
    # Never the text itself: a diet is personal, and messages reach reports and CI logs.
    if value.startswith(f"{OTHER_DIET}:"):
        said = Message("'other: …' is written as one text, not an 'other' need")
        raise refusal("diet", said)
    raise refusal("diet", Message("this text is not one of the diet needs"))


def _not_a_need(value: Any) -> Message:
    if isinstance(value, bool):
        return Message("true/false is not a diet need")
    if isinstance(value, list):
        return Message("a list is not a diet need")
    if value is None:
        return Message("empty is not a diet need")
    return Message("a number is not a diet need")


def _one_or_list(value: Any) -> Any:
    """``diet: vegan`` is a list of one need."""
    return [value] if isinstance(value, str | dict) else value


Diet = Annotated[
    list[Annotated[DietNeed, BeforeValidator(_diet_need)]], BeforeValidator(_one_or_list)
]


class Document(_Item):
    type: Literal["passport", "id-card", "visa", "esta", "eta", "residence-permit"]
    country: Country
    """The issuer of a passport, an identity card or a residence permit (which stands for
    that country's visa); the destination of a visa, an ESTA or an eTA."""
    expires: Text
    number: Text | None = None
    """Personal: only its last 3 characters are ever shown."""


def _once_each(values: list[str]) -> list[str]:
    twice = sorted({v for v in values if values.count(v) > 1})
    if twice:
        names = ", ".join(f"'{value}'" for value in twice)  # as the file writes them
        raise refusal("listed_twice", Message("lists {names} twice", names=names))
    return values


class EntryRule(_Item):
    """What a country asks of those who enter it."""

    requires: Annotated[
        list[Literal["passport", "id-card", "visa", "esta", "eta"]],
        Field(min_length=1),
        AfterValidator(_once_each),
    ]
    passport_valid_months: Annotated[int, BeforeValidator(number), Field(ge=0, le=120)] = 0
    exempt: list[Country] = []
    """Nationalities that need only the passport."""


class Room(_Item):
    """A room of a lodging and who shares it (version 1.2): the hotel's rooming list says
    it; a guest in no room has a single."""

    type: Literal["single", "double", "twin", "triple", "suite"]
    guests: Attendees


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
    rooms: list[Room] = []
    """Who shares which room (version 1.2); a guest in none has a single."""
    confirmation: Text | None = None
    """The hotel's booking reference (version 1.2): on the rooming list."""


_DATE_LIKE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}")


def _looks_like_a_number(value: str) -> bool:
    """A value that may be a document number typed in the wrong place (``expires:
    19FR01234``, ``documents: 19FR01234``): digits in it, five characters or more, and
    not a date."""
    return len(value) >= 5 and any(c.isdigit() for c in value) and not _DATE_LIKE.match(value)


def document_secrets(data: Any) -> set[str]:
    """Every document number of the file, as written, valid or not: each ``number``, and
    whatever under ``documents`` looks like one, at any depth and in any shape (a list
    for a document, a number typed as a key, ``number:`` as a list or a mapping).
    Nothing quotes them whole (see :func:`hidden`)."""
    found: set[str] = set()
    delegates = data.get("delegates") if isinstance(data, dict) else None
    if not isinstance(delegates, dict):
        return found
    for delegate in delegates.values():
        if isinstance(delegate, dict):
            _secrets_in(delegate.get("documents"), found, number=False)
    return {secret for secret in found if secret}


def _secrets_in(value: Any, found: set[str], *, number: bool) -> None:
    """``number``: ``value`` is what a ``number`` key holds (whole, as written)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            _secrets_in(key, found, number=False)
            nested = isinstance(inner, dict | list)
            if nested:
                _secrets_in(inner, found, number=False)
            else:
                _secrets_in(inner, found, number=key == "number")
    elif isinstance(value, list):
        for inner in value:
            _secrets_in(inner, found, number=False)
    elif value is not None and not isinstance(value, bool):
        text = str(value).strip()
        if number or _looks_like_a_number(text):
            found.add(text)


def hidden(text: str, secrets: set[str]) -> str:
    """``text`` with each secret replaced by as many characters, all bullets but its last
    3 (``19FR01234`` -> ``••••••234``; three characters or fewer, all bullets): a line
    quoted under a diagnostic keeps its columns. One pass, whatever the number of
    secrets."""
    if not secrets:
        return text
    pattern = re.compile("|".join(map(re.escape, sorted(secrets, key=len, reverse=True))))
    return pattern.sub(lambda m: _bullets(m.group()), text)


def _bullets(secret: str) -> str:
    shown = secret[-3:] if len(secret) > 3 else ""
    return "•" * (len(secret) - len(shown)) + shown
