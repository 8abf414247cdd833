"""The YAML 1.2 core schema: which plain scalars are null, booleans, integers, floats.

One definition for the resolver that tags nodes while the parser composes them (a few
set look-ups and two regular expressions per scalar, where ruamel's own resolver picks
its rules anew for every scalar, which was most of the time of composing a large trip)
and for the tree that turns tagged nodes into values.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

CORE = "tag:yaml.org,2002:"
INT_RE = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
FLOAT_RE = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_MAYBE_TYPED = frozenset("~nNtTfF0123456789+-.<")
"""The first characters of every plain scalar that is not text."""


def core_suffix(value: str) -> str:
    """The core tag of a plain scalar (``<<`` is the merge key)."""
    if not value:
        return CORE + "null"
    if value[0] not in _MAYBE_TYPED:
        return CORE + "str"
    if value in NULLS:
        return CORE + "null"
    if value in BOOLS:
        return CORE + "bool"
    if INT_RE.fullmatch(value):
        return CORE + "int"
    if FLOAT_RE.fullmatch(value):
        return CORE + "float"
    if value == "<<":
        return CORE + "merge"
    return CORE + "str"


@cache
def core_resolver() -> type:
    """A ruamel resolver that tags by the core schema, whatever ``%YAML`` directive the
    file holds (made on first use: ruamel is imported only to read a file)."""
    from ruamel.yaml.nodes import ScalarNode, SequenceNode
    from ruamel.yaml.resolver import VersionedResolver
    from ruamel.yaml.tag import Tag

    tags = {
        suffix: Tag(suffix=CORE + suffix)
        for suffix in ("str", "int", "float", "bool", "null", "merge", "seq", "map")
    }
    by_suffix = {CORE + suffix: tag for suffix, tag in tags.items()}

    class CoreResolver(VersionedResolver):
        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is ScalarNode:
                return by_suffix[core_suffix(value)] if implicit[0] else tags["str"]
            return tags["seq"] if kind is SequenceNode else tags["map"]

    return CoreResolver
