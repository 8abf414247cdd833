"""Pydantic's validation errors -> located ``schema`` diagnostics in plain words."""

from __future__ import annotations

import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from mission_cli.diagnostics import Diagnostic
from mission_cli.load.positions import Loc, Locator, format_path
from mission_cli.model.trip import field_names
from mission_cli.rules.file_rules import SCHEMA
from mission_cli.suggest import did_you_mean, nearest


def describe(value: Any) -> str:
    """What a value is, in a user's words."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"the text '{value}'"


def slugify(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", plain.lower()).strip("-")
    return slug or "item"


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


def schema_diagnostics(
    exc: ValidationError, base: Loc, model: type[BaseModel], locator: Locator
) -> list[Diagnostic]:
    out = []
    for err in exc.errors(include_url=False):
        rel = tuple(err["loc"])
        loc = (*base, *rel)
        out.append(_one(err, loc, rel, model, locator))
    return out


def diag_at(
    locator: Locator,
    loc: Loc,
    message: str,
    hint: str | None = None,
    *,
    at_key: bool = False,
    rule: Any = SCHEMA,
) -> Diagnostic:
    line, column = locator.position(loc, at_key=at_key)
    return Diagnostic(
        rule.name, rule.severity, message, line, column, path=format_path(loc), hint=hint
    )


def _one(
    err: Any,
    loc: tuple[str | int, ...],
    rel: tuple[Any, ...],
    model: type[BaseModel],
    locator: Locator,
) -> Diagnostic:
    kind = err["type"]
    value = err.get("input")
    path = format_path(loc)
    name = loc[-1] if loc else ""
    if kind == "missing":
        owner = format_path(loc[:-1]) or "the file"
        return diag_at(locator, loc[:-1], f"{owner} has no '{name}'", f"add `{name}: …` here")
    if kind == "extra_forbidden":
        owner_model = model_at(model, rel[:-1])
        allowed = field_names(owner_model) if owner_model else []
        where = format_path(loc[:-1])
        hint = did_you_mean(nearest(str(name), allowed)) or (
            f"the keys allowed here are: {', '.join(allowed)}" if allowed else None
        )
        _, owner_node = locator.find(loc[:-1])
        if value is None and getattr(owner_node, "flow_style", False):
            hint = "inside {…} a comma starts a new key: quote the value that holds the comma"
        return diag_at(
            locator,
            loc,
            f"unknown key '{name}'" + (f" in {where}" if where else ""),
            hint,
            at_key=True,
        )
    if kind == "string_pattern_mismatch":
        if name == "country":
            return diag_at(
                locator,
                loc,
                f"{path}: '{value}' is not a country code",
                "use the two capital letters of ISO 3166-1 (US, CA, FR)",
            )
        return diag_at(
            locator,
            loc,
            f"{path}: '{value}' is not a valid id",
            f"use lower-case letters, digits, '-' and '_', such as '{slugify(value)}'",
        )
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        hint = did_you_mean(nearest(str(value), options)) or f"use one of: {', '.join(options)}"
        return diag_at(
            locator, loc, f"{path}: {describe(value)} is not one of {', '.join(options)}", hint
        )
    if kind == "string_type":
        return diag_at(
            locator,
            loc,
            f"{path} should be text, not {describe(value)}",
            "write a single value; quote it if it holds ': ' or starts with a symbol",
        )
    if kind == "string_too_short":
        return diag_at(locator, loc, f"{path} is empty", "write a value, or remove the key")
    if kind in ("list_type", "tuple_type"):
        return diag_at(
            locator,
            loc,
            f"{path} should be a list, not {describe(value)}",
            "write [a, b] or one '- item' per line",
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return diag_at(
            locator,
            loc,
            f"{path} should be a mapping of keys and values, not {describe(value)}",
            "write one `key: value` per line, indented",
        )
    if kind.startswith("int_"):
        return diag_at(locator, loc, f"{path} should be a whole number, not {describe(value)}")
    if kind.startswith("float_"):
        return diag_at(locator, loc, f"{path} should be a number, not {describe(value)}")
    if kind == "attendees":
        return diag_at(locator, loc, f"{path}: {err['msg']}")
    return diag_at(locator, loc, f"{path}: {err['msg'][0].lower()}{err['msg'][1:]}")
