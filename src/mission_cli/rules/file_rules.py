"""The rules of the file: all errors, found while loading, modelling and resolving."""

from mission_cli.diagnostics import Severity
from mission_cli.rules.registry import declare

YAML_SYNTAX = declare(
    "yaml-syntax", Severity.ERROR, "the file is not readable YAML text (syntax, encoding)"
)
SCHEMA = declare(
    "schema",
    Severity.ERROR,
    "a key is unknown, missing or of the wrong type, or a YAML feature the format refuses",
)
UNKNOWN_REFERENCE = declare(
    "unknown-reference", Severity.ERROR, "a city, venue, delegate, group or id that is not defined"
)
DUPLICATE_ID = declare(
    "duplicate-id", Severity.ERROR, "an id used twice, or a key repeated in one mapping"
)
UNKNOWN_TIMEZONE = declare(
    "unknown-timezone", Severity.ERROR, "a time zone that is not an IANA name"
)
INVALID_TIME = declare(
    "invalid-time",
    Severity.ERROR,
    "an unreadable time, date or duration; an end not after its start; an arrival before departure",
)
NONEXISTENT_TIME = declare(
    "nonexistent-time", Severity.ERROR, "a local time skipped by a daylight-saving jump"
)
AMBIGUOUS_TIME = declare(
    "ambiguous-time", Severity.ERROR, "a local time that happens twice (the fall-back hour)"
)
