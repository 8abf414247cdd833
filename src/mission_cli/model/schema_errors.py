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
from mission_cli.suggest import nearest, slugify, suggestion
from mission_cli.words.countries import code_for
from mission_cli.words.message import N_, Arg, Message, Verbatim


def describe(value: Any) -> Message:
    """What a value is, in a user's words: what was found where something else was
    expected (``title should be text, not a list``)."""
    if value is None:
        # TRANSLATORS: what was found, after "not": "title should be text, not empty".
        return Message("empty")
    if isinstance(value, bool):
        return Message("true/false ({value})", value=str(value).lower())
    if isinstance(value, PlainNumber | int | float):
        return Message("a number ({value})", value=str(value))
    if isinstance(value, list):
        return Message("a list")
    if isinstance(value, dict):
        return Message("a mapping")
    text = str(value)
    if len(text) > 60:
        return Message("the text '{text}…'", text=text[:60])
    return Message("the text '{text}'", text=text)


NAMED = {
    "event": (N_("event '{id}'"), N_("{field} of event '{id}'")),
    "move": (N_("move '{id}'"), N_("{field} of move '{id}'")),
    "lodging": (N_("lodging '{id}'"), N_("{field} of lodging '{id}'")),
    "request": (N_("request '{id}'"), N_("{field} of request '{id}'")),
}
"""How a person names an item of a list by its id: alone, and one of its fields."""
Label = tuple[str, str]
"""An item named by its id: its kind (a key of ``NAMED``) and its id."""


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
    label: Label | None = None
    """How a person names that item: ``event 'visite-rit'`` (None: by its path)."""

    @property
    def path(self) -> Arg:
        return self.shown(self.loc)

    def shown(self, loc: tuple[str | int, ...]) -> Arg:
        """``title of event 'visite-rit'`` where the item has an id, else the path."""
        if self.label is None or loc[: len(self.base)] != self.base:
            return format_path(loc)
        alone, of = NAMED[self.label[0]]
        rest = format_path(loc[len(self.base) :])
        if rest:
            return Message(of, field=rest, id=self.label[1])
        return Message(alone, id=self.label[1])

    @property
    def name(self) -> str:
        return str(self.loc[-1]) if self.loc else ""


Wording = tuple[Loc, Message, Hint, bool]
"""Where to point (a path), the message, the hint, and whether to point at the key."""


