"""The JSON Schema of the trip file (version 1.1), for editors: completion, hovers and
the first mistakes underlined as one types.

Made from the Pydantic models (``model_json_schema``: which keys each item takes, which
are required, the enumerations, the defaults, the bounds), then rewritten where the
tool takes more, or other, than a model's types say: texts take numbers as written
(``phone: 0612345678``), times are texts of a given shape, attendee lists are ``all`` or
names, a diet is a need or a list of them, keys are slugs. The schema never refuses a
file that ``mission validate`` finds clean; what it cannot see (references, zones that
exist, the schedule) is left to ``mission validate``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from mission_cli.catalog import SCHEDULE_RULES
from mission_cli.countries import COUNTRY_CODES
from mission_cli.model.build import REQUIRED, SECTIONS
from mission_cli.model.json_schema_fields import FIELDS, MODELS
from mission_cli.model.json_schema_fields import SECTIONS as SECTION_TEXTS
from mission_cli.model.logistics import DIETS, MAX_DIET_TEXT, OTHER_DIET, EntryRule, Stay
from mission_cli.model.schema import (
    Checks,
    City,
    Delegate,
    Event,
    Group,
    Ignore,
    Leg,
    Move,
    TripInfo,
    Venue,
)
from mission_cli.model.texts import MAX_ATTENDEE_NAMES, SLUG_PATTERN
from mission_cli.published import SCHEMA_URL, SCHEMA_VERSION

DRAFT = "https://json-schema.org/draft/2020-12/schema"
_SECTION_MODELS: dict[str, type[BaseModel]] = {
    "trip": TripInfo, "groups": Group, "cities": City, "venues": Venue,
    "delegates": Delegate, "entry": EntryRule, "legs": Leg, "lodging": Stay, "travel": Move,
    "events": Event, "checks": Checks, "ignore": Ignore,
}  # fmt: skip
_MAPPINGS = {"groups", "cities", "venues", "delegates", "entry"}
_LISTS = {"legs", "lodging", "travel", "events", "ignore"}

# -- the shapes of texts: ECMAScript patterns, as JSON Schema has them ---------------------

_SPACE = r"[\s\u0085]*"
"""Spaces around a text, which the tool trims (``\\s`` and the next-line character)."""
_CONTROLS = r"\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069"
"""What a one-line text cannot hold (``model/texts.py``)."""
_PARAGRAPH_CONTROLS = (
    r"\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029"
    r"\u2066-\u2069"
)
"""What a paragraph cannot hold: the same, but line breaks and tabs."""
_SLUG = r"[a-z0-9][a-z0-9_-]*"
_DATE = r"(?:19|20|21)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
_CLOCK = r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9]"
_ZONE = r"[A-Za-z][A-Za-z0-9_+/-]*"
_TIME = (
    _DATE + r"(?:[Tt]|[ \t]+)" + _CLOCK + r"(?::[0-5][0-9](?:\.[0-9]+)?)?"
    r"(?:[ \t]*[Zz]|[ \t]*[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?"
    r"|[ \t]+[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*)?"
)
_MINUTES = r"(?:[mM][iI][nN]|[mM])"
_DURATION = (
    r"(?:[0-9]+[ \t]*[hH](?:[ \t]*[0-9]+[ \t]*" + _MINUTES + r"?)?|[0-9]+[ \t]*" + _MINUTES + ")"
)
_ATTENDEE = r"-?(?:all|@[^\s\u0085" + _CONTROLS + "][^" + _CONTROLS + r"]*|" + _SLUG + ")"
_INTEGER_TEXT = r"^[\s\u0085]*[+-]?[0-9_]+(?:\.[0_]*)?[\s\u0085]*$"
_NUMBER_TEXT = r"^[\s\u0085]*[+-]?[0-9_.]+(?:[eE][+-]?[0-9_]+)?[\s\u0085]*$"
"""A number written as text (``"120"``), which a number key takes too (Pydantic's)."""


def _trimmed(core: str) -> str:
    """The pattern of a text that the tool trims, then reads whole."""
    return f"^{_SPACE}(?:{core}){_SPACE}$"


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _shaped(description: str, core: str, message: str, **more: Any) -> dict[str, Any]:
    return {
        "description": description,
        "type": "string",
        "pattern": _trimmed(core),
        "patternErrorMessage": message,
        **more,
    }


def _scalars() -> dict[str, dict[str, Any]]:
    """The shapes of values that many keys share, kept once under ``$defs``."""
    return {**_texts(), **_times(), **_people()}


def _texts() -> dict[str, dict[str, Any]]:
    text = {"type": ["string", "number"], "minLength": 1}
    return {
        "text": {
            "description": "One line of text (a number is kept as written).",
            **text,
            "pattern": f"^{_SPACE}[^{_CONTROLS}]*{_SPACE}$",
            "patternErrorMessage": "one line of text, without control characters",
        },
        "paragraph": {
            "description": "Free text; it may run over several lines (notes: | and the "
            "lines below).",
            **text,
            "pattern": f"^{_SPACE}[^{_PARAGRAPH_CONTROLS}]*{_SPACE}$",
            "patternErrorMessage": "text without control characters (line breaks and tabs "
            "can stay)",
        },
        "id": {
            "description": "A short name of your choosing: lower-case letters, digits, - and _.",
            "type": ["string", "number"],
            "pattern": SLUG_PATTERN,
            "patternErrorMessage": "lower-case letters, digits, - and _, such as city-hall",
        },
        "reference": {
            "description": "The key of an entry of the file: lower-case letters, digits, - and _.",
            "type": ["string", "number"],
            "pattern": _trimmed(_SLUG),
            "patternErrorMessage": "the key of an entry: lower-case letters, digits, - and _",
        },
    }


def _times() -> dict[str, dict[str, Any]]:
    return {
        "zone": _shaped(
            "An IANA time-zone name: Europe/Paris, America/New_York, America/Toronto "
            "(not EST or Paris).",
            _ZONE,
            "an IANA zone name such as Europe/Paris",
            examples=["Europe/Paris", "America/New_York", "America/Toronto"],
        ),
        "date": _shaped(
            "A date, YYYY-MM-DD (2024-04-03).",
            _DATE,
            "a date written YYYY-MM-DD, such as 2024-04-03",
            examples=["2024-04-03"],
        ),
        "time": _shaped(
            "A local time, YYYY-MM-DD HH:MM (a T for the space, and seconds, are fine), in "
            "the zone of its place; or with its own zone after it: an IANA name "
            "(2024-04-04 16:00 Europe/Paris) or a UTC offset (2024-04-04T10:00-04:00, Z).",
            _TIME,
            "a time written YYYY-MM-DD HH:MM (2024-04-04 10:00), optionally followed by a "
            "zone (Europe/Paris) or an offset (-04:00)",
            examples=["2024-04-04 09:00"],
        ),
        "duration": _shaped(
            "A length: 45m, 2h, 1h30 or 1h30m (min for m is fine), at most 31 days.",
            _DURATION,
            "a duration such as 45m, 2h or 1h30",
            examples=["45m", "1h30"],
        ),
        "clock": _shaped(
            "A time of day, HH:MM (07:00).",
            _CLOCK + "|24:00",
            "a time of day written HH:MM, such as 07:00",
        ),
    }


def _people() -> dict[str, dict[str, Any]]:
    return {
        "country": {
            "description": "A country: two capital letters, ISO 3166-1 (FR, US, CA).",
            "enum": sorted(COUNTRY_CODES),
        },
        "attendees": {
            "description": "all, or a list of delegate keys, @groups and all; a leading - "
            "takes away (-key, -@group).",
            "type": ["string", "array"],
            "pattern": "^all$",
            "patternErrorMessage": 'all, or a list such as [nappere, "@elus"]',
            "maxItems": MAX_ATTENDEE_NAMES,
            "items": _ref("attendee"),
        },
        "attendee": {
            "description": 'A delegate key (nappere), a group ("@elus"), or all; with a '
            'leading - it takes away (-nappere, "-@startups").',
            "type": ["string", "number"],
            "pattern": _trimmed(_ATTENDEE),
            "patternErrorMessage": 'a delegate key, "@group" or all, each with a leading - '
            "to take away",
            "examples": ["all", "@group", "-@group"],
        },
        "diet_need": {
            "description": "A need of a diet, or {other: free text}.",
            "anyOf": [
                {"enum": list(DIETS)},
                {
                    "type": "object",
                    "properties": {
                        OTHER_DIET: {
                            "description": "What the need is, in a few words (sans porc).",
                            "type": ["string", "number"],
                            "minLength": 1,
                            "maxLength": MAX_DIET_TEXT,
                            "pattern": f"^[^{_CONTROLS}]*$",
                        }
                    },
                    "required": [OTHER_DIET],
                    "additionalProperties": False,
                },
            ],
        },
    }


# -- the kinds of keys: each rewrites what Pydantic says of a key -------------------------


def _plain(generated: Any) -> Any:
    """Pydantic's schema of a key as it stands (an enumeration, a model, true/false),
    without its titles."""
    if isinstance(generated, list):
        return [_plain(value) for value in generated]
    if isinstance(generated, dict):
        return {key: _plain(value) for key, value in generated.items() if key != "title"}
    return generated


_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}


