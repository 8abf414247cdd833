"""Nodes -> plain Python values (dict, list, str, bool, None).

YAML 1.2 core schema: ``07:00`` and ``NO`` stay text, timestamps stay text
(``2024-04-04 10:00:00`` means exactly what the quoted text means), and numbers
keep the text they were written as (:class:`PlainNumber`). Tags other
than the core ones are refused, never acted on. The walk is iterative, so
20,000 nested brackets cost no recursion; depth and alias expansion are capped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from mission_cli.catalog import DUPLICATE_ID, SCHEMA
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.core_schema import BOOLS, CORE, FLOAT_RE, INT_RE, NULLS
from mission_cli.words.message import Message

MAX_DEPTH = 64
"""Deeper values are never part of a trip; they are cut with one diagnostic."""
ALIAS_BUDGET = 100_000
"""How many values aliases (``*name``) may add in all, past which the file is refused."""
ALIAS_TEXT_BUDGET = 1_000_000
"""How many characters aliases of long texts may add in all (``title: *a_megabyte``)."""
_LONG_TEXT = 256

_CORE = CORE
_ALLOWED_TAGS = frozenset(
    _CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge")
) | {"!"}
_INT_RE, _FLOAT_RE, _BOOLS, _NULLS = INT_RE, FLOAT_RE, BOOLS, NULLS

MERGE = object()


@dataclass(slots=True, eq=False)
class _Frame:
    """A collection being built (``_build``'s stack): its node, its value so far and
    the children left to read."""

    node: Any
    value: Any
    items: Iterator[Any]
    depth: int
    key: Any
    size: int = 1
    merges: list[Any] = field(default_factory=list)
    keys: dict[str, Any] = field(default_factory=dict)
    """Key text -> its node, to name the first of two equal keys."""


class _Refused(Exception):
    pass


def node_tag(node: Any) -> str | None:
    """A node's tag as text. ruamel's ``node.tag`` builds it anew on every access; the
    tag a resolver gave (no handle) is its suffix as it stands."""
    ctag = node.ctag
    if ctag is None:
        return None
    if ctag.handle is None:
        return ctag.suffix  # type: ignore[no-any-return]
    return str(ctag)


def _mark(node: Any) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class PlainNumber(str):
    """A plain scalar that YAML reads as a number, kept exactly as written: a text field
    takes ``0612345678``, ``007`` or ``1e3`` as they stand, a number field takes
    :meth:`number`."""

    __slots__ = ()

    def number(self) -> int | float:
        """The value under the YAML 1.2 core schema; ValueError past what a number holds
        (an integer of more than 4,300 digits)."""
        text = str(self)
        if _INT_RE.fullmatch(text):
            return int(text, 0) if text.startswith(("0o", "0x")) else int(text)
        lowered = text.lower()
        if lowered.endswith(".nan"):
            return float("nan")
        if lowered.endswith(".inf"):
            return float("-inf") if lowered.startswith("-") else float("inf")
        return float(text)


def scalar_value(node: Any, tag: str | None) -> Any:
    """A scalar node's value under the YAML 1.2 core schema."""
    text: str = node.value
    if node.style:  # quoted or block: text ('' or None is plain, C or pure parser)
        return text
    if tag == _CORE + "str":
        return text
    if (tag == _CORE + "int" and _INT_RE.fullmatch(text)) or (
        tag == _CORE + "float" and _FLOAT_RE.fullmatch(text)
    ):
        return PlainNumber(text)
    if tag == _CORE + "bool" and text in _BOOLS:
        return _BOOLS[text]
    if tag == _CORE + "null" and text in _NULLS:
        return None
    return text


class TreeBuilder:
    """Builds the plain value of a node tree, collecting diagnostics."""

    def __init__(self, only_ids: frozenset[str] = frozenset()) -> None:
        self.only_ids = only_ids
        """Top-level sections of which only each entry's ``id`` is read (a view that
        shows none of them: ``pipeline.Scope``)."""
        self.diagnostics: list[Diagnostic] = []
        self._memo: dict[int, tuple[Any, int] | None] = {}
        self._alias_total = 0
        self._alias_text = 0
        self._long_texts: set[int] = set()
        self._too_deep = False
        self.refused = False
        """The whole file was refused (an alias bomb): nothing of it is worth modelling."""

    def build(self, root: Any) -> Any:
        if root is None:  # an empty document (or only comments)
            return None
        try:
            return self._build(root)
        except _Refused:
            self.refused = True
            return None

    def _diag(self, rule: Any, node: Any, message: Message, hint: Message | None = None) -> None:
        line, column = _mark(node)
        self.diagnostics.append(Diagnostic.of(rule, message, line, column, hint=hint))

    def _check_tag(self, node: Any, tag: str | None) -> None:
        if tag not in _ALLOWED_TAGS:
            self._diag(
                SCHEMA,
                node,
                Message(
                    "YAML tag '{tag}' is not allowed in a trip file; it was ignored", tag=str(tag)
                ),
                hint=Message(
                    "remove the tag: trip files hold plain text, numbers, lists and mappings"
                ),
            )

    def _build(self, root: Any) -> Any:
        value, frame, _ = self._start(root, 0, None)
        if frame is None:
            return value
        stack = [frame]
        while stack:
            top = stack[-1]
            try:
                item = next(top.items)
            except StopIteration:
                stack.pop()
                self._finish(top)
                if not stack:
                    return top.value
                self._attach(stack[-1], top.key, top.value, top.size)
                continue
            if isinstance(top.value, dict):
                key_node, child_node = item
                key = self._key(top, key_node)
                if key is None:
                    continue
                if top.depth == 0 and key in self.only_ids:
                    self._attach(top, key, _ids(child_node), 1)
                    continue
            else:
                key, child_node = None, item
            if child_node.id == "scalar":  # most nodes: no frame, no call to _start
                if len(child_node.value) > _LONG_TEXT:
                    self._long_text(child_node)
                tag = node_tag(child_node)
                if tag not in _ALLOWED_TAGS:
                    self._check_tag(child_node, tag)
                self._attach(top, key, scalar_value(child_node, tag), 1)
                continue
            value, frame, size = self._start(child_node, top.depth + 1, key)
            if frame is None:
                self._attach(top, key, value, size)
            else:
                stack.append(frame)
        return None  # pragma: no cover - the loop returns

    def _start(self, node: Any, depth: int, key: Any) -> tuple[Any, _Frame | None, int]:
        """A scalar's or an alias's value and size, or a frame for a new collection."""
        kind = node.id
        tag = node_tag(node)
        if kind == "scalar":
            if len(node.value) > _LONG_TEXT:
                self._long_text(node)
            if tag not in _ALLOWED_TAGS:
                self._check_tag(node, tag)
            return scalar_value(node, tag), None, 1
        ident = id(node)
        if ident in self._memo:
            done = self._memo[ident]
            if done is None:
                self._diag(SCHEMA, node, Message("an alias refers to the collection that holds it"))
                return None, None, 1
            value, size = done
            self._alias_total += size
            if self._alias_total > ALIAS_BUDGET:
                self._diag(
                    SCHEMA,
                    node,
                    Message(
                        "aliases expand to more than {most} values; the file is refused",
                        most=ALIAS_BUDGET,
                    ),
                    hint=Message("a trip file needs few aliases, if any: write the values out"),
                )
                raise _Refused
            return value, None, size
        if depth >= MAX_DEPTH:
            if not self._too_deep:
                self._too_deep = True
                self._diag(
                    SCHEMA,
                    node,
                    Message("values are nested more than {most} levels deep here", most=MAX_DEPTH),
                    hint=Message(
                        "a trip file nests a few levels at most: look for unclosed brackets"
                    ),
                )
            return None, None, 1
        self._check_tag(node, tag)
        self._memo[ident] = None
        if kind == "mapping":
            return None, _Frame(node, {}, iter(node.value), depth, key), 0
        return None, _Frame(node, [], iter(node.value), depth, key), 0

    def _long_text(self, node: Any) -> None:
        """A long text met again is an alias: what it adds is counted, and capped."""
        if id(node) not in self._long_texts:
            self._long_texts.add(id(node))
            return
        self._alias_text += len(node.value)
        if self._alias_text > ALIAS_TEXT_BUDGET:
            self._diag(
                SCHEMA,
                node,
                Message(
                    "aliases of long texts add more than {most} characters; the file is refused",
                    most=ALIAS_TEXT_BUDGET,
                ),
                hint=Message("write the text once, or shorten it"),
            )
            raise _Refused

    def _key(self, frame: _Frame, key_node: Any) -> Any:
        if key_node.id != "scalar":
            self._diag(
                SCHEMA,
                key_node,
                Message("a key must be plain text, not a list or a mapping"),
                hint=Message("write the key as text, such as `title:`"),
            )
            return None
        tag = node_tag(key_node)
        if tag == _CORE + "merge":
            return MERGE
        if tag not in _ALLOWED_TAGS:
            self._check_tag(key_node, tag)
        key = str(key_node.value)
        first = frame.keys.get(key)
        if first is not None:
            self._diag(
                DUPLICATE_ID,
                key_node,
                Message(
                    "key '{key}' appears twice in this mapping (first on line {line})",
                    key=key,
                    line=str(first.start_mark.line + 1),
                ),
                hint=Message("remove one of them, or merge their contents"),
            )
            return None
        frame.keys[key] = key_node
        return key

    def _attach(self, frame: _Frame, key: Any, value: Any, size: int) -> None:
        frame.size += size
        if isinstance(frame.value, list):
            frame.value.append(value)
        elif key is MERGE:
            frame.merges.append(value)
        else:
            frame.value[key] = value

    def _finish(self, frame: _Frame) -> None:
        for merged in frame.merges:
            sources = merged if isinstance(merged, list) else [merged]
            for source in sources:
                if isinstance(source, dict):
                    for key, value in source.items():
                        frame.value.setdefault(key, value)
                else:
                    self._diag(
                        SCHEMA, frame.node, Message("'<<' must merge a mapping or a list of them")
                    )
        self._memo[id(frame.node)] = (frame.value, frame.size)


def plain_sections(root: Any, text: str, names: frozenset[str]) -> frozenset[str]:
    """Those of the top-level sections ``names`` whose text holds no anchor, alias or merge
    key (no ``&``, ``*`` or ``<<`` at all): what :func:`build_values` may read as ids only.
    Another is built whole, as ``validate`` builds it: an alias may carry an id from
    elsewhere, or expand past the limits."""
    if not names or root is None or root.id != "mapping":
        return frozenset()
    found = set()
    for key, value in root.value:
        if key.id == "scalar" and key.value in names:
            written = text[value.start_mark.index : value.end_mark.index]
            if "&" not in written and "*" not in written and "<<" not in written:
                found.add(key.value)
    return frozenset(found)


def _ids(node: Any) -> list[dict[str, str]]:
    """``[{id: …}]``: the ids a list's entries write, read from their plain scalars."""
    if node.id != "sequence":
        return []
    found = []
    for entry in node.value:
        if entry.id != "mapping":
            continue
        for key, value in entry.value:
            if key.id == value.id == "scalar" and key.value == "id":
                text = scalar_value(value, node_tag(value))
                if isinstance(text, str):
                    found.append({"id": text})
                break
    return found


def build_values(root: Any, only_ids: frozenset[str] = frozenset()) -> tuple[Any, list[Diagnostic]]:
    """The plain value of the document and the diagnostics; the value is ``REFUSED``
    when the file as a whole is refused. Of the top-level sections ``only_ids``, only
    their entries' ids are read (none of their errors found)."""
    builder = TreeBuilder(only_ids)
    value = builder.build(root)
    return (REFUSED if builder.refused else value), builder.diagnostics


REFUSED = object()
"""The value of a document refused as a whole (it has its diagnostic)."""