def schema_diagnostics(
    exc: ValidationError,
    base: Loc,
    model: type[BaseModel],
    locator: Locator,
    *,
    label: Label | None = None,
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
    msg = str(err.details["msg"])  # Pydantic's own words, said as they are
    problem = Verbatim(f"{msg[0].lower()}{msg[1:]}")
    return err.loc, Message("{path}: {problem}", path=err.path, problem=problem), None, False


def _said(err: _Error) -> Message:
    """What a validator of the model said (``texts.refusal``); Pydantic's words else."""
    said = (err.details.get("ctx") or {}).get("said")
    return said if isinstance(said, Message) else Verbatim(str(err.details["msg"]))


def _missing(err: _Error, locator: Locator) -> Wording:
    owner = err.shown(err.loc[:-1])
    said = (
        Message("{owner} has no '{name}'", owner=owner, name=err.name)
        if owner
        else Message("the file has no '{name}'", name=err.name)
    )
    return err.loc[:-1], said, Message("add `{name}: …` here", name=err.name), False


def _extra(err: _Error, locator: Locator) -> Wording:
    owner_model = model_at(err.model, err.rel[:-1])
    allowed = field_names(owner_model) if owner_model else []
    where = err.shown(err.loc[:-1])

    def nearest_key() -> Message | None:
        return suggestion(nearest(err.name, allowed)) or (
            Message("the keys allowed here are: {keys}", keys=", ".join(allowed))
            if allowed
            else None
        )

    hint: Hint = nearest_key
    _, owner_node = locator.find(err.loc[:-1])
    if err.value is None and getattr(owner_node, "flow_style", False):
        hint = Message("inside {…} a comma starts a new key: quote the value that holds the comma")
    message = (
        Message("unknown key '{name}' in {where}", name=err.name, where=where)
        if where
        else Message("unknown key '{name}'", name=err.name)
    )
    return err.loc, message, hint, True


def _pattern(err: _Error, locator: Locator) -> Wording:
    value = str(err.value)
    if err.name == "country":
        return (
            err.loc,
            Message("{path}: '{value}' is not a country code", path=err.path, value=value),
            Message("use the two capital letters of ISO 3166-1 (US, CA, FR)"),
            False,
        )
    return (
        err.loc,
        Message("{path}: '{value}' is not a valid id", path=err.path, value=value),
        Message(
            "use lower-case letters, digits, '-' and '_', such as '{slug}'", slug=slugify(value)
        ),
        False,
    )


def _literal(err: _Error, locator: Locator) -> Wording:
    expected = str(err.details.get("ctx", {}).get("expected", ""))
    options = re.findall(r"'([^']*)'", expected)
    listed = ", ".join(options)
    hint = suggestion(nearest(str(err.value), options)) or Message(
        "use one of: {options}", options=listed
    )
    message = Message(
        "{path}: {found} is not one of {options}",
        path=err.path,
        found=describe(err.value),
        options=listed,
    )
    return err.loc, message, hint, False


def _plain(template: str, hint: Message | None = None) -> Callable[[_Error, Locator], Wording]:
    """A wording that only names the path and what was found there (``template``, marked
    with ``N_``, says ``{path}`` and ``{found}``)."""

    def wording(err: _Error, locator: Locator) -> Wording:
        return err.loc, Message(template, path=err.path, found=describe(err.value)), hint, False

    return wording


def _plain_custom(hint: Message) -> Callable[[_Error, Locator], Wording]:
    def wording(err: _Error, locator: Locator) -> Wording:
        return err.loc, Message("{path}: {problem}", path=err.path, problem=_said(err)), hint, False

    return wording


def _control(err: _Error, locator: Locator) -> Wording:
    return (
        err.loc,
        Message("{path} {problem}", path=err.path, problem=_said(err)),
        Message(
            "remove it (it often comes pasted with text from an e-mail or a document); a line "
            "break belongs only in notes"
        ),
        False,
    )


NUMBER_HINTS = {
    "capacity": Message("the most people the room holds: a whole number, at least 1"),
    "seats": Message("the seats for the delegation: a whole number, at least 1"),
    "guests": Message("the people expected from outside the delegation: a whole number, 0 or more"),
    "passport_valid_months": Message("months a passport must stay valid after leaving: 0 to 120"),
    "transfer_minutes": Message("minutes between two venues: 0 to 1440"),
    "max_day_hours": Message("hours: more than 0, at most 24"),
}
"""What a number field holds, said with each error about it."""
_LOCATION_HINT = Message("write [latitude, longitude], such as [46.81, -71.21]")


def _number_hint(err: _Error) -> Message | None:
    name = next((str(p) for p in reversed(err.loc) if isinstance(p, str)), "")
    if name == "location":
        return _LOCATION_HINT
    return NUMBER_HINTS.get(name)


_BOUNDS = {
    "less_than_equal": N_("{path} should be at most {limit}, not {found}"),
    "greater_than_equal": N_("{path} should be at least {limit}, not {found}"),
    "greater_than": N_("{path} should be more than {limit}, not {found}"),
}


def _bound(err: _Error, locator: Locator) -> Wording:
    ctx = err.details.get("ctx", {})
    limit = next(iter(ctx.values()), "")
    message = Message(
        _BOUNDS.get(err.kind, _BOUNDS["greater_than"]),
        path=err.path,
        limit=str(limit),
        found=describe(err.value),
    )
    return err.loc, message, _number_hint(err), False


def _numeric(template: str) -> Callable[[_Error, Locator], Wording]:
    def wording(err: _Error, locator: Locator) -> Wording:
        text = Message(template, path=err.path, found=describe(err.value))
        return err.loc, text, _number_hint(err) or Message("write a number"), False

    return wording


def _empty(err: _Error, locator: Locator) -> Wording:
    owner = model_at(err.model, err.rel[:-1])
    fields = {f.alias or n: f for n, f in owner.model_fields.items()} if owner else {}
    needed = err.name in fields and fields[err.name].is_required()
    hint = Message("write a value") if needed else Message("write a value, or remove the key")
    return err.loc, Message("{path} is empty", path=err.path), hint, False


def _country(err: _Error, locator: Locator) -> Wording:
    hint = country_hint(str(err.value), code_for(str(err.value)))
    message = Message(
        "{path}: '{value}' is not a country code", path=err.path, value=str(err.value)
    )
    return err.loc, message, hint, False


def _diet(err: _Error, locator: Locator) -> Wording:
    """A diet is personal (``HIV medication with meals``): what was written is never
    quoted, in the message or its hint; a need of the list may be suggested."""
    value = err.value
    if isinstance(value, str) and not value.startswith(f"{OTHER_DIET}:"):
        hint = suggestion(nearest(value, DIETS)) or Message(
            "use one of: {needs}, or `{{other: what it is}}`", needs=", ".join(DIETS)
        )
        message = Message("{path}: this text is not one of the diet needs", path=err.path)
        return err.loc, message, hint, False
    return (
        err.loc,
        Message("{path}: {problem}", path=err.path, problem=_said(err)),
        Message("write a need ({needs}, …) or `{{other: what it is}}`", needs=", ".join(DIETS[:3])),
        False,
    )


def _custom(err: _Error, locator: Locator) -> Wording:
    return err.loc, Message("{path}: {problem}", path=err.path, problem=_said(err)), None, False


_LIST_HINT = Message("write [a, b] or one '- item' per line")
_MAPPING = _plain(
    N_("{path} should be a mapping of keys and values, not {found}"),
    Message("write one `key: value` per line, indented"),
)
_WORDING: dict[str, Callable[[_Error, Locator], Wording]] = {
    "missing": _missing,
    "extra_forbidden": _extra,
    "string_pattern_mismatch": _pattern,
    "literal_error": _literal,
    "string_type": _plain(
        N_("{path} should be text, not {found}"),
        Message("write a single value; quote it if it holds ': ' or starts with a symbol"),
    ),
    "string_too_short": _empty,
    "too_short": _plain(N_("{path} is empty"), Message("list at least one, or remove the key")),
    "list_type": _plain(N_("{path} should be a list, not {found}"), _LIST_HINT),
    "tuple_type": _plain(N_("{path} should be a list, not {found}"), _LIST_HINT),
    "model_type": _MAPPING,
    "dict_type": _MAPPING,
    "model_attributes_type": _MAPPING,
    "attendees": _custom,
    "country": _country,
    "diet": _diet,
    "coordinate": _plain_custom(_LOCATION_HINT),
    "number_too_long": _plain_custom(Message("write a number of a few digits")),
    "number_not_finite": _plain_custom(Message("write a number")),
    "number_not_bool": _plain_custom(Message("write a number: true and false are not numbers")),
    "number_text": _plain_custom(Message("write the number with digits only: 10, not 1_0")),
    "listed_twice": _plain_custom(Message("write each once")),
    "control_character": _control,
    "less_than_equal": _bound,
    "greater_than_equal": _bound,
    "greater_than": _bound,
    "finite_number": _numeric(N_("{path} should be a number, not {found}")),
    "bool_type": _plain(
        N_("{path} should be true or false, not {found}"), Message("write true or false")
    ),
}
_BY_PREFIX: tuple[tuple[str, Callable[[_Error, Locator], Wording]], ...] = (
    ("int_", _numeric(N_("{path} should be a whole number, not {found}"))),
    ("float_", _numeric(N_("{path} should be a number, not {found}"))),
)