def _number(generated: dict[str, Any]) -> dict[str, Any]:
    """A number, or a text that holds one (``"120"``), within the model's bounds."""
    kind = generated["type"]
    out: dict[str, Any] = {"type": [kind, "string"]}
    for key, value in generated.items():
        if key in _BOUNDS:
            out[_BOUNDS[key]] = value
        elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            out[key] = value
    out["pattern"] = _INTEGER_TEXT if kind == "integer" else _NUMBER_TEXT
    return out


def _degrees(most: int) -> dict[str, Any]:
    return {"type": ["number", "string"], "minimum": -most, "maximum": most,
            "pattern": _NUMBER_TEXT}  # fmt: skip


KINDS: dict[str, Any] = {
    "keep": _plain,
    "unique": lambda g: {**_plain(g), "uniqueItems": True},
    "integer": _number,
    "number": _number,
    "text": lambda g: _ref("text"),
    "paragraph": lambda g: _ref("paragraph"),
    "id": lambda g: _ref("id"),
    "reference": lambda g: _ref("reference"),
    "references": lambda g: {"type": "array", "items": _ref("reference")},
    "texts": lambda g: {"type": "array", "items": _ref("text")},
    "zone": lambda g: _ref("zone"),
    "date": lambda g: _ref("date"),
    "time": lambda g: _ref("time"),
    "duration": lambda g: _ref("duration"),
    "clock": lambda g: _ref("clock"),
    "country": lambda g: _ref("country"),
    "countries": lambda g: {"type": "array", "items": _ref("country")},
    "attendees": lambda g: _ref("attendees"),
    "diet": lambda g: {"anyOf": [_ref("diet_need"), {"type": "array", "items": _ref("diet_need")}]},
    "location": lambda g: {
        "type": "array",
        "minItems": 2,
        "maxItems": 2,
        "prefixItems": [_degrees(90), _degrees(180)],
    },
    "rule": lambda g: {"enum": sorted(SCHEDULE_RULES)},
    "rules": lambda g: {
        "type": "object",
        "propertyNames": {"enum": sorted(SCHEDULE_RULES)},
        "additionalProperties": _plain(g["additionalProperties"]),
    },
}
"""Kind of key (``json_schema_fields.FIELDS``) -> its schema, from Pydantic's."""

