"""Pydantic's validation errors -> located ``schema`` diagnostics in plain words.

One small function per kind of error (``_WORDING``), each saying what is wrong and how
to fix it; a kind without one keeps Pydantic's own message.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from mission_cli.catalog import SCHEMA
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Hint, Loc, Locator, format_path
from mission_cli.load.tree import PlainNumber
from mission_cli.model.schema import field_names
from mission_cli.model.supplies import DIETS, OTHER_DIET, country_hint
from mission_cli.suggest import did_you_mean, nearest, slugify
from mission_cli.words.countries import code_for


def describe(value: Any) -> str:
    """What a value is, in a user's words."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, PlainNumber | int | float):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    text = str(value)
    return f"the text '{text[:60]}…'" if len(text) > 60 else f"the text '{text}'"


def _unwrap(annotation: Any) -> type[BaseModel] | None:
    """The model class inside ``Optional``, ``list``, ``dict`` and ``Annotated`` wrappers."""
    pending = [annotation]
    while pending:
        current = pending.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            return current
        origin = typing.get_origin(current)
        if origin is typing.Annotated:
            pending.append(typing.get_args(current)[0])
        elif origin in (list, dict, typing.Union, types.UnionType):
            pending.extend(typing.get_args(current))
    return None


def model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    current: type[BaseModel] | None = model
    for part in loc:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        fields = {f.alias or name: f for name, f in current.model_fields.items()}
        if part not in fields:
            return current if part.startswith("[") else None
        current = _unwrap(fields[part].annotation)
    return current


@dataclass(frozen=True, slots=True)
class _Error:
    """One of Pydantic's errors, placed in the file."""

    kind: str
    value: Any
    loc: tuple[str | int, ...]
    """From the top of the file."""
    rel: tuple[str | int, ...]
    """From the top of the model that was validated."""
    model: type[BaseModel]
    details: Any
    base: tuple[str | int, ...] = ()
    """Where the validated item stands (``events``, 3)."""
    label: str | None = None
    """How a person names that item: ``event 'visite-rit'`` (None: by its path)."""

    @property
    def path(self) -> str:
        return self.shown(self.loc)

    def shown(self, loc: tuple[str | int, ...]) -> str:
        """``title of event 'visite-rit'`` where the item has an id, else the path."""
        if self.label is None or loc[: len(self.base)] != self.base:
            return format_path(loc)
        rest = format_path(loc[len(self.base) :])
        return f"{rest} of {self.label}" if rest else self.label

    @property
    def name(self) -> str:
        return str(self.loc[-1]) if self.loc else ""


Wording = tuple[Loc, str, Hint, bool]
"""Where to point (a path), the message, the hint, and whether to point at the key."""


def schema_diagnostics(
    exc: ValidationError,
    base: Loc,
    model: type[BaseModel],
    locator: Locator,
    *,
    label: str | None = None,
    ids: tuple[str, ...] = (),
) -> list[Diagnostic]:
    """One ``schema`` diagnostic per error; ``label`` names the item in messages, ``ids``
    are the item's own id (the diagnostic concerns it)."""
    out = []
    for err in exc.errors(include_url=False):
        rel = tuple(err["loc"])
        error = _Error(
            err["type"], err.get("input"), (*base, *rel), rel, model, err, tuple(base), label
        )
        loc, message, hint, at_key = _words(error, locator)
        out.append(locator.diag(SCHEMA, loc, message, hint, at_key=at_key, events=ids))
    return out


def _words(err: _Error, locator: Locator) -> Wording:
    for prefix, wording in _BY_PREFIX:
        if err.kind.startswith(prefix):
            return wording(err, locator)
    known = _WORDING.get(err.kind)
    if known is not None:
        return known(err, locator)
    msg = str(err.details["msg"])
    return err.loc, f"{err.path}: {msg[0].lower()}{msg[1:]}", None, False


def _missing(err: _Error, locator: Locator) -> Wording:
    owner = err.shown(err.loc[:-1]) or "the file"
    return err.loc[:-1], f"{owner} has no '{err.name}'", f"add `{err.name}: …` here", False


def _extra(err: _Error, locator: Locator) -> Wording:
    owner_model = model_at(err.model, err.rel[:-1])
    allowed = field_names(owner_model) if owner_model else []
    where = err.shown(err.loc[:-1])

    def nearest_key() -> str | None:
        return did_you_mean(nearest(err.name, allowed)) or (
            f"the keys allowed here are: {', '.join(allowed)}" if allowed else None
        )

    hint: Hint = nearest_key
    _, owner_node = locator.find(err.loc[:-1])
    if err.value is None and getattr(owner_node, "flow_style", False):
        hint = "inside {…} a comma starts a new key: quote the value that holds the comma"
    message = f"unknown key '{err.name}'" + (f" in {where}" if where else "")
    return err.loc, message, hint, True


def _pattern(err: _Error, locator: Locator) -> Wording:
    if err.name == "country":
        return (
            err.loc,
            f"{err.path}: '{err.value}' is not a country code",
            "use the two capital letters of ISO 3166-1 (US, CA, FR)",
            False,
        )
    return (
        err.loc,
        f"{err.path}: '{err.value}' is not a valid id",
        f"use lower-case letters, digits, '-' and '_', such as '{slugify(err.value)}'",
        False,
    )


def _literal(err: _Error, locator: Locator) -> Wording:
    expected = str(err.details.get("ctx", {}).get("expected", ""))
    options = re.findall(r"'([^']*)'", expected)
    hint = did_you_mean(nearest(str(err.value), options)) or f"use one of: {', '.join(options)}"
    message = f"{err.path}: {describe(err.value)} is not one of {', '.join(options)}"
    return err.loc, message, hint, False


