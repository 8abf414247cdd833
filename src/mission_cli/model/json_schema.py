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
from mission_cli.model.build import REQUIRED, SECTIONS
from mission_cli.model.json_schema_fields import FIELDS, MODELS
from mission_cli.model.json_schema_fields import SECTIONS as SECTION_TEXTS
from mission_cli.model.json_schema_shapes import INTEGER_TEXT, NUMBER_TEXT, ref, scalars
from mission_cli.model.schema import (
    Checks,
    City,
    Delegate,
    Event,
    Group,
    Ignore,
    Leg,
    MeetingRequest,
    Move,
    OfficialContact,
    TripInfo,
    Venue,
)
from mission_cli.model.supplies import EntryRule, Stay
from mission_cli.model.texts import SLUG_PATTERN
from mission_cli.published import SCHEMA_URL, SCHEMA_VERSION

DRAFT = "https://json-schema.org/draft/2020-12/schema"
_SECTION_MODELS: dict[str, type[BaseModel]] = {
    "trip": TripInfo, "groups": Group, "cities": City, "venues": Venue,
    "delegates": Delegate, "contacts": OfficialContact, "entry": EntryRule, "legs": Leg,
    "lodging": Stay, "travel": Move, "events": Event, "requests": MeetingRequest,
    "checks": Checks, "ignore": Ignore,
}  # fmt: skip
_MAPPINGS = {"groups", "cities", "venues", "delegates", "entry"}
_LISTS = {"contacts", "legs", "lodging", "travel", "events", "requests", "ignore"}

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
    out["pattern"] = INTEGER_TEXT if kind == "integer" else NUMBER_TEXT
    return out


def _degrees(most: int) -> dict[str, Any]:
    return {"type": ["number", "string"], "minimum": -most, "maximum": most,
            "pattern": NUMBER_TEXT}  # fmt: skip


KINDS: dict[str, Any] = {
    "keep": _plain,
    "unique": lambda g: {**_plain(g), "uniqueItems": True},
    "integer": _number,
    "number": _number,
    "text": lambda g: ref("text"),
    "paragraph": lambda g: ref("paragraph"),
    "id": lambda g: ref("id"),
    "reference": lambda g: ref("reference"),
    "references": lambda g: {"type": "array", "items": ref("reference")},
    "texts": lambda g: {"type": "array", "items": ref("text")},
    "zone": lambda g: ref("zone"),
    "date": lambda g: ref("date"),
    "time": lambda g: ref("time"),
    "duration": lambda g: ref("duration"),
    "clock": lambda g: ref("clock"),
    "country": lambda g: ref("country"),
    "countries": lambda g: {"type": "array", "items": ref("country")},
    "attendees": lambda g: ref("attendees"),
    "people": lambda g: ref("attendees"),  # a required list: no default
    "diet": lambda g: {"anyOf": [ref("diet_need"), {"type": "array", "items": ref("diet_need")}]},
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
    "MeetingRequest": [{"anyOf": [_present("city"), _present("venue"), _present("within")]}],
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
    nullable = _NULL in branches and kind not in ("attendees", "people")  # "empty"
    inner = next(b for b in branches if b != _NULL) if nullable else generated
    value = KINDS[kind](inner)
    out: dict[str, Any] = {"description": description}
    if nullable and ("$ref" in value or "anyOf" in value):
        out["anyOf"] = [value, _NULL]
    else:
        out.update(_or_null(value) if nullable else value)
    if kind == "attendees":
        if "default" in generated:  # a room's guests have none: they are required
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
    model = ref(_SECTION_MODELS[name].__name__)
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
        out["propertyNames"] = ref("country")
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
        "$defs": {**defs, **scalars()},
    }
