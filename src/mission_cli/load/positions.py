"""Where a value stands in the file: a path (``events[3].start``) -> line and column.

Looked up only when a diagnostic needs it, by walking the node tree along the
path, so that a clean file pays nothing for positions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from mission_cli.catalog import Rule
from mission_cli.diagnostics import MAX_PROBLEMS, Diagnostic
from mission_cli.words.message import Message

Hint = Message | Callable[[], Message | None] | None
"""A hint, or a function that finds one (a "did you mean" among many names), called only
for the first ``MAX_PROBLEMS`` diagnostics: past them nothing is shown."""

Loc = Sequence[str | int]

_MERGE_TAG = "tag:yaml.org,2002:merge"


def format_path(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class Locator:
    def __init__(self, root: Any) -> None:
        self.root = root
        self._indexes: dict[int, dict[str, tuple[Any, Any]]] = {}
        self.issued = 0

    def find(self, loc: Loc) -> tuple[Any, Any]:
        """The deepest (key node, value node) reached along ``loc``."""
        node, key_node = self.root, None
        for part in loc:
            if node is None:
                break
            found = self._child(node, part)
            if found is None:
                break
            key_node, node = found
        return key_node, node

    def position(self, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``loc``, or of its key.

        An empty value (``title:`` with nothing after it) points at its key.
        """
        key_node, node = self.find(loc)
        target = node
        if (at_key and key_node is not None) or (key_node is not None and _is_empty(node)):
            target = key_node
        if target is None:
            return 1, 1
        return target.start_mark.line + 1, target.start_mark.column + 1

    def diag(
        self,
        rule: Rule,
        loc: Loc,
        message: Message | str,
        hint: Hint | str = None,
        *,
        at_key: bool = False,
        events: tuple[str, ...] = (),
        delegates: tuple[str, ...] = (),
    ) -> Diagnostic:
        """A diagnostic of ``rule`` at the value (or the key) found along ``loc``."""
        self.issued += 1
        if callable(hint):
            hint = hint() if self.issued <= MAX_PROBLEMS else None
        line, column = self.position(loc, at_key=at_key)
        return Diagnostic.of(
            rule,
            message,
            line,
            column,
            path=format_path(loc),
            events=events,
            delegates=delegates,
            hint=hint,
        )

    def _child(self, node: Any, part: str | int) -> tuple[Any, Any] | None:
        if node.id == "sequence" and isinstance(part, int):
            if 0 <= part < len(node.value):
                return None, node.value[part]
            return None
        if node.id != "mapping":
            return None
        index = self._indexes.get(id(node))
        if index is None:
            index = self._indexes[id(node)] = _index(node)
        return index.get(str(part))


def _index(node: Any) -> dict[str, tuple[Any, Any]]:
    """Key text -> (key node, value node) of a mapping, merged mappings (``<<``) included
    below its own keys: built once per mapping, so that locating stays linear."""
    index: dict[str, tuple[Any, Any]] = {}
    pending = [node]
    seen = 0
    while pending and seen < 1000:
        current = pending.pop(0)
        seen += 1
        merges = []
        for key_node, value_node in current.value:
            if key_node.id != "scalar":
                continue
            if key_node.tag == _MERGE_TAG:
                merges.append(value_node)
            else:
                index.setdefault(str(key_node.value), (key_node, value_node))
        for merged in merges:
            if merged.id == "mapping":
                pending.append(merged)
            elif merged.id == "sequence":
                pending.extend(m for m in merged.value if m.id == "mapping")
    return index


def _is_empty(node: Any) -> bool:
    return (
        node is not None
        and node.id == "scalar"
        and not node.style
        and node.value
        in (
            "",
            "~",
            "null",
        )
    )