def _plain(message: str, hint: str | None = None) -> Callable[[_Error, Locator], Wording]:
    """A wording that only names the path and what was found there."""

    def wording(err: _Error, locator: Locator) -> Wording:
        return err.loc, message.format(path=err.path, found=describe(err.value)), hint, False

    return wording


def _plain_custom(hint: str) -> Callable[[_Error, Locator], Wording]:
    def wording(err: _Error, locator: Locator) -> Wording:
        return err.loc, f"{err.path}: {err.details['msg']}", hint, False

    return wording


def _control(err: _Error, locator: Locator) -> Wording:
    return (
        err.loc,
        f"{err.path} {err.details['msg']}",
        "remove it (it often comes pasted with text from an e-mail or a document); a line "
        "break belongs only in notes",
        False,
    )


NUMBER_HINTS = {
    "capacity": "the most people the room holds: a whole number, at least 1",
    "seats": "the seats for the delegation: a whole number, at least 1",
    "guests": "the people expected from outside the delegation: a whole number, 0 or more",
    "passport_valid_months": "months a passport must stay valid after leaving: 0 to 120",
    "transfer_minutes": "minutes between two venues: 0 to 1440",
    "max_day_hours": "hours: more than 0, at most 24",
}
"""What a number field holds, said with each error about it."""


def _number_hint(err: _Error) -> str | None:
    name = next((str(p) for p in reversed(err.loc) if isinstance(p, str)), "")
    if name == "location":
        return "write [latitude, longitude], such as [46.81, -71.21]"
    return NUMBER_HINTS.get(name)


def _bound(err: _Error, locator: Locator) -> Wording:
    ctx = err.details.get("ctx", {})
    limit = next(iter(ctx.values()), "")
    word = {"less_than_equal": "at most", "greater_than_equal": "at least"}.get(
        err.kind, "more than"
    )
    message = f"{err.path} should be {word} {limit}, not {describe(err.value)}"
    return err.loc, message, _number_hint(err), False


def _numeric(message: str) -> Callable[[_Error, Locator], Wording]:
    def wording(err: _Error, locator: Locator) -> Wording:
        text = message.format(path=err.path, found=describe(err.value))
        return err.loc, text, _number_hint(err) or "write a number", False

    return wording


def _empty(err: _Error, locator: Locator) -> Wording:
    owner = model_at(err.model, err.rel[:-1])
    fields = {f.alias or n: f for n, f in owner.model_fields.items()} if owner else {}
    needed = err.name in fields and fields[err.name].is_required()
    hint = "write a value" if needed else "write a value, or remove the key"
    return err.loc, f"{err.path} is empty", hint, False


def _country(err: _Error, locator: Locator) -> Wording:
    hint = country_hint(str(err.value), code_for(str(err.value)))
    return err.loc, f"{err.path}: '{err.value}' is not a country code", hint, False


def _diet(err: _Error, locator: Locator) -> Wording:
    """A diet is personal (``HIV medication with meals``): what was written is never
    quoted, in the message or its hint; a need of the list may be suggested."""
    value = err.value
    if isinstance(value, str) and not value.startswith(f"{OTHER_DIET}:"):
        hint = did_you_mean(nearest(value, DIETS)) or (
            f"use one of: {', '.join(DIETS)}, or `{{other: what it is}}`"
        )
        return err.loc, f"{err.path}: this text is not one of the diet needs", hint, False
    return (
        err.loc,
        f"{err.path}: {err.details['msg']}",
        f"write a need ({', '.join(DIETS[:3])}, …) or `{{other: what it is}}`",
        False,
    )


def _custom(err: _Error, locator: Locator) -> Wording:
    return err.loc, f"{err.path}: {err.details['msg']}", None, False


_WORDING: dict[str, Callable[[_Error, Locator], Wording]] = {
    "missing": _missing,
    "extra_forbidden": _extra,
    "string_pattern_mismatch": _pattern,
    "literal_error": _literal,
    "string_type": _plain(
        "{path} should be text, not {found}",
        "write a single value; quote it if it holds ': ' or starts with a symbol",
    ),
    "string_too_short": _empty,
    "too_short": _plain("{path} is empty", "list at least one, or remove the key"),
    "list_type": _plain(
        "{path} should be a list, not {found}", "write [a, b] or one '- item' per line"
    ),
    "tuple_type": _plain(
        "{path} should be a list, not {found}", "write [a, b] or one '- item' per line"
    ),
    "model_type": _plain(
        "{path} should be a mapping of keys and values, not {found}",
        "write one `key: value` per line, indented",
    ),
    "attendees": _custom,
    "country": _country,
    "diet": _diet,
    "coordinate": _plain_custom("write [latitude, longitude], such as [46.81, -71.21]"),
    "number_too_long": _plain_custom("write a number of a few digits"),
    "number_not_finite": _plain_custom("write a number"),
    "number_not_bool": _plain_custom("write a number: true and false are not numbers"),
    "number_text": _plain_custom("write the number with digits only: 10, not 1_0"),
    "listed_twice": _plain_custom("write each once"),
    "control_character": _control,
    "less_than_equal": _bound,
    "greater_than_equal": _bound,
    "greater_than": _bound,
    "finite_number": _numeric("{path} should be a number, not {found}"),
    "bool_type": _plain("{path} should be true or false, not {found}", "write true or false"),
}
_WORDING["dict_type"] = _WORDING["model_attributes_type"] = _WORDING["model_type"]
_BY_PREFIX: tuple[tuple[str, Callable[[_Error, Locator], Wording]], ...] = (
    ("int_", _numeric("{path} should be a whole number, not {found}")),
    ("float_", _numeric("{path} should be a number, not {found}")),
)