_NULL = {"type": "null"}


def _present(key: str) -> dict[str, Any]:
    """The item has ``key``, with a value (``end:`` left empty counts as no end)."""
    return {"required": [key], "properties": {key: {"not": _NULL}}}


_EITHER = {
    "Event": [
        {"anyOf": [_present("city"), _present("venue")]},
        {"oneOf": [_present("end"), _present("duration")]},
    ],
    "Stay": [{"anyOf": [_present("city"), _present("venue")]}],
}
"""What an item needs beyond its required keys: a place (a city or a venue), an end or
a duration (never both)."""


def _or_null(value: dict[str, Any]) -> dict[str, Any]:
    """A type or an enumeration that takes null too."""
    out = dict(value)
    if "type" in out:
        kinds = out["type"] if isinstance(out["type"], list) else [out["type"]]
        out["type"] = [*kinds, "null"]
    if "enum" in out:
        out["enum"] = [*out["enum"], None]
    return out


def _property(generated: dict[str, Any], kind: str, description: str) -> dict[str, Any]:
    """One key of an item: its kind's schema, its description, null where the model
    takes it (``organizer:`` left empty), its default."""
    branches = generated.get("anyOf", [])
    nullable = _NULL in branches and kind != "attendees"  # its validator says "empty"
    inner = next(b for b in branches if b != _NULL) if nullable else generated
    value = KINDS[kind](inner)
    out: dict[str, Any] = {"description": description}
    if nullable and ("$ref" in value or "anyOf" in value):
        out["anyOf"] = [value, _NULL]
    else:
        out.update(_or_null(value) if nullable else value)
    if kind == "attendees":
        out["default"] = "all"
    elif generated.get("default") not in (None, [], {}):
        out["default"] = generated["default"]
    return out


