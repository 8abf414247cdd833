"""The placed meetings added to the trip file's text, the rest of it kept byte for byte.

A YAML round trip re-lays a file out (ruamel.yaml's round-trip mode joins a flow
mapping written on its own line to its key, rewrites ``[{other: …}]``), so the file is
not dumped again: the new events are written by ruamel.yaml's round-trip dumper (its
quoting, a flow list of attendees), indented as the file's own events, and put in the
text after the last event (their ``events`` section is made at the end of the file when
it has none). Where the last event ends comes from the composed nodes' marks; comments,
blank lines, quotes and line ends (``\\r\\n`` kept) elsewhere are untouched.
"""

from __future__ import annotations

import io
import sys
from typing import Any

from mission_cli.load.yaml_nodes import compose
from mission_cli.words.message import Message, MessageError


class WriteError(MessageError):
    """A file whose ``events`` cannot take new items as they are written (an inline
    list ``[…]``, a mapping)."""


def with_events(text: str, events: list[dict[str, Any]], comment: str | None = None) -> str:
    """``text`` with ``events`` (each a mapping of keys to texts, a list of texts for
    attendees) added at the end of its ``events`` list, after a ``# comment`` line."""
    newline = "\r\n" if "\r\n" in text else "\n"
    root = compose(text).root
    if root is None or root.id != "mapping":
        raise WriteError(Message("the file holds no mapping of sections"))
    found = next((value for key, value in root.value if key.value == "events"), None)
    if found is None:
        ending = "" if not text or text.endswith(("\n", "\r")) else newline
        block = _block(events, 2, comment, newline)
        return f"{text}{ending}{newline}events:{newline}{block}"
    if found.id == "scalar" and found.value in ("", "~", "null", "Null", "NULL"):
        if found.value:  # `events: ~`: the list takes the place of the null
            text = text[: found.start_mark.index] + text[found.end_mark.index :]
        at = _line_end(text, found.start_mark.index)
        return text[:at] + _block(events, 2, comment, newline) + text[at:]
    if found.id != "sequence" or found.flow_style or not found.value:
        said = Message(
            "its events are not written as a list of '- ' items, one under the other: "
            "write them so (an inline [...] list cannot take new items as they are)"
        )
        raise WriteError(said)
    at = _line_end(text, _last_node(found).end_mark.index)
    indent = found.start_mark.column
    return text[:at] + _block(events, indent, comment, newline) + text[at:]


def _last_node(node: Any) -> Any:
    """The node that ends a block collection: its last value, followed down."""
    while node.id in ("mapping", "sequence") and node.value and not node.flow_style:
        node = node.value[-1][1] if node.id == "mapping" else node.value[-1]
    return node


def _line_end(text: str, index: int) -> int:
    """Where the line holding ``index`` ends, its line break included (``index`` itself
    when it stands at the start of a line: a block scalar ends there)."""
    if index > 0 and text[index - 1] in "\n\r":
        return index
    for at in range(index, len(text)):
        if text[at] == "\n":
            return at + 1
        if text[at] == "\r":
            return at + 2 if text[at + 1 : at + 2] == "\n" else at + 1
    return len(text)


def _block(events: list[dict[str, Any]], indent: int, comment: str | None, newline: str) -> str:
    """The events as block items whose ``-`` stands at column ``indent``, as ruamel.yaml's
    round-trip dumper writes them."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    items = CommentedSeq()
    for event in events:
        item = CommentedMap()
        for key, value in event.items():
            if isinstance(value, list):
                value = CommentedSeq(value)
                value.fa.set_flow_style()
            item[key] = value
        items.append(item)
    yaml = YAML(typ="rt", pure=True)
    yaml.width = sys.maxsize  # one line per key, however long its value
    yaml.indent(mapping=2, sequence=2, offset=0)
    buffer = io.StringIO()
    yaml.dump(items, buffer)
    margin = " " * indent
    lines = [f"{margin}# {comment}"] if comment else []
    lines += [margin + line for line in buffer.getvalue().splitlines()]
    return newline.join(lines) + newline
