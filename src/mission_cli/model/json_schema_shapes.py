"""The shapes of the values that many keys of the trip file share, for its JSON Schema
(``json_schema.py``): texts, keys, times, dates, durations, zones, countries, attendee
lists, diets. Patterns are ECMAScript's, as JSON Schema has them; each takes at least
what the tool reads (``tests/model/test_json_schema_patterns.py`` checks it against the
tool's own parsers and validators).
"""

from __future__ import annotations

from typing import Any

from mission_cli.model.supplies import DIETS, MAX_DIET_TEXT, OTHER_DIET
from mission_cli.model.texts import MAX_ATTENDEE_NAMES, SLUG_PATTERN
from mission_cli.words.countries import COUNTRY_CODES

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
INTEGER_TEXT = r"^[\s\u0085]*[+-]?[0-9]+(?:\.0*)?[\s\u0085]*$"
NUMBER_TEXT = r"^[\s\u0085]*[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[\s\u0085]*$"
"""A number written as text (``"120"``), which a number key takes too (Pydantic's)."""


def _trimmed(core: str) -> str:
    """The pattern of a text that the tool trims, then reads whole."""
    return f"^{_SPACE}(?:{core}){_SPACE}$"


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _shaped(description: str, core: str, message: str, **more: Any) -> dict[str, Any]:
    return {
        "description": description,
        "type": "string",
        "pattern": _trimmed(core),
        "patternErrorMessage": message,
        **more,
    }


def scalars() -> dict[str, dict[str, Any]]:
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
            "items": ref("attendee"),
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