def _model(name: str, generated: dict[str, Any]) -> dict[str, Any]:
    fields = FIELDS.get(name, {})
    properties = generated["properties"]
    if set(fields) != set(properties) or name not in MODELS:
        missing = sorted(set(properties) ^ set(fields)) or [name]
        raise LookupError(f"json_schema_fields.py does not describe {name}: {missing}")
    out: dict[str, Any] = {"description": MODELS[name], "type": "object"}
    if generated.get("required"):
        out["required"] = generated["required"]
    out["properties"] = {key: _property(properties[key], *fields[key]) for key in properties}
    out["additionalProperties"] = generated.get("additionalProperties", True)
    if name in _EITHER:
        out["allOf"] = _EITHER[name]
    return out


def _section(name: str) -> dict[str, Any]:
    model = _ref(_SECTION_MODELS[name].__name__)
    out: dict[str, Any] = {"description": SECTION_TEXTS[name]}
    if name == "trip":
        return {**out, **model}
    if name == "checks":
        return {**out, "anyOf": [model, _NULL]}
    if name in _LISTS:
        return {**out, "type": ["array", "null"], "items": model}
    assert name in _MAPPINGS
    out["type"] = ["object", "null"]
    if name == "entry":
        out["propertyNames"] = _ref("country")
    elif name != "groups":  # a group is any name of the delegates' groups
        out["propertyNames"] = {"pattern": SLUG_PATTERN}
    out["additionalProperties"] = model
    return out


def trip_json_schema() -> dict[str, Any]:
    """The JSON Schema of the trip file, its keys in a stable order."""
    models = [(model, "validation") for model in _SECTION_MODELS.values()]
    _, generated = models_json_schema(models, ref_template="#/$defs/{model}")  # type: ignore[arg-type]
    defs = {
        name: _model(name, schema)
        for name, schema in generated["$defs"].items()
        if name != "DietNeed"  # a need is written as text, or {other: text}: see diet_need
    }
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_URL,
        "title": f"mission trip file, version {SCHEMA_VERSION}",
        "description": "One official delegation's trip abroad: who goes, where, when. "
        "mission validate checks what this schema cannot: references between entries, "
        "times in their zones, the schedule. See docs/trip-format.md.",
        "type": "object",
        "required": list(REQUIRED),
        "properties": {name: _section(name) for name in SECTIONS},
        "additionalProperties": False,
        "$defs": {**defs, **_scalars()},
    }
